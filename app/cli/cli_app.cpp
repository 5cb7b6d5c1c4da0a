#include "cli_app.h"

#include "store/event_lookup.h"
#include "store/room_queries.h"
#include "store/timeline_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <limits>

namespace lattice::cli {

namespace {
constexpr int kE2eeSettleMs = 10000; // how long an ending command waits for key requests in flight
constexpr int kDefaultTimeoutSeconds = 30;

struct Command
{
    const char *name;
    int minArgs;
    int maxArgs; // -1: any
};
} // namespace

CliApp::CliApp(QCommandLineParser &parser, QObject *parent) : QObject(parent), m_parser(parser), m_out(stdout)
{}

void CliApp::run()
{
    const QStringList pos = m_parser.positionalArguments();
    if (pos.isEmpty())
        return fail(UsageError, QStringLiteral("No command given; see --help."));
    const QString name = pos.first();
    const QStringList args = pos.mid(1);
    static const std::pair<Command, Handler> commands[] = {
        {{"login", 0, 0}, &CliApp::login},         {{"logout", 0, 0}, &CliApp::logout},
        {{"whoami", 0, 0}, &CliApp::whoami},       {{"rooms", 0, 0}, &CliApp::rooms},
        {{"create-room", 0, 0}, &CliApp::createRoom}, {{"join", 1, 1}, &CliApp::join},
        {{"invite", 2, 2}, &CliApp::invite},       {{"leave", 1, 1}, &CliApp::leave},
        {{"send", 2, -1}, &CliApp::send},          {{"flush", 0, 0}, &CliApp::flush},
        {{"history", 1, 2}, &CliApp::history},     {{"tail", 1, 1}, &CliApp::tail},
        {{"sync", 0, 0}, &CliApp::sync},
        {{"upload", 2, 2}, &CliApp::upload},       {{"download", 1, 2}, &CliApp::download},
        {{"verify", 0, 2}, &CliApp::verify},
        {{"secure-backup", 1, 1}, &CliApp::secureBackup},
        {{"devices", 0, 2}, &CliApp::devices},
    };
    for (const auto &[cmd, handler] : commands) {
        if (name != QLatin1String(cmd.name))
            continue;
        if (args.size() < cmd.minArgs || (cmd.maxArgs >= 0 && args.size() > cmd.maxArgs))
            return fail(UsageError,
                        QStringLiteral("Wrong number of arguments for \"%1\"; see --help.").arg(name));
        if (m_parser.value(QStringLiteral("data-dir")).isEmpty())
            return fail(UsageError, QStringLiteral("--data-dir is required."));
        m_session = std::make_unique<Session>(m_parser.value(QStringLiteral("data-dir")));
        (this->*handler)(args);
        return;
    }
    fail(UsageError, QStringLiteral("Unknown command \"%1\"; see --help.").arg(name));
}

void CliApp::done(ExitCode code)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    E2eeService *e2ee = m_session->e2ee();
    if (!e2ee)
        return Q_EMIT finished(code);
    // Key requests still in flight are let finish (for a while): a key upload the server took but this
    // process never recorded would be refused when the next run repeats it.
    auto emitted = std::make_shared<bool>(false);
    auto finish = [this, code, emitted] {
        if (!std::exchange(*emitted, true))
            Q_EMIT finished(code);
    };
    QTimer::singleShot(kE2eeSettleMs, this, finish);
    e2ee->whenIdle(finish);
}

void CliApp::fail(const Error &e)
{
    fail(exitCodeFor(e), e.describe());
}

void CliApp::fail(ExitCode code, const QString &message)
{
    std::fprintf(stderr, "lattice-cli: %s\n", qPrintable(message));
    done(code);
}

int CliApp::timeoutSeconds() const
{
    bool ok = false;
    const int t = m_parser.value(QStringLiteral("timeout")).toInt(&ok);
    return ok && t >= 0 ? t : kDefaultTimeoutSeconds;
}

void CliApp::withSession(std::function<void()> next)
{
    m_session->open([this, next](Status s) {
        if (!s)
            return fail(s.error());
        if (m_session->state() == Session::State::LoggedOut)
            return fail(NotLoggedIn,
                        QStringLiteral("No account in %1; run \"lattice-cli --data-dir %1 login\" first.")
                            .arg(m_session->dataDir()));
        if (m_session->state() == Session::State::SoftLoggedOut)
            return fail(NotLoggedIn,
                        QStringLiteral("The session of %1 has ended; run login again to resume it.")
                            .arg(m_session->userId()));
        next();
    });
}

