#include "key_directory.h"

#include "crypto/ed25519.h"

#include <QTest>

namespace lattice::test {

using crypto::OutgoingRequest;

void KeyDirectory::announceChange(const QString &user)
{
    for (const QString &k : std::as_const(m_known))
        m_changed[k].insert(user);
}

// The server's rule for two copies of one backed-up session (spec "Server-side key backups"): a verified
// one, then the lower first_message_index, then the lower forwarded_count.
static bool betterBackupKey(const QJsonObject &offered, const QJsonObject &kept)
{
    const bool offeredVerified = offered.value(QLatin1String("is_verified")).toBool();
    if (offeredVerified != kept.value(QLatin1String("is_verified")).toBool())
        return offeredVerified;
    const qint64 offeredIndex = offered.value(QLatin1String("first_message_index")).toInteger();
    const qint64 keptIndex = kept.value(QLatin1String("first_message_index")).toInteger();
    if (offeredIndex != keptIndex)
        return offeredIndex < keptIndex;
    return offered.value(QLatin1String("forwarded_count")).toInteger() <
           kept.value(QLatin1String("forwarded_count")).toInteger();
}

QJsonObject KeyDirectory::handle(const QString &user, const QString &device, const OutgoingRequest &request)
{
    const QString me = key(user, device);
    m_known.insert(me);
    switch (request.kind) {
    case OutgoingRequest::Kind::KeysUpload: {
        if (request.body.contains(QLatin1String("device_keys"))) {
            m_deviceKeys[user].insert(device, request.body.value(QLatin1String("device_keys")).toObject());
            announceChange(user);
        }
        const QJsonObject otks = request.body.value(QLatin1String("one_time_keys")).toObject();
        for (auto it = otks.begin(); it != otks.end(); ++it)
            m_oneTimeKeys[me].insert(it.key(), it.value().toObject());
        const QJsonObject fallback = request.body.value(QLatin1String("fallback_keys")).toObject();
        if (!fallback.isEmpty()) {
            m_fallbackKeys[me].clear();
            for (auto it = fallback.begin(); it != fallback.end(); ++it)
                m_fallbackKeys[me].insert(it.key(), it.value().toObject());
            m_fallbackUsed.remove(me);
        }
        return QJsonObject{
            {QStringLiteral("one_time_key_counts"),
             QJsonObject{{QStringLiteral("signed_curve25519"), oneTimeKeyCount(user, device)}}}};
    }
    case OutgoingRequest::Kind::KeysQuery: {
        QJsonObject answer;
        QJsonObject masterKeys;
        QJsonObject selfSigningKeys;
        QJsonObject userSigningKeys;
        const QJsonObject wanted = request.body.value(QLatin1String("device_keys")).toObject();
        for (auto it = wanted.begin(); it != wanted.end(); ++it) {
            QJsonObject devices;
            const auto known = m_deviceKeys.value(it.key());
            for (auto d = known.begin(); d != known.end(); ++d)
                devices.insert(d.key(), d.value());
            answer.insert(it.key(), devices);
            // Cross-signing keys; signatures by other users' user-signing keys are shown only to their
            // maker, and user-signing keys only to their owner (spec "Key and signature security").
            const auto xs = m_crossSigning.value(it.key());
            if (xs.contains(QStringLiteral("master"))) {
                QJsonObject master = xs.value(QStringLiteral("master"));
                QJsonObject sigs = master.value(QLatin1String("signatures")).toObject();
                for (const QString &signer : sigs.keys()) {
                    if (signer != it.key() && signer != user)
                        sigs.remove(signer);
                }
                master.insert(QStringLiteral("signatures"), sigs);
                masterKeys.insert(it.key(), master);
            }
            if (xs.contains(QStringLiteral("self_signing")))
                selfSigningKeys.insert(it.key(), xs.value(QStringLiteral("self_signing")));
            if (it.key() == user && xs.contains(QStringLiteral("user_signing")))
                userSigningKeys.insert(it.key(), xs.value(QStringLiteral("user_signing")));
        }
        return QJsonObject{{QStringLiteral("device_keys"), answer},
                           {QStringLiteral("master_keys"), masterKeys},
                           {QStringLiteral("self_signing_keys"), selfSigningKeys},
                           {QStringLiteral("user_signing_keys"), userSigningKeys},
                           {QStringLiteral("failures"), QJsonObject{}}};
    }
    case OutgoingRequest::Kind::KeysClaim: {
        QJsonObject answer;
        const QJsonObject wanted = request.body.value(QLatin1String("one_time_keys")).toObject();
        for (auto u = wanted.begin(); u != wanted.end(); ++u) {
            QJsonObject perDevice;
            const QJsonObject devices = u.value().toObject();
            for (auto d = devices.begin(); d != devices.end(); ++d) {
                const QString k = key(u.key(), d.key());
                auto &otks = m_oneTimeKeys[k];
                if (!otks.isEmpty()) {
                    const QString id = otks.firstKey();
                    perDevice.insert(d.key(), QJsonObject{{id, otks.take(id)}});
                } else if (!m_fallbackKeys.value(k).isEmpty()) {
                    const auto fb = m_fallbackKeys.value(k);
                    perDevice.insert(d.key(), QJsonObject{{fb.firstKey(), fb.first()}});
                    m_fallbackUsed.insert(k);
                }
            }
            answer.insert(u.key(), perDevice);
        }
        return QJsonObject{{QStringLiteral("one_time_keys"), answer},
                           {QStringLiteral("failures"), QJsonObject{}}};
    }
    case OutgoingRequest::Kind::SignaturesUpload:
        return uploadSignatures(user, request.body);
    case OutgoingRequest::Kind::KeysBackup: {
        auto &backup = m_backups[key(user, request.backupVersion)];
        const QJsonObject rooms = request.body.value(QLatin1String("rooms")).toObject();
        for (auto room = rooms.begin(); room != rooms.end(); ++room) {
            const QJsonObject sessions = room.value().toObject().value(QLatin1String("sessions")).toObject();
            for (auto session = sessions.begin(); session != sessions.end(); ++session) {
                const QJsonObject offered = session.value().toObject();
                auto &kept = backup[room.key()];
                if (!kept.contains(session.key()) || betterBackupKey(offered, kept.value(session.key())))
                    kept.insert(session.key(), offered);
            }
        }
        return QJsonObject{
            {QStringLiteral("etag"), QString::number(backedUpSessionCount(user, request.backupVersion))},
            {QStringLiteral("count"), backedUpSessionCount(user, request.backupVersion)}};
    }
    case OutgoingRequest::Kind::ToDevice: {
        const QJsonObject messages = request.body.value(QLatin1String("messages")).toObject();
        for (auto u = messages.begin(); u != messages.end(); ++u) {
            const QJsonObject devices = u.value().toObject();
            for (auto d = devices.begin(); d != devices.end(); ++d) {
                const QJsonObject event{{QStringLiteral("type"), request.eventType},
                                        {QStringLiteral("sender"), user},
                                        {QStringLiteral("content"), d.value()}};
                if (d.key() == QLatin1String("*")) {
                    for (const QString &dev : m_deviceKeys.value(u.key()).keys())
                        m_inbox[key(u.key(), dev)].append(event);
                } else {
                    m_inbox[key(u.key(), d.key())].append(event);
                }
            }
        }
        return QJsonObject{};
    }
    }
    return QJsonObject{};
}

QJsonObject KeyDirectory::roomKeys(const QString &user, const QString &version) const
{
    QJsonObject rooms;
    const auto backup = m_backups.value(key(user, version));
    for (auto room = backup.begin(); room != backup.end(); ++room) {
        QJsonObject sessions;
        for (auto session = room->begin(); session != room->end(); ++session)
            sessions.insert(session.key(), session.value());
        rooms.insert(room.key(), QJsonObject{{QStringLiteral("sessions"), sessions}});
    }
    return QJsonObject{{QStringLiteral("rooms"), rooms}};
}

int KeyDirectory::backedUpSessionCount(const QString &user, const QString &version) const
{
    int n = 0;
    for (const auto &room : m_backups.value(key(user, version)))
        n += static_cast<int>(room.size());
    return n;
}

crypto::SyncCryptoInput KeyDirectory::sync(const QString &user, const QString &device)
{
    const QString me = key(user, device);
    m_known.insert(me);
    crypto::SyncCryptoInput in;
    in.toDevice = m_inbox.take(me);
    const QSet<QString> changed = m_changed.take(me);
    in.deviceListsChanged = QStringList(changed.begin(), changed.end());
    in.oneTimeKeyCounts.insert(QStringLiteral("signed_curve25519"), oneTimeKeyCount(user, device));
    in.unusedFallbackKeyTypes =
        hasUnusedFallbackKey(user, device) ? QStringList{QStringLiteral("signed_curve25519")} : QStringList{};
    return in;
}

int KeyDirectory::oneTimeKeyCount(const QString &user, const QString &device) const
{
    return static_cast<int>(m_oneTimeKeys.value(key(user, device)).size());
}

bool KeyDirectory::hasUnusedFallbackKey(const QString &user, const QString &device) const
{
    const QString k = key(user, device);
    return !m_fallbackKeys.value(k).isEmpty() && !m_fallbackUsed.contains(k);
}

void KeyDirectory::removeDevice(const QString &user, const QString &device)
{
    m_deviceKeys[user].remove(device);
    m_oneTimeKeys.remove(key(user, device));
    m_fallbackKeys.remove(key(user, device));
    announceChange(user);
}

void KeyDirectory::replaceDeviceKeys(const QString &user, const QString &device, const QJsonObject &keys)
{
    m_deviceKeys[user].insert(device, keys);
    announceChange(user);
}

QJsonObject KeyDirectory::deviceKeys(const QString &user, const QString &device) const
{
    return m_deviceKeys.value(user).value(device);
}

namespace {

QString onlyKey(const QJsonObject &key)
{
    const QJsonObject keys = key.value(QLatin1String("keys")).toObject();
    return keys.size() == 1 ? keys.begin().value().toString() : QString();
}

bool signedByMaster(const QJsonObject &key, const QString &user, const QString &master)
{
    return bool(crypto::verifySignedJson(key, user, QLatin1String("ed25519:") + master, master));
}

} // namespace

bool KeyDirectory::uploadDeviceSigningKeys(const QString &user, const QJsonObject &body)
{
    auto &mine = m_crossSigning[user];
    const QJsonObject master = body.contains(QLatin1String("master_key"))
                                   ? body.value(QLatin1String("master_key")).toObject()
                                   : mine.value(QStringLiteral("master"));
    const QString masterKey = onlyKey(master);
    if (masterKey.isEmpty())
        return false;
    for (const char *field : {"self_signing_key", "user_signing_key"}) {
        const QJsonObject key = body.value(QLatin1String(field)).toObject();
        if (body.contains(QLatin1String(field)) && !signedByMaster(key, user, masterKey))
            return false;
    }
    if (body.contains(QLatin1String("master_key")))
        mine.insert(QStringLiteral("master"), master);
    if (body.contains(QLatin1String("self_signing_key")))
        mine.insert(QStringLiteral("self_signing"), body.value(QLatin1String("self_signing_key")).toObject());
    if (body.contains(QLatin1String("user_signing_key")))
        mine.insert(QStringLiteral("user_signing"), body.value(QLatin1String("user_signing_key")).toObject());
    announceChange(user);
    return true;
}

QJsonObject KeyDirectory::crossSigningKey(const QString &user, const QString &usage) const
{
    return m_crossSigning.value(user).value(usage);
}

void KeyDirectory::replaceCrossSigningKey(const QString &user, const QString &usage, const QJsonObject &key)
{
    m_crossSigning[user].insert(usage, key);
    announceChange(user);
}

QString KeyDirectory::signingKey(const QString &signer, const QString &keyIdPart) const
{
    const QJsonObject device = m_deviceKeys.value(signer).value(keyIdPart);
    if (!device.isEmpty())
        return device.value(QLatin1String("keys"))
            .toObject()
            .value(QLatin1String("ed25519:") + keyIdPart)
            .toString();
    for (const auto &key : m_crossSigning.value(signer)) {
        if (onlyKey(key) == keyIdPart)
            return keyIdPart;
    }
    return {};
}

QJsonObject KeyDirectory::uploadSignatures(const QString &user, const QJsonObject &body)
{
    QJsonObject failures;
    for (auto target = body.begin(); target != body.end(); ++target) {
        const QJsonObject objects = target.value().toObject();
        for (auto it = objects.begin(); it != objects.end(); ++it) {
            const QJsonObject submitted = it.value().toObject();
            // The published object it signs: a device of the target user, or their master key.
            QJsonObject *published = nullptr;
            auto devices = m_deviceKeys.find(target.key());
            if (devices != m_deviceKeys.end() && devices->contains(it.key()))
                published = &(*devices)[it.key()];
            auto xs = m_crossSigning.find(target.key());
            if (!published && xs != m_crossSigning.end() &&
                onlyKey(xs->value(QStringLiteral("master"))) == it.key())
                published = &(*xs)[QStringLiteral("master")];
            QJsonObject stripped = submitted;
            stripped.remove(QLatin1String("signatures"));
            stripped.remove(QLatin1String("unsigned"));
            QJsonObject current = published ? *published : QJsonObject{};
            current.remove(QLatin1String("signatures"));
            current.remove(QLatin1String("unsigned"));
            bool ok = published && stripped == current;
            const QJsonObject sigs =
                submitted.value(QLatin1String("signatures")).toObject().value(user).toObject();
            ok = ok && !sigs.isEmpty();
            for (auto sig = sigs.begin(); ok && sig != sigs.end(); ++sig) {
                const QString keyId = sig.key();
                const QString signer =
                    keyId.startsWith(QLatin1String("ed25519:")) ? signingKey(user, keyId.mid(8)) : QString();
                ok = !signer.isEmpty() && crypto::verifySignedJson(submitted, user, keyId, signer);
            }
            if (!ok) {
                QJsonObject perUser = failures.value(target.key()).toObject();
                perUser.insert(it.key(), QJsonObject{{QStringLiteral("errcode"),
                                                      QStringLiteral("M_INVALID_SIGNATURE")}});
                failures.insert(target.key(), perUser);
                continue;
            }
            QJsonObject all = published->value(QLatin1String("signatures")).toObject();
            QJsonObject byUser = all.value(user).toObject();
            for (auto sig = sigs.begin(); sig != sigs.end(); ++sig)
                byUser.insert(sig.key(), sig.value());
            all.insert(user, byUser);
            published->insert(QStringLiteral("signatures"), all);
            announceChange(target.key());
        }
    }
    return QJsonObject{{QStringLiteral("failures"), failures}};
}

void KeyDirectory::deliver(const QString &user, const QString &device, const QJsonObject &event)
{
    m_inbox[key(user, device)].append(event);
}

QJsonArray KeyDirectory::takeInbox(const QString &user, const QString &device)
{
    return m_inbox.take(key(user, device));
}

TestDevice::TestDevice(KeyDirectory &dir, QString user, QString device)
    : directory(dir), userId(std::move(user)), deviceId(std::move(device)),
      pickleKey(crypto::PickleKey::generate())
{
    reopen();
}

void TestDevice::reopen()
{
    machine.reset();
    auto opened = crypto::OlmMachine::open(userId, deviceId, pickleKey, store);
    if (!opened)
        qFatal("OlmMachine::open failed: %s", qPrintable(opened.error().message));
    machine = std::move(*opened);
}

void TestDevice::send(const std::vector<OutgoingRequest> &requests)
{
    for (const auto &r : requests) {
        const QJsonObject answer = directory.handle(userId, deviceId, r);
        auto st = machine->markRequestAsSent(r, answer);
        if (!st)
            qFatal("markRequestAsSent failed: %s", qPrintable(st.error().message));
    }
}

void TestDevice::flush()
{
    // Answers can make new requests due (a query after a claim, m.dummy after a new session): loop a little.
    for (int round = 0; round < 4; ++round) {
        auto requests = machine->outgoingRequests();
        if (!requests)
            qFatal("outgoingRequests failed: %s", qPrintable(requests.error().message));
        if (requests->empty())
            return;
        send(*requests);
    }
}

crypto::SyncCryptoOutput TestDevice::sync()
{
    auto out = machine->receiveSyncChanges(directory.sync(userId, deviceId));
    if (!out)
        qFatal("receiveSyncChanges failed: %s", qPrintable(out.error().message));
    flush();
    return *out;
}

} // namespace lattice::test
