#pragma once
// Sending a file as the composer does (AttachmentController) and waiting for the server's event ID,
// for tests that link lattice_desktop_core.
#include "client/session.h"
#include "desktop/attachment_controller.h"

#include <QSignalSpy>
#include <QUrl>

namespace lattice::test {

// The event ID once the file's message is on the server; qFatal with the controller's sentence if
// it is refused or nothing arrives within `timeoutMs` per step.
inline QString sendAttachment(desktop::AttachmentController &attachments, Session &session,
                              const QString &path, int timeoutMs = 60000)
{
    QSignalSpy sent(&attachments, &desktop::AttachmentController::sent);
    QSignalSpy delivered(&session.sendQueue(), &SendQueue::sent);
    QSignalSpy errors(&attachments, &desktop::AttachmentController::errorOccurred);
    attachments.sendFiles({QUrl::fromLocalFile(path)});
    if (!sent.wait(timeoutMs))
        qFatal(
            "%s was not sent: %s", qPrintable(path),
            qPrintable(errors.isEmpty() ? QStringLiteral("no signal") : errors.first().first().toString()));
    const QString txnId = sent.first().at(1).toString();
    while (delivered.isEmpty() || delivered.last().first().toString() != txnId)
        if (!delivered.wait(timeoutMs))
            qFatal("%s was not delivered", qPrintable(path));
    return delivered.last().at(1).toString();
}

} // namespace lattice::test
