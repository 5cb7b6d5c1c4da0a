#pragma once
// Sanitises message HTML (org.matrix.custom.html) to the spec's allow-list (Client-Server API,
// m.room.message msgtypes, "HTML") and turns it into HTML that Qt's rich text (QTextDocument, QML Text
// with textFormat RichText) renders as intended. Message HTML is hostile: the result never contains a
// tag or attribute outside the allow-list, never a script or an image from an arbitrary URL, is always
// well-formed (every opened tag closed, in order), and the work is linear in a capped input size.
#include "protocol/html_links.h"

#include <QString>
#include <functional>

namespace lattice::html {

struct SanitizeOptions
{
    // Maps an mxc:// image to the URL Qt should load it from (e.g. "image://mxc/<server>/<mediaId>"
    // for the authenticated media provider). Unset: every <img> is replaced by its alt text.
    std::function<QString(const QString &serverName, const QString &mediaId)> mxcImageUrl;
    // Spoilers (span data-mx-spoiler) are hidden: text and background share one colour and the
    // reason, if any, is shown in front as "(reason)"; links, images and colours inside are dropped
    // so nothing shows through. True renders them plainly (after a click). The colour must be #RRGGBB.
    bool revealSpoilers = false;
    QString spoilerColor = QStringLiteral("#808080");
    // Input beyond this many UTF-16 units is ignored. An event is at most 65,536 bytes (spec).
    qsizetype maxInputLength = 65536;
    // Tags nested deeper than this are dropped (their text is kept). The spec's limit is 100.
    int maxDepth = 100;
};

// The sanitised, Qt-ready HTML for a formatted_body.
QString sanitizeHtml(const QString &formattedBody, const SanitizeOptions &options = {});

// The text of message HTML: tags removed, entities decoded, line breaks for br and block elements,
// images as their alt text, script/style/mx-reply content dropped, spoiler text replaced by
// "[spoiler]". For previews and notifications.
QString plainTextFromHtml(const QString &formattedBody, qsizetype maxInputLength = 65536);

} // namespace lattice::html
