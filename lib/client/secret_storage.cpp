#include "secret_storage.h"

#include "crypto/random.h"
#include "net/client_api.h"
#include "net/trust_api.h"

#include <QJsonArray>
#include <QPointer>
#include <QRegularExpression>

namespace lattice {

namespace {

const QString kDefaultKeyType = QStringLiteral("m.secret_storage.default_key");

QString keyType(const QString &keyId)
{
    return QStringLiteral("m.secret_storage.key.") + keyId;
}

Error error(const char *sentence, const QString &code)
{
    Error e = Error::make(Error::Kind::Usage, SecretStorage::tr(sentence));
    e.errcode = code;
    return e;
}

// Recovery keys are 48 base58 characters starting "Es" (the 0x8B 0x01 prefix); a mistyped one should get
// the recovery key's own error, not be taken for a passphrase.
bool looksLikeRecoveryKey(const QString &text)
{
    QString compact = text;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    return compact.size() >= 44 && compact.size() <= 52 && compact.startsWith(QLatin1String("Es")) &&
           QRegularExpression(QStringLiteral("^[1-9A-HJ-NP-Za-km-z]+$")).match(compact).hasMatch();
}

} // namespace

SecretStorage::SecretStorage(HttpClient &http, QString userId, QObject *parent)
    : QObject(parent), m_http(http), m_userId(std::move(userId))
{
    m_pool.setMaxThreadCount(1);
}

SecretStorage::~SecretStorage()
{
    lock();
    m_pool.waitForDone(); // a derivation in flight reports to nobody
}

void SecretStorage::lock()
{
    if (m_unlocked)
        crypto::wipe(m_unlocked->key);
    m_unlocked.reset();
}

void SecretStorage::keep(const SecretStorageKey &key)
{
    lock();
    m_unlocked = key;
}

void SecretStorage::fetch(const QString &type, std::function<void(Result<std::optional<QJsonObject>>)> done)
{
    m_http.sendJson(api::accountData(m_userId, type), [done = std::move(done)](Result<QJsonObject> r) {
        if (!r) {
            if (r.error().httpStatus == 404)
                return done(std::optional<QJsonObject>());
            return done(r.error());
        }
        // Clients "delete" account data by setting it to {}.
        if (r->isEmpty())
            return done(std::optional<QJsonObject>());
        done(std::optional<QJsonObject>(*r));
    });
}

void SecretStorage::put(const QString &type, const QJsonObject &content, std::function<void(Status)> done)
{
    m_http.sendJson(api::setAccountData(m_userId, type, content),
                    [done = std::move(done)](Result<QJsonObject> r) {
                        if (!r)
                            return done(r.error());
                        done(success());
                    });
}

void SecretStorage::defaultKeyId(std::function<void(Result<std::optional<QString>>)> done)
{
    fetch(kDefaultKeyType, [done = std::move(done)](Result<std::optional<QJsonObject>> r) {
        if (!r)
            return done(r.error());
        if (!*r)
            return done(std::optional<QString>());
        const QString id = (*r)->value(QLatin1String("key")).toString();
        if (id.isEmpty())
            return done(std::optional<QString>());
        done(std::optional<QString>(id));
    });
}

void SecretStorage::hasDefaultKey(std::function<void(Result<bool>)> done)
{
    defaultKeyId([done = std::move(done)](Result<std::optional<QString>> r) {
        if (!r)
            return done(r.error());
        done(r->has_value());
    });
}

void SecretStorage::keyDescription(const QString &keyId,
                                   std::function<void(Result<crypto::KeyDescription>)> done)
{
    fetch(keyType(keyId), [done = std::move(done)](Result<std::optional<QJsonObject>> r) {
        if (!r)
            return done(r.error());
        if (!*r)
            return done(error(QT_TR_NOOP("The secret storage key is missing from the account."),
                              QStringLiteral("M_NOT_FOUND")));
        done(crypto::KeyDescription::fromJson(**r));
    });
}

void SecretStorage::defaultKey(std::function<void(Result<std::pair<QString, crypto::KeyDescription>>)> done)
{
    QPointer<SecretStorage> self(this);
    defaultKeyId([self, done = std::move(done)](Result<std::optional<QString>> id) {
        if (!self)
            return;
        if (!id)
            return done(id.error());
        if (!*id)
            return done(error(QT_TR_NOOP("This account has no secret storage yet."),
                              QStringLiteral("NO_SECRET_STORAGE")));
        const QString keyId = **id;
        self->keyDescription(keyId, [keyId, done](Result<crypto::KeyDescription> d) {
            if (!d)
                return done(d.error());
            done(std::make_pair(keyId, *d));
        });
    });
}

void SecretStorage::derive(const QString &passphrase, const crypto::PassphraseInfo &info,
                           std::function<void(Result<QByteArray>)> done)
{
    QPointer<SecretStorage> self(this);
    m_pool.start([self, passphrase, info, done = std::move(done)]() mutable {
        auto key = std::make_shared<Result<QByteArray>>(crypto::keyFromPassphrase(passphrase, info));
        QMetaObject::invokeMethod(
            self.data(),
            [self, key, done = std::move(done)] {
                if (self)
                    done(std::move(*key));
            },
            Qt::QueuedConnection);
    });
}

void SecretStorage::createDefaultKey(const std::optional<QString> &passphrase,
                                     std::function<void(Result<NewSecretStorageKey>)> done)
{
    QPointer<SecretStorage> self(this);
    // With the key in hand: store its description, then make it the default.
    auto withKey = [self, done](QByteArray key, std::optional<crypto::PassphraseInfo> info) {
        if (!self)
            return;
        Result<crypto::KeyDescription> description =
            crypto::describeKey(key, QStringLiteral("m.default"), info);
        if (!description)
            return done(description.error());
        const QString keyId = crypto::newSecretStorageKeyId();
        self->put(keyType(keyId), description->toJson(), [self, keyId, key, done](Status s) {
            if (!self)
                return;
            if (!s)
                return done(s.error());
            self->put(kDefaultKeyType, QJsonObject{{QStringLiteral("key"), keyId}},
                      [self, keyId, key, done](Status d) {
                          if (!self)
                              return;
                          if (!d)
                              return done(d.error());
                          NewSecretStorageKey created;
                          created.key = SecretStorageKey{keyId, key};
                          created.recoveryKey = crypto::encodeRecoveryKey(key);
                          self->keep(created.key);
                          done(created);
                      });
        });
    };
    if (!passphrase)
        return withKey(crypto::randomBytes(crypto::kSecretStorageKeySize), std::nullopt);
    if (passphrase->isEmpty())
        return done(error(QT_TR_NOOP("The passphrase is empty."), QStringLiteral("BAD_PASSPHRASE")));
    const crypto::PassphraseInfo info = crypto::PassphraseInfo::generate();
    derive(*passphrase, info, [withKey, info, done](Result<QByteArray> key) {
        if (!key)
            return done(key.error());
        withKey(*key, info);
    });
}

void SecretStorage::finishUnlock(const QString &keyId, const crypto::KeyDescription &description,
                                 QByteArray key, const char *wrongKeySentence,
                                 std::function<void(Result<SecretStorageKey>)> done)
{
    Status s = crypto::checkKey(key, description);
    if (!s) {
        crypto::wipe(key);
        if (s.error().errcode == QLatin1String("BAD_SECRET_STORAGE_KEY"))
            return done(error(wrongKeySentence, s.error().errcode));
        return done(s.error());
    }
    keep(SecretStorageKey{keyId, key});
    done(SecretStorageKey{keyId, key});
}

void SecretStorage::unlockWithRecoveryKey(const QString &recoveryKey,
                                          std::function<void(Result<SecretStorageKey>)> done)
{
    Result<QByteArray> key = crypto::decodeRecoveryKey(recoveryKey);
    if (!key)
        return done(key.error());
    QPointer<SecretStorage> self(this);
    defaultKey([self, key = *key,
                done = std::move(done)](Result<std::pair<QString, crypto::KeyDescription>> d) mutable {
        if (!self)
            return;
        if (!d)
            return done(d.error());
        self->finishUnlock(d->first, d->second, std::move(key),
                           QT_TR_NOOP("This recovery key does not unlock the account's secret storage."),
                           std::move(done));
    });
}

void SecretStorage::unlockWithPassphrase(const QString &passphrase,
                                         std::function<void(Result<SecretStorageKey>)> done)
{
    QPointer<SecretStorage> self(this);
    defaultKey(
        [self, passphrase, done = std::move(done)](Result<std::pair<QString, crypto::KeyDescription>> d) {
            if (!self)
                return;
            if (!d)
                return done(d.error());
            if (!d->second.passphrase)
                return done(error(QT_TR_NOOP("The secret storage has no passphrase: enter the recovery key."),
                                  QStringLiteral("NO_PASSPHRASE")));
            const QString keyId = d->first;
            const crypto::KeyDescription description = d->second;
            self->derive(passphrase, *description.passphrase,
                         [self, keyId, description, done](Result<QByteArray> key) {
                             if (!self)
                                 return;
                             if (!key)
                                 return done(key.error());
                             self->finishUnlock(keyId, description, *key,
                                                QT_TR_NOOP("This passphrase does not unlock the account's "
                                                           "secret storage."),
                                                done);
                         });
        });
}

void SecretStorage::unlock(const QString &recoveryKeyOrPassphrase,
                           std::function<void(Result<SecretStorageKey>)> done)
{
    if (crypto::decodeRecoveryKey(recoveryKeyOrPassphrase).ok() ||
        looksLikeRecoveryKey(recoveryKeyOrPassphrase))
        return unlockWithRecoveryKey(recoveryKeyOrPassphrase, std::move(done));
    QPointer<SecretStorage> self(this);
    defaultKey([self, text = recoveryKeyOrPassphrase,
                done = std::move(done)](Result<std::pair<QString, crypto::KeyDescription>> d) {
        if (!self)
            return;
        if (!d)
            return done(d.error());
        if (d->second.passphrase)
            return self->unlockWithPassphrase(text, done);
        self->unlockWithRecoveryKey(text, done); // reports what is wrong with it as a recovery key
    });
}

void SecretStorage::storeSecret(const QString &name, const QString &value, const SecretStorageKey &key,
                                std::function<void(Status)> done)
{
    QByteArray utf8 = value.toUtf8();
    Result<QJsonObject> encrypted = crypto::encryptSecret(key.key, name, utf8);
    crypto::wipe(utf8);
    if (!encrypted)
        return done(encrypted.error());
    put(name, QJsonObject{{QStringLiteral("encrypted"), QJsonObject{{key.keyId, *encrypted}}}},
        std::move(done));
}

void SecretStorage::secret(const QString &name, const SecretStorageKey &key,
                           std::function<void(Result<std::optional<QString>>)> done)
{
    fetch(name, [name, key, done = std::move(done)](Result<std::optional<QJsonObject>> r) {
        if (!r)
            return done(r.error());
        if (!*r)
            return done(std::optional<QString>());
        const QJsonObject forKey =
            (*r)->value(QLatin1String("encrypted")).toObject().value(key.keyId).toObject();
        if (forKey.isEmpty())
            return done(error(QT_TR_NOOP("This secret is not stored with the unlocked secret storage key."),
                              QStringLiteral("SECRET_NOT_FOR_KEY")));
        Result<QByteArray> plain = crypto::decryptSecret(key.key, name, forKey);
        if (!plain)
            return done(plain.error());
        const QString value = QString::fromUtf8(*plain);
        crypto::wipe(*plain);
        done(std::optional<QString>(value));
    });
}

void SecretStorage::storeSecrets(const QHash<QString, QString> &secrets, const SecretStorageKey &key,
                                 std::function<void(Status)> done)
{
    storeEach(secrets.keys(), secrets, key, std::move(done));
}

void SecretStorage::storeEach(QStringList names, const QHash<QString, QString> &secrets,
                              const SecretStorageKey &key, std::function<void(Status)> done)
{
    if (names.isEmpty())
        return done(success());
    const QString name = names.takeFirst();
    QPointer<SecretStorage> self(this);
    storeSecret(name, secrets.value(name), key,
                [self, names, secrets, key, done = std::move(done)](Status s) {
                    if (!self)
                        return;
                    if (!s)
                        return done(s.error());
                    self->storeEach(names, secrets, key, done);
                });
}

void SecretStorage::secrets(const QStringList &names, const SecretStorageKey &key,
                            std::function<void(Result<QHash<QString, QString>>)> done)
{
    collect(names, key, {}, std::move(done));
}

void SecretStorage::collect(QStringList names, const SecretStorageKey &key, QHash<QString, QString> found,
                            std::function<void(Result<QHash<QString, QString>>)> done)
{
    if (names.isEmpty())
        return done(found);
    const QString name = names.takeFirst();
    QPointer<SecretStorage> self(this);
    secret(name, key,
           [self, name, names, key, found, done = std::move(done)](Result<std::optional<QString>> r) mutable {
               if (!self)
                   return;
               if (!r)
                   return done(r.error());
               if (*r)
                   found.insert(name, **r);
               self->collect(names, key, found, done);
           });
}

} // namespace lattice
