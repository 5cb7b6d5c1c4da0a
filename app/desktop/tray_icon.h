#pragma once
// The system tray icon: the app icon with the unread total painted on it, a menu (Show/Hide,
// Quit), and the balloon fallback for notifications when no notification service runs.
#include <QIcon>
#include <QObject>
#include <memory>

class QMenu;
class QAction;
class QSystemTrayIcon;

namespace lattice::desktop {

class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QIcon appIcon, QObject *parent = nullptr);
    ~TrayIcon() override;

    // Whether the desktop has a tray to put this in (false under the offscreen platform).
    static bool isAvailable();
    // The app icon with `count` painted in a badge (none at 0; "99+" above 99).
    static QIcon badgedIcon(const QIcon &appIcon, int count);

    void show();
    void setUnreadCount(int count);
    int unreadCount() const { return m_count; }
    // The tooltip shown on hover ("Lattice: 3 unread").
    QString toolTip() const;
    // Switches the menu entry between "Show Lattice" and "Hide Lattice".
    void setWindowVisible(bool visible);
    // A balloon message; clicking it emits messageClicked(roomId).
    void showMessage(const QString &title, const QString &body, const QString &roomId);

Q_SIGNALS:
    void toggleWindowRequested();
    void quitRequested();
    void messageClicked(const QString &roomId);

private:
    QIcon m_appIcon;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_toggle = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    int m_count = 0;
    QString m_messageRoomId;
};

} // namespace lattice::desktop
