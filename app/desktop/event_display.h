#pragma once
// What the timeline shows for one event, ready for QML: the text, whether it is rich text, and
// its kind. The only place message HTML is turned into something Qt renders (through the sanitiser).
#include "client/event_text.h"
#include "protocol/html_sanitizer.h"

#include <QJsonObject>
#include <QString>

namespace lattice::desktop {

struct EventDisplay
{
    enum class Kind { Message, Emote, Notice, Summary, Hidden };
    Kind kind = Kind::Summary;
    QString text;      // plain text, or sanitised HTML when rich is true
    bool rich = false; // Text.RichText in QML
};

// `event` is the event JSON (type, sender, content, state_key, unsigned); `senderName` the
// sender's display name. Reactions, edits and redaction events are Hidden (shown elsewhere).
EventDisplay displayEvent(const QJsonObject &event, const QString &senderName, const NameLookup &names,
                          const html::SanitizeOptions &options);

// The sanitiser options the app uses: mxc images through the "mxc" image provider.
html::SanitizeOptions appSanitizeOptions();

} // namespace lattice::desktop
