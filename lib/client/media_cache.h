#pragma once
// Media on disk, so an image seen once shows again without the network: one file per
// (mxc URI, variant) key, a bounded total size with least-recently-used eviction, and atomic
// writes. A file that is damaged or cut short reads as a miss and is removed.
//
// Threading: every public function takes one mutex, so the cache may be used from the GUI
// thread, the network thread and Qt Quick's image loader threads at once. File I/O happens under
// the lock (media are capped in size, so a read is short). One process per directory.
//
// Plaintext only, like the media it caches: encrypted attachments will be stored as the server
// served them (ciphertext) and decrypted after reading (MediaClient::Decryptor).
#include "net/media_client.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace lattice {

class MediaCache : public MediaCacheInterface
{
public:
    static constexpr qint64 kDefaultMaxBytes = qint64(512) * 1024 * 1024;

    // Creates `directory` if needed and indexes what an earlier run left there.
    explicit MediaCache(QString directory, qint64 maxBytes = kDefaultMaxBytes);

    std::optional<MediaContent> get(const QString &key) override;
    // Stores `content` unless it alone exceeds the bound; evicts the least recently used first.
    void put(const QString &key, const MediaContent &content) override;
    void remove(const QString &key);
    bool contains(const QString &key) const;

    qint64 totalBytes() const;
    qint64 maxBytes() const { return m_maxBytes; }
    QString directory() const { return m_directory; }
    // The file that holds `key` (whether or not it exists).
    QString filePath(const QString &key) const;

private:
    struct Entry
    {
        qint64 size = 0;
        qint64 lastUsed = 0; // ms since the epoch, also kept as the file's mtime across restarts
    };
    static QString fileName(const QString &key);
    void scan();
    void touch(const QString &name, Entry &entry);
    void evictFor(qint64 incoming);
    void dropLocked(const QString &name);

    mutable QMutex m_mutex;
    QString m_directory;
    qint64 m_maxBytes;
    qint64 m_total = 0;
    qint64 m_lastStamp = 0;
    QHash<QString, Entry> m_entries; // by file name
};

} // namespace lattice
