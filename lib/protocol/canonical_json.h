#pragma once
// Canonical JSON (spec appendix "Canonical JSON") and the "signing JSON" that signatures cover.
#include "protocol/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace lattice {

// Shortest UTF-8 encoding, keys sorted by Unicode code point, integers only. A fractional number or
// one outside [-(2^53)+1, 2^53-1] is an Error: it has no canonical form.
Result<QByteArray> canonicalJson(const QJsonValue &value);
Result<QByteArray> canonicalJson(const QJsonObject &object);

// The object without its `signatures` and `unsigned` members (spec appendix "Signing Details").
QJsonObject signingJsonObject(QJsonObject object);
// canonicalJson(signingJsonObject(object)): the bytes an Ed25519 signature of a JSON object covers.
Result<QByteArray> signingJson(const QJsonObject &object);

} // namespace lattice
