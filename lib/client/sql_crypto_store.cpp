#include "sql_crypto_store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lattice {

using namespace crypto;

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QByteArray compact(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

QStringList stringList(const QVariant &column)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(column.toByteArray()).array())
        out.append(v.toString());
    return out;
}

QJsonObject object(const QVariant &column)
{
    return QJsonDocument::fromJson(column.toByteArray()).object();
}

// sharedWith as {"@user": ["DEVICE", ...]}, devices sorted so equal sets store equal text.
QByteArray sharedWithJson(const QHash<QString, QSet<QString>> &sharedWith)
{
    QJsonObject o;
    for (auto it = sharedWith.begin(); it != sharedWith.end(); ++it) {
        QStringList devices(it->begin(), it->end());
        devices.sort();
        o.insert(it.key(), QJsonArray::fromStringList(devices));
    }
    return compact(o);
}

QHash<QString, QSet<QString>> sharedWithFrom(const QVariant &column)
{
    QHash<QString, QSet<QString>> out;
    const QJsonObject o = object(column);
    for (auto it = o.begin(); it != o.end(); ++it) {
        QSet<QString> &devices = out[it.key()];
        for (const QJsonValue &d : it->toArray())
            devices.insert(d.toString());
    }
    return out;
}

const QString kInboundColumns = QStringLiteral(
    "room_id, sender_key, session_id, pickle, sender_claimed_ed25519, forwarding_chain, first_known_index, "
    "imported, backed_up");

InboundGroupSessionRecord readInbound(const QSqlQuery &q)
{
    InboundGroupSessionRecord r;
    r.roomId = q.value(0).toString();
    r.senderKey = q.value(1).toString();
    r.sessionId = q.value(2).toString();
    r.sealedPickle = q.value(3).toByteArray();
    r.senderClaimedEd25519 = q.value(4).toString();
    r.forwardingCurve25519KeyChain = stringList(q.value(5));
    r.firstKnownIndex = uint32_t(q.value(6).toLongLong());
    r.imported = q.value(7).toBool();
    r.backedUp = q.value(8).toBool();
    return r;
}

} // namespace

Result<QByteArray> SqlCryptoStore::account()
{
    auto q = m_db.exec(QStringLiteral("SELECT pickle FROM crypto_account WHERE id = 0"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

Status SqlCryptoStore::saveAccount(const QByteArray &sealedPickle)
{
    return m_db.write(QStringLiteral("INSERT OR REPLACE INTO crypto_account(id, pickle) VALUES(0, ?)"),
                      {QString::fromLatin1(sealedPickle)});
}

Result<QByteArray> SqlCryptoStore::value(const QString &name)
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM crypto_values WHERE name = ?"), {name});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

Status SqlCryptoStore::setValue(const QString &name, const QByteArray &value)
{
    // A null QByteArray would bind as SQL NULL (the column is NOT NULL): "unset" is stored as empty.
    return m_db.write(QStringLiteral("INSERT OR REPLACE INTO crypto_values(name, value) VALUES(?, ?)"),
                      {name, value.isNull() ? QByteArray("") : value});
}

Result<QList<OlmSessionRecord>> SqlCryptoStore::olmSessions(const QString &senderKey)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT sender_key, session_id, pickle, created_ms, last_used_ms "
                                 "FROM crypto_olm_sessions WHERE sender_key = ? ORDER BY last_used_ms DESC"),
                  {senderKey});
    if (!q)
        return q.error();
    QList<OlmSessionRecord> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toByteArray(),
                    q->value(3).toLongLong(), q->value(4).toLongLong()});
    return out;
}

Status SqlCryptoStore::saveOlmSession(const OlmSessionRecord &s)
{
    return m_db.write(
        QStringLiteral("INSERT OR REPLACE INTO crypto_olm_sessions(sender_key, session_id, pickle, "
                       "created_ms, last_used_ms) VALUES(?, ?, ?, ?, ?)"),
        {s.senderKey, s.sessionId, QString::fromLatin1(s.sealedPickle), s.createdMs, s.lastUsedMs});
}

