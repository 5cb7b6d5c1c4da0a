#include "event_display.h"

#include "mention_pills.h"
#include "protocol/event.h"
#include "protocol/relations.h"

#include <QCoreApplication>

namespace lattice::desktop {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

html::SanitizeOptions appSanitizeOptions()
{
    html::SanitizeOptions options;
    options.mxcImageUrl = [](const QString &server, const QString &mediaId) {
        return QStringLiteral("image://mxc/%1/%2").arg(server, mediaId);
    };
    return options;
}

EventDisplay displayEvent(const QJsonObject &event, const QString &senderName, const NameLookup &names,
                          const html::SanitizeOptions &options)
{
    const QString type = str(event, "type");
    const QJsonObject content = event.value(QLatin1String("content")).toObject();
    if (type == QLatin1String("m.reaction") || type == QLatin1String("m.room.redaction"))
        return {EventDisplay::Kind::Hidden, {}, false};
    if (relations::parseRelatesTo(content).isEdit())
        return {EventDisplay::Kind::Hidden, {}, false};

    const bool redacted = lattice::event::isRedacted(event);
    if (type != QLatin1String("m.room.message") || redacted || content.isEmpty())
        return {EventDisplay::Kind::Summary, eventSummary(event, names), false};

    const QString msgtype = str(content, "msgtype");
    EventDisplay d;
    d.kind = msgtype == QLatin1String("m.emote")    ? EventDisplay::Kind::Emote
             : msgtype == QLatin1String("m.notice") ? EventDisplay::Kind::Notice
                                                    : EventDisplay::Kind::Message;
    const QString name = senderName.isEmpty() ? str(event, "sender") : senderName;
    const bool hasHtml = str(content, "format") == QLatin1String("org.matrix.custom.html") &&
                         !str(content, "formatted_body").isEmpty();
    if (hasHtml) {
        d.rich = true;
        d.text =
            html::sanitizeHtml(relations::stripReplyFallbackHtml(str(content, "formatted_body")), options);
        d.text = styleMentionPills(d.text); // user links as pills
        if (d.kind == EventDisplay::Kind::Emote)
            d.text = QStringLiteral("* %1 ").arg(name.toHtmlEscaped()) + d.text;
        return d;
    }
    const QString body = relations::stripReplyFallbackBody(str(content, "body"));
    // Non-text messages (images, files) without a body still get a line.
    d.text = body.isEmpty() ? messagePreview(event, name) : body;
    if (d.kind == EventDisplay::Kind::Emote)
        d.text = QStringLiteral("* %1 %2").arg(name, d.text);
    return d;
}

} // namespace lattice::desktop
