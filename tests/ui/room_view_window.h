#pragma once
// The app's RoomView in a real window, for live UI tests: a holder gives QML the open
// RoomController (a new controller is the room opened again); the window finds items by object
// name, tells what the timeline shows, clicks, and saves light and dark screenshots.
#include "color_scheme.h"

#include <QPalette>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickWindow>

#include <QTest>
#include <algorithm>

namespace lattice::test {

// Gives QML the open room.
class RoomHolder : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QObject *room READ room NOTIFY roomChanged)
public:
    QObject *room() const { return m_room; }
    void setRoom(QObject *room)
    {
        m_room = room;
        Q_EMIT roomChanged();
    }
Q_SIGNALS:
    void roomChanged();

private:
    QObject *m_room = nullptr;
};

// Sets the window's palette roles (Qt Quick Controls read the window's, as the app's --dark does).
inline void setWindowPalette(QQuickWindow *window, const QPalette &from)
{
    auto *palette = window->property("palette").value<QObject *>();
    if (!palette)
        return;
    const std::pair<const char *, QPalette::ColorRole> roles[] = {
        {"window", QPalette::Window},
        {"windowText", QPalette::WindowText},
        {"base", QPalette::Base},
        {"alternateBase", QPalette::AlternateBase},
        {"text", QPalette::Text},
        {"button", QPalette::Button},
        {"buttonText", QPalette::ButtonText},
        {"highlight", QPalette::Highlight},
        {"highlightedText", QPalette::HighlightedText},
        {"placeholderText", QPalette::PlaceholderText},
        {"mid", QPalette::Mid},
        {"dark", QPalette::Dark},
        {"light", QPalette::Light},
        {"link", QPalette::Link}};
    for (const auto &[name, role] : roles)
        palette->setProperty(name, from.color(QPalette::Active, role));
}

// `name`-light.png and `name`-dark.png in $LATTICE_SCREENSHOT_DIR, when set.
inline void saveShots(QQuickWindow *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("LATTICE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(window->grabWindow().save(QStringLiteral("%1/%2-light.png").arg(dir, name)));
    setWindowPalette(window, desktop::darkPalette());
    QTest::qWait(100);
    QVERIFY(window->grabWindow().save(QStringLiteral("%1/%2-dark.png").arg(dir, name)));
    setWindowPalette(window, desktop::lightPalette());
}

inline void collectNamed(QQuickItem *item, QLatin1String name, QList<QQuickItem *> &out)
{
    if (item->objectName() == name)
        out.append(item);
    for (QQuickItem *child : item->childItems())
        collectNamed(child, name, out);
}

// The room view in a window, showing whatever controller `holder.room` points at.
class RoomViewWindow
{
public:
    explicit RoomViewWindow(RoomHolder *holder)
    {
        m_engine.addImportPath(QStringLiteral("qrc:/"));
        m_engine.rootContext()->setContextProperty(QStringLiteral("holder"), holder);
        m_engine.loadData(R"(
            import QtQuick
            import QtQuick.Controls
            import Lattice
            ApplicationWindow {
                width: 560; height: 520; visible: true
                RoomView { anchors.fill: parent; room: holder.room }
            })");
        if (m_engine.rootObjects().size() == 1)
            window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().first());
    }
    QQuickItem *find(const char *name) const
    {
        return window ? window->findChild<QQuickItem *>(QLatin1String(name)) : nullptr;
    }
    // The items named `name` shown inside the timeline's viewport (list delegates are in the visual
    // tree, not QObject children of the window), from the top of the view down.
    QList<QQuickItem *> shownInTimeline(const char *name) const
    {
        QList<QQuickItem *> shown;
        QQuickItem *list = find("timelineView");
        if (!list)
            return shown;
        const QRectF viewport = list->mapRectToScene(QRectF(0, 0, list->width(), list->height()));
        QList<QQuickItem *> items;
        collectNamed(window->contentItem(), QLatin1String(name), items);
        for (QQuickItem *item : items) {
            if (!item->isVisible() || item->height() <= 0)
                continue;
            const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
            if (viewport.contains(r.center()))
                shown.append(item);
        }
        std::sort(shown.begin(), shown.end(), [](QQuickItem *a, QQuickItem *b) {
            return a->mapToScene(QPointF()).y() < b->mapToScene(QPointF()).y();
        });
        return shown;
    }
    bool pillShown() const
    {
        QQuickItem *pill = find("jumpToUnreadPill");
        return pill && pill->isVisible() && pill->opacity() > 0.99;
    }
    void click(const char *name) const
    {
        QQuickItem *item = find(name);
        QVERIFY(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    }

    QQuickWindow *window = nullptr;

private:
    QQmlApplicationEngine m_engine;
};

} // namespace lattice::test
