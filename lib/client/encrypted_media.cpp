#include "encrypted_media.h"

#include "crypto/encrypted_attachment.h"

#include <QCoreApplication>
#include <QTimer>

namespace lattice {

MediaTransfer *uploadEncrypted(MediaClient &media, const QByteArray &plaintext,
                               std::function<void(Result<QJsonObject>)> done,
                               MediaClient::ProgressCallback progress)
{
    crypto::EncryptedAttachment encrypted = crypto::encryptAttachment(plaintext);
    return media.upload(
        encrypted.ciphertext, QStringLiteral("application/octet-stream"), QString(),
        [file = encrypted.file, done = std::move(done)](Result<MxcUri> mxc) mutable {
            if (!mxc)
                return done(mxc.error());
            file.insert(QStringLiteral("url"), mxc->toString());
            done(file);
        },
        std::move(progress));
}

MediaTransfer *downloadEncrypted(MediaClient &media, const QJsonObject &file, qint64 maxBytes,
                                 MediaClient::ContentCallback done, MediaClient::ProgressCallback progress)
{
    Result<MxcUri> mxc = MxcUri::parse(file.value(QLatin1String("url")).toString());
    if (!mxc) {
        Error e =
            Error::make(Error::Kind::Usage,
                        QCoreApplication::translate("EncryptedMedia", "The encrypted file has no valid "
                                                                      "mxc:// address in its \"url\"."));
        e.errcode = QStringLiteral("BAD_ENCRYPTED_FILE");
        // Answered later, as a download would be, so callers see one order of events.
        QTimer::singleShot(0, &media, [done = std::move(done), e] { done(e); });
        return nullptr;
    }
    return media.download(
        *mxc, maxBytes, std::move(done), std::move(progress),
        [file](const QByteArray &served) { return crypto::decryptAttachment(served, file); });
}

} // namespace lattice
