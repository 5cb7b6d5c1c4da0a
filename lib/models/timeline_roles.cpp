// TimelineModel's roles: what each row shows.
#include "timeline_model.h"

#include "protocol/event.h"

#include <QDateTime>
#include <QJsonDocument>

namespace lattice {

const MemberRow &TimelineModel::sender(const QString &userId) const
{
    auto it = m_senders.find(userId);
    if (it == m_senders.end()) {
        auto info = memberInfo(m_db, m_roomId, userId);
        MemberRow fallback;
        fallback.userId = userId;
        fallback.displayName = userId;
        it = m_senders.insert(userId, info ? *info : fallback);
    }
    return *it;
}

void TimelineModel::forgetSenders()
{
    m_senders.clear();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1),
                           {SenderDisplayNameRole, SenderAvatarUrlRole});
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const QJsonObject content = event::content(r.json);
    switch (role) {
    case EventIdRole:
        return event::eventId(r.json);
    case TxnIdRole:
        return r.txnId;
    case SenderRole:
        return event::sender(r.json);
    case Qt::DisplayRole:
    case BodyRole:
        return content.value(QLatin1String("body")).toString();
    case SenderDisplayNameRole:
        return sender(event::sender(r.json)).displayName;
    case SenderAvatarUrlRole:
        return sender(event::sender(r.json)).avatarUrl;
    case TypeRole:
        return event::type(r.json);
    case MsgtypeRole:
        return content.value(QLatin1String("msgtype")).toString();
    case FormatRole:
        return content.value(QLatin1String("format")).toString();
    case FormattedBodyRole:
        return content.value(QLatin1String("formatted_body")).toString();
    case ContentRole:
        return content.toVariantMap();
    case RelatesToRole:
        return content.value(QLatin1String("m.relates_to")).toObject().toVariantMap();
    case StateKeyRole:
        return event::isState(r.json) ? QVariant(event::stateKey(r.json)) : QVariant();
    case IsStateRole:
        return event::isState(r.json);
    case IsRedactedRole:
        return event::isRedacted(r.json);
    case TimestampRole:
        return QDateTime::fromMSecsSinceEpoch(event::originServerTs(r.json));
    case SendStateRole:
        switch (r.state) {
        case SendState::Remote:
            return QStringLiteral("remote");
        case SendState::Queued:
            return QStringLiteral("queued");
        case SendState::Sent:
            return QStringLiteral("sent");
        case SendState::Failed:
            return QStringLiteral("failed");
        }
        return {};
    case SendErrorRole:
        return r.error;
    case DecryptedRole:
        return r.decrypted;
    case SenderTrustRole:
        return r.senderTrust;
    case DecryptionErrorRole:
        return r.decryptionError;
    case PrevContentRole:
        return event::prevContent(r.json).toVariantMap();
    case LatestContentRole:
    case IsEditedRole: {
        const QString id = event::eventId(r.json);
        const relations::DisplayedContent shown =
            relations::applyEdits(r.json, id.isEmpty() ? QList<QJsonObject>() : relations().edits(id));
        return role == IsEditedRole ? QVariant(shown.edited) : QVariant(shown.content.toVariantMap());
    }
    case ReactionsRole: {
        const QString id = event::eventId(r.json);
        if (id.isEmpty())
            return QVariantList();
        QVariantList out;
        for (const relations::ReactionGroup &g :
             relations::aggregateReactions(relations().reactions(id), m_ownUserId))
            out.append(QVariantMap{{QStringLiteral("key"), g.key},
                                   {QStringLiteral("count"), g.count},
                                   {QStringLiteral("senders"), g.senders},
                                   {QStringLiteral("ownEventId"), g.ownEventId}});
        return out;
    }
    case InReplyToRole: {
        const relations::RelatesTo rel = relations::parseRelatesTo(content);
        return rel.isReply() ? rel.inReplyTo : QString();
    }
    case SourceRole:
        return QString::fromUtf8(QJsonDocument(r.json).toJson(QJsonDocument::Indented));
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        {EventIdRole, "eventId"},
        {TxnIdRole, "txnId"},
        {SenderRole, "sender"},
        {SenderDisplayNameRole, "senderDisplayName"},
        {SenderAvatarUrlRole, "senderAvatarUrl"},
        {TypeRole, "type"},
        {MsgtypeRole, "msgtype"},
        {BodyRole, "body"},
        {FormatRole, "format"},
        {FormattedBodyRole, "formattedBody"},
        {ContentRole, "content"},
        {RelatesToRole, "relatesTo"},
        {StateKeyRole, "stateKey"},
        {IsStateRole, "isState"},
        {IsRedactedRole, "isRedacted"},
        {TimestampRole, "timestamp"},
        {SendStateRole, "sendState"},
        {SendErrorRole, "sendError"},
        {DecryptedRole, "decrypted"},
        {SenderTrustRole, "senderTrust"},
        {DecryptionErrorRole, "decryptionError"},
        {PrevContentRole, "prevContent"},
        {LatestContentRole, "latestContent"},
        {IsEditedRole, "isEdited"},
        {ReactionsRole, "reactions"},
        {InReplyToRole, "inReplyTo"},
        {SourceRole, "source"},
    };
}

} // namespace lattice
