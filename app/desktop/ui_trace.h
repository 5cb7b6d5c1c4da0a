#pragma once
// --trace-ui (hidden): one line on stdout per milestone of the visible UI, for the end-to-end
// test and the benchmarks, which need to know when something is on screen rather than merely
// loaded. Each line is "<ms since main() began> <event> <fields>"; it carries IDs and counts,
// never message text. Events:
//   page NAME                        the controller switched pages (opening, login, rooms, failed)
//   room-list-shown rows=N           first frame with a non-empty room list
//   room-selected ROOM_ID            a room was opened
//   room-shown ROOM_ID rows=N last=EVENT_ID ms=M   first frame showing that room's timeline, M ms after
//   selecting it timeline ROOM_ID rows=N last=EVENT_ID          the open room's timeline changed afterwards
//   tray unread=N tooltip=TEXT       the tray icon's unread total and tooltip changed (printed by main.cpp)
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;
class QQuickWindow;

namespace lattice::desktop {

class AppController;

class UiTrace : public QObject
{
    Q_OBJECT
public:
    // `sinceMain` was started as main() began: the times include loading the QML.
    UiTrace(AppController &controller, QQuickWindow &window, QElapsedTimer sinceMain,
            QObject *parent = nullptr);

    // Milliseconds since main() began (for other hidden measuring options).
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    void print(const QString &line) const;

private:
    void onPageChanged();
    void onRoomChanged();
    void onFrameSwapped();
    QString timelineFields() const;
    void startScrolling();
    void finishScrolling();

    AppController &m_controller;
    QQuickWindow &m_window;
    QElapsedTimer m_clock;
    QElapsedTimer m_roomClock;
    QPointer<QAbstractItemModel> m_timeline;
    QString m_roomId;
    bool m_roomListShown = false;
    bool m_roomShown = false;
    int m_scrollMs = 0; // LATTICE_TRACE_SCROLL_MS; 0: no scrolling benchmark
    bool m_scrolling = false;
    QElapsedTimer m_frameClock;
    QList<qint64> m_frameNs; // intervals between frames while scrolling
};

} // namespace lattice::desktop
