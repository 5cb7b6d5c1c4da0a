// bench_sync: figures for the initial sync and the warm start (not a test; tests/bench/run-bench
// drives it). Prints one JSON line of timings in seconds, plus peak RSS in MiB.
//
// Cold (default): log in with a Session on an empty --data-dir, then time separately
//   server_s   the server's answer to the initial /sync (raw bytes, nothing parsed yet),
//   parse_s + apply_s   parseSyncResponseByRoom + SyncWriter::apply: the store thread's work, done here
//              (the rooms are parsed one at a time inside apply_s; --whole parses them all first,
//              with parseSyncResponse, as the sync loop did before),
//              on the main thread so nothing else is mixed into the figure,
//   list_s     listRooms on the stored result (what the room list view reads first).
// --warm: time from main() until the room list is read from an existing --data-dir (Session::open,
//   which includes the keyring read, then listRooms); no network.
// --save-sync FILE (cold) keeps the /sync body; --replay FILE --user-id ID then parses and stores
//   it into an empty --data-dir without server or keyring, for profilers (perf, callgrind).
//
// The Session keeps the token in the OS keyring: run under tests/with-keyring.
#include "net/client_api.h"
#include "protocol/sync_response.h"
#include "client/session.h"
#include "store/database.h"
#include "store/room_queries.h"
#include "store/sync_writer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <cstdlib> // defines __GLIBC__ on glibc
#include <sys/resource.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace lattice;

namespace {

QElapsedTimer g_clock; // started first thing in main()
QString g_saveSync;

double secondsSince(qint64 ns) { return double(g_clock.nsecsElapsed() - ns) / 1e9; }

double peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

[[noreturn]] void die(const QString &what, const Error &e)
{
    std::fprintf(stderr, "bench_sync: %s: %s\n", qPrintable(what), qPrintable(e.describe()));
    std::exit(1);
}

void printFigures(QJsonObject figures)
{
    figures.insert(QStringLiteral("peak_rss_mib"), peakRssMiB());
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

bool g_whole = false; // --whole: parse every room before storing (the former way)

// parseSyncResponseByRoom + SyncWriter::apply + listRooms on `db`, timed; the store thread's work.
QJsonObject process(Database &db, const QByteArray &body)
{
    qint64 t = g_clock.nsecsElapsed();
    auto parsed = g_whole ? parseSyncResponse(body) : parseSyncResponseByRoom(body);
    if (!parsed)
        die(QStringLiteral("parse"), parsed.error());
    const double parseS = secondsSince(t);
    t = g_clock.nsecsElapsed();
    auto changes = SyncWriter(db).apply(*parsed);
    if (!changes)
        die(QStringLiteral("apply"), changes.error());
    const double applyS = secondsSince(t);
    t = g_clock.nsecsElapsed();
    auto rows = listRooms(db);
    if (!rows)
        die(QStringLiteral("listRooms"), rows.error());
    const double listS = secondsSince(t);
    return {{QStringLiteral("rooms"), int(rows->size())},
            {QStringLiteral("sync_bytes"), body.size()},
            {QStringLiteral("skipped_events"), changes->skippedEvents},
            {QStringLiteral("whole"), g_whole},
            {QStringLiteral("parse_s"), parseS},
            {QStringLiteral("apply_s"), applyS},
            {QStringLiteral("process_s"), parseS + applyS},
            {QStringLiteral("list_s"), listS}};
}

void runCold(Session &session, const QString &homeserver, const QString &user, const QString &password)
{
    const qint64 start = g_clock.nsecsElapsed();
    session.login(homeserver, user, password, [&session, start](Status s) {
        if (!s)
            die(QStringLiteral("login"), s.error());
        const double loginS = secondsSince(start);
        HttpRequest req = api::sync(QString(), api::defaultSyncFilter(), 0);
        req.timeoutMs = 30 * 60 * 1000; // a 2,000-room initial sync on SQLite Synapse can take minutes
        const qint64 requested = g_clock.nsecsElapsed();
        session.http().send(req, [&session, start, loginS, requested](Result<HttpResponse> reply) {
            if (!reply)
                die(QStringLiteral("initial /sync"), reply.error());
            const double serverS = secondsSince(requested);

            if (!g_saveSync.isEmpty()) {
                QFile f(g_saveSync);
                if (!f.open(QIODevice::WriteOnly) || f.write(reply->body) != reply->body.size())
                    die(QStringLiteral("save sync"), Error::make(Error::Kind::Usage, f.errorString()));
            }
            // A connection of our own, as the store thread has: same file, same pragmas.
            auto db = Database::open(Session::databasePath(session.dataDir()));
            if (!db)
                die(QStringLiteral("open database"), db.error());
            QJsonObject figures = process(**db, reply->body);
            figures.insert(QStringLiteral("mode"), QStringLiteral("cold"));
            figures.insert(QStringLiteral("login_s"), loginS);
            figures.insert(QStringLiteral("server_s"), serverS);
            figures.insert(QStringLiteral("total_s"), secondsSince(start));
            printFigures(figures);
            QCoreApplication::exit(0);
        });
    });
}

void runWarm(Session &session)
{
    session.open([&session](Status s) {
        if (!s)
            die(QStringLiteral("open session"), s.error());
        if (session.state() != Session::State::Ready) {
            std::fprintf(stderr, "bench_sync: no usable session in %s (state %d); run a cold pass first\n",
                         qPrintable(session.dataDir()), int(session.state()));
            std::exit(1);
        }
        const double openS = secondsSince(0);
        const qint64 t = g_clock.nsecsElapsed();
        auto rows = listRooms(session.reader());
        if (!rows)
            die(QStringLiteral("listRooms"), rows.error());
        const double listS = secondsSince(t);
        printFigures({{QStringLiteral("mode"), QStringLiteral("warm")},
                      {QStringLiteral("rooms"), int(rows->size())},
                      {QStringLiteral("open_s"), openS},
                      {QStringLiteral("list_s"), listS},
                      {QStringLiteral("total_s"), secondsSince(0)}});
        QCoreApplication::exit(0);
    });
}

void runReplay(const QString &dataDir, const QString &file, const QString &userId)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        die(QStringLiteral("read ") + file, Error::make(Error::Kind::Usage, f.errorString()));
    const QByteArray body = f.readAll();
    QDir().mkpath(dataDir);
    auto db = Database::open(Session::databasePath(dataDir));
    if (!db)
        die(QStringLiteral("open database"), db.error());
    if (Status s = (*db)->setMeta(QStringLiteral("user_id"), userId); !s) // as login would have
        die(QStringLiteral("set user_id"), s.error());
    QJsonObject figures = process(**db, body);
    figures.insert(QStringLiteral("mode"), QStringLiteral("replay"));
    printFigures(figures);
}

} // namespace

