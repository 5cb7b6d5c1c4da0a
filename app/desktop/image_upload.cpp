#include "image_upload.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace lattice::desktop {

void uploadImageFile(Session &session, const QUrl &file, std::function<void(Result<QString>)> done)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : QString();
    const auto fail = [&done](const QString &sentence) { done(Error::make(Error::Kind::Usage, sentence)); };
    if (path.isEmpty())
        return fail(QCoreApplication::translate("ImageUpload", "Choose a picture on this computer."));
    const QString mime = QMimeDatabase().mimeTypeForFile(path).name();
    if (!mime.startsWith(QLatin1String("image/")))
        return fail(QCoreApplication::translate("ImageUpload", "%1 is not a picture.")
                        .arg(QFileInfo(path).fileName()));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("ImageUpload", "Could not read %1: %2").arg(path, f.errorString()));
    if (f.size() > kMaxAvatarBytes)
        return fail(QCoreApplication::translate("ImageUpload", "%1 is larger than %2 MB.")
                        .arg(QFileInfo(path).fileName())
                        .arg(kMaxAvatarBytes / (1024 * 1024)));
    session.media().upload(f.readAll(), mime, QFileInfo(path).fileName(), [done](Result<MxcUri> r) {
        if (!r)
            return done(r.error());
        done(r->toString());
    });
}

} // namespace lattice::desktop
