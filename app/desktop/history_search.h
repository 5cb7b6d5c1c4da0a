#pragma once
// Looking for one event further back than the store reaches (the original of a reply): pages of
// history come from the server until the event is stored, the room's start is reached or the page
// budget is spent. The search shows as "searching history" and the user may cancel it; a search
// that ends without the event leaves its reason (`failure`) until dismissed.
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
    // Why the last search ended without the event (a sentence), or empty.
    Q_PROPERTY(QString failure READ failure NOTIFY failureChanged)
public:
    // `session` outlives this object.
    HistorySearch(Session &session, const QString &roomId, QObject *parent = nullptr);
    ~HistorySearch() override;

    bool searching() const { return m_searching; }
    QString failure() const { return m_failure; }
    // Starts looking for `eventId` (a search in progress for another event is given up).
    void start(const QString &eventId);
    // Stops waiting: pages already requested are still stored, but nothing is reported.
    Q_INVOKABLE void cancel();
    // The user has read `failure`.
    Q_INVOKABLE void dismiss() { setFailure({}); }

Q_SIGNALS:
    void searchingChanged();
    void failureChanged();
    // The event is in the store now.
    void found(const QString &eventId);
    // The room's history ended, the budget ran out or the server failed: `message` says which.
    void notFound(const QString &eventId, const QString &message);

private:
    void setSearching(bool on);
    void setFailure(const QString &failure);

    Session &m_session;
    QString m_roomId;
    bool m_searching = false;
    QString m_failure;
    // Each search has its own flag: a cancelled one's late answer is recognised and dropped.
    std::shared_ptr<bool> m_cancelled;
};

} // namespace lattice::desktop
