#pragma once
// A real system tray for the app under test: trayer, an XEmbed tray (the _NET_SYSTEM_TRAY_S0
// selection owner) docked on the test's X display. Finds the icons embedded in it and grabs their
// pixels. Fails loudly (qFatal) when trayer or the X tools are missing or the tray never appears.
#include <QImage>
#include <QProcess>
#include <QString>

namespace lattice::test {

class XSession;

class TrayHost
{
public:
    explicit TrayHost(const XSession &x);
    ~TrayHost();
    TrayHost(const TrayHost &) = delete;
    TrayHost &operator=(const TrayHost &) = delete;

    // The X window ID ("0x...") of a client embedded in the tray whose WM_CLASS line in
    // `xwininfo -tree` matches `classRegex`, once there is one; empty on timeout.
    QString embeddedWindow(const QString &classRegex, int timeoutMs = 30000) const;
    // Whether the window carries _XEMBED_INFO (it speaks XEmbed to its tray).
    bool speaksXEmbed(const QString &window) const;
    // The window's pixels as the tray shows them (null on failure).
    QImage grab(const QString &window) const;
    // The tray's own window tree, for failure messages.
    QString tree() const;

private:
    QString panelWindow() const;

    const XSession &m_x;
    QProcess m_trayer;
    QString m_panel;
};

} // namespace lattice::test
