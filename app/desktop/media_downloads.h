#pragma once
// Media files of the open room that QML needs as files: a video or audio clip to play (fetched
// through the authenticated MediaClient into the media cache, then copied to a private temporary
// directory that Qt Multimedia plays from), and files the user saves (to the Downloads folder,
// never overwriting a file there). One MediaDownload per (mxc URI, purpose), owned here, so a
// delegate that is recreated finds its download's state again. Encrypted attachments (the media
// role's fileRef names them in EncryptedFiles) go through downloadEncrypted: the cache and the
// network see ciphertext only, a file whose hash does not match is an error, and only the
// plaintext the user asked for reaches the disk.
#include "encrypted_files.h"
#include "net/media_client.h"

#include <QJsonObject>
#include <optional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>

namespace lattice::desktop {

class MediaDownload : public QObject
{
    Q_OBJECT
    // "idle", "downloading", "ready" or "failed" (errorText says why).
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(qint64 bytesReceived READ bytesReceived NOTIFY changed)
    Q_PROPERTY(qint64 bytesTotal READ bytesTotal NOTIFY changed)
    // Once ready: the file to play, or the saved file.
    Q_PROPERTY(QUrl localUrl READ localUrl NOTIFY changed)
    Q_PROPERTY(QString localPath READ localPath NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    enum class Purpose { Play, Save };
    enum class State { Idle, Downloading, Ready, Failed };

    // `directory`: where the file goes (the temporary playback folder, or Downloads).
    // `encryptedFile`: the EncryptedFile object when `mxc` holds ciphertext.
    MediaDownload(MediaClient &media, MxcUri mxc, QString fileName, Purpose purpose, QString directory,
                  qint64 maxBytes, QObject *parent = nullptr,
                  std::optional<QJsonObject> encryptedFile = std::nullopt);
    ~MediaDownload() override;

    QString state() const;
    State stateValue() const { return m_state; }
    double progress() const { return m_total > 0 ? double(m_received) / double(m_total) : 0.0; }
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesTotal() const { return m_total; }
    QUrl localUrl() const { return m_path.isEmpty() ? QUrl() : QUrl::fromLocalFile(m_path); }
    QString localPath() const { return m_path; }
    QString errorText() const { return m_error; }

    // Starts (or restarts after a failure); nothing while downloading or ready.
    Q_INVOKABLE void start();
    Q_INVOKABLE void cancel();
    // Opens the saved file with the desktop's application for it, or its folder.
    Q_INVOKABLE bool open() const;
    Q_INVOKABLE bool showInFolder() const;

Q_SIGNALS:
    void changed();

private:
    void finish(Result<MediaContent> content);
    void setState(State state);

    MediaClient &m_media;
    MxcUri m_mxc;
    std::optional<QJsonObject> m_encryptedFile;
    QString m_fileName;
    Purpose m_purpose;
    QString m_directory;
    qint64 m_maxBytes;
    State m_state = State::Idle;
    qint64 m_received = 0;
    qint64 m_total = 0;
    QString m_path;
    QString m_error;
    QPointer<MediaTransfer> m_transfer;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

// The user's Downloads folder (their home folder when the platform names none).
QString defaultDownloadsDirectory();

class MediaDownloads : public QObject
{
    Q_OBJECT
public:
    // `downloadsDir`: where saved files go (the user's Downloads folder in the app).
    MediaDownloads(MediaClient &media, QString downloadsDir, QObject *parent = nullptr);

    // Where encrypted attachments are looked up (may be null: they then cannot be fetched); it
    // outlives this object.
    void setEncryptedFiles(EncryptedFiles *files) { m_files = files; }

    // `fileRef` is the media role's: an mxc:// URI, or an encrypted file's reference.
    // The same object for the same file and purpose; null for an invalid or unknown reference.
    Q_INVOKABLE lattice::desktop::MediaDownload *forPlayback(const QString &fileRef, const QString &fileName);
    Q_INVOKABLE lattice::desktop::MediaDownload *forSaving(const QString &fileRef, const QString &fileName);
    // Saves the original to `destination` (a file:// URL the user chose, so it may replace a file).
    Q_INVOKABLE void saveAs(const QString &fileRef, const QUrl &destination);
    // Why an encrypted image:// source could not be shown (e.g. its hash did not match), or empty.
    Q_INVOKABLE QString imageError(const QString &imageUrl) const;

    QString downloadsDirectory() const { return m_downloadsDir; }
    QString playbackDirectory() const { return m_playbackDir.path(); }

    // A name safe to create in a folder: no directories, no leading dots, not empty.
    static QString safeFileName(const QString &name);
    // Creates `fileName` in `directory`, or "name (1).ext", "name (2).ext", … if it exists; the
    // file is created empty (so nobody else takes the name) and its path returned.
    static Result<QString> createUniqueFile(const QString &directory, const QString &fileName);

Q_SIGNALS:
    void saved(const QString &path);
    void errorOccurred(const QString &message);

private:
    MediaDownload *entry(const QString &fileRef, const QString &fileName, MediaDownload::Purpose purpose);
    // The mxc:// URI of `fileRef`, and its EncryptedFile when it names one.
    Result<std::pair<MxcUri, std::optional<QJsonObject>>> resolve(const QString &fileRef) const;

    MediaClient &m_media;
    EncryptedFiles *m_files = nullptr;
    QString m_downloadsDir;
    QTemporaryDir m_playbackDir;
    QHash<QString, MediaDownload *> m_entries; // children of this object
};

} // namespace lattice::desktop
