#pragma once
// The open room's timeline as QML shows it: reactions, edits and redaction events hidden, and
// per-row roles with ready-to-show text, so nothing in QML knows the protocol.
#include "conversation_roles.h"
#include "encrypted_files.h"
#include "models/timeline_model.h"

#include <QSortFilterProxyModel>

namespace lattice::desktop {

class TimelineViewModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role {
        DisplayTextRole = TimelineModel::SendErrorRole + 100,
        IsRichTextRole,    // displayText is sanitised HTML
        KindRole,          // "message", "emote", "notice" or "summary" (a centred one-line sentence)
        ShowSenderRole,    // first of a run of messages from one sender: show the name and avatar
        DayLabelRole,      // non-empty on the first row of a day: "Monday, 23 November 2026"
        TimeTextRole,      // "14:05"
        ReplyRole,         // the quoted original: {eventId, senderName, text, state}; empty if not a reply
        ReactionChipsRole, // [{key, count, reactedByMe, toolTip}]
        ReadersRole,       // [{userId, name, avatarUrl}]: members whose latest read event is this row
        UnreadMarkerRole,  // draw the "New messages" line below this row
        IsOwnRole,         // sent by the own user
        CanEditRole,       // an own text message that is not redacted: offer "Edit"
        PlainTextRole,     // the message's text (latest edit, no reply fallback), for copying and editing
    };
    // The attachment of an image, sticker, video, audio or file row, as a map (media_roles.h).
    enum MediaRoles { MediaRole = TimelineModel::SendErrorRole + 300 };

    // `db` (the GUI thread's reader) names the users state events mention.
    TimelineViewModel(TimelineModel *source, Database &db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // False: the room view pages in older history itself when scrolled near the top. A list view
    // would ask once its last row (the newest) is made, i.e. on every open, for a page off screen.
    bool canFetchMore(const QModelIndex &) const override { return false; }
    TimelineModel *timeline() const { return m_source; }
    // Members' names may have changed (a sync touched the room's state): show them again.
    void refreshNames();
    // Read receipts may have moved (after a sync): the avatars and the unread line are shown again.
    void refreshReceipts();
    // The view's row of an event (hidden events: the nearest shown row above), or -1.
    int rowOfEvent(const QString &eventId) const;
    ConversationRoles &conversation() { return m_conversation; }
    const ConversationRoles &conversation() const { return m_conversation; }
    // Where the media role puts encrypted attachments (may stay null; it outlives this model).
    void setEncryptedFiles(EncryptedFiles *files) { m_encryptedFiles = files; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QJsonObject eventJson(const QModelIndex &sourceIndex) const;
    QString kindAt(const QModelIndex &index) const;
    QString memberName(const QString &userId) const;
    bool isMember(int sourceRow) const; // an m.room.member event

    TimelineModel *m_source;
    Database &m_db;
    mutable QHash<QString, QString> m_names; // forgotten when rows arrive, as names may have changed
    ConversationRoles m_conversation;
    EncryptedFiles *m_encryptedFiles = nullptr;
};

} // namespace lattice::desktop
