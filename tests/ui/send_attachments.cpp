// For screenshot scripts: sends files into a room the way the app's composer does (AttachmentController:
// Qt Multimedia probe, thumbnail, encrypted upload in an encrypted room), from an account that
// lattice-cli logged in, so that the timeline shows what the app itself sends (lattice-cli upload
// sends no video thumbnail or duration).
//   send_attachments DATA_DIR ROOM FILE...
// Exits 0 once every file's event is on the server, 1 with a sentence on stderr otherwise.
#include "client/session.h"
#include "desktop/attachment_controller.h"

#include <QGuiApplication>
#include <QTimer>
#include <cstdio>

using namespace lattice;
using namespace lattice::desktop;

namespace {

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "send_attachments: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        die(QStringLiteral("usage: send_attachments DATA_DIR ROOM FILE..."));
    const QString roomId = args.at(1);
    const QStringList files = args.mid(2);

    Session session(args.at(0));
    std::unique_ptr<AttachmentController> attachments;
    int next = 0;       // the next file to hand to the controller
    QString waitingFor; // the transaction ID of the one on its way
    QTimer::singleShot(120000, &app, [] { die(QStringLiteral("not sent within 120 s")); });
    bool encrypted = false;

    // One file at a time, so the timeline's order is the order given (probes take their own time).
    auto sendNext = [&] {
        if (next == files.size())
            return app.quit();
        attachments->sendFiles({QUrl::fromLocalFile(files.at(next++))});
    };
    QObject::connect(&session.sendQueue(), &SendQueue::sent, &app,
                     [&](const QString &txnId, const QString &) {
                         if (txnId == waitingFor)
                             sendNext();
                     });
    QObject::connect(&session.sendQueue(), &SendQueue::failed, &app,
                     [](const QString &, const Error &e) { die(e.describe()); });

    auto send = [&] {
        // As RoomController: the room's encryption decides how the files go up.
        attachments = std::make_unique<AttachmentController>(session, roomId, [&] { return encrypted; });
        QObject::connect(attachments.get(), &AttachmentController::errorOccurred, &app,
                         [](const QString &message) { die(message); });
        QObject::connect(attachments.get(), &AttachmentController::sent, &app,
                         [&](const QString &, const QString &txnId) { waitingFor = txnId; });
        sendNext();
    };
    session.open([&](Status s) {
        if (!s || session.state() != Session::State::Ready)
            die(s ? QStringLiteral("no account in %1").arg(args.at(0)) : s.error().describe());
        session.syncLoop().syncOnce(0, [&](Result<ChangeSet> r) {
            if (!r)
                die(r.error().describe());
            session.roomEncryption(roomId, [&](Result<std::optional<QJsonObject>> e) {
                if (!e)
                    die(e.error().describe());
                encrypted = e->has_value();
                send();
            });
        });
    });
    return app.exec();
}
