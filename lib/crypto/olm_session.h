#pragma once
// A one-to-one Olm session (libolm-backed; spec: olm-megolm/olm.md and end_to_end_encryption.md
// "m.olm.v1.curve25519-aes-sha2"). The body of every message is the unpadded base64 libolm produces.
#include "crypto/olm_account.h"
#include "crypto/olm_buffer.h"
#include "crypto/pickle_key.h"
#include "protocol/error.h"

#include <QByteArray>
#include <QString>

namespace lattice::crypto {

struct OlmMessage
{
    enum Type { PreKey = 0, Normal = 1 };
    int type = PreKey;
    QByteArray body;
};

class OlmSession
{
public:
    static Result<OlmSession> createOutbound(const OlmAccount &account, const QString &theirIdentityKey,
                                             const QString &theirOneTimeKey);
    // From a pre-key message (type 0). With theirIdentityKey, libolm also checks that the message came from
    // that Curve25519 key. Afterwards call removeUsedOneTimeKey() and pickle the account.
    static Result<OlmSession> createInbound(OlmAccount &account, const QByteArray &preKeyBody,
                                            const QString &theirIdentityKey = {});
    static Result<OlmSession> unpickle(const PickleKey &key, const QByteArray &sealed);
    Result<QByteArray> pickle(const PickleKey &key) const;

    // Removes the one-time key this inbound session consumed, so it cannot be used again (spec: a one-time
    // key is used once). Returns success also when the session used the fallback key, which stays.
    Status removeUsedOneTimeKey(OlmAccount &account) const;

    // Whether a pre-key message belongs to this session (so an existing session is reused, not a new one
    // made).
    Result<bool> matchesInbound(const QByteArray &preKeyBody, const QString &theirIdentityKey = {}) const;
    Result<QString> sessionId() const;
    bool hasReceivedMessage() const;

    Result<OlmMessage> encrypt(const QByteArray &plaintext);
    Result<QByteArray> decrypt(int type, const QByteArray &body);

    OlmSession(OlmSession &&) noexcept = default;
    OlmSession &operator=(OlmSession &&) noexcept = default;

private:
    OlmSession();
    detail::OlmBuffer m_buf;
};

} // namespace lattice::crypto
