#include "timeline_view_model.h"

#include "event_display.h"
#include "media_roles.h"

#include <QDateTime>
#include <QLocale>

namespace lattice::desktop {

namespace {
constexpr qint64 kGroupGapMs = 5 * 60 * 1000; // a pause longer than this shows the sender again

QString kindName(EventDisplay::Kind kind)
{
    switch (kind) {
    case EventDisplay::Kind::Message:
        return QStringLiteral("message");
    case EventDisplay::Kind::Emote:
        return QStringLiteral("emote");
    case EventDisplay::Kind::Notice:
        return QStringLiteral("notice");
    case EventDisplay::Kind::Summary:
    case EventDisplay::Kind::Hidden:
        break;
    }
    return QStringLiteral("summary");
}
} // namespace

TimelineViewModel::TimelineViewModel(TimelineModel *source, Database &db, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source), m_db(db),
      m_conversation(
          *source, db,
          [this](int sourceRow) { return mapFromSource(m_source->index(sourceRow, 0)).isValid(); },
          [this](const QString &userId) { return memberName(userId); })
{
    setSourceModel(source);
    connect(&m_conversation, &ConversationRoles::rowsChanged, this, [this](const QList<int> &rows) {
        for (int r : rows)
            if (const QModelIndex p = mapFromSource(m_source->index(r, 0)); p.isValid())
                Q_EMIT dataChanged(p, p, {ReplyRole});
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(source, signal, this, [this] { m_conversation.invalidateReceipts(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { m_conversation.invalidateReceipts(); });
    // Rows paged in above change whether the first old row starts a run (sender, day label).
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_names.clear(); });
    connect(this, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] { m_names.clear(); });
    // Consecutive membership changes show as one line, on the first of the run.
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (isMember(last + 1) && isMember(last))
                    return invalidateFilter(); // older rows joined the front of a run: it has a new head
                if (isMember(first) && isMember(first - 1)) {
                    int head = first - 1;
                    while (isMember(head - 1))
                        --head;
                    const QModelIndex p = mapFromSource(m_source->index(head, 0));
                    if (p.isValid())
                        Q_EMIT dataChanged(p, p, {DisplayTextRole});
                }
            });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int) {
        if (isMember(first))
            invalidateFilter(); // the head of a run may have gone
    });
    connect(this, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int, int last) {
        if (last + 1 < rowCount())
            Q_EMIT dataChanged(index(last + 1, 0), index(last + 1, 0), {ShowSenderRole, DayLabelRole});
    });
}

QJsonObject TimelineViewModel::eventJson(const QModelIndex &s) const
{
    QJsonObject e{{QStringLiteral("type"), s.data(TimelineModel::TypeRole).toString()},
                  {QStringLiteral("sender"), s.data(TimelineModel::SenderRole).toString()},
                  {QStringLiteral("content"),
                   QJsonObject::fromVariantMap(s.data(TimelineModel::LatestContentRole).toMap())}};
    if (s.data(TimelineModel::IsStateRole).toBool())
        e.insert(QStringLiteral("state_key"), s.data(TimelineModel::StateKeyRole).toString());
    if (s.data(TimelineModel::IsRedactedRole).toBool())
        e.insert(QStringLiteral("unsigned"),
                 QJsonObject{{QStringLiteral("redacted_because"), QJsonObject()}});
    return e;
}

bool TimelineViewModel::isMember(int sourceRow) const
{
    return sourceRow >= 0 && sourceRow < m_source->rowCount() &&
           m_source->index(sourceRow, 0).data(TimelineModel::TypeRole).toString() ==
               QLatin1String("m.room.member");
}

bool TimelineViewModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (isMember(sourceRow) && isMember(sourceRow - 1))
        return false; // part of the run its first row summarises
    const QModelIndex s = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString type = s.data(TimelineModel::TypeRole).toString();
    if (type == QLatin1String("m.reaction") || type == QLatin1String("m.room.redaction"))
        return false;
    return s.data(TimelineModel::RelatesToRole).toMap().value(QStringLiteral("rel_type")).toString() !=
           QLatin1String("m.replace");
}

void TimelineViewModel::refreshReceipts()
{
    m_conversation.invalidateReceipts();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {ReadersRole, UnreadMarkerRole});
}

int TimelineViewModel::rowOfEvent(const QString &eventId) const
{
    for (int r = m_source->rowOfEvent(eventId); r >= 0; --r)
        if (const QModelIndex p = mapFromSource(m_source->index(r, 0)); p.isValid())
            return p.row();
    return -1;
}

void TimelineViewModel::refreshNames()
{
    m_names.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {DisplayTextRole});
}

QString TimelineViewModel::memberName(const QString &userId) const
{
    auto it = m_names.constFind(userId);
    if (it == m_names.constEnd()) {
        auto info = memberInfo(m_db, m_source->roomId(), userId);
        it = m_names.insert(userId, info ? info->displayName : QString()); // empty: eventSummary shows the ID
    }
    return *it;
}

QString TimelineViewModel::kindAt(const QModelIndex &index) const
{
    return data(index, KindRole).toString();
}