void CliApp::refresh(std::function<void()> next)
{
    m_session->syncLoop().syncOnce(0, [this, next](Result<ChangeSet> r) {
        if (!r) {
            if (r.error().errcode == QLatin1String("M_UNKNOWN_TOKEN"))
                return fail(NotLoggedIn,
                            QStringLiteral("The homeserver ended this session (%1); run login again.")
                                .arg(r.error().describe()));
            // Without a first sync there is nothing stored to fall back on: that is a failure.
            if (!r.error().isTransient() || m_session->syncLoop().since().isEmpty())
                return fail(r.error());
            std::fprintf(stderr, "lattice-cli: warning: %s Showing what is stored locally.\n",
                         qPrintable(r.error().describe()));
        }
        settleE2ee(next); // room keys and device lists of this batch reach the machine first
    });
}

void CliApp::settleE2ee(std::function<void()> next)
{
    if (E2eeService *e2ee = m_session->e2ee())
        return e2ee->whenIdle(next);
    next();
}

void CliApp::withRoom(const QString &idOrAlias, std::function<void(const QString &)> next)
{
    m_session->resolveRoom(idOrAlias, [this, next](Result<QString> r) {
        if (!r)
            return fail(r.error());
        next(*r);
    });
}

void CliApp::printEvent(const QJsonObject &event)
{
    m_out << QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) << '\n';
}

void CliApp::printStored(const StoredEvent &event)
{
    QJsonObject out = event.json;
    if (event.decrypted)
        out.insert(QStringLiteral("decrypted"), true);
    else if (!event.decryptionErrcode.isEmpty())
        out.insert(QStringLiteral("decryption_error"),
                   QJsonObject{{QStringLiteral("errcode"), event.decryptionErrcode},
                               {QStringLiteral("reason"), event.decryptionError}});
    printEvent(out);
}

void CliApp::login(const QStringList &)
{
    const QString homeserver = m_parser.value(QStringLiteral("homeserver"));
    const QString user = m_parser.value(QStringLiteral("user"));
    if (homeserver.isEmpty() || user.isEmpty())
        return fail(UsageError, QStringLiteral("login needs --homeserver URL and --user NAME."));
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.isEmpty())
        return fail(UsageError, QStringLiteral("No password on standard input."));
    m_session->login(homeserver, user, password, [this](Status s) {
        if (!s)
            return fail(s.error());
        m_out << m_session->userId() << ' ' << m_session->deviceId() << '\n';
        done();
    });
}

void CliApp::logout(const QStringList &)
{
    withSession([this] { m_session->logout([this](Status s) { s ? done() : fail(s.error()); }); });
}

void CliApp::whoami(const QStringList &)
{
    withSession([this] {
        m_session->whoami([this](Result<QString> r) {
            if (!r)
                return fail(r.error());
            m_out << *r << ' ' << m_session->deviceId() << '\n';
            done();
        });
    });
}

void CliApp::sync(const QStringList &)
{
    withSession([this] {
        m_session->syncLoop().syncOnce(0, [this](Result<ChangeSet> r) {
            if (!r)
                return fail(r.error());
            QJsonObject summary{{QStringLiteral("next_batch"), r->nextBatch},
                                {QStringLiteral("rooms_changed"), int(r->changedRooms.size())},
                                {QStringLiteral("skipped_events"), r->skippedEvents}};
            printEvent(summary);
            done();
        });
    });
}

void CliApp::rooms(const QStringList &)
{
    withSession([this] {
        refresh([this] {
            auto rows = listRooms(m_session->reader());
            if (!rows)
                return fail(rows.error());
            for (const RoomRow &r : *rows) {
                printEvent({{QStringLiteral("room_id"), r.roomId},
                            {QStringLiteral("name"), r.displayName},
                            {QStringLiteral("membership"), r.membership},
                            {QStringLiteral("topic"), r.topic},
                            {QStringLiteral("canonical_alias"), r.canonicalAlias},
                            {QStringLiteral("is_direct"), r.isDirect},
                            {QStringLiteral("encrypted"), r.encrypted},
                            {QStringLiteral("notification_count"), r.notificationCount},
                            {QStringLiteral("highlight_count"), r.highlightCount},
                            {QStringLiteral("joined_member_count"), r.joinedMemberCount},
                            {QStringLiteral("invited_member_count"), r.invitedMemberCount},
                            {QStringLiteral("tags"), r.tags},
                            {QStringLiteral("inviter"), r.inviter},
                            {QStringLiteral("last_activity_ts"), r.lastActivityTs}});
            }
            done();
        });
    });
}

