#pragma once
// A private Xvfb display and the X tools that drive it: xdotool for the keyboard, ImageMagick's
// `import` for screenshots. Fails loudly (qFatal) when a tool is missing; tools/setup installs them.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace lattice::test {

class XSession
{
public:
    XSession();
    ~XSession();
    XSession(const XSession &) = delete;
    XSession &operator=(const XSession &) = delete;

    // ":N"
    QString display() const { return m_display; }
    // The environment for a program that should show on this display.
    QProcessEnvironment environment() const;

    // Waits until a visible window whose title matches `titleRegex` exists, then gives it the
    // keyboard focus (there is no window manager to do it). False on timeout.
    bool focusWindow(const QString &titleRegex, int timeoutMs = 30000);
    // Types text, then optionally presses keys (xdotool key names, e.g. "Return", "ctrl+k").
    bool type(const QString &text);
    bool key(const QString &keys);
    // Saves the visible window whose title matches `titleRegex` as PNG.
    bool screenshot(const QString &titleRegex, const QString &file);

    // Runs an X client on this display; false (with a warning, unless Quiet) when it fails or hangs.
    // Quiet: a failing exit is an expected answer (e.g. no window yet), not worth a warning.
    enum Noise { Loud, Quiet };
    bool run(const QString &program, const QStringList &args, int timeoutMs = 30000,
             QByteArray *out = nullptr, Noise noise = Loud) const;

private:
    QProcess m_xvfb;
    QString m_display;
};

} // namespace lattice::test
