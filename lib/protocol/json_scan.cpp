#include "json_scan.h"

#include <vector>

namespace lattice::jsonscan {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Letters, digits and signs: what true/false/null and numbers are made of. Qt checks them later.
bool isScalarChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '+' || c == '.';
}

// `pos` is at the opening quote; returns the position after the closing one, or -1.
qsizetype stringEnd(QByteArrayView json, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < json.size(); ++i) {
        if (json[i] == '\\')
            ++i; // the escaped byte cannot end the string (a \u escape's hex digits cannot either)
        else if (json[i] == '"')
            return i + 1;
    }
    return -1;
}

} // namespace

qsizetype skipSpace(QByteArrayView json, qsizetype pos)
{
    while (pos < json.size() && isSpace(json[pos]))
        ++pos;
    return pos;
}

qsizetype valueEnd(QByteArrayView json, qsizetype pos)
{
    if (pos < 0 || pos >= json.size())
        return -1;
    const char first = json[pos];
    if (first == '"')
        return stringEnd(json, pos);
    if (first != '{' && first != '[') {
        qsizetype i = pos;
        while (i < json.size() && isScalarChar(json[i]))
            ++i;
        return i > pos ? i : -1;
    }
    std::vector<char> open; // the closing bracket each open level expects
    for (qsizetype i = pos; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            i = stringEnd(json, i);
            if (i < 0)
                return -1;
            --i; // the loop's ++i steps past the closing quote
        } else if (c == '{') {
            open.push_back('}');
        } else if (c == '[') {
            open.push_back(']');
        } else if (c == '}' || c == ']') {
            if (open.empty() || open.back() != c)
                return -1;
            open.pop_back();
            if (open.empty())
                return i + 1;
        }
    }
    return -1;
}

qsizetype forEachMember(QByteArrayView json, qsizetype pos, const MemberFn &member)
{
    if (pos < 0 || pos >= json.size() || json[pos] != '{')
        return -1;
    qsizetype i = skipSpace(json, pos + 1);
    if (i < json.size() && json[i] == '}')
        return i + 1;
    while (i < json.size()) {
        if (json[i] != '"')
            return -1;
        const qsizetype keyEnd = stringEnd(json, i);
        if (keyEnd < 0)
            return -1;
        const QByteArrayView key = json.sliced(i + 1, keyEnd - i - 2);
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return -1;
        const qsizetype begin = skipSpace(json, i + 1);
        const qsizetype end = valueEnd(json, begin);
        if (end < 0 || !member(key, begin, end))
            return -1;
        i = skipSpace(json, end);
        if (i >= json.size())
            return -1;
        if (json[i] == '}')
            return i + 1;
        if (json[i] != ',')
            return -1;
        i = skipSpace(json, i + 1);
    }
    return -1;
}

qsizetype forEachElement(QByteArrayView json, qsizetype pos, const ElementFn &element)
{
    if (pos < 0 || pos >= json.size() || json[pos] != '[')
        return -1;
    qsizetype i = skipSpace(json, pos + 1);
    if (i < json.size() && json[i] == ']')
        return i + 1;
    while (i < json.size()) {
        const qsizetype end = valueEnd(json, i);
        if (end < 0 || !element(i, end))
            return -1;
        i = skipSpace(json, end);
        if (i >= json.size())
            return -1;
        if (json[i] == ']')
            return i + 1;
        if (json[i] != ',')
            return -1;
        i = skipSpace(json, i + 1);
    }
    return -1;
}

} // namespace lattice::jsonscan
