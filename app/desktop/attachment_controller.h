#pragma once
// The composer's attachments for one room: files picked, dropped or pasted are read and given a
// thumbnail off the GUI thread, uploaded with progress (cancellable), then sent through the send
// queue as m.image, m.video, m.audio or m.file. `uploads` lists what is in flight or failed, one
// row per file, for the upload bar. Nothing here touches the composer's text.
#include "attachment_file.h"
#include "client/attachment_content.h"
#include "client/session.h"

#include <QAbstractListModel>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace lattice::desktop {

class AttachmentUploads : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        UploadIdRole = Qt::UserRole + 1,
        FileNameRole,
        ProgressRole,
        BytesSentRole,
        BytesTotalRole,
        StateRole,
        ErrorTextRole
    };
    enum class State { Preparing, Uploading, Sending, Failed };

    struct Upload
    {
        int id = 0;
        QString fileName;
        qint64 sent = 0;
        qint64 total = 0;
        State state = State::Preparing;
        QString errorText;
        QPointer<MediaTransfer> transfer;
        bool cancelled = false;
    };

    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Upload *find(int id);
    int add(const QString &fileName);
    void remove(int id);
    // Calls `change` on the upload and announces it.
    void update(int id, const std::function<void(Upload &)> &change);

private:
    int rowOf(int id) const;
    QList<Upload> m_rows;
    int m_nextId = 1;
};

class AttachmentController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QAbstractItemModel *uploads READ uploads CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    // `roomIsEncrypted` is asked at send time (a room may turn on encryption meanwhile).
    AttachmentController(Session &session, QString roomId, std::function<bool()> roomIsEncrypted,
                         QObject *parent = nullptr);
    ~AttachmentController() override;

    QAbstractItemModel *uploads() { return &m_uploads; }
    int count() const { return m_uploads.rowCount(); }

    // Local files (file:// URLs from the file dialog or a drop); anything else is refused with a
    // sentence through errorOccurred.
    Q_INVOKABLE void sendFiles(const QList<QUrl> &urls);
    // Sends the clipboard's image, if it holds one; false otherwise (the composer pastes text then).
    Q_INVOKABLE bool pasteImage();
    Q_INVOKABLE void sendImage(const QImage &image, const QString &fileName);
    // Cancels an upload in flight, or dismisses a failed one.
    Q_INVOKABLE void cancel(int uploadId);

Q_SIGNALS:
    void countChanged();
    void errorOccurred(const QString &message);
    // The file's message is in the send queue (its local echo is in the timeline).
    void sent(const QString &fileName, const QString &txnId);

private:
    using Prepare = std::function<Result<PreparedAttachment>(qint64 limit)>;
    void start(const QString &fileName, qint64 knownSize, Prepare prepare);
    // Video and audio files are probed for duration, size and a thumbnail frame first.
    void probeThenUpload(int id, PreparedAttachment prepared);
    void upload(int id, PreparedAttachment prepared);
    void uploadMain(int id, std::shared_ptr<PreparedAttachment> prepared,
                    std::optional<AttachmentThumbnail> thumb);
    void fail(int id, const QString &fileName, const Error &error);
    // The one place that decides how bytes reach the server: as they are, or (encrypted rooms)
    // as an EncryptedFile. Returns the transfer (null when refused; `done` is then called).
    MediaTransfer *uploadBytes(const QByteArray &bytes, const QString &mimetype, const QString &fileName,
                               std::function<void(Result<AttachmentSource>)> done,
                               MediaClient::ProgressCallback progress);

    Session &m_session;
    QString m_roomId;
    std::function<bool()> m_roomIsEncrypted;
    AttachmentUploads m_uploads;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace lattice::desktop
