#include "qr_verification_codec.h"

#include "crypto_error.h"

#include <QStringDecoder>

namespace lattice::crypto {
namespace {

constexpr char header[] = "MATRIX";
constexpr int headerLength = 6;
constexpr quint8 version = 0x02;
constexpr int maxFlowIdLength = 0xFFFF;

Error flowIdError(Error (*make)(const char *, QString))
{
    return make(
        QT_TRANSLATE_NOOP("lattice::Crypto",
                          "The verification code's request ID is empty, too long or not valid UTF-8."),
        QStringLiteral("QR_BAD_FLOW_ID"));
}

bool knownMode(quint8 mode)
{
    return mode <= static_cast<quint8>(QrMode::SelfVerifyingUntrusted);
}

} // namespace

Result<QByteArray> encodeQrCode(const QrCodeData &data)
{
    if (!knownMode(static_cast<quint8>(data.mode)))
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto", "The verification code's mode is unknown."),
                          QStringLiteral("QR_BAD_MODE"));
    const QByteArray flowId = data.flowId.toUtf8();
    if (flowId.isEmpty() || flowId.size() > maxFlowIdLength)
        return flowIdError(usageError);
    if (data.firstKey.size() != qrKeyLength || data.secondKey.size() != qrKeyLength)
        return usageError(
            QT_TRANSLATE_NOOP("lattice::Crypto", "A key in a verification code must be 32 bytes."),
            QStringLiteral("QR_BAD_KEY_SIZE"));
    if (data.sharedSecret.size() < qrMinSecretLength)
        return usageError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                            "The verification code's shared secret is shorter than 8 bytes."),
                          QStringLiteral("QR_SHORT_SECRET"));

    QByteArray out;
    out.reserve(headerLength + 4 + flowId.size() + 2 * qrKeyLength + data.sharedSecret.size());
    out.append(header, headerLength);
    out.append(static_cast<char>(version));
    out.append(static_cast<char>(data.mode));
    out.append(static_cast<char>((flowId.size() >> 8) & 0xFF));
    out.append(static_cast<char>(flowId.size() & 0xFF));
    out.append(flowId);
    out.append(data.firstKey);
    out.append(data.secondKey);
    out.append(data.sharedSecret);
    return out;
}

Result<QrCodeData> decodeQrCode(const QByteArray &payload)
{
    const auto truncated = [] {
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "The verification code is cut short."),
                          QStringLiteral("QR_TRUNCATED"));
    };
    if (!payload.startsWith(QByteArrayView(header, headerLength))) {
        if (payload.size() < headerLength && QByteArrayView(header, headerLength).startsWith(payload))
            return truncated();
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "This is not a Matrix verification code."),
                          QStringLiteral("QR_BAD_HEADER"));
    }
    qsizetype at = headerLength;
    const auto byteAt = [&payload](qsizetype i) { return static_cast<quint8>(payload.at(i)); };

    if (payload.size() < at + 1)
        return truncated();
    if (byteAt(at) != version)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                            "The verification code has a version this app does not know."),
                          QStringLiteral("QR_BAD_VERSION"));
    ++at;
    if (payload.size() < at + 1)
        return truncated();
    if (!knownMode(byteAt(at)))
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto", "The verification code's mode is unknown."),
                          QStringLiteral("QR_BAD_MODE"));
    QrCodeData data;
    data.mode = static_cast<QrMode>(byteAt(at));
    ++at;

    if (payload.size() < at + 2)
        return truncated();
    const int flowIdLength = (byteAt(at) << 8) | byteAt(at + 1);
    at += 2;
    if (payload.size() < at + flowIdLength + 2 * qrKeyLength)
        return truncated();
    if (flowIdLength == 0)
        return flowIdError(inputError);
    auto toUtf16 = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    data.flowId = toUtf16(payload.mid(at, flowIdLength));
    if (toUtf16.hasError())
        return flowIdError(inputError);
    at += flowIdLength;

    data.firstKey = payload.mid(at, qrKeyLength);
    at += qrKeyLength;
    data.secondKey = payload.mid(at, qrKeyLength);
    at += qrKeyLength;
    data.sharedSecret = payload.mid(at);
    if (data.sharedSecret.size() < qrMinSecretLength)
        return inputError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                            "The verification code's shared secret is shorter than 8 bytes."),
                          QStringLiteral("QR_SHORT_SECRET"));
    return data;
}

} // namespace lattice::crypto
