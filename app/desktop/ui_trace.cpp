#include "ui_trace.h"

#include "app_controller.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <algorithm>
#include <cstdio>

namespace lattice::desktop {

namespace {
// Searches the visual tree: QML items are not always QObject children of their visual parent.
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item == nullptr || item->objectName() == name)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}
} // namespace

UiTrace::UiTrace(AppController &controller, QQuickWindow &window, QElapsedTimer sinceMain, QObject *parent)
    : QObject(parent), m_controller(controller), m_window(window), m_clock(sinceMain)
{
    connect(&controller, &AppController::pageChanged, this, &UiTrace::onPageChanged);
    connect(&controller, &AppController::currentRoomChanged, this, &UiTrace::onRoomChanged);
    connect(&controller, &AppController::roomsLoadedChanged, this, [this] {
        if (m_controller.roomsLoaded())
            print(QStringLiteral("rooms-loaded rows=%1").arg(m_controller.rooms()->rowCount()));
    });
    m_scrollMs = qEnvironmentVariableIntValue("LATTICE_TRACE_SCROLL_MS");
    // frameSwapped comes from the render thread; queue it to ours, where the models live.
    connect(&window, &QQuickWindow::frameSwapped, this, &UiTrace::onFrameSwapped, Qt::QueuedConnection);
    onPageChanged();
}

void UiTrace::print(const QString &line) const
{
    std::printf("%lld %s\n", static_cast<long long>(m_clock.elapsed()), qPrintable(line));
    std::fflush(stdout);
}

void UiTrace::onPageChanged()
{
    print(QStringLiteral("page ") + m_controller.page());
    m_window.update(); // so a frame follows even when nothing else changed
}

void UiTrace::onRoomChanged()
{
    if (QAbstractItemModel *old = m_timeline.data())
        old->disconnect(this);
    m_timeline = nullptr;
    m_roomShown = false;
    RoomController *room = m_controller.room();
    m_roomId = room ? room->roomId() : QString();
    if (!room)
        return;
    m_roomClock.start();
    print(QStringLiteral("room-selected ") + m_roomId);
    m_timeline = room->timeline();
    auto changed = [this] {
        if (m_roomShown)
            print(QStringLiteral("timeline ") + m_roomId + QLatin1Char(' ') + timelineFields());
        m_window.update();
    };
    connect(m_timeline, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_timeline, &QAbstractItemModel::modelReset, this, changed);
    m_window.update();
}

void UiTrace::onFrameSwapped()
{
    if (m_scrolling) {
        m_frameNs << m_frameClock.nsecsElapsed();
        m_frameClock.start();
        m_window.update(); // keep frames coming while the flick animates
    }
    if (!m_roomListShown && m_controller.pageValue() == AppController::Page::Rooms &&
        m_controller.rooms()->rowCount() > 0) {
        m_roomListShown = true;
        print(QStringLiteral("room-list-shown rows=%1").arg(m_controller.rooms()->rowCount()));
    }
    QAbstractItemModel *timeline = m_timeline.data();
    if (!m_roomShown && timeline != nullptr && timeline->rowCount() > 0) {
        m_roomShown = true;
        print(QStringLiteral("room-shown %1 %2 ms=%3")
                  .arg(m_roomId, timelineFields())
                  .arg(m_roomClock.elapsed()));
        if (m_scrollMs > 0)
            QTimer::singleShot(500, this, &UiTrace::startScrolling); // let the first layout settle
    }
}

void UiTrace::startScrolling()
{
    QQuickItem *view = findItem(m_window.contentItem(), QStringLiteral("timelineView"));
    if (view == nullptr) {
        print(QStringLiteral("scroll error=no-timeline-view"));
        return;
    }
    m_scrolling = true;
    m_frameClock.start();
    // Flick towards older messages, then back, alternating, as a person skimming would.
    auto flick = new QTimer(this);
    int step = 0;
    connect(flick, &QTimer::timeout, this, [view, step]() mutable {
        const qreal velocity = (step++ % 4 < 3) ? 3000.0 : -6000.0;
        QMetaObject::invokeMethod(view, "flick", Q_ARG(qreal, 0.0), Q_ARG(qreal, velocity));
    });
    flick->start(400);
    QTimer::singleShot(m_scrollMs, this, [this, flick] {
        flick->stop();
        finishScrolling();
    });
}

void UiTrace::finishScrolling()
{
    m_scrolling = false;
    QList<qint64> ns = m_frameNs;
    std::sort(ns.begin(), ns.end());
    auto ms = [&ns](double q) {
        return ns.isEmpty()
                   ? 0.0
                   : double(ns.at(std::min<qsizetype>(ns.size() - 1, qsizetype(q * double(ns.size()))))) /
                         1e6;
    };
    print(QStringLiteral("scroll frames=%1 median_ms=%2 p95_ms=%3 max_ms=%4")
              .arg(ns.size())
              .arg(ms(0.5), 0, 'f', 2)
              .arg(ms(0.95), 0, 'f', 2)
              .arg(ns.isEmpty() ? 0.0 : double(ns.last()) / 1e6, 0, 'f', 2));
    QCoreApplication::quit();
}

QString UiTrace::timelineFields() const
{
    QAbstractItemModel *timeline = m_timeline.data();
    if (timeline == nullptr)
        return QStringLiteral("rows=0 last=-");
    const int rows = timeline->rowCount();
    QString last;
    if (rows > 0) {
        const int role = timeline->roleNames().key(QByteArrayLiteral("eventId"), -1);
        last = timeline->index(rows - 1, 0).data(role).toString();
    }
    return QStringLiteral("rows=%1 last=%2").arg(rows).arg(last.isEmpty() ? QStringLiteral("-") : last);
}

} // namespace lattice::desktop
