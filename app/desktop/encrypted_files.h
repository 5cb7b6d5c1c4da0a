#pragma once
// The EncryptedFile objects (spec end_to_end_encryption.md, "Sending encrypted attachments") of the
// attachments the timeline shows, under opaque handles. QML and the image provider name a file by
// its handle ("image://mxc/_encrypted/<handle>"), never by its key: Qt prints image URLs in its
// warnings, and a URL must not carry what decrypts the file. The handle is a SHA-256 of the whole
// object, so two events that share a URL but not a key never take each other's place.
//
// The media role (media_roles.h) adds what the timeline shows; the image provider and the downloads
// read it. Why an image failed is kept here too, so QML can say it (QML's Image has no error text).
// Thread-safe: the image provider reads it on Qt Quick's loader threads.
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QQueue>
#include <QString>
#include <optional>

namespace lattice::desktop {

class EncryptedFiles
{
public:
    // At most `capacity` files are remembered (the oldest go first); the timeline adds them again
    // whenever it shows them.
    explicit EncryptedFiles(int capacity = 4096) : m_capacity(capacity) {}

    // Remembers `file` and answers its handle; empty when it has no valid mxc:// "url".
    QString add(const QJsonObject &file);
    std::optional<QJsonObject> find(const QString &handle) const;

    // Why the file of `handle` could not be shown (one sentence), or empty.
    void recordFailure(const QString &handle, const QString &message);
    QString failure(const QString &handle) const;

    // "_encrypted/<handle>": what the media role's fileRef and the image provider's ID carry.
    static QString reference(const QString &handle);
    // The handle of such a reference (or image://mxc/ URL of one), or empty when it is none.
    static QString handleOf(const QString &referenceOrUrl);
    static QString imageUrl(const QString &handle)
    {
        return QStringLiteral("image://mxc/") + reference(handle);
    }

private:
    mutable QMutex m_mutex;
    int m_capacity;
    QHash<QString, QJsonObject> m_files;
    QQueue<QString> m_order;
    QHash<QString, QString> m_failures;
};

} // namespace lattice::desktop
