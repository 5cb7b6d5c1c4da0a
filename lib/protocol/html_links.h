#pragma once
// Links in message HTML: which hrefs the spec allows, and which point inside Matrix (matrix.to links
// and matrix: URIs, shown as pills).
#include <QString>

namespace lattice::html {

// The href with whitespace and tab/newline characters removed (browsers ignore them, so attackers
// use them: "java\tscript:"), or a null string when the spec does not allow it.
QString cleanHref(const QString &href);

// True when an href is allowed by the spec: an absolute URL whose scheme is https, http, ftp, mailto
// or magnet, or a matrix: URI (pills). Surrounding whitespace and tabs/newlines are ignored; any
// other control character makes the href invalid.
bool isAllowedHref(const QString &href);

// What a link points at inside Matrix: matrix.to links (https://matrix.to/#/...) and matrix: URIs.
struct MatrixLink
{
    enum class Kind { None, User, Room, RoomAlias, Event };
    Kind kind = Kind::None;
    QString id;      // @user:server, !room:server or #alias:server (percent-decoded)
    QString eventId; // for Kind::Event: the $event id; id then holds the room
};
MatrixLink parseMatrixLink(const QString &href);

} // namespace lattice::html
