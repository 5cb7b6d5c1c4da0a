// A dialog, menu or popup made the first time it is needed rather than with the window, so that
// start-up creates only what the first screen shows. `component` makes it as a child of
// `overlay`; open(), close(), opened and visible pass through, create() gives the object itself.
// `wanted` makes it at once, for popups that open themselves (a binding on their `visible`).
import QtQuick

QtObject {
    id: lazy

    required property Component component
    property Item overlay: null
    property bool wanted: false
    // The popup once made, else null.
    property var item: null
    readonly property bool opened: item !== null && item.opened === true
    readonly property bool visible: item !== null && item.visible === true

    function create() {
        if (item === null) {
            const made = component.createObject(overlay)
            if (made !== null && made.parent !== undefined)
                made.parent = overlay // popups show on their parent item
            item = made
        }
        return item
    }
    function open() { create().open() }
    function close() { if (item !== null) item.close() }

    onWantedChanged: if (wanted) create()
    Component.onCompleted: if (wanted) create()
}
