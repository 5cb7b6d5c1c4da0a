#include "conversation_roles.h"

#include "client/event_text.h"
#include "protocol/event.h"
#include "protocol/relations.h"
#include "store/event_lookup.h"
#include "store/member_queries.h"
#include "store/receipt_queries.h"

namespace lattice::desktop {

namespace {
constexpr int kSummaryChars = 120; // the quote is one line; longer text is cut with an ellipsis
constexpr int kToolTipNames = 10;  // names listed in a reaction's tooltip before "and N others"
} // namespace

ConversationRoles::ConversationRoles(TimelineModel &timeline, Database &db, std::function<bool(int)> visible,
                                     std::function<QString(const QString &)> names, QObject *parent)
    : QObject(parent), m_timeline(timeline), m_db(db), m_visible(std::move(visible)),
      m_names(std::move(names))
{
    if (auto fullyRead = fullyReadEventId(m_db, m_timeline.roomId()))
        m_fullyReadAtOpen = *fullyRead;
}

QString ConversationRoles::nameOf(const QString &userId) const
{
    const QString name = m_names(userId);
    return name.isEmpty() ? userId : name;
}

QString ConversationRoles::summaryOf(const QJsonObject &event) const
{
    const QJsonObject content = event::content(event);
    QString text;
    if (event::type(event) == QLatin1String("m.room.message") && !event::isRedacted(event)) {
        text = relations::stripReplyFallbackBody(content.value(QLatin1String("body")).toString());
        if (text.isEmpty())
            text = messagePreview(event, nameOf(event::sender(event)));
    } else {
        text = eventSummary(event, [this](const QString &id) { return m_names(id); });
    }
    text = text.section(u'\n', 0, 0).simplified();
    if (text.size() > kSummaryChars)
        text = text.left(kSummaryChars - 1) + QChar(0x2026);
    return text;
}

QVariantMap ConversationRoles::reply(int sourceRow) const
{
    const QString target = m_timeline.index(sourceRow).data(TimelineModel::InReplyToRole).toString();
    if (target.isEmpty())
        return {};
    QVariantMap out{{QStringLiteral("eventId"), target}};
    QJsonObject original;
    if (const int row = m_timeline.rowOfEvent(target); row >= 0) {
        // In the window: with its latest edit.
        original = m_timeline.eventAt(row);
        original.insert(QStringLiteral("content"),
                        QJsonObject::fromVariantMap(
                            m_timeline.index(row).data(TimelineModel::LatestContentRole).toMap()));
    } else {
        auto it = m_originals.find(target);
        if (it == m_originals.end()) {
            Original o;
            if (auto stored = findEvent(m_db, target); stored && stored->has_value()) {
                o.state = Original::State::Loaded;
                o.event = (*stored)->json;
            } else {
                // Asked for once; the quote says "loading" until the answer comes.
                auto *self = const_cast<ConversationRoles *>(this);
                QMetaObject::invokeMethod(
                    self, [self, target] { Q_EMIT self->eventWanted(target); }, Qt::QueuedConnection);
            }
            it = m_originals.insert(target, o);
        }
        if (it->state == Original::State::Loading) {
            out.insert(QStringLiteral("state"), QStringLiteral("loading"));
            out.insert(QStringLiteral("senderName"), QString());
            out.insert(QStringLiteral("text"), tr("Loading…"));
            return out;
        }
        if (it->state == Original::State::Missing) {
            out.insert(QStringLiteral("state"), QStringLiteral("missing"));
            out.insert(QStringLiteral("senderName"), QString());
            out.insert(QStringLiteral("text"), tr("Message not available"));
            return out;
        }
        original = it->event;
    }
    out.insert(QStringLiteral("state"), QStringLiteral("loaded"));
    out.insert(QStringLiteral("sender"), event::sender(original));
    out.insert(QStringLiteral("senderName"), nameOf(event::sender(original)));
    out.insert(QStringLiteral("text"), summaryOf(original));
    return out;
}

void ConversationRoles::quotesOf(const QString &eventId)
{
    QList<int> rows;
    for (int r = 0; r < m_timeline.rowCount(); ++r)
        if (m_timeline.index(r).data(TimelineModel::InReplyToRole).toString() == eventId)
            rows.append(r);
    if (!rows.isEmpty())
        Q_EMIT rowsChanged(rows);
}

void ConversationRoles::setFetchedEvent(const QString &eventId, const QJsonObject &event)
{
    m_originals.insert(eventId, Original{Original::State::Loaded, event});
    quotesOf(eventId);
}

void ConversationRoles::setEventUnavailable(const QString &eventId)
{
    m_originals.insert(eventId, Original{Original::State::Missing, {}});
    quotesOf(eventId);
}

QVariantList ConversationRoles::reactionChips(int sourceRow) const
{
    QVariantList out;
    const QString own = m_timeline.ownUserId();
    for (const QVariant &v : m_timeline.index(sourceRow).data(TimelineModel::ReactionsRole).toList()) {
        const QVariantMap group = v.toMap();
        const QStringList senders = group.value(QStringLiteral("senders")).toStringList();
        QStringList names;
        for (const QString &id : senders.mid(0, kToolTipNames))
            names.append(id == own ? tr("You") : nameOf(id));
        QString who = names.join(QStringLiteral(", "));
        if (senders.size() > kToolTipNames)
            who = tr("%1 and %n other(s)", nullptr, int(senders.size() - kToolTipNames)).arg(who);
        const QString key = group.value(QStringLiteral("key")).toString();
        out.append(QVariantMap{
            {QStringLiteral("key"), key},
            {QStringLiteral("count"), group.value(QStringLiteral("count"))},
            {QStringLiteral("reactedByMe"), senders.contains(own)},
            {QStringLiteral("toolTip"), tr("%1 reacted with %2").arg(who, key)},
        });
    }
    return out;
}

int ConversationRoles::shownRowAtOrAbove(int sourceRow) const
{
    while (sourceRow >= 0 && !m_visible(sourceRow))
        --sourceRow;
    return sourceRow;
}

void ConversationRoles::computeReaders() const
{
    m_receiptsDirty = false;
    m_readersByEvent.clear();
    auto receipts = readReceipts(m_db, m_timeline.roomId());
    if (!receipts)
        return;
    // Each member's latest read event in the window (public and private receipts alike).
    QHash<QString, int> latestRow;
    for (const ReadReceipt &r : *receipts) {
        if (r.userId == m_timeline.ownUserId())
            continue;
        const int row = m_timeline.rowOfEvent(r.eventId);
        if (row >= 0 && row > latestRow.value(r.userId, -1))
            latestRow.insert(r.userId, row);
    }
    QMap<QString, int> sorted; // user IDs in a stable order
    for (auto it = latestRow.constBegin(); it != latestRow.constEnd(); ++it)
        sorted.insert(it.key(), it.value());
    for (auto it = sorted.constBegin(); it != sorted.constEnd(); ++it) {
        const int shown = shownRowAtOrAbove(it.value());
        if (shown >= 0)
            m_readersByEvent[m_timeline.index(shown).data(TimelineModel::EventIdRole).toString()].append(
                it.key());
    }
}

QVariantList ConversationRoles::readers(int sourceRow) const
{
    if (m_receiptsDirty)
        computeReaders();
    const QString eventId = m_timeline.index(sourceRow).data(TimelineModel::EventIdRole).toString();
    QVariantList out;
    if (eventId.isEmpty())
        return out;
    for (const QString &userId : m_readersByEvent.value(eventId)) {
        auto info = memberInfo(m_db, m_timeline.roomId(), userId);
        out.append(QVariantMap{{QStringLiteral("userId"), userId},
                               {QStringLiteral("name"), nameOf(userId)},
                               {QStringLiteral("avatarUrl"), info ? info->avatarUrl : QString()}});
    }
    return out;
}

bool ConversationRoles::unreadMarkerBelow(int sourceRow) const
{
    if (m_fullyReadAtOpen.isEmpty())
        return false;
    const int read = m_timeline.rowOfEvent(m_fullyReadAtOpen);
    if (read < 0 || shownRowAtOrAbove(read) != sourceRow)
        return false;
    return othersAfter(read).any;
}

ConversationRoles::OthersAfter ConversationRoles::othersAfter(int row) const
{
    // Only what is shown and from someone else counts as unread, never the user's own messages.
    OthersAfter out;
    const QString own = m_timeline.ownUserId();
    for (int r = row + 1; r < m_timeline.rowCount(); ++r) {
        if (!m_visible(r))
            continue;
        const QModelIndex i = m_timeline.index(r);
        if (i.data(TimelineModel::SenderRole).toString() == own)
            continue;
        out.any = true;
        if (!i.data(TimelineModel::IsStateRole).toBool())
            ++out.messages;
    }
    return out;
}

bool ConversationRoles::fullyReadBeforeWindow() const
{
    // Not in the window. An event the store lacks lies in a gap of older history; a stored one is
    // placed by its store position against the window's oldest remote row.
    auto stored = findEvent(m_db, m_fullyReadAtOpen);
    if (!stored)
        return false;
    if (!stored->has_value())
        return true;
    for (int r = 0; r < m_timeline.rowCount(); ++r) {
        const QModelIndex i = m_timeline.index(r);
        if (i.data(TimelineModel::SendStateRole).toString() != QLatin1String("remote"))
            continue;
        auto first = findEvent(m_db, i.data(TimelineModel::EventIdRole).toString());
        return first && first->has_value() && (*stored)->idx < (*first)->idx;
    }
    return false;
}

ConversationRoles::Unread ConversationRoles::unread() const
{
    Unread u;
    if (m_fullyReadAtOpen.isEmpty())
        return u;
    const int read = m_timeline.rowOfEvent(m_fullyReadAtOpen);
    if (read < 0 && !fullyReadBeforeWindow())
        return u;
    // As for the line: something shown from someone else must follow, or nothing is unread.
    const OthersAfter others = othersAfter(read);
    if (!others.any)
        return u;
    u.count = others.messages;
    if (read < 0)
        u.beforeWindow = true;
    else
        u.markerRow = shownRowAtOrAbove(read);
    return u;
}

QString ConversationRoles::plainText(int sourceRow) const
{
    const QJsonObject content = QJsonObject::fromVariantMap(
        m_timeline.index(sourceRow).data(TimelineModel::LatestContentRole).toMap());
    return relations::stripReplyFallbackBody(content.value(QLatin1String("body")).toString());
}

} // namespace lattice::desktop
