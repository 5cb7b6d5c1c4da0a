#pragma once
// People to start a chat with or invite, as the user types: POST /user_directory/search a moment
// after the last keystroke, with a typed full user ID always offered first.
#include "client/people.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

namespace lattice::desktop {

class UserDirectoryModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { UserIdRole = Qt::UserRole + 1, DisplayNameRole, AvatarUrlRole };
    static constexpr int kDebounceMs = 250;
    static constexpr int kLimit = 20;

    explicit UserDirectoryModel(Session &session, QObject *parent = nullptr);
    ~UserDirectoryModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void queryChanged();
    void busyChanged();
    void errorTextChanged();
    void countChanged();
    // A search finished and the rows show its results.
    void searched();

private:
    void search();
    void setRows(std::vector<Profile> rows);
    void setBusy(bool busy);
    void setErrorText(const QString &text);

    Session &m_session;
    QString m_query;
    QTimer m_debounce;
    QPointer<PendingRequest> m_pending;
    std::vector<Profile> m_rows;
    bool m_busy = false;
    QString m_errorText;
};

} // namespace lattice::desktop
