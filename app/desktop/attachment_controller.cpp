#include "attachment_controller.h"

#include "client/encrypted_media.h"
#include "media_probe.h"

#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QMimeData>
#include <QtConcurrent/QtConcurrentRun>

namespace lattice::desktop {

// --- AttachmentUploads ------------------------------------------------------------------------

int AttachmentUploads::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttachmentUploads::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Upload &u = m_rows.at(index.row());
    switch (role) {
    case UploadIdRole:
        return u.id;
    case FileNameRole:
        return u.fileName;
    case ProgressRole:
        return u.total > 0 ? double(u.sent) / double(u.total) : 0.0;
    case BytesSentRole:
        return u.sent;
    case BytesTotalRole:
        return u.total;
    case StateRole:
        switch (u.state) {
        case State::Preparing:
            return QStringLiteral("preparing");
        case State::Uploading:
            return QStringLiteral("uploading");
        case State::Sending:
            return QStringLiteral("sending");
        case State::Failed:
            return QStringLiteral("failed");
        }
        return {};
    case ErrorTextRole:
        return u.errorText;
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentUploads::roleNames() const
{
    return {{UploadIdRole, "uploadId"},   {FileNameRole, "fileName"},     {ProgressRole, "progress"},
            {BytesSentRole, "bytesSent"}, {BytesTotalRole, "bytesTotal"}, {StateRole, "state"},
            {ErrorTextRole, "errorText"}};
}

int AttachmentUploads::rowOf(int id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return int(i);
    return -1;
}

AttachmentUploads::Upload *AttachmentUploads::find(int id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[row];
}

int AttachmentUploads::add(const QString &fileName)
{
    beginInsertRows({}, rowCount(), rowCount());
    Upload u;
    u.id = m_nextId++;
    u.fileName = fileName;
    m_rows.append(u);
    endInsertRows();
    return u.id;
}

void AttachmentUploads::remove(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void AttachmentUploads::update(int id, const std::function<void(Upload &)> &change)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    change(m_rows[row]);
    Q_EMIT dataChanged(index(row), index(row));
}

// --- AttachmentController ---------------------------------------------------------------------

AttachmentController::AttachmentController(Session &session, QString roomId,
                                           std::function<bool()> roomIsEncrypted, QObject *parent)
    : QObject(parent), m_session(session), m_roomId(std::move(roomId)),
      m_roomIsEncrypted(std::move(roomIsEncrypted))
{
    connect(&m_uploads, &QAbstractItemModel::rowsInserted, this, &AttachmentController::countChanged);
    connect(&m_uploads, &QAbstractItemModel::rowsRemoved, this, &AttachmentController::countChanged);
}

AttachmentController::~AttachmentController()
{
    *m_alive = false;
    for (int row = 0; row < m_uploads.rowCount(); ++row) {
        const int id = m_uploads.index(row).data(AttachmentUploads::UploadIdRole).toInt();
        if (AttachmentUploads::Upload *u = m_uploads.find(id); u && u->transfer)
            u->transfer->cancel();
    }
}

void AttachmentController::sendFiles(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        // A refused entry gets a failed row too, so the upload bar says why.
        if (!url.isLocalFile()) {
            const QString name = url.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery);
            fail(m_uploads.add(name), name,
                 Error::make(Error::Kind::Usage, tr("Only files on this computer can be sent.")));
            continue;
        }
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        if (!info.isFile()) {
            fail(m_uploads.add(info.fileName()), info.fileName(),
                 Error::make(Error::Kind::Usage, tr("It is not a file.")));
            continue;
        }
        start(info.fileName(), info.size(),
              [path](qint64 limit) { return prepareAttachmentFile(path, limit); });
    }
}

bool AttachmentController::pasteImage()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasImage())
        return false;
    const QImage image = qvariant_cast<QImage>(mime->imageData());
    if (image.isNull())
        return false;
    const QString name =
        tr("Pasted image %1.png")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH-mm-ss")));
    sendImage(image, name);
    return true;
}

void AttachmentController::sendImage(const QImage &image, const QString &fileName)
{
    start(fileName, -1,
          [image, fileName](qint64 limit) { return prepareAttachmentImage(image, fileName, limit); });
}

