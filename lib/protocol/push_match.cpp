// The matching primitives of push rules: property paths, globs, member counts and actions.
#include "push_rules.h"

#include <QRegularExpression>

namespace lattice::push {

namespace {

// Splits "content.m\.relates_to.rel_type" at unescaped dots; "\." and "\\" are the only escapes,
// any other backslash stays literal (appendices: dot-separated property paths).
QStringList splitPath(const QString &path)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c == QLatin1Char('\\') && i + 1 < path.size() &&
            (path.at(i + 1) == QLatin1Char('.') || path.at(i + 1) == QLatin1Char('\\'))) {
            current.append(path.at(++i));
        } else if (c == QLatin1Char('.')) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

// The word boundary of content.body matching: anything but [A-Za-z0-9_], or either end.
const QString kBoundaryChar = QStringLiteral("[^A-Za-z0-9_]");

QString globToRegex(const QString &glob)
{
    QString out;
    for (const QChar c : glob) {
        if (c == QLatin1Char('*'))
            out += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            out += QLatin1Char('.');
        else
            out += QRegularExpression::escape(QString(c));
    }
    return out;
}

} // namespace

std::optional<QJsonValue> eventProperty(const QJsonObject &event, const QString &path)
{
    const QStringList parts = splitPath(path);
    QJsonValue value = event;
    for (const QString &part : parts) {
        if (!value.isObject())
            return std::nullopt;
        const QJsonObject object = value.toObject();
        const auto it = object.constFind(part);
        if (it == object.constEnd())
            return std::nullopt;
        value = *it;
    }
    return value;
}

bool globMatches(const QString &pattern, const QString &value, bool wordBoundaries)
{
    const QString body = globToRegex(pattern);
    const QString regex = wordBoundaries ? QStringLiteral("(?:^|%1)%2(?:%1|$)").arg(kBoundaryChar, body)
                                         : QRegularExpression::anchoredPattern(body);
    const QRegularExpression re(regex, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    return re.isValid() && re.match(value).hasMatch();
}

bool memberCountMatches(const QString &is, int memberCount)
{
    static const QRegularExpression syntax(QStringLiteral("^(==|<=|>=|<|>)?([0-9]+)$"));
    const QRegularExpressionMatch m = syntax.match(is);
    if (!m.hasMatch())
        return false; // an unreadable condition never matches
    bool ok = false;
    const qlonglong n = m.captured(2).toLongLong(&ok);
    if (!ok)
        return false;
    const QString op = m.captured(1);
    if (op == QLatin1String("<"))
        return memberCount < n;
    if (op == QLatin1String(">"))
        return memberCount > n;
    if (op == QLatin1String("<="))
        return memberCount <= n;
    if (op == QLatin1String(">="))
        return memberCount >= n;
    return memberCount == n;
}

PushActions parseActions(const QJsonArray &actions)
{
    PushActions result;
    for (const QJsonValue &action : actions) {
        if (action.isString()) {
            // "dont_notify" and "coalesce" are historical and ignored, like any unknown action.
            if (action.toString() == QLatin1String("notify"))
                result.notify = true;
            continue;
        }
        const QJsonObject tweak = action.toObject();
        const QString name = tweak.value(QLatin1String("set_tweak")).toString();
        const QJsonValue value = tweak.value(QLatin1String("value"));
        if (name == QLatin1String("highlight"))
            result.highlight = value.isUndefined() ? true : value.toBool(false);
        else if (name == QLatin1String("sound"))
            result.sound = value.toString();
    }
    return result;
}

} // namespace lattice::push
