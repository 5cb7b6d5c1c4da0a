// Account menu → Sign out: confirm, then AppController::logout(); the login page follows.
import QtQuick
import QtQuick.Controls

ConfirmDialog {
    id: dialog

    property var controller: null

    title: qsTr("Sign out")
    message: qsTr("Sign out of %1? Your messages stay on the server; this device forgets them.").arg(controller ? controller.userId : "")
    actionText: qsTr("Sign out")
    busy: controller !== null && controller.busy
    onConfirmed: {
        if (controller)
            controller.logout()
        close()
    }
}
