#pragma once
// The timeline's `media` role: what MediaContent.qml needs to show an attachment (m.image,
// m.sticker, m.video, m.audio, m.file), with image://mxc URLs ready to use, so QML never reads
// event content. An empty map for every other event.
#include <QString>
#include <QVariantMap>

namespace lattice::desktop {

// The server thumbnail asked for when the sender did not upload one (one of Synapse's defaults).
inline constexpr int kTimelineThumbnailWidth = 800;
inline constexpr int kTimelineThumbnailHeight = 600;

class EncryptedFiles;

// Keys: kind ("image", "sticker", "video", "audio", "file"), url (the mxc:// URI), encrypted
// (the file is an EncryptedFile, shown through `files`), fileRef (what MediaDownloads fetches: the
// mxc:// URI, or an encrypted file's reference; "" for an encrypted file without `files`), source
// (the original as image://mxc, images only), thumbnail (image://mxc, or ""), width/height (info.w/h, 0 when
// unknown), size (bytes, -1 when unknown), mimetype, filename, caption (the body when it is not
// just the file name), duration (ms, 0 when unknown).
// An encrypted file (and its thumbnail_file) is added to `files`, and its image URLs name it there.
QVariantMap mediaRole(const QString &eventType, const QVariantMap &content, bool redacted,
                      EncryptedFiles *files = nullptr);

// image://mxc/<server>/<id>[?width=…&height=…&method=scale] for a valid mxc:// URI, else "".
QString mxcImageUrl(const QString &mxc, int width = 0, int height = 0);

} // namespace lattice::desktop
