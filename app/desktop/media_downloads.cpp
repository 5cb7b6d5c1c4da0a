#include "media_downloads.h"

#include "client/encrypted_media.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QQmlEngine>
#include <QSaveFile>
#include <QStandardPaths>

namespace lattice::desktop {

namespace {

Error fileError(const QString &path, const QString &reason)
{
    return Error::make(Error::Kind::Usage,
                       QCoreApplication::translate("MediaDownloads", "“%1” could not be written: %2")
                           .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

// --- MediaDownload ----------------------------------------------------------------------------

MediaDownload::MediaDownload(MediaClient &media, MxcUri mxc, QString fileName, Purpose purpose,
                             QString directory, qint64 maxBytes, QObject *parent,
                             std::optional<QJsonObject> encryptedFile)
    : QObject(parent), m_media(media), m_mxc(std::move(mxc)), m_encryptedFile(std::move(encryptedFile)),
      m_fileName(std::move(fileName)), m_purpose(purpose), m_directory(std::move(directory)),
      m_maxBytes(maxBytes)
{}

MediaDownload::~MediaDownload()
{
    *m_alive = false;
    if (m_transfer)
        m_transfer->cancel();
}

QString MediaDownload::state() const
{
    switch (m_state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Downloading:
        return QStringLiteral("downloading");
    case State::Ready:
        return QStringLiteral("ready");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

void MediaDownload::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

void MediaDownload::start()
{
    if (m_state == State::Downloading || m_state == State::Ready)
        return;
    m_received = 0;
    m_total = 0;
    m_error.clear();
    setState(State::Downloading);
    std::weak_ptr<bool> alive = m_alive;
    auto done = [this, alive](Result<MediaContent> content) {
        if (!alive.expired())
            finish(std::move(content));
    };
    auto progress = [this, alive](qint64 received, qint64 total) {
        if (alive.expired())
            return;
        m_received = received;
        m_total = total;
        Q_EMIT changed();
    };
    m_transfer = m_encryptedFile ? downloadEncrypted(m_media, *m_encryptedFile, m_maxBytes, done, progress)
                                 : m_media.download(m_mxc, m_maxBytes, done, progress);
}

void MediaDownload::cancel()
{
    if (m_state != State::Downloading)
        return;
    if (m_transfer)
        m_transfer->cancel(); // finish() sees Cancelled and goes back to idle
}

void MediaDownload::finish(Result<MediaContent> content)
{
    m_transfer = nullptr;
    if (!content) {
        if (content.error().kind == Error::Kind::Cancelled) {
            m_received = m_total = 0;
            return setState(State::Idle);
        }
        m_error = content.error().errcode == QLatin1String("HASH_MISMATCH")
                      ? tr("This file was altered after it was sent (its SHA-256 hash does not match), so "
                           "Lattice does not save or play it.")
                      : content.error().describe();
        return setState(State::Failed);
    }
    m_total = m_received = content->bytes.size();
    Result<QString> path = [&]() -> Result<QString> {
        if (m_purpose == Purpose::Save)
            return MediaDownloads::createUniqueFile(m_directory, m_fileName);
        // Named by the URI's hash: no server-chosen text reaches the path.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(m_mxc.toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
        const QString suffix = QFileInfo(MediaDownloads::safeFileName(m_fileName)).suffix();
        return QDir(m_directory).filePath(suffix.isEmpty() ? hash : hash + QLatin1Char('.') + suffix);
    }();
    if (!path) {
        m_error = path.error().message;
        return setState(State::Failed);
    }
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content->bytes) != content->bytes.size() ||
        !file.commit()) {
        m_error = fileError(*path, file.errorString()).message;
        if (m_purpose == Purpose::Save)
            QFile::remove(*path); // the empty placeholder createUniqueFile made
        return setState(State::Failed);
    }
    m_path = *path;
    setState(State::Ready);
}

bool MediaDownload::open() const
{
    return !m_path.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(m_path));
}

bool MediaDownload::showInFolder() const
{
    return !m_path.isEmpty() &&
           QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
}

// --- MediaDownloads ---------------------------------------------------------------------------

QString defaultDownloadsDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return dir.isEmpty() ? QDir::homePath() : dir;
}

MediaDownloads::MediaDownloads(MediaClient &media, QString downloadsDir, QObject *parent)
    : QObject(parent), m_media(media), m_downloadsDir(std::move(downloadsDir)),
      m_playbackDir(QDir(QDir::tempPath()).filePath(QStringLiteral("lattice-media-XXXXXX")))
{}

QString MediaDownloads::safeFileName(const QString &name)
{
    QString clean = QFileInfo(QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
    clean.remove(QChar(0));
    while (clean.startsWith(QLatin1Char('.')))
        clean.remove(0, 1);
    clean = clean.trimmed().left(200);
    return clean.isEmpty() ? tr("download") : clean;
}

Result<QString> MediaDownloads::createUniqueFile(const QString &directory, const QString &fileName)
{
    if (!QDir().mkpath(directory))
        return fileError(directory, tr("the folder cannot be created."));
    const QString name = safeFileName(fileName);
    // "a (1).tar.gz", not "a.tar (1).gz": the MIME database knows the double suffixes.
    QString suffix = QMimeDatabase().suffixForFileName(name);
    if (suffix.isEmpty())
        suffix = QFileInfo(name).suffix();
    const QString base =
        suffix.isEmpty() || name.size() <= suffix.size() + 1 ? name : name.chopped(suffix.size() + 1);
    if (base == name)
        suffix.clear();
    else
        suffix.prepend(QLatin1Char('.'));
    for (int n = 0; n < 10000; ++n) {
        const QString candidate = QDir(directory).filePath(
            n == 0 ? name : QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
        QFile f(candidate);
        if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return candidate; // NewOnly: an existing file is never opened, so never overwritten
        if (!f.exists())
            return fileError(candidate, f.errorString());
    }
    return fileError(QDir(directory).filePath(name), tr("too many files with this name exist."));
}

Result<std::pair<MxcUri, std::optional<QJsonObject>>> MediaDownloads::resolve(const QString &fileRef) const
{
    const QString handle = EncryptedFiles::handleOf(fileRef);
    if (handle.isEmpty()) {
        Result<MxcUri> mxc = MxcUri::parse(fileRef);
        if (!mxc)
            return mxc.error();
        return std::pair{*mxc, std::optional<QJsonObject>()};
    }
    std::optional<QJsonObject> file = m_files ? m_files->find(handle) : std::nullopt;
    if (!file)
        return Error::make(Error::Kind::Usage, tr("This encrypted file is not known here any more."));
    Result<MxcUri> mxc = MxcUri::parse(file->value(QLatin1String("url")).toString());
    if (!mxc)
        return mxc.error();
    return std::pair{*mxc, std::move(file)};
}

MediaDownload *MediaDownloads::entry(const QString &fileRef, const QString &fileName,
                                     MediaDownload::Purpose purpose)
{
    auto source = resolve(fileRef);
    if (!source)
        return nullptr;
    // Keyed by the reference: an encrypted file's handle covers its key too.
    const QString key =
        (purpose == MediaDownload::Purpose::Play ? QLatin1String("play ") : QLatin1String("save ")) +
        (source->second ? fileRef : source->first.toString());
    MediaDownload *&d = m_entries[key];
    if (!d) {
        const bool play = purpose == MediaDownload::Purpose::Play;
        d = new MediaDownload(m_media, source->first, fileName, purpose,
                              play ? m_playbackDir.path() : m_downloadsDir,
                              MediaClient::kDefaultMaxDownloadBytes, this, std::move(source->second));
        QQmlEngine::setObjectOwnership(d, QQmlEngine::CppOwnership);
    }
    return d;
}

QString MediaDownloads::imageError(const QString &imageUrl) const
{
    const QString handle = EncryptedFiles::handleOf(imageUrl);
    return handle.isEmpty() || !m_files ? QString() : m_files->failure(handle);
}

MediaDownload *MediaDownloads::forPlayback(const QString &fileRef, const QString &fileName)
{
    return entry(fileRef, fileName, MediaDownload::Purpose::Play);
}

MediaDownload *MediaDownloads::forSaving(const QString &fileRef, const QString &fileName)
{
    return entry(fileRef, fileName, MediaDownload::Purpose::Save);
}

void MediaDownloads::saveAs(const QString &fileRef, const QUrl &destination)
{
    const auto source = resolve(fileRef);
    if (!source)
        return Q_EMIT errorOccurred(source.error().message);
    if (!destination.isLocalFile())
        return Q_EMIT errorOccurred(tr("Files can only be saved on this computer."));
    const QString path = destination.toLocalFile();
    QPointer<MediaDownloads> self(this);
    auto done = [self, path](Result<MediaContent> content) {
        if (!self)
            return;
        if (!content)
            return Q_EMIT self->errorOccurred(
                tr("The file could not be downloaded: %1").arg(content.error().describe()));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content->bytes) != content->bytes.size() ||
            !file.commit())
            return Q_EMIT self->errorOccurred(fileError(path, file.errorString()).message);
        Q_EMIT self->saved(path);
    };
    if (source->second)
        downloadEncrypted(m_media, *source->second, MediaClient::kDefaultMaxDownloadBytes, done);
    else
        m_media.download(source->first, MediaClient::kDefaultMaxDownloadBytes, done);
}

} // namespace lattice::desktop