Result<std::optional<InboundGroupSessionRecord>>
SqlCryptoStore::inboundGroupSession(const QString &roomId, const QString &senderKey, const QString &sessionId)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM crypto_inbound_group_sessions "
                                      "WHERE room_id = ? AND sender_key = ? AND session_id = ?")
                           .arg(kInboundColumns),
                       {roomId, senderKey, sessionId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<InboundGroupSessionRecord>();
    return std::optional<InboundGroupSessionRecord>(readInbound(*q));
}

Status SqlCryptoStore::saveInboundGroupSession(const InboundGroupSessionRecord &s)
{
    return m_db.write(QStringLiteral("INSERT OR REPLACE INTO crypto_inbound_group_sessions(%1) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(kInboundColumns),
                      {s.roomId, s.senderKey, s.sessionId, QString::fromLatin1(s.sealedPickle),
                       s.senderClaimedEd25519, compact(s.forwardingCurve25519KeyChain),
                       qint64(s.firstKnownIndex), s.imported, s.backedUp});
}

Result<QList<InboundGroupSessionRecord>> SqlCryptoStore::inboundGroupSessionsToBackUp(int limit)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM crypto_inbound_group_sessions WHERE backed_up = 0 LIMIT ?")
                      .arg(kInboundColumns),
                  {std::max(0, limit)});
    if (!q)
        return q.error();
    QList<InboundGroupSessionRecord> out;
    while (q->next())
        out.append(readInbound(*q));
    return out;
}

Status SqlCryptoStore::markInboundGroupSessionsBackedUp(const QList<InboundGroupSessionRecord> &sessions)
{
    for (const InboundGroupSessionRecord &s : sessions)
        if (Status r = m_db.write(QStringLiteral("UPDATE crypto_inbound_group_sessions SET backed_up = 1 "
                                                 "WHERE room_id = ? AND sender_key = ? AND session_id = ?"),
                                  {s.roomId, s.senderKey, s.sessionId});
            !r)
            return r;
    return success();
}

Status SqlCryptoStore::resetInboundGroupSessionsBackedUp()
{
    return m_db.write(QStringLiteral("UPDATE crypto_inbound_group_sessions SET backed_up = 0 WHERE backed_up = 1"));
}

Result<std::optional<OutboundGroupSessionRecord>> SqlCryptoStore::outboundGroupSession(const QString &roomId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT room_id, session_id, pickle, created_ms, message_count, shared_with "
                                 "FROM crypto_outbound_group_sessions WHERE room_id = ?"),
                  {roomId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<OutboundGroupSessionRecord>();
    OutboundGroupSessionRecord r;
    r.roomId = q->value(0).toString();
    r.sessionId = q->value(1).toString();
    r.sealedPickle = q->value(2).toByteArray();
    r.createdMs = q->value(3).toLongLong();
    r.messageCount = q->value(4).toInt();
    r.sharedWith = sharedWithFrom(q->value(5));
    return std::optional<OutboundGroupSessionRecord>(std::move(r));
}

Status SqlCryptoStore::saveOutboundGroupSession(const OutboundGroupSessionRecord &s)
{
    return m_db.write(
        QStringLiteral("INSERT OR REPLACE INTO crypto_outbound_group_sessions(room_id, session_id, "
                       "pickle, created_ms, message_count, shared_with) VALUES(?, ?, ?, ?, ?, ?)"),
        {s.roomId, s.sessionId, QString::fromLatin1(s.sealedPickle), s.createdMs, s.messageCount,
         sharedWithJson(s.sharedWith)});
}

Status SqlCryptoStore::removeOutboundGroupSession(const QString &roomId)
{
    return m_db.write(QStringLiteral("DELETE FROM crypto_outbound_group_sessions WHERE room_id = ?"),
                      {roomId});
}

Result<QList<DeviceRecord>> SqlCryptoStore::devices(const QString &userId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT user_id, device_id, curve25519, ed25519, display_name, algorithms, "
                                 "device_keys, local_trust, deleted, first_seen_ms FROM crypto_devices "
                                 "WHERE user_id = ? ORDER BY device_id"),
                  {userId});
    if (!q)
        return q.error();
    QList<DeviceRecord> out;
    while (q->next()) {
        DeviceRecord d;
        d.userId = q->value(0).toString();
        d.deviceId = q->value(1).toString();
        d.curve25519 = q->value(2).toString();
        d.ed25519 = q->value(3).toString();
        d.displayName = q->value(4).toString();
        d.algorithms = stringList(q->value(5));
        d.deviceKeys = object(q->value(6));
        const int trust = q->value(7).toInt();
        d.localTrust = trust == 1   ? DeviceRecord::LocalTrust::Verified
                       : trust == 2 ? DeviceRecord::LocalTrust::Blocked
                                    : DeviceRecord::LocalTrust::Unset;
        d.deleted = q->value(8).toBool();
        d.firstSeenMs = q->value(9).toLongLong();
        out.append(std::move(d));
    }
    return out;
}

