#include "device_list_model.h"

#include <QLocale>

namespace lattice::desktop {

DeviceListModel::DeviceListModel(QObject *parent) : QAbstractListModel(parent) {}

void DeviceListModel::setDevices(const QList<DeviceInfo> &devices)
{
    // Same devices in the same order: update in place, so the views keep their state (an open editor).
    bool sameRows = devices.size() == m_devices.size();
    for (qsizetype i = 0; sameRows && i < devices.size(); ++i)
        sameRows = devices.at(i).deviceId == m_devices.at(i).deviceId &&
                   devices.at(i).userId == m_devices.at(i).userId;
    if (sameRows) {
        m_devices = devices;
        if (!m_devices.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_devices.size()) - 1));
        return;
    }
    beginResetModel();
    m_devices = devices;
    endResetModel();
    Q_EMIT countChanged();
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QString DeviceListModel::trustText(const DeviceInfo &d)
{
    if (!d.hasKeys)
        return tr("This device has no encryption keys: it cannot read encrypted messages.");
    if (d.isThisDevice)
        return d.verified ? tr("This device; verified.") : tr("This device.");
    if (d.verified)
        return tr("Verified: you confirmed this device belongs to its owner.");
    return tr("Not verified: compare its fingerprint with its owner, or verify it, before trusting it.");
}

QString DeviceListModel::lastSeenText(const DeviceInfo &d) const
{
    if (d.lastSeenMs <= 0)
        return QString();
    const QDateTime seen = QDateTime::fromMSecsSinceEpoch(d.lastSeenMs);
    const QLocale locale;
    const QString when = seen.date() == m_now().date() ? locale.toString(seen.time(), QLocale::ShortFormat)
                                                       : locale.toString(seen.date(), QLocale::ShortFormat);
    if (d.lastSeenIp.isEmpty())
        return tr("Last seen %1").arg(when);
    return tr("Last seen %1 from %2").arg(when, d.lastSeenIp);
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DeviceInfo &d = m_devices.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return d.displayName.isEmpty() ? d.deviceId : d.displayName;
    case DeviceIdRole:
        return d.deviceId;
    case FingerprintRole:
        return DeviceManager::formatFingerprint(d.ed25519);
    case VerifiedRole:
        return d.verified;
    case HasKeysRole:
        return d.hasKeys;
    case IsThisDeviceRole:
        return d.isThisDevice;
    case TrustTextRole:
        return trustText(d);
    case LastSeenRole:
        return lastSeenText(d);
    case LastSeenMsRole:
        return d.lastSeenMs;
    case UserIdRole:
        return d.userId;
    default:
        return {};
    }
}

QHash<int, QByteArray> DeviceListModel::roleNames() const
{
    return {{DeviceIdRole, "deviceId"},       {DisplayNameRole, "displayName"},
            {FingerprintRole, "fingerprint"}, {VerifiedRole, "verified"},
            {HasKeysRole, "hasKeys"},         {IsThisDeviceRole, "isThisDevice"},
            {TrustTextRole, "trustText"},     {LastSeenRole, "lastSeen"},
            {LastSeenMsRole, "lastSeenMs"},   {UserIdRole, "userId"}};
}

} // namespace lattice::desktop
