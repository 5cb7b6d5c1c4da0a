#include "media_cache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace lattice {

namespace {
constexpr quint32 kMagic = 0x4c4d4331; // "LMC1"
const QString kSuffix = QStringLiteral(".media");

QByteArray digest(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

MediaCache::MediaCache(QString directory, qint64 maxBytes)
    : m_directory(std::move(directory)), m_maxBytes(maxBytes)
{
    QDir().mkpath(m_directory);
    scan();
}

QString MediaCache::fileName(const QString &key)
{
    // Content-addressed by key: no part of a server-chosen name reaches the file system.
    return QString::fromLatin1(digest(key.toUtf8()).toHex()) + kSuffix;
}

QString MediaCache::filePath(const QString &key) const
{
    return QDir(m_directory).filePath(fileName(key));
}

void MediaCache::scan()
{
    static const QRegularExpression ours(QStringLiteral("^[0-9a-f]{64}\\.media$"));
    QMutexLocker lock(&m_mutex);
    const QFileInfoList files = QDir(m_directory).entryInfoList(QDir::Files);
    for (const QFileInfo &f : files) {
        if (!ours.match(f.fileName()).hasMatch())
            continue; // QSaveFile's leftovers from a crash, or not ours: never counted, never read
        Entry e{f.size(), f.lastModified().toMSecsSinceEpoch()};
        m_entries.insert(f.fileName(), e);
        m_total += e.size;
        m_lastStamp = std::max(m_lastStamp, e.lastUsed);
    }
    evictFor(0); // a smaller bound than last run's
}

void MediaCache::touch(const QString &name, Entry &entry)
{
    // Strictly increasing, so the order survives a restart even within one millisecond.
    m_lastStamp = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastStamp + 1);
    entry.lastUsed = m_lastStamp;
    QFile f(QDir(m_directory).filePath(name));
    if (f.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        f.setFileTime(QDateTime::fromMSecsSinceEpoch(entry.lastUsed), QFileDevice::FileModificationTime);
}

void MediaCache::dropLocked(const QString &name)
{
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    QFile::remove(QDir(m_directory).filePath(name)); // before erase: `name` may be the entry's own key
    m_total -= it->size;
    m_entries.erase(it);
}

void MediaCache::evictFor(qint64 incoming)
{
    while (!m_entries.isEmpty() && m_total + incoming > m_maxBytes) {
        auto oldest = m_entries.cbegin();
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        dropLocked(oldest.key());
    }
}

std::optional<MediaContent> MediaCache::get(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const QString name = fileName(key);
    const auto it = m_entries.find(name);
    if (it == m_entries.end())
        return std::nullopt;
    QFile f(QDir(m_directory).filePath(name));
    if (!f.open(QIODevice::ReadOnly)) {
        dropLocked(name);
        return std::nullopt;
    }
    QDataStream in(&f);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    QString storedKey;
    MediaContent c;
    QByteArray hash;
    in >> magic >> storedKey >> c.contentType >> c.filename >> c.bytes >> hash;
    const bool intact = in.status() == QDataStream::Ok && magic == kMagic && storedKey == key && f.atEnd() &&
                        hash == digest(c.bytes);
    f.close();
    if (!intact) {
        dropLocked(name);
        return std::nullopt;
    }
    touch(name, *it);
    return c;
}

void MediaCache::put(const QString &key, const MediaContent &content)
{
    QByteArray record;
    {
        QDataStream out(&record, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kMagic << key << content.contentType << content.filename << content.bytes
            << digest(content.bytes);
    }
    QMutexLocker lock(&m_mutex);
    const QString name = fileName(key);
    if (m_entries.contains(name))
        dropLocked(name);
    if (record.size() > m_maxBytes)
        return;
    evictFor(record.size());
    // QSaveFile: a crash mid-write leaves the old state, never a half file under our name.
    QSaveFile f(QDir(m_directory).filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(record) != record.size() || !f.commit())
        return; // a full disk only costs the cache; the caller already has the bytes
    Entry e{record.size(), 0};
    touch(name, e);
    m_entries.insert(name, e);
    m_total += e.size;
}

void MediaCache::remove(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    dropLocked(fileName(key));
}

bool MediaCache::contains(const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_entries.contains(fileName(key));
}

qint64 MediaCache::totalBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_total;
}

} // namespace lattice
