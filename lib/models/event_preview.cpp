#include "event_preview.h"

#include "protocol/event.h"

#include <QCoreApplication>

namespace lattice {

namespace {
constexpr int kMaxPreviewChars = 120;

QString tr(const char *text)
{
    return QCoreApplication::translate("EventPreview", text);
}
} // namespace

QString eventPreview(const QJsonObject &e, const QString &senderName)
{
    const QString type = event::type(e);
    const QJsonObject content = event::content(e);
    if (type == QLatin1String("m.room.message") || type == QLatin1String("m.sticker")) {
        QString body = content.value(QLatin1String("body")).toString();
        if (body.isEmpty()) // a redacted message keeps no content
            return tr("%1: message deleted").arg(senderName);
        body = body.section(QLatin1Char('\n'), 0, 0).simplified();
        if (body.size() > kMaxPreviewChars)
            body = body.left(kMaxPreviewChars - 1) + QChar(0x2026);
        if (content.value(QLatin1String("msgtype")).toString() == QLatin1String("m.emote"))
            return QStringLiteral("* %1 %2").arg(senderName, body);
        return QStringLiteral("%1: %2").arg(senderName, body);
    }
    if (type == QLatin1String("m.room.encrypted"))
        return tr("%1: encrypted message").arg(senderName);
    if (type == QLatin1String("m.room.redaction"))
        return tr("%1 deleted a message").arg(senderName);
    if (type == QLatin1String("m.reaction"))
        return tr("%1 reacted").arg(senderName);
    if (type == QLatin1String("m.room.member"))
        return tr("%1 changed their membership").arg(senderName);
    if (event::isState(e))
        return tr("%1 changed the room settings").arg(senderName);
    return tr("%1 sent an event").arg(senderName);
}

} // namespace lattice
