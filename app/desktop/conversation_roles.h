#pragma once
// The conversation around each timeline row, ready for QML: the quoted original of a reply,
// reaction chips with who reacted, whose read receipts sit on the row, and where the "New
// messages" line goes. Reads the store for what the window does not hold; the originals of
// replies that the store lacks are asked for (eventWanted) and shown as loading meanwhile.
#include "models/timeline_model.h"
#include "store/database.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>
#include <functional>

namespace lattice::desktop {

class ConversationRoles : public QObject
{
    Q_OBJECT
public:
    // `visible(sourceRow)` says whether the view shows that row (receipts and the marker move to
    // the nearest shown row above); `names` maps a user ID to a name (empty: show the ID).
    ConversationRoles(TimelineModel &timeline, Database &db, std::function<bool(int)> visible,
                      std::function<QString(const QString &)> names, QObject *parent = nullptr);

    // {eventId, senderName, text, state: "loaded" | "loading" | "missing"}, or empty if not a reply.
    QVariantMap reply(int sourceRow) const;
    // [{key, count, reactedByMe, toolTip}]
    QVariantList reactionChips(int sourceRow) const;
    // [{userId, name, avatarUrl}] of the members (not the own user) whose latest read event is
    // this row or a hidden row just below it.
    QVariantList readers(int sourceRow) const;
    // The "New messages" line goes below this row: it is the last shown row the user had read
    // when the room opened, and shown rows follow it.
    bool unreadMarkerBelow(int sourceRow) const;
    // The text of a row's message once edits and the reply fallback are taken off (copy, edit).
    QString plainText(int sourceRow) const;

    // A fetched original (or the failure to fetch it): the rows quoting it change.
    void setFetchedEvent(const QString &eventId, const QJsonObject &event);
    void setEventUnavailable(const QString &eventId);
    // Receipts may have changed (a sync arrived) or rows moved: computed again on demand.
    void invalidateReceipts() { m_receiptsDirty = true; }
    // The event the "New messages" line follows: m.fully_read as it was when the room opened (the
    // line stays there while the room is open), or what setFullyRead put there.
    QString fullyReadAtOpen() const { return m_fullyReadAtOpen; }
    void setFullyRead(const QString &eventId) { m_fullyReadAtOpen = eventId; }

    // Where the first unread message is, for "Jump to first unread".
    struct Unread
    {
        int markerRow = -1;        // the source row the line is drawn below, or -1
        bool beforeWindow = false; // the marker is older than the window: every row in it is unread
        int count = 0;             // messages (not state events) from others after the marker, in the window
        bool any() const { return markerRow >= 0 || beforeWindow; }
    };
    Unread unread() const;

Q_SIGNALS:
    void eventWanted(const QString &eventId);
    void rowsChanged(const QList<int> &sourceRows); // their reply quotes changed

private:
    struct Original
    {
        enum class State { Loading, Loaded, Missing } state = State::Loading;
        QJsonObject event;
    };
    QString nameOf(const QString &userId) const;
    QString summaryOf(const QJsonObject &event) const;
    int shownRowAtOrAbove(int sourceRow) const;
    bool fullyReadBeforeWindow() const;
    // The shown rows after `row` from someone else: whether there are any, and how many are messages.
    struct OthersAfter
    {
        bool any = false;
        int messages = 0;
    };
    OthersAfter othersAfter(int row) const;
    void computeReaders() const;
    void quotesOf(const QString &eventId);

    TimelineModel &m_timeline;
    Database &m_db;
    std::function<bool(int)> m_visible;
    std::function<QString(const QString &)> m_names;
    QString m_fullyReadAtOpen;
    mutable QHash<QString, Original> m_originals; // replies' originals outside the window
    mutable QHash<QString, QStringList> m_readersByEvent;
    mutable bool m_receiptsDirty = true;
};

} // namespace lattice::desktop
