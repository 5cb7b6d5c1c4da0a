#pragma once
// Secrets (access token, later pickle keys) in the OS keyring through QtKeychain; never on disk.
#include "protocol/error.h"

#include <QByteArray>
#include <QObject>
#include <functional>
#include <optional>

namespace lattice {

class Keyring : public QObject {
    Q_OBJECT
public:
    explicit Keyring(QString service, QObject *parent = nullptr) : QObject(parent), m_service(std::move(service)) {}

    void write(const QString &key, const QByteArray &secret, std::function<void(Status)> done);
    // std::nullopt when the keyring answers but holds no such entry.
    void read(const QString &key, std::function<void(Result<std::optional<QByteArray>>)> done);
    void remove(const QString &key, std::function<void(Status)> done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace lattice
