// lattice-cli upload and download: files through the authenticated media repository.
#include "cli_app.h"

#include "client/attachment_content.h"
#include "client/encrypted_media.h"
#include "image_size.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QMimeDatabase>
#include <QSaveFile>
#include <cstdio>

namespace lattice::cli {

void CliApp::upload(const QStringList &args)
{
    auto file = std::make_shared<QFile>(args.at(1));
    if (!file->open(QIODevice::ReadOnly))
        return fail(UsageError, QStringLiteral("Cannot read %1: %2").arg(args.at(1), file->errorString()));
    const QFileInfo info(*file);
    const QString mimetype = QMimeDatabase().mimeTypeForFile(info).name();
    // Only the header is read: the dimensions without decoding the image.
    QSize imageSize;
    if (mimetype.startsWith(QLatin1String("image/"))) {
        imageSize = imageSizeFromHeader(*file);
        file->seek(0);
    }
    withSession([this, args, file, info, mimetype, imageSize] {
        // One sync first, as send does, so an encrypted file's key goes to the devices of members who
        // joined since the last run.
        m_session->syncLoop().syncOnce(0, [this, args, file, info, mimetype, imageSize](Result<ChangeSet>) {
            settleE2ee([this, args, file, info, mimetype, imageSize] {
                withRoom(args.at(0), [this, file, info, mimetype, imageSize](const QString &roomId) {
                    uploadTo(roomId, file, info, mimetype, imageSize);
                });
            });
        });
    });
}

void CliApp::uploadTo(const QString &roomId, const std::shared_ptr<QFile> &file, const QFileInfo &info,
                      const QString &mimetype, const QSize &imageSize)
{
    // The event content as the app builds it (attachment_content.h): msgtype, info, "url" or "file".
    auto send = [this, roomId, info, mimetype, imageSize](const AttachmentSource &source) {
        Attachment a;
        a.source = source;
        a.fileName = info.fileName();
        a.mimetype = mimetype;
        a.size = info.size();
        a.dimensions = imageSize;
        auto txn = std::make_shared<QString>();
        waitForQueue([txn](const QString &id) { return id == *txn; }, QStringLiteral("The file message"));
        m_session->sendQueue().enqueue(roomId, QStringLiteral("m.room.message"), attachmentContent(a),
                                       [this, txn](Result<QueuedEvent> r) {
                                           if (!r)
                                               return fail(r.error());
                                           *txn = r->txnId;
                                       });
    };
    // In an encrypted room the file is encrypted too, and the event names it by "file", not "url".
    m_session->roomEncryption(roomId, [=, this](Result<std::optional<QJsonObject>> encryption) {
        if (!encryption)
            return fail(encryption.error());
        if (encryption->has_value()) {
            uploadEncrypted(m_session->media(), file->readAll(), [=, this](Result<QJsonObject> encrypted) {
                if (!encrypted)
                    return fail(encrypted.error());
                auto mxc = MxcUri::parse(encrypted->value(QLatin1String("url")).toString());
                if (!mxc)
                    return fail(mxc.error());
                send(AttachmentSource{*mxc, *encrypted});
            });
            return;
        }
        m_session->media().upload(file.get(), mimetype, info.fileName(), [=, this](Result<MxcUri> mxc) {
            if (!mxc)
                return fail(mxc.error());
            send(AttachmentSource{*mxc, {}});
        });
    });
}

// --file-json: the EncryptedFile object itself, or the name of a file holding it.
static Result<QJsonObject> encryptedFileArgument(const QString &value)
{
    QByteArray text = value.toUtf8();
    if (!value.trimmed().startsWith(QLatin1Char('{'))) {
        QFile f(value);
        if (!f.open(QIODevice::ReadOnly) || f.size() > 64 * 1024)
            return Error::make(
                Error::Kind::Usage,
                QCoreApplication::translate("lattice-cli", "Cannot read the EncryptedFile JSON from %1.")
                    .arg(value));
        text = f.readAll();
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (!doc.isObject())
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("lattice-cli", "--file-json needs an EncryptedFile JSON object (%1).")
                .arg(err.errorString()));
    return doc.object();
}

void CliApp::download(const QStringList &args)
{
    const bool encrypted = m_parser.isSet(QStringLiteral("file-json"));
    if (args.size() != (encrypted ? 1 : 2))
        return fail(UsageError,
                    QCoreApplication::translate("lattice-cli", "download takes MXC OUT, or --file-json "
                                                               "JSON OUT; see --help."));
    Result<QJsonObject> file = encrypted ? encryptedFileArgument(m_parser.value(QStringLiteral("file-json")))
                                         : Result<QJsonObject>(QJsonObject());
    if (!file)
        return fail(UsageError, file.error().message);
    const Result<MxcUri> mxc =
        MxcUri::parse(encrypted ? file->value(QLatin1String("url")).toString() : args.at(0));
    if (!mxc)
        return fail(UsageError, mxc.error().message);
    bool ok = true;
    const QString max = m_parser.value(QStringLiteral("max-size"));
    const qint64 maxBytes = max.isEmpty() ? MediaClient::kDefaultMaxDownloadBytes : max.toLongLong(&ok);
    if (!ok || maxBytes <= 0)
        return fail(UsageError, QStringLiteral("--max-size needs a number of bytes."));
    const QString out = args.last();
    withSession([this, mxc = *mxc, maxBytes, out, encrypted, file = *file] {
        auto save = [this, out](Result<MediaContent> content) {
            if (!content)
                return fail(content.error());
            QSaveFile f(out);
            if (!f.open(QIODevice::WriteOnly) || f.write(content->bytes) != content->bytes.size() ||
                !f.commit())
                return fail(Failed, QStringLiteral("Cannot write %1: %2").arg(out, f.errorString()));
            const QJsonObject summary{{QStringLiteral("file"), out},
                                      {QStringLiteral("size"), content->bytes.size()},
                                      {QStringLiteral("content_type"), content->contentType},
                                      {QStringLiteral("filename"), content->filename}};
            m_out << QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) << '\n';
            done();
        };
        if (encrypted)
            downloadEncrypted(m_session->media(), file, maxBytes, save);
        else
            m_session->media().download(mxc, maxBytes, save);
    });
}

} // namespace lattice::cli
