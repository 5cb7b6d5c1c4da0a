#pragma once
// Megolm group sessions (libolm-backed; spec: olm-megolm/megolm.md, end_to_end_encryption.md
// "m.megolm.v1.aes-sha2"). Ciphertexts, session keys and exported keys are unpadded base64 text.
#include "crypto/olm_buffer.h"
#include "crypto/pickle_key.h"
#include "protocol/error.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

namespace lattice::crypto {

class MegolmOutboundSession
{
public:
    static Result<MegolmOutboundSession> create();
    static Result<MegolmOutboundSession> unpickle(const PickleKey &key, const QByteArray &sealed);
    Result<QByteArray> pickle(const PickleKey &key) const;

    Result<QString> sessionId() const;
    // The session_key for m.room_key at the current index (changes as messages are encrypted).
    Result<QByteArray> sessionKey() const;
    uint32_t messageIndex() const; // index of the next message
    Result<QByteArray> encrypt(const QByteArray &plaintext);

    MegolmOutboundSession(MegolmOutboundSession &&) noexcept = default;
    MegolmOutboundSession &operator=(MegolmOutboundSession &&) noexcept = default;

private:
    MegolmOutboundSession();
    detail::OlmBuffer m_buf;
};

struct MegolmDecrypted
{
    QByteArray plaintext;
    uint32_t messageIndex = 0;
};

class MegolmInboundSession
{
public:
    // From the session_key of an m.room_key event (signed by the sender, so "verified").
    static Result<MegolmInboundSession> fromSessionKey(const QByteArray &sessionKey);
    // From an exported key (m.forwarded_room_key, key backup, key export files).
    static Result<MegolmInboundSession> importSession(const QByteArray &exportedKey);
    static Result<MegolmInboundSession> unpickle(const PickleKey &key, const QByteArray &sealed);
    Result<QByteArray> pickle(const PickleKey &key) const;

    Result<QString> sessionId() const;
    uint32_t firstKnownIndex() const;
    bool isVerified() const; // false for imported sessions until the sender's key is confirmed
    // An Error with errcode UNKNOWN_MESSAGE_INDEX for an index before firstKnownIndex(). The caller must
    // still check the index against a ReplayGuard.
    Result<MegolmDecrypted> decrypt(const QByteArray &ciphertext);
    Result<QByteArray> exportAt(uint32_t messageIndex) const;

    MegolmInboundSession(MegolmInboundSession &&) noexcept = default;
    MegolmInboundSession &operator=(MegolmInboundSession &&) noexcept = default;

private:
    MegolmInboundSession();
    detail::OlmBuffer m_buf;
};

} // namespace lattice::crypto