int main(int argc, char **argv)
{
    g_clock.start();
#if defined(__GLIBC__)
    // As lattice-cli does (app/cli/main.cpp): one malloc arena, so the peak RSS figures compare.
    mallopt(M_ARENA_MAX, 1);
#endif
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Initial-sync and warm-start figures for Lattice."));
    p.addHelpOption();
    p.addOptions({{QStringLiteral("homeserver"), QStringLiteral("Homeserver URL (cold)."), QStringLiteral("URL")},
                  {QStringLiteral("user"), QStringLiteral("User name (cold)."), QStringLiteral("NAME"), QStringLiteral("bench")},
                  {QStringLiteral("password"), QStringLiteral("Password (cold)."), QStringLiteral("PW"),
                   QStringLiteral("bench-password")},
                  {QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR")},
                  {QStringLiteral("warm"), QStringLiteral("Warm start from an existing data dir.")},
                  {QStringLiteral("save-sync"), QStringLiteral("Keep the initial /sync body (cold)."), QStringLiteral("FILE")},
                  {QStringLiteral("replay"), QStringLiteral("Process a saved /sync body, offline."), QStringLiteral("FILE")},
                  {QStringLiteral("whole"), QStringLiteral("Parse all rooms before storing (the former way).")},
                  {QStringLiteral("user-id"), QStringLiteral("Own user ID (replay)."), QStringLiteral("ID"),
                   QStringLiteral("@bench:localhost")}});
    p.process(app);
    const QString dataDir = p.value(QStringLiteral("data-dir"));
    g_saveSync = p.value(QStringLiteral("save-sync"));
    g_whole = p.isSet(QStringLiteral("whole"));
    if (p.isSet(QStringLiteral("replay")) && !dataDir.isEmpty()) {
        runReplay(dataDir, p.value(QStringLiteral("replay")), p.value(QStringLiteral("user-id")));
        return 0;
    }
    if (dataDir.isEmpty() || (!p.isSet(QStringLiteral("warm")) && !p.isSet(QStringLiteral("homeserver"))))
        p.showHelp(2);

    // The keyring service name the app and lattice-cli use, so either can reuse these data dirs.
    Session session(dataDir);
    // Start from the event loop: Session's callbacks (keyring, store thread) need it running.
    QTimer::singleShot(0, &app, [&] {
        if (p.isSet(QStringLiteral("warm")))
            runWarm(session);
        else
            runCold(session, p.value(QStringLiteral("homeserver")), p.value(QStringLiteral("user")),
                    p.value(QStringLiteral("password")));
    });
    return app.exec();
}