QVariant TimelineViewModel::data(const QModelIndex &index, int role) const
{
    if (role < DisplayTextRole)
        return QSortFilterProxyModel::data(index, role);
    const QModelIndex s = mapToSource(index);
    if (!s.isValid())
        return {};
    if (role == MediaRole)
        return mediaRole(s.data(TimelineModel::TypeRole).toString(),
                         s.data(TimelineModel::ContentRole).toMap(),
                         s.data(TimelineModel::IsRedactedRole).toBool(), m_encryptedFiles);
    switch (role) {
    case DisplayTextRole:
        if (isMember(s.row()) && isMember(s.row() + 1)) {
            QList<QJsonObject> run;
            for (int r = s.row(); isMember(r); ++r)
                run.append(eventJson(m_source->index(r, 0)));
            return collapseMembershipRun(run, [this](const QString &userId) { return memberName(userId); });
        }
        [[fallthrough]];
    case IsRichTextRole:
    case KindRole: {
        if (s.data(TimelineModel::TypeRole).toString() == QLatin1String("m.room.encrypted") &&
            !s.data(TimelineModel::IsRedactedRole).toBool()) {
            // Not (yet) decrypted: say why; the row turns into the message once its key arrives.
            const QString why = s.data(TimelineModel::DecryptionErrorRole).toString();
            if (role == DisplayTextRole)
                return why.isEmpty() ? tr("Encrypted message: waiting for the key to read it…")
                                     : tr("Unable to decrypt this message: %1").arg(why);
            if (role == IsRichTextRole)
                return false;
            return kindName(EventDisplay::Kind::Notice);
        }
        const EventDisplay d = displayEvent(
            eventJson(s), s.data(TimelineModel::SenderDisplayNameRole).toString(),
            [this](const QString &userId) { return memberName(userId); }, appSanitizeOptions());
        if (role == DisplayTextRole)
            return d.text;
        if (role == IsRichTextRole)
            return d.rich;
        return kindName(d.kind);
    }
    case TimeTextRole:
        return QLocale().toString(s.data(TimelineModel::TimestampRole).toDateTime().toLocalTime().time(),
                                  QLocale::ShortFormat);
    case DayLabelRole: {
        const QDate day = s.data(TimelineModel::TimestampRole).toDateTime().toLocalTime().date();
        if (index.row() > 0) {
            const QDate prev = mapToSource(this->index(index.row() - 1, 0))
                                   .data(TimelineModel::TimestampRole)
                                   .toDateTime()
                                   .toLocalTime()
                                   .date();
            if (prev == day)
                return QString();
        }
        return QLocale().toString(day, QLocale::LongFormat);
    }
    case ShowSenderRole: {
        if (index.row() == 0 || kindAt(index) == QLatin1String("summary"))
            return true;
        const QModelIndex prevIndex = this->index(index.row() - 1, 0);
        const QModelIndex p = mapToSource(prevIndex);
        if (kindAt(prevIndex) == QLatin1String("summary") ||
            p.data(TimelineModel::SenderRole) != s.data(TimelineModel::SenderRole))
            return true;
        const QDateTime a = p.data(TimelineModel::TimestampRole).toDateTime();
        const QDateTime b = s.data(TimelineModel::TimestampRole).toDateTime();
        return a.toLocalTime().date() != b.toLocalTime().date() || a.msecsTo(b) > kGroupGapMs;
    }
    case ReplyRole:
        return m_conversation.reply(s.row());
    case ReactionChipsRole:
        return m_conversation.reactionChips(s.row());
    case ReadersRole:
        return m_conversation.readers(s.row());
    case UnreadMarkerRole:
        return m_conversation.unreadMarkerBelow(s.row());
    case IsOwnRole:
        return s.data(TimelineModel::SenderRole).toString() == m_source->ownUserId();
    case CanEditRole:
        return s.data(TimelineModel::SenderRole).toString() == m_source->ownUserId() &&
               s.data(TimelineModel::TypeRole).toString() == QLatin1String("m.room.message") &&
               !s.data(TimelineModel::IsRedactedRole).toBool() &&
               !s.data(TimelineModel::EventIdRole).toString().isEmpty() &&
               kindAt(index) != QLatin1String("summary");
    case PlainTextRole:
        return m_conversation.plainText(s.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineViewModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(DisplayTextRole, "displayText");
    names.insert(IsRichTextRole, "isRichText");
    names.insert(KindRole, "kind");
    names.insert(ShowSenderRole, "showSender");
    names.insert(DayLabelRole, "dayLabel");
    names.insert(TimeTextRole, "timeText");
    names.insert(MediaRole, "media");
    names.insert(ReplyRole, "reply");
    names.insert(ReactionChipsRole, "reactionChips");
    names.insert(ReadersRole, "readers");
    names.insert(UnreadMarkerRole, "unreadMarker");
    names.insert(IsOwnRole, "isOwn");
    names.insert(CanEditRole, "canEdit");
    names.insert(PlainTextRole, "plainText");
    return names;
}

} // namespace lattice::desktop
