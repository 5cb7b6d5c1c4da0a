#pragma once
// A small HTML tokenizer for untrusted message HTML (org.matrix.custom.html). Qt has no public HTML
// parser and QTextDocument must never see unsanitised input, so we split the markup ourselves.
// It follows the WHATWG tokenizer's shape closely enough that what we see is what a browser would see:
// a tag cut off by the end of input is dropped, raw-text elements (script, style, ...) swallow
// everything up to their end tag, and entities are decoded in text and attribute values.
// Every step consumes at least one character, so tokenizing is linear in the input length.
#include <QList>
#include <QString>
#include <QStringView>

namespace lattice::html {

struct Attribute
{
    QString name;  // lower-cased
    QString value; // entities decoded; empty for a valueless attribute
};

struct Token
{
    enum class Kind { Text, StartTag, EndTag, Comment };
    Kind kind = Kind::Text;
    QString name; // lower-cased tag name (tags only)
    QList<Attribute> attributes;
    bool selfClosing = false;
    QString text; // decoded text (Text), or comment body (Comment)

    const Attribute *attribute(QLatin1String attributeName) const;
};

class Tokenizer
{
public:
    explicit Tokenizer(QStringView input) : m_in(input) {}
    // Fills `out` with the next token; false at the end of input.
    bool next(Token &out);

private:
    bool readTag(Token &out, bool endTag);
    bool readRawText(Token &out);
    void skipTo(QStringView terminator);

    QStringView m_in;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; // set after a raw-text start tag: its name
};

// Decodes character references (&amp; &#106; &#x6A; and common named ones). Unknown names are kept
// verbatim; invalid code points become U+FFFD.
QString decodeEntities(QStringView text);
// Escapes & < > " so the result is inert as HTML text or as a double-quoted attribute value.
QString escape(QStringView text);

} // namespace lattice::html
