#include "protocol/html_tokenizer.h"

#include <array>
#include <utility>

namespace lattice::html {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}
bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

// Elements whose content is raw text up to the matching end tag (WHATWG "RAWTEXT"/"RCDATA"/script).
bool isRawTextElement(const QString &name)
{
    static const std::array<const char *, 9> names = {"script", "style",   "textarea", "title",   "xmp",
                                                      "iframe", "noembed", "noframes", "noscript"};
    for (const char *n : names) {
        if (name == QLatin1String(n))
            return true;
    }
    return false;
}

struct NamedEntity
{
    const char *name;
    char16_t value;
};
// The references people actually type; anything else stays literal text (and is escaped on output).
constexpr std::array<NamedEntity, 40> kEntities = {{
    {"amp", u'&'},      {"lt", u'<'},      {"gt", u'>'},       {"quot", u'"'},    {"apos", u'\''},
    {"nbsp", 0x00A0},   {"copy", 0x00A9},  {"reg", 0x00AE},    {"trade", 0x2122}, {"hellip", 0x2026},
    {"mdash", 0x2014},  {"ndash", 0x2013}, {"lsquo", 0x2018},  {"rsquo", 0x2019}, {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"laquo", 0x00AB}, {"raquo", 0x00BB},  {"bull", 0x2022},  {"middot", 0x00B7},
    {"euro", 0x20AC},   {"pound", 0x00A3}, {"yen", 0x00A5},    {"cent", 0x00A2},  {"deg", 0x00B0},
    {"plusmn", 0x00B1}, {"times", 0x00D7}, {"divide", 0x00F7}, {"para", 0x00B6},  {"sect", 0x00A7},
    {"shy", 0x00AD},    {"zwj", 0x200D},   {"zwnj", 0x200C},   {"larr", 0x2190},  {"rarr", 0x2192},
    {"uarr", 0x2191},   {"darr", 0x2193},  {"hearts", 0x2665}, {"check", 0x2713}, {"colon", u':'},
}};

// Decodes one reference starting at text[i] == '&'. Returns the characters consumed (0: not a reference).
qsizetype decodeOne(QStringView text, qsizetype i, QString &out)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text[j] == u'#') {
        ++j;
        const bool hex = j < n && (text[j] == u'x' || text[j] == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        char32_t cp = 0;
        bool overflow = false;
        for (; j < n; ++j) {
            const QChar c = text[j];
            int d = -1;
            if (c >= u'0' && c <= u'9')
                d = c.unicode() - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                d = c.unicode() - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                d = c.unicode() - u'A' + 10;
            if (d < 0)
                break;
            if (!overflow) {
                cp = cp * (hex ? 16 : 10) + char32_t(d);
                if (cp > 0x10FFFF)
                    overflow = true; // keep consuming digits; the result is U+FFFD
            }
        }
        if (j == digitsStart)
            return 0;
        if (j < n && text[j] == u';')
            ++j;
        if (overflow || cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF))
            cp = 0xFFFD;
        out.append(QString::fromUcs4(&cp, 1));
        return j - i;
    }
    qsizetype k = j;
    while (k < n && k - j < 10 && isAsciiAlnum(text[k]))
        ++k;
    if (k == j)
        return 0;
    const QStringView name = text.mid(j, k - j);
    const bool semicolon = k < n && text[k] == u';';
    for (const NamedEntity &e : kEntities) {
        if (name != QLatin1String(e.name))
            continue;
        // Browsers accept a few legacy references without ';'; only those, and not before [=A-Za-z0-9].
        const bool legacy = name == QLatin1String("amp") || name == QLatin1String("lt") ||
                            name == QLatin1String("gt") || name == QLatin1String("quot") ||
                            name == QLatin1String("nbsp");
        if (!semicolon && !legacy)
            return 0;
        out.append(QChar(e.value));
        return k - i + (semicolon ? 1 : 0);
    }
    return 0;
}

} // namespace

