#include "tray_icon.h"

#include <QAction>
#include <QFont>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace lattice::desktop {

namespace {
constexpr int kIconSize = 64;
const QColor kBadgeColor(0xd9, 0x30, 0x25);
} // namespace

TrayIcon::TrayIcon(QIcon appIcon, QObject *parent)
    : QObject(parent), m_appIcon(std::move(appIcon)), m_menu(std::make_unique<QMenu>())
{
    m_toggle = m_menu->addAction(tr("Hide Lattice"));
    connect(m_toggle, &QAction::triggered, this, &TrayIcon::toggleWindowRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);

    m_tray = new QSystemTrayIcon(m_appIcon, this);
    m_tray->setContextMenu(m_menu.get());
    m_tray->setToolTip(tr("Lattice"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_messageRoomId.isEmpty())
            Q_EMIT messageClicked(m_messageRoomId);
    });
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QIcon TrayIcon::badgedIcon(const QIcon &appIcon, int count)
{
    QPixmap pixmap = appIcon.pixmap(kIconSize, kIconSize);
    if (pixmap.isNull()) {
        pixmap = QPixmap(kIconSize, kIconSize);
        pixmap.fill(Qt::transparent);
    }
    if (count <= 0)
        return QIcon(pixmap);
    const QString label = count > 99 ? QStringLiteral("99+") : QString::number(count);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setBold(true);
    font.setPixelSize(label.size() > 2 ? 20 : 26);
    p.setFont(font);
    const int h = 36;
    const int w = std::max(h, p.fontMetrics().horizontalAdvance(label) + 12);
    const QRectF badge(pixmap.width() - w, 0, w, h);
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(kBadgeColor);
    p.drawRoundedRect(badge.adjusted(1, 1, -1, -1), h / 2.0, h / 2.0);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, label);
    p.end();
    return QIcon(pixmap);
}

void TrayIcon::show()
{
    m_tray->show();
}

void TrayIcon::setUnreadCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    m_tray->setIcon(badgedIcon(m_appIcon, count));
    m_tray->setToolTip(count > 0 ? tr("Lattice: %n unread", nullptr, count) : tr("Lattice"));
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

void TrayIcon::setWindowVisible(bool visible)
{
    m_toggle->setText(visible ? tr("Hide Lattice") : tr("Show Lattice"));
}

void TrayIcon::showMessage(const QString &title, const QString &body, const QString &roomId)
{
    m_messageRoomId = roomId;
    m_tray->showMessage(title, body, m_appIcon);
}

} // namespace lattice::desktop
