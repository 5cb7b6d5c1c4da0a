#pragma once
// A list of devices for the views (the settings page's sessions, a member's devices): name, ID,
// fingerprint in groups, trust, this device, last seen. Rows are replaced as a whole when the list is
// read again; a device that stays keeps its row (rename and verification update it in place).
#include "client/device_manager.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <functional>

namespace lattice::desktop {

class DeviceListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        DeviceIdRole = Qt::UserRole + 1,
        DisplayNameRole, // the device's name, or its ID when it has none
        FingerprintRole, // "ABCD EFGH ..."; empty when the device published no keys
        VerifiedRole,
        HasKeysRole,
        IsThisDeviceRole,
        TrustTextRole, // one sentence for the tooltip / the row's status line
        LastSeenRole,  // "Last seen 14:05 from 192.0.2.1", or empty (other users' devices)
        LastSeenMsRole,
        UserIdRole,
    };
    Q_ENUM(Role)

    explicit DeviceListModel(QObject *parent = nullptr);

    void setDevices(const QList<DeviceInfo> &devices);
    const QList<DeviceInfo> &devices() const { return m_devices; }
    // Clock for "today" in LastSeenRole; replaceable in tests.
    void setNow(std::function<QDateTime()> now) { m_now = std::move(now); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString trustText(const DeviceInfo &device);
    QString lastSeenText(const DeviceInfo &device) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<DeviceInfo> m_devices;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTime(); };
};

} // namespace lattice::desktop
