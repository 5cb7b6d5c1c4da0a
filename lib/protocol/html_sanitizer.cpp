#include "protocol/html_sanitizer.h"

#include "protocol/html_tokenizer.h"

#include <QCoreApplication>
#include <QList>
#include <array>

namespace lattice::html {

namespace {

// The spec's allow-list, plus the deprecated `font` (still sent by older clients; emitted as span).
bool isAllowedTag(const QString &name)
{
    static const std::array<const char *, 38> tags = {
        "del", "h1",      "h2",  "h3",   "h4",  "h5",      "h6",      "blockquote", "p",      "a",
        "ul",  "ol",      "sup", "sub",  "li",  "b",       "i",       "u",          "strong", "em",
        "s",   "code",    "hr",  "br",   "div", "table",   "thead",   "tbody",      "tr",     "th",
        "td",  "caption", "pre", "span", "img", "details", "summary", "font"};
    for (const char *t : tags) {
        if (name == QLatin1String(t))
            return true;
    }
    return false;
}

bool isVoidTag(const QString &name)
{
    return name == QLatin1String("br") || name == QLatin1String("hr") || name == QLatin1String("img");
}

// Elements whose content is never shown (the tokenizer reads their content as raw text).
bool dropsContent(const QString &name)
{
    static const std::array<const char *, 7> tags = {"script",   "style",    "iframe", "noembed",
                                                     "noframes", "noscript", "title"};
    for (const char *t : tags) {
        if (name == QLatin1String(t))
            return true;
    }
    return false;
}

bool isBlockTag(const QString &name)
{
    static const std::array<const char *, 17> tags = {"p",     "div", "li", "h1",         "h2",     "h3",
                                                      "h4",    "h5",  "h6", "blockquote", "pre",    "tr",
                                                      "table", "ul",  "ol", "details",    "summary"};
    for (const char *t : tags) {
        if (name == QLatin1String(t))
            return true;
    }
    return false;
}

bool isHexColor(const QString &v)
{
    if (v.size() != 7 || v[0] != u'#')
        return false;
    for (qsizetype i = 1; i < 7; ++i) {
        const QChar c = v[i];
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

bool isDigits(const QString &v, qsizetype maxLength)
{
    if (v.isEmpty() || v.size() > maxLength)
        return false;
    for (const QChar c : v) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Language classes are used for syntax highlighting only: a conservative character set.
bool isLanguageClass(QStringView c)
{
    if (!c.startsWith(QLatin1String("language-")) || c.size() == 9 || c.size() > 64)
        return false;
    for (const QChar ch : c.mid(9)) {
        const bool ok = (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z') ||
                        (ch >= u'0' && ch <= u'9') || ch == u'-' || ch == u'_' || ch == u'+' || ch == u'#' ||
                        ch == u'.';
        if (!ok)
            return false;
    }
    return true;
}

// mxc://<server-name>/<media-id> with the spec's character sets.
bool parseMxc(const QString &src, QString &server, QString &mediaId)
{
    if (!src.startsWith(QLatin1String("mxc://")))
        return false;
    const qsizetype slash = src.indexOf(u'/', 6);
    if (slash < 0)
        return false;
    server = src.mid(6, slash - 6);
    mediaId = src.mid(slash + 1);
    if (server.isEmpty() || mediaId.isEmpty() || server.size() > 255 || mediaId.size() > 255)
        return false;
    for (const QChar c : server) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'.' || c == u'-' || c == u':' || c == u'[' || c == u']';
        if (!ok)
            return false;
    }
    for (const QChar c : mediaId) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'-' || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

class Sanitizer
{
public:
    explicit Sanitizer(const SanitizeOptions &options) : m_opt(options) {}

    QString run(QStringView input)
    {
        Tokenizer tokenizer(input);
        Token t;
        while (tokenizer.next(t)) {
            switch (t.kind) {
            case Token::Kind::Text:
                text(t.text);
                break;
            case Token::Kind::StartTag:
                start(t);
                break;
            case Token::Kind::EndTag:
                end(t.name);
                break;
            case Token::Kind::Comment:
                break;
            }
        }
        while (!m_stack.isEmpty())
            closeTop();
        return m_out;
    }

private:
    struct Open
    {
        QString name;    // as written (matched by end tags)
        QString outName; // as emitted
        bool hiddenSpoiler = false;
    };

    bool skipping() const { return m_replyDepth > 0 || !m_droppedRaw.isEmpty(); }

    void text(const QString &s)
    {
        if (!skipping())
            m_out += escape(s);
    }

    void start(const Token &t)
    {
        if (t.name == QLatin1String("mx-reply")) {
            if (!t.selfClosing && m_droppedRaw.isEmpty())
                ++m_replyDepth;
            return;
        }
        if (skipping())
            return;
        if (dropsContent(t.name)) {
            if (!t.selfClosing)
                m_droppedRaw = t.name;
            return;
        }
        if (!isAllowedTag(t.name))
            return; // unknown tags go, their text stays
        if (t.name == QLatin1String("img")) {
            image(t);
            return;
        }
        if (t.name == QLatin1String("br") || t.name == QLatin1String("hr")) {
            m_out += QLatin1Char('<') + t.name + QLatin1String("/>");
            return;
        }
        if (m_stack.size() >= m_opt.maxDepth)
            return;
        if (t.name == QLatin1String("a") && m_hiddenSpoilers > 0)
            return; // Qt colours links itself, which would reveal the spoiler
        Open element{t.name, t.name, false};
        QString attrs;
        if (t.name == QLatin1String("a")) {
            if (const Attribute *href = t.attribute(QLatin1String("href"))) {
                const QString clean = cleanHref(href->value);
                if (!clean.isNull())
                    attrs += QLatin1String(" href=\"") + escape(clean) + QLatin1Char('"');
            }
            if (const Attribute *target = t.attribute(QLatin1String("target"));
                target && !target->value.isEmpty())
                attrs += QLatin1String(" target=\"") + escape(target->value.left(64)) + QLatin1Char('"');
        } else if (t.name == QLatin1String("ol")) {
            if (const Attribute *s = t.attribute(QLatin1String("start")); s && isDigits(s->value, 9))
                attrs += QLatin1String(" start=\"") + QString::number(s->value.toInt()) + QLatin1Char('"');
        } else if (t.name == QLatin1String("code")) {
            if (const Attribute *c = t.attribute(QLatin1String("class"))) {
                QStringList kept;
                for (const QStringView cls : QStringView(c->value).split(u' ', Qt::SkipEmptyParts)) {
                    if (isLanguageClass(cls))
                        kept.append(cls.toString());
                }
                if (!kept.isEmpty())
                    attrs += QLatin1String(" class=\"") + kept.join(u' ') + QLatin1Char('"');
            }
        } else if (t.name == QLatin1String("span") || t.name == QLatin1String("font")) {
            element.outName = QStringLiteral("span");
            attrs = colourStyle(t, element);
        }
        m_out += QLatin1Char('<') + element.outName + attrs + QLatin1Char('>');
        if (element.hiddenSpoiler)
            ++m_hiddenSpoilers;
        m_stack.append(std::move(element));
    }

    // Qt's rich text ignores data- attributes: colours and spoilers become a CSS style it understands.
    QString colourStyle(const Token &t, Open &element)
    {
        const Attribute *spoiler = t.attribute(QLatin1String("data-mx-spoiler"));
        if (t.name == QLatin1String("span") && spoiler) {
            const QString reason = spoiler->value.simplified().left(200);
            if (!reason.isEmpty())
                m_out += QLatin1String("<i>(") + escape(reason) + QLatin1String(")</i> ");
            if (!m_opt.revealSpoilers && isHexColor(m_opt.spoilerColor)) {
                element.hiddenSpoiler = true;
                return QLatin1String(" style=\"color:") + m_opt.spoilerColor +
                       QLatin1String("; background-color:") + m_opt.spoilerColor + QLatin1String("\"");
            }
            return {};
        }
        if (m_hiddenSpoilers > 0)
            return {};
        const Attribute *fg = t.attribute(QLatin1String("data-mx-color"));
        if (!fg && t.name == QLatin1String("font"))
            fg = t.attribute(QLatin1String("color"));
        const Attribute *bg = t.attribute(QLatin1String("data-mx-bg-color"));
        QStringList style;
        if (fg && isHexColor(fg->value))
            style.append(QLatin1String("color:") + fg->value);
        if (bg && isHexColor(bg->value))
            style.append(QLatin1String("background-color:") + bg->value);
        if (style.isEmpty())
            return {};
        return QLatin1String(" style=\"") + style.join(QLatin1String("; ")) + QLatin1Char('"');
    }

    void image(const Token &t)
    {
        const Attribute *src = t.attribute(QLatin1String("src"));
        const Attribute *alt = t.attribute(QLatin1String("alt"));
        QString server, mediaId;
        if (!src || !m_opt.mxcImageUrl || m_hiddenSpoilers > 0 || !parseMxc(src->value, server, mediaId)) {
            if (alt)
                m_out += escape(alt->value);
            return;
        }
        const QString url = m_opt.mxcImageUrl(server, mediaId);
        if (url.isEmpty()) {
            if (alt)
                m_out += escape(alt->value);
            return;
        }
        m_out += QLatin1String("<img src=\"") + escape(url) + QLatin1Char('"');
        for (const char *size : {"width", "height"}) {
            if (const Attribute *a = t.attribute(QLatin1String(size)); a && isDigits(a->value, 4))
                m_out += QLatin1Char(' ') + QLatin1String(size) + QLatin1String("=\"") + a->value +
                         QLatin1Char('"');
        }
        for (const char *textAttr : {"alt", "title"}) {
            if (const Attribute *a = t.attribute(QLatin1String(textAttr)))
                m_out += QLatin1Char(' ') + QLatin1String(textAttr) + QLatin1String("=\"") +
                         escape(a->value) + QLatin1Char('"');
        }
        m_out += QLatin1String("/>");
    }

    void end(const QString &name)
    {
        if (name == QLatin1String("mx-reply")) {
            if (m_replyDepth > 0)
                --m_replyDepth;
            return;
        }
        if (!m_droppedRaw.isEmpty()) {
            if (name == m_droppedRaw)
                m_droppedRaw.clear();
            return;
        }
        if (skipping() || isVoidTag(name))
            return;
        // Close up to the nearest open element of that name; an end tag with none open is ignored.
        for (qsizetype i = m_stack.size() - 1; i >= 0; --i) {
            if (m_stack[i].name == name) {
                while (m_stack.size() > i)
                    closeTop();
                return;
            }
        }
    }

    void closeTop()
    {
        const Open element = m_stack.takeLast();
        if (element.hiddenSpoiler)
            --m_hiddenSpoilers;
        m_out += QLatin1String("</") + element.outName + QLatin1Char('>');
    }

    const SanitizeOptions &m_opt;
    QString m_out;
    QList<Open> m_stack;
    int m_replyDepth = 0;
    int m_hiddenSpoilers = 0;
    QString m_droppedRaw;
};

} // namespace

QString sanitizeHtml(const QString &formattedBody, const SanitizeOptions &options)
{
    Sanitizer sanitizer(options);
    return sanitizer.run(QStringView(formattedBody).left(qMax<qsizetype>(0, options.maxInputLength)));
}

QString plainTextFromHtml(const QString &formattedBody, qsizetype maxInputLength)
{
    Tokenizer tokenizer(QStringView(formattedBody).left(qMax<qsizetype>(0, maxInputLength)));
    Token t;
    QString out;
    QString droppedRaw;
    int replyDepth = 0;
    int spoilerSpans = 0; // spoiler text must not leak into previews or notifications
    auto newline = [&out] {
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
    };
    while (tokenizer.next(t)) {
        if (t.name == QLatin1String("mx-reply")) {
            if (t.kind == Token::Kind::StartTag && !t.selfClosing)
                ++replyDepth;
            else if (t.kind == Token::Kind::EndTag && replyDepth > 0)
                --replyDepth;
            continue;
        }
        if (replyDepth > 0)
            continue;
        if (spoilerSpans > 0) {
            if (t.name == QLatin1String("span") && t.kind == Token::Kind::StartTag && !t.selfClosing)
                ++spoilerSpans;
            else if (t.name == QLatin1String("span") && t.kind == Token::Kind::EndTag)
                --spoilerSpans;
            continue;
        }
        if (!droppedRaw.isEmpty()) {
            if (t.kind == Token::Kind::EndTag && t.name == droppedRaw)
                droppedRaw.clear();
            continue;
        }
        switch (t.kind) {
        case Token::Kind::Text:
            out += t.text;
            break;
        case Token::Kind::Comment:
            break;
        case Token::Kind::StartTag:
            if (dropsContent(t.name) && !t.selfClosing)
                droppedRaw = t.name;
            else if (t.name == QLatin1String("span") && t.attribute(QLatin1String("data-mx-spoiler"))) {
                out += QCoreApplication::translate("EventText", "[spoiler]");
                spoilerSpans = t.selfClosing ? 0 : 1;
            } else if (t.name == QLatin1String("br"))
                out += u'\n';
            else if (t.name == QLatin1String("img")) {
                if (const Attribute *alt = t.attribute(QLatin1String("alt")))
                    out += alt->value;
            } else if (isBlockTag(t.name) || t.name == QLatin1String("hr"))
                newline();
            break;
        case Token::Kind::EndTag:
            if (isBlockTag(t.name))
                newline();
            break;
        }
    }
    while (out.endsWith(u'\n'))
        out.chop(1);
    return out;
}

} // namespace lattice::html
