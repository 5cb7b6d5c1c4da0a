#pragma once
// Uploads a picture chosen in a file dialog (avatars) through the session's MediaClient.
#include "client/session.h"

#include <QUrl>

namespace lattice::desktop {

constexpr qint64 kMaxAvatarBytes = 10 * 1024 * 1024;

// `file` is a local file URL; the result is the mxc:// URI. Not an image, unreadable or larger than
// kMaxAvatarBytes: a Usage error saying so, and nothing is sent.
void uploadImageFile(Session &session, const QUrl &file, std::function<void(Result<QString>)> done);

} // namespace lattice::desktop