Status SqlCryptoStore::saveDevice(const DeviceRecord &d)
{
    return m_db.write(
        QStringLiteral("INSERT OR REPLACE INTO crypto_devices(user_id, device_id, curve25519, ed25519, "
                       "display_name, algorithms, device_keys, local_trust, deleted, first_seen_ms) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.userId, d.deviceId, d.curve25519, d.ed25519, d.displayName, compact(d.algorithms),
         compact(d.deviceKeys), int(d.localTrust), d.deleted, d.firstSeenMs});
}

Result<QHash<QString, bool>> SqlCryptoStore::trackedUsers()
{
    auto q = m_db.exec(QStringLiteral("SELECT user_id, outdated FROM crypto_tracked_users"));
    if (!q)
        return q.error();
    QHash<QString, bool> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toBool());
    return out;
}

Status SqlCryptoStore::setTrackedUser(const QString &userId, bool outdated)
{
    return m_db.write(
        QStringLiteral("INSERT OR REPLACE INTO crypto_tracked_users(user_id, outdated) VALUES(?, ?)"),
        {userId, outdated});
}

Status SqlCryptoStore::removeTrackedUser(const QString &userId)
{
    return m_db.write(QStringLiteral("DELETE FROM crypto_tracked_users WHERE user_id = ?"), {userId});
}

Result<std::optional<QString>> SqlCryptoStore::megolmIndexUse(const QString &senderKey,
                                                              const QString &sessionId, uint32_t messageIndex)
{
    auto q = m_db.exec(QStringLiteral("SELECT event_id FROM crypto_megolm_index_uses "
                                      "WHERE sender_key = ? AND session_id = ? AND message_index = ?"),
                       {senderKey, sessionId, qint64(messageIndex)});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Status SqlCryptoStore::recordMegolmIndexUse(const QString &senderKey, const QString &sessionId,
                                            uint32_t messageIndex, const QString &eventId)
{
    // The first event to use an index keeps it: a later one with another ID is the replay to detect.
    return m_db.write(QStringLiteral("INSERT OR IGNORE INTO crypto_megolm_index_uses(sender_key, session_id, "
                                     "message_index, event_id) VALUES(?, ?, ?, ?)"),
                      {senderKey, sessionId, qint64(messageIndex), eventId});
}

Result<std::optional<WithheldRecord>>
SqlCryptoStore::withheld(const QString &roomId, const QString &senderKey, const QString &sessionId)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT room_id, sender_key, session_id, code, reason FROM crypto_withheld "
                                 "WHERE room_id = ? AND sender_key = ? AND session_id = ?"),
                  {roomId, senderKey, sessionId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<WithheldRecord>();
    return std::optional<WithheldRecord>(WithheldRecord{q->value(0).toString(), q->value(1).toString(),
                                                        q->value(2).toString(), q->value(3).toString(),
                                                        q->value(4).toString()});
}

Status SqlCryptoStore::saveWithheld(const WithheldRecord &r)
{
    return m_db.write(
        QStringLiteral("INSERT OR REPLACE INTO crypto_withheld(room_id, sender_key, session_id, code, "
                       "reason) VALUES(?, ?, ?, ?, ?)"),
        {r.roomId, r.senderKey, r.sessionId, r.code, r.reason});
}

Status forgetCryptoDevice(Database &db)
{
    for (const char *table :
         {"crypto_account", "crypto_values", "crypto_olm_sessions", "crypto_outbound_group_sessions"})
        if (Status s = db.write(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !s)
            return s;
    return success();
}

Status forgetSealedCryptoState(Database &db)
{
    if (Status s = forgetCryptoDevice(db); !s)
        return s;
    return db.write(QStringLiteral("DELETE FROM crypto_inbound_group_sessions"));
}

} // namespace lattice
