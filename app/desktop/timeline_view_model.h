#pragma once
// The open room's timeline as QML shows it: reactions, edits and redaction events hidden, and
// per-row roles with ready-to-show text, so nothing in QML knows the protocol.
#include "models/timeline_model.h"

#include <QSortFilterProxyModel>

namespace lattice::desktop {

class TimelineViewModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role {
        DisplayTextRole = TimelineModel::SendErrorRole + 100,
        IsRichTextRole, // displayText is sanitised HTML
        KindRole,       // "message", "emote", "notice" or "summary" (a centred one-line sentence)
        ShowSenderRole, // first of a run of messages from one sender: show the name and avatar
        DayLabelRole,   // non-empty on the first row of a day: "Monday, 23 November 2026"
        TimeTextRole,   // "14:05"
    };
    // The attachment of an image, sticker, video, audio or file row, as a map (media_roles.h).
    enum MediaRoles { MediaRole = TimelineModel::SendErrorRole + 300 };

    // `db` (the GUI thread's reader) names the users state events mention.
    TimelineViewModel(TimelineModel *source, Database &db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    TimelineModel *timeline() const { return m_source; }
    // Members' names may have changed (a sync touched the room's state): show them again.
    void refreshNames();

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
};

} // namespace lattice::desktop