void AttachmentController::start(const QString &fileName, qint64 knownSize, Prepare prepare)
{
    const int id = m_uploads.add(fileName);
    std::weak_ptr<bool> alive = m_alive;
    m_session.media().uploadLimit([this, alive, id, fileName, knownSize, prepare](Result<qint64> limit) {
        if (alive.expired())
            return;
        AttachmentUploads::Upload *u = m_uploads.find(id);
        if (!u || u->cancelled)
            return m_uploads.remove(id);
        if (!limit)
            return fail(id, fileName, limit.error());
        if (*limit > 0 && knownSize > *limit) // refused before reading the file
            return fail(id, fileName, HttpClient::tooLargeError(knownSize, *limit));
        auto *watcher = new QFutureWatcher<Result<PreparedAttachment>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id, fileName] {
            watcher->deleteLater();
            Result<PreparedAttachment> prepared = watcher->result();
            AttachmentUploads::Upload *current = m_uploads.find(id);
            if (!current || current->cancelled)
                return m_uploads.remove(id);
            if (!prepared)
                return fail(id, fileName, prepared.error());
            probeThenUpload(id, std::move(*prepared));
        });
        watcher->setFuture(QtConcurrent::run([prepare, max = *limit] { return prepare(max); }));
    });
}

MediaTransfer *AttachmentController::uploadBytes(const QByteArray &bytes, const QString &mimetype,
                                                 const QString &fileName,
                                                 std::function<void(Result<AttachmentSource>)> done,
                                                 MediaClient::ProgressCallback progress)
{
    if (m_roomIsEncrypted()) {
        // Encrypted rooms: AES-CTR with a fresh key, only ciphertext reaches the server; the key travels in
        // the (Megolm-encrypted) event as "file"/"thumbnail_file".
        return uploadEncrypted(
            m_session.media(), bytes,
            [done](Result<QJsonObject> file) {
                if (!file)
                    return done(file.error());
                Result<MxcUri> mxc = MxcUri::parse(file->value(QLatin1String("url")).toString());
                if (!mxc)
                    return done(mxc.error());
                done(AttachmentSource{*mxc, *file});
            },
            std::move(progress));
    }
    return m_session.media().upload(
        bytes, mimetype, fileName,
        [done](Result<MxcUri> mxc) {
            if (!mxc)
                return done(mxc.error());
            done(AttachmentSource{*mxc, {}});
        },
        std::move(progress));
}

void AttachmentController::probeThenUpload(int id, PreparedAttachment prepared)
{
    // Long enough for a local decoder to open a file and hand over a frame; a file that takes longer
    // is sent with what is known by then.
    constexpr int kMediaProbeTimeoutMs = 5000;
    const bool video = prepared.mimetype.startsWith(QLatin1String("video/"));
    if (prepared.sourcePath.isEmpty() || (!video && !prepared.mimetype.startsWith(QLatin1String("audio/"))))
        return upload(id, std::move(prepared));
    auto shared = std::make_shared<PreparedAttachment>(std::move(prepared));
    // The probe belongs to this controller: if the room closes first, it is dropped with it.
    probeMedia(shared->sourcePath, video, kMediaProbeTimeoutMs, this,
               [this, id, shared, video](const MediaProbeResult &probed) {
                   AttachmentUploads::Upload *u = m_uploads.find(id);
                   if (!u || u->cancelled)
                       return m_uploads.remove(id);
                   shared->durationMs = probed.durationMs;
                   if (video) {
                       shared->dimensions = probed.size;
                       const EncodedThumbnail thumb = makeVideoThumbnail(probed.frame);
                       shared->thumbnailBytes = thumb.bytes;
                       shared->thumbnailMimetype = thumb.mimetype;
                       shared->thumbnailSize = thumb.size;
                   }
                   upload(id, std::move(*shared));
               });
}

