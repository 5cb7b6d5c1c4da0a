#pragma once
// Looking for one event further back than the store reaches (the original of a reply): pages of
// history come from the server until the event is stored, the room's start is reached or the page
// budget is spent. The search shows as "searching history" and the user may cancel it.
#include <QObject>
#include <memory>

namespace lattice {
class Session;
}

namespace lattice::desktop {

class HistorySearch : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
public:
    // `session` outlives this object.
    HistorySearch(Session &session, const QString &roomId, QObject *parent = nullptr);
    ~HistorySearch() override;

    bool searching() const { return m_searching; }
    // Starts looking for `eventId` (a search in progress for another event is given up).
    void start(const QString &eventId);
    // Stops waiting: pages already requested are still stored, but nothing is reported.
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void searchingChanged();
    // The event is in the store now.
    void found(const QString &eventId);
    // The room's history ended, the budget ran out or the server failed: `message` says which.
    void notFound(const QString &eventId, const QString &message);

private:
    void setSearching(bool on);

    Session &m_session;
    QString m_roomId;
    bool m_searching = false;
    // Each search has its own flag: a cancelled one's late answer is recognised and dropped.
    std::shared_ptr<bool> m_cancelled;
};

} // namespace lattice::desktop
