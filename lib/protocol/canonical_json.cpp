#include "canonical_json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <vector>

namespace lattice {
namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

void appendString(QByteArray &out, const QString &s)
{
    // Only '"', '\\' and ASCII control characters are escaped; everything else is raw UTF-8.
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

Status append(QByteArray &out, const QJsonValue &value);

Status appendObject(QByteArray &out, const QJsonObject &object)
{
    // Sorting UTF-8 bytes sorts by code point; QString's UTF-16 order differs above U+FFFF.
    std::vector<std::pair<QByteArray, QString>> keys;
    keys.reserve(static_cast<size_t>(object.size()));
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.emplace_back(it.key().toUtf8(), it.key());
    std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    out += '{';
    bool first = true;
    for (const auto &[utf8, key] : keys) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, key);
        out += ':';
        if (auto st = append(out, object.value(key)); !st)
            return st;
    }
    out += '}';
    return success();
}

Status append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return success();
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return success();
    case QJsonValue::String:
        appendString(out, value.toString());
        return success();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxSafeInteger)
            return Error::make(Error::Kind::Usage,
                               QCoreApplication::translate(
                                   "lattice::CanonicalJson",
                                   "Canonical JSON allows only integers between -(2^53)+1 and 2^53-1."));
        // -0 compares equal to 0, and the integer conversion drops its sign.
        out += QByteArray::number(static_cast<qint64>(d));
        return success();
    }
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            if (auto st = append(out, array.at(i)); !st)
                return st;
        }
        out += ']';
        return success();
    }
    case QJsonValue::Object:
        return appendObject(out, value.toObject());
    case QJsonValue::Undefined:
        break;
    }
    return Error::make(
        Error::Kind::Usage,
        QCoreApplication::translate("lattice::CanonicalJson", "An undefined JSON value has no encoding."));
}

} // namespace

Result<QByteArray> canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    if (auto st = append(out, value); !st)
        return st.error();
    return out;
}

Result<QByteArray> canonicalJson(const QJsonObject &object)
{
    return canonicalJson(QJsonValue(object));
}

QJsonObject signingJsonObject(QJsonObject object)
{
    object.remove(QStringLiteral("signatures"));
    object.remove(QStringLiteral("unsigned"));
    return object;
}

Result<QByteArray> signingJson(const QJsonObject &object)
{
    return canonicalJson(signingJsonObject(object));
}

} // namespace lattice