void CliApp::createRoom(const QStringList &)
{
    CreateRoomOptions o;
    o.name = m_parser.value(QStringLiteral("name"));
    o.topic = m_parser.value(QStringLiteral("topic"));
    o.invite = m_parser.values(QStringLiteral("invite"));
    o.direct = m_parser.isSet(QStringLiteral("direct"));
    // Direct chats are encrypted unless asked otherwise, as Element does.
    o.encrypted = m_parser.isSet(QStringLiteral("encrypted")) ||
                  (o.direct && !m_parser.isSet(QStringLiteral("unencrypted")));
    if (m_parser.isSet(QStringLiteral("encrypted")) && m_parser.isSet(QStringLiteral("unencrypted")))
        return fail(UsageError, QStringLiteral("--encrypted and --unencrypted contradict each other."));
    withSession([this, o] {
        // Sync first so m.direct updates build on what the account already has.
        refresh([this, o] {
            m_session->createRoom(o, [this](Result<QString> r) {
                if (!r)
                    return fail(r.error());
                m_out << *r << '\n';
                done();
            });
        });
    });
}

void CliApp::join(const QStringList &args)
{
    withSession([this, args] {
        m_session->joinRoom(args.at(0), [this](Result<QString> r) {
            if (!r)
                return fail(r.error());
            m_out << *r << '\n';
            done();
        });
    });
}

void CliApp::invite(const QStringList &args)
{
    withSession([this, args] {
        withRoom(args.at(0), [this, args](const QString &roomId) {
            m_session->inviteUser(roomId, args.at(1), [this](Status s) { s ? done() : fail(s.error()); });
        });
    });
}

void CliApp::leave(const QStringList &args)
{
    withSession([this, args] {
        withRoom(args.at(0), [this](const QString &roomId) {
            m_session->leaveRoom(roomId, [this](Status s) { s ? done() : fail(s.error()); });
        });
    });
}

void CliApp::waitForQueue(std::function<bool(const QString &)> isMine, const QString &what)
{
    SendQueue &queue = m_session->sendQueue();
    connect(&queue, &SendQueue::sent, this, [this, isMine](const QString &txnId, const QString &eventId) {
        if (isMine(txnId)) {
            m_out << eventId << '\n';
            done();
        }
    });
    connect(&queue, &SendQueue::failed, this, [this, isMine](const QString &txnId, const Error &e) {
        if (txnId.isEmpty() || isMine(txnId))
            fail(e);
    });
    connect(&queue, &SendQueue::delayed, this, [](const QString &, const Error &e) {
        std::fprintf(stderr, "lattice-cli: %s Retrying.\n", qPrintable(e.describe()));
    });
    QTimer::singleShot(timeoutSeconds() * 1000, this, [this, what] {
        fail(Queued, QStringLiteral(
                         "%1 could not be delivered within %2 s; it stays queued and \"flush\" delivers it.")
                         .arg(what)
                         .arg(timeoutSeconds()));
    });
}

void CliApp::send(const QStringList &args)
{
    const QString text = args.mid(1).join(QLatin1Char(' '));
    withSession([this, args, text] {
        // One sync first, so an encrypted message goes to the devices the server knows now. Offline,
        // the message is queued anyway (exit 75 after --timeout).
        m_session->syncLoop().syncOnce(0, [this, args, text](Result<ChangeSet>) {
            settleE2ee([this, args, text] {
                withRoom(args.at(0), [this, text](const QString &roomId) {
                    auto txn = std::make_shared<QString>();
                    waitForQueue([txn](const QString &id) { return id == *txn; },
                                 QStringLiteral("The message"));
                    m_session->sendText(roomId, text, [this, txn](Result<QueuedEvent> r) {
                        if (!r)
                            return fail(r.error());
                        *txn = r->txnId;
                    });
                });
            });
        });
    });
}

