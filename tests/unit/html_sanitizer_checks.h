#pragma once
// What both sanitiser tests share: the sanitiser with the image provider, and an independent check
// of its output against the allow-list.
#include "protocol/html_sanitizer.h"
#include "protocol/html_tokenizer.h"

#include <QRegularExpression>
#include <QTest>

namespace lattice::test {

using namespace lattice::html;

inline const QString kProvider = QStringLiteral("image://mxc/");

inline SanitizeOptions withImages()
{
    SanitizeOptions o;
    o.mxcImageUrl = [](const QString &server, const QString &mediaId) {
        return kProvider + server + QLatin1Char('/') + mediaId;
    };
    return o;
}

inline QString clean(const QString &html)
{
    return sanitizeHtml(html, withImages());
}

inline const QStringList kOutputTags = {
    QStringLiteral("del"),    QStringLiteral("h1"),    QStringLiteral("h2"),     QStringLiteral("h3"),
    QStringLiteral("h4"),     QStringLiteral("h5"),    QStringLiteral("h6"),     QStringLiteral("blockquote"),
    QStringLiteral("p"),      QStringLiteral("a"),     QStringLiteral("ul"),     QStringLiteral("ol"),
    QStringLiteral("sup"),    QStringLiteral("sub"),   QStringLiteral("li"),     QStringLiteral("b"),
    QStringLiteral("i"),      QStringLiteral("u"),     QStringLiteral("strong"), QStringLiteral("em"),
    QStringLiteral("s"),      QStringLiteral("code"),  QStringLiteral("hr"),     QStringLiteral("br"),
    QStringLiteral("div"),    QStringLiteral("table"), QStringLiteral("thead"),  QStringLiteral("tbody"),
    QStringLiteral("tr"),     QStringLiteral("th"),    QStringLiteral("td"),     QStringLiteral("caption"),
    QStringLiteral("pre"),    QStringLiteral("span"),  QStringLiteral("img"),    QStringLiteral("details"),
    QStringLiteral("summary")};

// What may appear in sanitiser output, checked by a second tokenizer pass and an independent scan.
// Returns an empty string when the output is acceptable, otherwise what is wrong.
inline QString violations(const QString &out)
{
    static const QRegularExpression styleRe(QStringLiteral(
        "^(color:#[0-9a-fA-F]{6}(; background-color:#[0-9a-fA-F]{6})?|background-color:#[0-9a-fA-F]{6})$"));
    static const QRegularExpression classRe(
        QStringLiteral("^language-[A-Za-z0-9_+#.-]+( language-[A-Za-z0-9_+#.-]+)*$"));
    Tokenizer tokenizer(out);
    Token t;
    QStringList stack;
    while (tokenizer.next(t)) {
        if (t.kind == Token::Kind::Comment)
            return QStringLiteral("comment in output");
        if (t.kind == Token::Kind::Text)
            continue;
        if (!kOutputTags.contains(t.name))
            return QStringLiteral("disallowed tag ") + t.name;
        if (t.kind == Token::Kind::EndTag) {
            if (stack.isEmpty() || stack.last() != t.name)
                return QStringLiteral("misnested end tag ") + t.name;
            stack.removeLast();
            continue;
        }
        for (const Attribute &a : t.attributes) {
            const QString &n = a.name;
            bool ok = false;
            if (t.name == QLatin1String("a"))
                ok = (n == QLatin1String("href") && isAllowedHref(a.value)) || n == QLatin1String("target");
            else if (t.name == QLatin1String("img"))
                ok = (n == QLatin1String("src") && a.value.startsWith(kProvider)) ||
                     n == QLatin1String("alt") || n == QLatin1String("title") ||
                     n == QLatin1String("width") || n == QLatin1String("height");
            else if (t.name == QLatin1String("ol"))
                ok = n == QLatin1String("start");
            else if (t.name == QLatin1String("code"))
                ok = n == QLatin1String("class") && classRe.match(a.value).hasMatch();
            else if (t.name == QLatin1String("span"))
                ok = n == QLatin1String("style") && styleRe.match(a.value).hasMatch();
            if (!ok)
                return QStringLiteral("disallowed attribute %1 on %2").arg(n, t.name);
        }
        const bool isVoid =
            t.name == QLatin1String("br") || t.name == QLatin1String("hr") || t.name == QLatin1String("img");
        if (isVoid != t.selfClosing)
            return QStringLiteral("void/self-closing mismatch on ") + t.name;
        if (!isVoid)
            stack.append(t.name);
    }
    if (!stack.isEmpty())
        return QStringLiteral("unclosed ") + stack.join(u',');
    // Independent of our tokenizer: every '<' must start one of the allowed tags.
    static const QRegularExpression lt(QStringLiteral("<(/?)([a-z0-9]+)[ />]"));
    for (qsizetype i = out.indexOf(u'<'); i >= 0; i = out.indexOf(u'<', i + 1)) {
        const auto m =
            lt.match(out, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || !kOutputTags.contains(m.captured(2)))
            return QStringLiteral("stray '<' at ") + QString::number(i);
    }
    return {};
}

#define CHECK_SAFE(out)                                                                                      \
    QVERIFY2(violations(out).isEmpty(), qPrintable(violations(out) + QLatin1String(" in: ") + (out)))

} // namespace lattice::test
