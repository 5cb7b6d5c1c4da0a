#include "protocol/join_target.h"

#include "protocol/html_links.h"
#include "protocol/identifiers.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace lattice {

namespace {
Error usage(const QString &sentence)
{
    return Error::make(Error::Kind::Usage, sentence);
}

// via= servers from the query of a matrix.to fragment ("#/!room:x?via=a&via=b") or a matrix: URI.
QStringList viaServers(const QString &link)
{
    const qsizetype hash = link.indexOf(u'#');
    const QString tail = hash >= 0 && link.contains(QLatin1String("matrix.to")) ? link.mid(hash + 1) : link;
    const qsizetype q = tail.indexOf(u'?');
    if (q < 0)
        return {};
    QString query = tail.mid(q + 1);
    if (const qsizetype frag = query.indexOf(u'#'); frag >= 0)
        query.truncate(frag);
    QStringList out;
    for (const auto &[key, value] : QUrlQuery(query).queryItems(QUrl::FullyDecoded))
        if (key == QLatin1String("via") && !value.isEmpty() && !out.contains(value))
            out.append(value);
    return out;
}
} // namespace

Result<JoinTarget> parseJoinTarget(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return usage(QCoreApplication::translate("JoinTarget", "Enter a room address, a room ID or a link."));
    if (id::isRoomAlias(text) || id::isRoomId(text))
        return JoinTarget{text, {}};
    const html::MatrixLink link = html::parseMatrixLink(text);
    switch (link.kind) {
    case html::MatrixLink::Kind::Room:
    case html::MatrixLink::Kind::RoomAlias:
    case html::MatrixLink::Kind::Event:
        if (!id::isRoomAlias(link.id) && !id::isRoomId(link.id))
            break;
        return JoinTarget{link.id, viaServers(text)};
    case html::MatrixLink::Kind::User:
        return usage(
            QCoreApplication::translate(
                "JoinTarget", "This link points to a person (%1), not a room: start a direct chat instead.")
                .arg(link.id));
    case html::MatrixLink::Kind::None:
        break;
    }
    if (text.startsWith(u'#') && !text.contains(u':'))
        return usage(QCoreApplication::translate(
                         "JoinTarget", "\"%1\" has no server: a room address looks like #name:example.org.")
                         .arg(text));
    return usage(QCoreApplication::translate(
                     "JoinTarget", "\"%1\" is not a room address (#name:server), a room ID (!id:server) "
                                   "or a matrix.to link.")
                     .arg(text));
}

} // namespace lattice