const Attribute *Token::attribute(QLatin1String attributeName) const
{
    for (const Attribute &a : attributes) {
        if (a.name == attributeName)
            return &a;
    }
    return nullptr;
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text[i] == u'&') {
            const qsizetype used = decodeOne(text, i, out);
            if (used > 0) {
                i += used;
                continue;
            }
        }
        // NUL is never meaningful in message text and trips C APIs further down.
        out.append(text[i] == QChar(0) ? QChar(0xFFFD) : text[i]);
        ++i;
    }
    return out;
}

QString escape(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out.append(QLatin1String("&amp;"));
            break;
        case u'<':
            out.append(QLatin1String("&lt;"));
            break;
        case u'>':
            out.append(QLatin1String("&gt;"));
            break;
        case u'"':
            out.append(QLatin1String("&quot;"));
            break;
        case 0:
            out.append(QChar(0xFFFD));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

void Tokenizer::skipTo(QStringView terminator)
{
    const qsizetype at = m_in.indexOf(terminator, m_pos);
    m_pos = at < 0 ? m_in.size() : at + terminator.size();
}

bool Tokenizer::readRawText(Token &out)
{
    // Find "</name" followed by a tag-ending character, case-insensitively.
    const QString needle = QLatin1String("</") + m_rawTextEnd;
    qsizetype from = m_pos;
    qsizetype end = m_in.size();
    while (true) {
        const qsizetype at = m_in.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        const qsizetype after = at + needle.size();
        if (after >= m_in.size() || isSpace(m_in[after]) || m_in[after] == u'/' || m_in[after] == u'>') {
            end = at;
            break;
        }
        from = at + 1;
    }
    const bool rcdata = m_rawTextEnd == QLatin1String("textarea") || m_rawTextEnd == QLatin1String("title");
    const QStringView raw = m_in.mid(m_pos, end - m_pos);
    m_pos = end;
    m_rawTextEnd.clear();
    if (raw.isEmpty())
        return false;
    out = Token{};
    out.kind = Token::Kind::Text;
    out.text = rcdata ? decodeEntities(raw) : raw.toString().replace(QChar(0), QChar(0xFFFD));
    return true;
}

// Reads a tag at m_pos (just after "<" or "</"). False when the input ends inside the tag: the WHATWG
// tokenizer drops such a tag, and so do we.
bool Tokenizer::readTag(Token &out, bool endTag)
{
    const qsizetype n = m_in.size();
    out = Token{};
    out.kind = endTag ? Token::Kind::EndTag : Token::Kind::StartTag;
    qsizetype p = m_pos;
    while (p < n && !isSpace(m_in[p]) && m_in[p] != u'/' && m_in[p] != u'>')
        ++p;
    out.name = m_in.mid(m_pos, p - m_pos).toString().toLower();
    while (true) {
        while (p < n && (isSpace(m_in[p]) || m_in[p] == u'/')) {
            if (m_in[p] == u'/' && p + 1 < n && m_in[p + 1] == u'>')
                out.selfClosing = true;
            ++p;
        }
        if (p >= n) {
            m_pos = n;
            return false;
        }
        if (m_in[p] == u'>') {
            m_pos = p + 1;
            break;
        }
        // Attribute name: the first character may be '=' (WHATWG), later ones may not.
        const qsizetype nameStart = p++;
        while (p < n && !isSpace(m_in[p]) && m_in[p] != u'/' && m_in[p] != u'>' && m_in[p] != u'=')
            ++p;
        Attribute attr;
        attr.name = m_in.mid(nameStart, p - nameStart).toString().toLower();
        qsizetype q = p;
        while (q < n && isSpace(m_in[q]))
            ++q;
        if (q < n && m_in[q] == u'=') {
            ++q;
            while (q < n && isSpace(m_in[q]))
                ++q;
            if (q >= n) {
                m_pos = n;
                return false;
            }
            if (m_in[q] == u'"' || m_in[q] == u'\'') {
                const QChar quote = m_in[q];
                const qsizetype close = m_in.indexOf(quote, q + 1);
                if (close < 0) {
                    m_pos = n;
                    return false;
                }
                attr.value = decodeEntities(m_in.mid(q + 1, close - q - 1));
                p = close + 1;
            } else {
                qsizetype e = q;
                while (e < n && !isSpace(m_in[e]) && m_in[e] != u'>')
                    ++e;
                attr.value = decodeEntities(m_in.mid(q, e - q));
                p = e;
            }
        }
        // The first of duplicate attributes wins, as in browsers.
        bool duplicate = false;
        for (const Attribute &seen : out.attributes)
            duplicate = duplicate || seen.name == attr.name;
        if (!endTag && !duplicate)
            out.attributes.append(std::move(attr));
    }
    if (!endTag && !out.selfClosing && isRawTextElement(out.name))
        m_rawTextEnd = out.name;
    return true;
}

bool Tokenizer::next(Token &out)
{
    const qsizetype n = m_in.size();
    while (m_pos < n || !m_rawTextEnd.isEmpty()) {
        if (!m_rawTextEnd.isEmpty()) {
            if (readRawText(out))
                return true;
            continue;
        }
        const QChar c = m_in[m_pos];
        if (c != u'<') {
            qsizetype e = m_in.indexOf(u'<', m_pos);
            if (e < 0)
                e = n;
            out = Token{};
            out.kind = Token::Kind::Text;
            out.text = decodeEntities(m_in.mid(m_pos, e - m_pos));
            m_pos = e;
            return true;
        }
        const QStringView rest = m_in.mid(m_pos);
        if (rest.startsWith(QLatin1String("<!--"))) {
            const qsizetype start = m_pos + 4;
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (rest.startsWith(QLatin1String("<!-->")) || rest.startsWith(QLatin1String("<!--->"))) {
                m_pos += rest.startsWith(QLatin1String("<!-->")) ? 5 : 6;
            } else {
                m_pos = start;
                skipTo(u"-->");
            }
            out = Token{};
            out.kind = Token::Kind::Comment;
            out.text = m_in.mid(start, qMax<qsizetype>(0, m_pos - 3 - start)).toString();
            return true;
        }
        if (rest.startsWith(QLatin1String("<![CDATA["))) {
            // Literal text; it is escaped on output like any other text.
            const qsizetype start = m_pos + 9;
            const qsizetype close = m_in.indexOf(QLatin1String("]]>"), start);
            const qsizetype end = close < 0 ? n : close;
            m_pos = close < 0 ? n : close + 3;
            out = Token{};
            out.kind = Token::Kind::Text;
            out.text = m_in.mid(start, end - start).toString().replace(QChar(0), QChar(0xFFFD));
            if (out.text.isEmpty())
                continue;
            return true;
        }
        if (rest.startsWith(QLatin1String("<!")) || rest.startsWith(QLatin1String("<?")) ||
            (rest.startsWith(QLatin1String("</")) && rest.size() > 2 && !isAsciiAlpha(rest[2]) &&
             rest[2] != u'>')) {
            // Doctype, processing instruction or bogus comment: dropped up to the next '>'.
            m_pos += 2;
            skipTo(u">");
            continue;
        }
        if (rest.startsWith(QLatin1String("</>"))) {
            m_pos += 3;
            continue;
        }
        if (rest.startsWith(QLatin1String("</")) && rest.size() > 2) {
            m_pos += 2;
            if (readTag(out, true))
                return true;
            continue;
        }
        if (rest.size() > 1 && isAsciiAlpha(rest[1])) {
            m_pos += 1;
            if (readTag(out, false))
                return true;
            continue;
        }
        // A '<' that starts no tag is text.
        out = Token{};
        out.kind = Token::Kind::Text;
        out.text = QStringLiteral("<");
        ++m_pos;
        return true;
    }
    return false;
}

} // namespace lattice::html
