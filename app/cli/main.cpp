// lattice-cli: the Lattice library on the command line, for scripts, bots and tests.
#include "cli_app.h"
#include "crash_report.h"

#include <QCoreApplication>
#include <csignal>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

const char *const kDescription =
    R"(A Matrix client on the command line; same store and send queue as the Lattice app.

Commands:
  login --homeserver URL --user NAME   log in; the password is read from standard input
  logout                               log out and discard this data dir's local data
  whoami                               print the user ID and device ID
  rooms                                joined and invited rooms, one JSON object per line
  create-room [--name N] [--topic T] [--invite USER]... [--direct] [--encrypted | --unencrypted]
                                       create a room and print its ID; --encrypted turns on end-to-end
                                       encryption (Megolm); direct chats are encrypted unless --unencrypted
  join ROOM | invite ROOM USER | leave ROOM
  send ROOM TEXT                       send markdown TEXT (encrypted in an encrypted room); waits until
                                       the server accepts it
  flush                                deliver everything still queued
  history ROOM [N]                     the last N (default 20) events, JSON lines, oldest first;
                                       encrypted events are shown decrypted when their key is known
  tail ROOM [--lines N]                the last N (default 10) events, then new ones as they arrive
  sync                                 one sync; prints a JSON summary
  upload ROOM FILE                     upload FILE and send it (m.image, m.video, m.audio or m.file)
  download MXC OUT [--max-size BYTES]  save mxc:// media to OUT; prints a JSON summary
  download --file-json JSON OUT        save an encrypted attachment (an EncryptedFile object, inline or
                                       a file holding it) decrypted to OUT; the hash is checked first
  verify USER DEVICE                   verify one device (yours or another user's) by emoji (SAS), over
                                       to-device messages
  verify USER                          verify another user in your direct chat with them (in-room); any
                                       of their devices may answer
  verify --accept                      wait for a verification request and answer it
                                       verify prints the 7 emoji and 3 numbers and asks whether they
                                       match (--yes: they do, for scripts); exit code 7 when cancelled
  verify ... --qr                      by QR code instead: prints this device's code in the terminal and
                                       waits for the other device to scan it, then asks whether it says
                                       the verification succeeded (--yes: it does); falls back to emoji
                                       when the other device can neither scan nor show a code
  verify ... --scan-bytes FILE|-       scan the other device's code: FILE (or standard input) holds the
                                       raw bytes it shows (for scripts and tests)
  verify ... --scan IMAGE              scan the other device's code from a picture of it (needs zbarimg,
                                       package zbar-tools)

  secure-backup setup [--passphrase]  set up secret storage, cross-signing and key backup; prints the
                                       recovery key once. With --passphrase the first line of standard
                                       input is a passphrase that also unlocks it; the account password
                                       is read from standard input if the server asks for it
  secure-backup restore                on a new device: the recovery key (or passphrase) from standard
                                       input unlocks the cross-signing keys (this device gets signed)
                                       and the key backup, whose keys are restored; prints a summary
  secure-backup status                 JSON: secret storage, cross-signing keys held, backup on server/on
  devices [USER]                       this account's devices (or USER's), one JSON object per line: ID,
                                       name, trust (verified, unverified, no keys), fingerprint, this
                                       device, last seen
  devices --rename ID NAME             rename one of this account's devices
  devices --delete ID                  sign a device out; the account password is read from standard
                                       input (from the terminal without echo)

ROOM is a room ID (!id:server) or alias (#name:server).

Exit codes:
  0 success; 1 the server refused or another failure; 2 usage error; 3 not logged in or the
  session ended; 4 the OS keyring is unavailable or locked; 5 the homeserver cannot be reached;
  6 the local database failed; 7 verification cancelled or the emoji did not match; 75 not delivered within --timeout: still queued, "flush" retries.)";

} // namespace

int main(int argc, char *argv[])
{
#if defined(__GLIBC__)
    // One malloc arena for all threads: the network, store and main threads each free what
    // another allocated during an initial sync, and separate arenas each kept their own free
    // memory (peak RSS at 500 rooms: 45.4 MiB with the default, 42.6 with one arena).
    mallopt(M_ARENA_MAX, 1);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lattice-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lattice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LATTICE_VERSION));
    std::signal(SIGINT, [](int) { QCoreApplication::exit(0); });
    std::signal(SIGTERM, [](int) { QCoreApplication::exit(0); });
    lattice::cli::reportCrashes();

    QCommandLineParser parser;
    parser.setApplicationDescription(QString::fromUtf8(kDescription));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data-dir"), QStringLiteral("The account's data directory."), QStringLiteral("DIR")},
        {QStringLiteral("homeserver"), QStringLiteral("Homeserver URL or server name (login)."),
         QStringLiteral("URL")},
        {QStringLiteral("user"), QStringLiteral("User name or ID (login)."), QStringLiteral("NAME")},
        {QStringLiteral("name"), QStringLiteral("Room name (create-room)."), QStringLiteral("N")},
        {QStringLiteral("topic"), QStringLiteral("Room topic (create-room)."), QStringLiteral("T")},
        {QStringLiteral("invite"), QStringLiteral("Invite a user (create-room; repeatable)."),
         QStringLiteral("USER")},
        {QStringLiteral("direct"), QStringLiteral("Create a direct chat (create-room).")},
        {QStringLiteral("encrypted"), QStringLiteral("Enable end-to-end encryption (create-room).")},
        {QStringLiteral("unencrypted"),
         QStringLiteral("No end-to-end encryption for a direct chat (create-room).")},
        {QStringLiteral("timeout"), QStringLiteral("Seconds to wait for delivery (send, flush; default 30)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("lines"), QStringLiteral("Past events to print first (tail; default 10)."),
         QStringLiteral("N")},
        {QStringLiteral("max-size"),
         QStringLiteral("Largest download to accept (download; default 100 MiB)."), QStringLiteral("BYTES")},
        {QStringLiteral("yes"), QStringLiteral("Answer \"they match\" without asking (verify).")},
        {QStringLiteral("accept"), QStringLiteral("Wait for an incoming verification request (verify).")},
        {QStringLiteral("qr"), QStringLiteral("Verify by QR code: show this device's code (verify).")},
        {QStringLiteral("scan-bytes"),
         QStringLiteral("The raw bytes of the other device's QR code, or - (verify)."),
         QStringLiteral("FILE")},
        {QStringLiteral("scan"), QStringLiteral("A picture of the other device's QR code (verify; zbarimg)."),
         QStringLiteral("IMAGE")},
        {QStringLiteral("passphrase"),
         QStringLiteral("Also protect secure backup with a passphrase (secure-backup setup).")},
        {QStringLiteral("file-json"),
         QStringLiteral("An EncryptedFile object or a file holding one (download)."), QStringLiteral("JSON")},
        {QStringLiteral("rename"), QStringLiteral("Rename a device (devices --rename ID NAME).")},
        {QStringLiteral("delete"), QStringLiteral("Sign a device out (devices --delete ID).")},
    });
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("What to do; see Commands above."));
    parser.process(app);

    lattice::cli::CliApp cli(parser);
    QObject::connect(&cli, &lattice::cli::CliApp::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    QMetaObject::invokeMethod(&cli, &lattice::cli::CliApp::run, Qt::QueuedConnection);
    return app.exec();
}
