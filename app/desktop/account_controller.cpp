#include "account_controller.h"

#include "client/people.h"
#include "image_upload.h"
#include "net/media_client.h"

namespace lattice::desktop {

AccountController::AccountController(Session &session, QObject *parent)
    : QObject(parent), m_session(session), m_people(session)
{}

AccountController::~AccountController()
{
    *m_alive = false;
}

QString AccountController::avatarUrl() const
{
    auto mxc = MxcUri::parse(m_avatarMxc);
    return mxc ? QStringLiteral("image://mxc/%1/%2?width=96&height=96&method=crop")
                     .arg(mxc->serverName, mxc->mediaId)
               : QString();
}

void AccountController::refreshProfile()
{
    if (m_session.userId().isEmpty())
        return;
    std::weak_ptr<bool> alive = m_alive;
    getProfile(m_session, m_session.userId(), [this, alive](Result<Profile> p) {
        if (alive.expired() || !p)
            return; // the menu keeps showing the user ID; nothing is lost
        m_displayName = p->displayName;
        m_avatarMxc = p->avatarUrl;
        Q_EMIT profileChanged();
    });
}

void AccountController::setDisplayName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Q_EMIT actionFailed(QStringLiteral("displayName"), tr("Enter a display name."));
    setBusy(true);
    std::weak_ptr<bool> alive = m_alive;
    lattice::setDisplayName(m_session, name, [this, alive, name](Status s) {
        if (alive.expired())
            return;
        setBusy(false);
        if (!s)
            return Q_EMIT actionFailed(
                QStringLiteral("displayName"),
                tr("Could not change your display name: %1").arg(s.error().describe()));
        m_displayName = name.trimmed();
        Q_EMIT profileChanged();
        Q_EMIT actionSucceeded(QStringLiteral("displayName"), QString());
    });
}

void AccountController::setAvatar(const QUrl &file)
{
    setBusy(true);
    std::weak_ptr<bool> alive = m_alive;
    auto fail = [this](const Error &e) {
        setBusy(false);
        Q_EMIT actionFailed(QStringLiteral("avatar"),
                            tr("Could not change your picture: %1").arg(e.describe()));
    };
    uploadImageFile(m_session, file, [this, alive, fail](Result<QString> mxc) {
        if (alive.expired())
            return;
        if (!mxc)
            return fail(mxc.error());
        setAvatarUrl(m_session, *mxc, [this, alive, fail, url = *mxc](Status s) {
            if (alive.expired())
                return;
            if (!s)
                return fail(s.error());
            setBusy(false);
            m_avatarMxc = url;
            Q_EMIT profileChanged();
            Q_EMIT actionSucceeded(QStringLiteral("avatar"), QString());
        });
    });
}

std::function<void(Result<QString>)> AccountController::roomFinisher(const QString &action,
                                                                     const QString &failurePrefix)
{
    setBusy(true);
    std::weak_ptr<bool> alive = m_alive;
    return [this, alive, action, failurePrefix](Result<QString> r) {
        if (alive.expired())
            return;
        setBusy(false);
        if (!r)
            return Q_EMIT actionFailed(action, failurePrefix.isEmpty()
                                                   ? r.error().describe()
                                                   : failurePrefix.arg(r.error().describe()));
        Q_EMIT actionSucceeded(action, *r);
    };
}

void AccountController::createRoom(const QVariantMap &options)
{
    CreateRoomOptions o;
    o.name = options.value(QStringLiteral("name")).toString().trimmed();
    o.topic = options.value(QStringLiteral("topic")).toString().trimmed();
    o.alias = options.value(QStringLiteral("alias")).toString().trimmed();
    if (o.alias.startsWith(u'#'))
        o.alias = o.alias.mid(1).section(u':', 0, 0); // "#name:server" typed in full
    o.isPublic = options.value(QStringLiteral("isPublic")).toBool();
    o.encrypted = options.value(QStringLiteral("encrypted")).toBool();
    for (const QString &u : options.value(QStringLiteral("invite")).toStringList())
        if (!u.trimmed().isEmpty())
            o.invite.append(u.trimmed());
    if (o.name.isEmpty())
        return Q_EMIT actionFailed(QStringLiteral("create"), tr("Give the room a name."));
    m_session.createRoom(o, roomFinisher(QStringLiteral("create"), tr("Could not create the room: %1")));
}

void AccountController::startDirectChat(const QString &userId, bool encrypted)
{
    openDirectChat(m_session, userId.trimmed(), encrypted,
                   roomFinisher(QStringLiteral("direct"), tr("Could not start the chat: %1")));
}

QString AccountController::existingDirectChat(const QString &userId) const
{
    return lattice::existingDirectChat(m_session, userId.trimmed());
}

void AccountController::joinRoom(const QString &text)
{
    joinRoomByText(m_session, text, roomFinisher(QStringLiteral("join"), QString()));
}

void AccountController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace lattice::desktop