void CliApp::flush(const QStringList &)
{
    withSession([this] {
        SendQueue &queue = m_session->sendQueue();
        auto failures = std::make_shared<int>(0);
        connect(&queue, &SendQueue::failed, this, [failures](const QString &txnId, const Error &e) {
            ++*failures;
            std::fprintf(stderr, "lattice-cli: %s could not be sent: %s\n", qPrintable(txnId),
                         qPrintable(e.describe()));
        });
        connect(&queue, &SendQueue::sent, this,
                [this](const QString &, const QString &eventId) { m_out << eventId << '\n'; });
        connect(&queue, &SendQueue::drained, this, [this, failures] { done(*failures ? Failed : Ok); });
        connect(&queue, &SendQueue::delayed, this, [](const QString &, const Error &e) {
            std::fprintf(stderr, "lattice-cli: %s Retrying.\n", qPrintable(e.describe()));
        });
        QTimer::singleShot(timeoutSeconds() * 1000, this, [this] {
            fail(Queued,
                 QStringLiteral("The queue could not be delivered within %1 s; what is left stays queued.")
                     .arg(timeoutSeconds()));
        });
        queue.resume();
    });
}

void CliApp::history(const QStringList &args)
{
    bool ok = true;
    const int count = args.size() > 1 ? args.at(1).toInt(&ok) : 20;
    if (!ok || count <= 0)
        return fail(UsageError, QStringLiteral("N must be a positive number."));
    withSession([this, args, count] {
        refresh([this, args, count] {
            withRoom(args.at(0), [this, count](const QString &roomId) {
                m_session->backPaginate(roomId, count, [this, roomId, count](Status s) {
                    if (!s) {
                        if (!s.error().isTransient())
                            return fail(s.error());
                        std::fprintf(stderr, "lattice-cli: warning: %s Showing stored history only.\n",
                                     qPrintable(s.error().describe()));
                    }
                    auto events = latestEvents(m_session->reader(), roomId, count);
                    if (!events)
                        return fail(events.error());
                    for (const StoredEvent &e : *events)
                        printStored(e);
                    done();
                });
            });
        });
    });
}

void CliApp::tail(const QStringList &args)
{
    bool ok = true;
    const int lines =
        m_parser.isSet(QStringLiteral("lines")) ? m_parser.value(QStringLiteral("lines")).toInt(&ok) : 10;
    if (!ok || lines < 0)
        return fail(UsageError, QStringLiteral("--lines must be a number."));
    withSession([this, args, lines] {
        refresh([this, args, lines] {
            withRoom(args.at(0), [this, lines](const QString &roomId) {
                auto lastIdx = std::make_shared<qint64>(std::numeric_limits<qint64>::min());
                if (auto events = latestEvents(m_session->reader(), roomId, std::max(lines, 1))) {
                    for (size_t i = 0; i < events->size(); ++i) {
                        if (int(events->size() - i) <= lines)
                            printStored(events->at(i));
                        *lastIdx = events->at(i).idx;
                    }
                }
                m_out.flush();
                SyncLoop &loop = m_session->syncLoop();
                // New events are read back from the store once the E2EE service had them, so encrypted
                // ones print in clear.
                connect(&loop, &SyncLoop::synced, this, [this, roomId, lastIdx](const ChangeSet &changes) {
                    bool mine = false;
                    for (const TimelineAppend &a : changes.appended)
                        mine = mine || a.roomId == roomId;
                    if (!mine)
                        return;
                    settleE2ee([this, roomId, lastIdx] {
                        auto events = eventsAfter(m_session->reader(), roomId, *lastIdx, 1000);
                        if (!events)
                            return fail(events.error());
                        for (const StoredEvent &e : *events) {
                            printStored(e);
                            *lastIdx = e.idx;
                        }
                        m_out.flush();
                    });
                });
                connect(&loop, &SyncLoop::syncError, this, [this](const Error &e) {
                    std::fprintf(stderr, "lattice-cli: %s\n", qPrintable(e.describe()));
                    if (e.errcode == QLatin1String("M_UNKNOWN_TOKEN"))
                        done(NotLoggedIn);
                });
                loop.start();
            });
        });
    });
}

} // namespace lattice::cli