void AttachmentController::upload(int id, PreparedAttachment preparedValue)
{
    auto prepared = std::make_shared<PreparedAttachment>(std::move(preparedValue));
    const qint64 total = prepared->bytes.size() + prepared->thumbnailBytes.size();
    m_uploads.update(id, [total](AttachmentUploads::Upload &u) {
        u.state = AttachmentUploads::State::Uploading;
        u.total = total;
    });
    if (prepared->thumbnailBytes.isEmpty())
        return uploadMain(id, prepared, std::nullopt);

    // The thumbnail first: it is small, and the message needs both.
    std::weak_ptr<bool> alive = m_alive;
    MediaTransfer *t = uploadBytes(
        prepared->thumbnailBytes, prepared->thumbnailMimetype, QStringLiteral("thumbnail"),
        [this, alive, id, prepared](Result<AttachmentSource> source) {
            if (alive.expired())
                return;
            if (!source)
                return fail(id, prepared->fileName, source.error());
            uploadMain(id, prepared,
                       AttachmentThumbnail{*source, prepared->thumbnailMimetype,
                                           prepared->thumbnailBytes.size(), prepared->thumbnailSize});
        },
        [this, alive, id](qint64 done, qint64) {
            if (!alive.expired())
                m_uploads.update(id, [done](AttachmentUploads::Upload &u) { u.sent = done; });
        });
    m_uploads.update(id, [t](AttachmentUploads::Upload &u) { u.transfer = t; });
}

void AttachmentController::uploadMain(int id, std::shared_ptr<PreparedAttachment> prepared,
                                      std::optional<AttachmentThumbnail> thumb)
{
    AttachmentUploads::Upload *u = m_uploads.find(id);
    if (!u || u->cancelled)
        return m_uploads.remove(id);
    const qint64 offset = prepared->thumbnailBytes.size();
    std::weak_ptr<bool> alive = m_alive;
    MediaTransfer *t = uploadBytes(
        prepared->bytes, prepared->mimetype, prepared->fileName,
        [this, alive, id, prepared, thumb](Result<AttachmentSource> source) {
            if (alive.expired())
                return;
            if (!source)
                return fail(id, prepared->fileName, source.error());
            m_uploads.update(
                id, [](AttachmentUploads::Upload &up) { up.state = AttachmentUploads::State::Sending; });
            Attachment a;
            a.source = *source;
            a.fileName = prepared->fileName;
            a.mimetype = prepared->mimetype;
            a.size = prepared->bytes.size();
            a.dimensions = prepared->dimensions;
            a.durationMs = prepared->durationMs;
            a.thumbnail = thumb;
            m_session.sendQueue().enqueue(m_roomId, QStringLiteral("m.room.message"), attachmentContent(a),
                                          [this, alive, id, prepared](Result<QueuedEvent> queued) {
                                              if (alive.expired())
                                                  return;
                                              if (!queued)
                                                  return fail(id, prepared->fileName, queued.error());
                                              m_uploads.remove(id);
                                              Q_EMIT sent(prepared->fileName, queued->txnId);
                                          });
        },
        [this, alive, id, offset](qint64 done, qint64) {
            if (!alive.expired())
                m_uploads.update(id,
                                 [done, offset](AttachmentUploads::Upload &up) { up.sent = offset + done; });
        });
    m_uploads.update(id, [t](AttachmentUploads::Upload &up) { up.transfer = t; });
}

void AttachmentController::fail(int id, const QString &fileName, const Error &error)
{
    AttachmentUploads::Upload *u = m_uploads.find(id);
    if (!u || u->cancelled || error.kind == Error::Kind::Cancelled)
        return m_uploads.remove(id);
    const QString text = tr("“%1” could not be sent: %2").arg(fileName, error.describe());
    m_uploads.update(id, [text](AttachmentUploads::Upload &up) {
        up.state = AttachmentUploads::State::Failed;
        up.errorText = text;
        up.transfer = nullptr;
    });
    Q_EMIT errorOccurred(text);
}

void AttachmentController::cancel(int uploadId)
{
    AttachmentUploads::Upload *u = m_uploads.find(uploadId);
    if (!u)
        return;
    // Whatever comes back for a row that is gone is dropped (see fail() and the callbacks).
    // Sending: the message is in the send queue already, which owns it now.
    u->cancelled = true;
    if (u->transfer)
        u->transfer->cancel();
    m_uploads.remove(uploadId);
}

} // namespace lattice::desktop
