// Avatars: initials without the ID's sigil, and one colour per ID.
import QtQuick
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "Avatar"

    Component {
        id: avatarComponent

        Avatar {}
    }

    function test_initials_skip_the_sigil() {
        const a = createTemporaryObject(avatarComponent, testCase, { name: "@alice:localhost", seed: "@alice:localhost" })
        compare(findChild(a, "initials").text, "A")
        const b = createTemporaryObject(avatarComponent, testCase, { name: "design review", seed: "!x:y" })
        compare(findChild(b, "initials").text, "D")
    }

    function test_colour_follows_the_id() {
        const a = createTemporaryObject(avatarComponent, testCase, { name: "Same", seed: "!one:localhost" })
        const b = createTemporaryObject(avatarComponent, testCase, { name: "Same", seed: "!one:localhost" })
        const c = createTemporaryObject(avatarComponent, testCase, { name: "Same", seed: "!two:localhost" })
        verify(Qt.colorEqual(a.color, b.color))
        verify(!Qt.colorEqual(a.color, c.color))
    }
}
