#include "encrypted_files.h"

#include "net/media_client.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace lattice::desktop {

namespace {
const QLatin1String kPrefix("_encrypted/"); // "_" is no valid server name: no mxc:// ID looks like this
const QLatin1String kImagePrefix("image://mxc/");

bool isHandle(QStringView s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}
} // namespace

QString EncryptedFiles::add(const QJsonObject &file)
{
    if (!MxcUri::parse(file.value(QLatin1String("url")).toString()))
        return {};
    // QJsonObject keeps its keys sorted, so the same object always gives the same bytes.
    const QString handle =
        QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(file).toJson(QJsonDocument::Compact),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    QMutexLocker lock(&m_mutex);
    if (!m_files.contains(handle)) {
        m_files.insert(handle, file);
        m_order.enqueue(handle);
        while (m_order.size() > m_capacity) {
            const QString old = m_order.dequeue();
            m_files.remove(old);
            m_failures.remove(old);
        }
    }
    return handle;
}

std::optional<QJsonObject> EncryptedFiles::find(const QString &handle) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_files.constFind(handle);
    if (it == m_files.constEnd())
        return std::nullopt;
    return *it;
}

void EncryptedFiles::recordFailure(const QString &handle, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    if (m_files.contains(handle))
        m_failures.insert(handle, message);
}

QString EncryptedFiles::failure(const QString &handle) const
{
    QMutexLocker lock(&m_mutex);
    return m_failures.value(handle);
}

QString EncryptedFiles::reference(const QString &handle)
{
    return kPrefix + handle;
}

QString EncryptedFiles::handleOf(const QString &referenceOrUrl)
{
    QStringView s(referenceOrUrl);
    if (s.startsWith(kImagePrefix))
        s = s.mid(kImagePrefix.size());
    if (!s.startsWith(kPrefix))
        return {};
    s = s.mid(kPrefix.size());
    return isHandle(s) ? s.toString() : QString();
}

} // namespace lattice::desktop
