#pragma once
// Ed25519 signature verification over OpenSSL, never libolm: libolm's olm_ed25519_verify accepts
// malleable signatures with S >= L (CVE-2024-45193); OpenSSL rejects them (RFC 8032 section 5.1.7).
#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace lattice::crypto {

// Raw bytes: a 32-byte public key and a 64-byte signature. Success only when the signature is valid.
Status verifyEd25519(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

// Checks object.signatures[userId][keyId] (keyId like "ed25519:DEVICEID") over the object's signing JSON
// with the unpadded-base64 public key, following the spec appendix "Checking for a Signature".
Status verifySignedJson(const QJsonObject &object, const QString &userId, const QString &keyId,
                        const QString &publicKeyBase64);

} // namespace lattice::crypto
