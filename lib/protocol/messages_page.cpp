#include "messages_page.h"

#include "json_scan.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lattice {

namespace {

// The elements of the top-level object's array member `name`, as bytes; empty unless the member
// appears once and holds `expected` elements.
std::vector<QByteArray> rawElements(const QByteArray &body, QByteArrayView name, qsizetype expected)
{
    using namespace jsonscan;
    std::vector<QByteArray> out;
    int seen = 0;
    const qsizetype end =
        forEachMember(body, skipSpace(body, 0), [&](QByteArrayView k, qsizetype b, qsizetype e) {
            if (k != name)
                return true;
            if (++seen > 1 || body[b] != '[')
                return false;
            return forEachElement(body, b, [&](qsizetype vb, qsizetype ve) {
                       out.push_back(body.sliced(vb, ve - vb));
                       return true;
                   }) == e;
        });
    if (end < 0 || qsizetype(out.size()) != expected)
        out.clear();
    return out;
}

} // namespace

Result<MessagesPage> parseMessagesPage(const QByteArray &body)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(Error::Kind::Parse,
                           QStringLiteral("The homeserver sent a response that is not a JSON object."));
    const QJsonObject o = doc.object();
    MessagesPage page;
    page.chunk = o.value(QLatin1String("chunk")).toArray();
    page.state = o.value(QLatin1String("state")).toArray();
    page.end = o.value(QLatin1String("end")).toString();
    if (!page.chunk.isEmpty())
        page.chunkJson = rawElements(body, "chunk", page.chunk.size());
    if (!page.state.isEmpty())
        page.stateJson = rawElements(body, "state", page.state.size());
    return page;
}

} // namespace lattice
