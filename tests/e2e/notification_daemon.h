#pragma once
// A real notification service for the app under test: dunst, started on the test's X display in the
// test's private D-Bus session (tests/with-keyring), so that nothing D-Bus-activates one without a
// display. Its own config keeps every bubble on screen until closed and puts the urgency in the
// formatted message, which `dunstctl history` reports. Fails loudly (qFatal) when dunst is missing,
// there is no session bus or another service already owns the name.
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace lattice::test {

class XSession;

class NotificationDaemon
{
public:
    explicit NotificationDaemon(const XSession &x);
    ~NotificationDaemon();
    NotificationDaemon(const NotificationDaemon &) = delete;
    NotificationDaemon &operator=(const NotificationDaemon &) = delete;

    struct Shown
    {
        int id = 0;
        QString appName;
        QString summary;
        QString body;          // as sent: with body markup, text is HTML-escaped
        QString urgency;       // low, normal or critical
        QString defaultAction; // empty when the sender offered none
    };

    // Bubbles on screen now (dunstctl count displayed), or -1 when dunstctl fails.
    int displayedCount();
    // Invokes the default action of the newest bubble on screen (dunstctl action 0).
    bool invokeNewestAction();
    // Closes every bubble on screen: they move to the history.
    bool closeAll();
    // Everything closed so far, newest first (what `dunstctl history` prints).
    QList<Shown> history(bool *ok = nullptr);

private:
    bool dunstctl(const QStringList &args, QByteArray *out = nullptr);

    QProcessEnvironment m_env;
    QTemporaryDir m_configDir;
    QProcess m_dunst;
};

} // namespace lattice::test
