#pragma once
// m.room.message content from markdown typed by the user (CommonMark through cmark).
#include <QJsonObject>
#include <QString>

namespace lattice {

// body is the text as typed; format/formatted_body are added only when the markdown has
// formatting, so plain messages stay plain.
QJsonObject messageContentFromMarkdown(const QString &markdown, const QString &msgtype = QStringLiteral("m.text"));
QString markdownToHtml(const QString &markdown);

} // namespace lattice
