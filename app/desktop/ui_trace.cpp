#include "ui_trace.h"

#include "app_controller.h"

#include <QAbstractItemModel>
#include <QQuickWindow>
#include <cstdio>

namespace lattice::desktop {

UiTrace::UiTrace(AppController &controller, QQuickWindow &window, QObject *parent)
    : QObject(parent), m_controller(controller), m_window(window)
{
    m_clock.start();
    connect(&controller, &AppController::pageChanged, this, &UiTrace::onPageChanged);
    connect(&controller, &AppController::currentRoomChanged, this, &UiTrace::onRoomChanged);
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
    }
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
