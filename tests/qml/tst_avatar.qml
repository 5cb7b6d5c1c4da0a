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

    function test_picture_comes_from_the_mxc_provider() {
        const a = createTemporaryObject(avatarComponent, testCase, { name: "Alice", avatarUrl: "mxc://example.org/pic", size: 36 })
        compare(a.imageSource, "image://mxc/example.org/pic?width=96&height=96&method=crop")
        const small = createTemporaryObject(avatarComponent, testCase, { name: "Alice", avatarUrl: "mxc://example.org/pic", size: 24 })
        compare(small.imageSource, "image://mxc/example.org/pic?width=32&height=32&method=crop")
        // Anything else is never loaded.
        const web = createTemporaryObject(avatarComponent, testCase, { name: "Eve", avatarUrl: "https://evil.example/x.png" })
        compare(web.imageSource, "")
    }

    function test_initials_until_the_picture_loads() {
        // No image://mxc provider in this test: the picture fails and the initials stay.
        const a = createTemporaryObject(avatarComponent, testCase, { name: "Alice", avatarUrl: "mxc://example.org/pic" })
        verify(!a.showsPicture)
        tryVerify(() => findChild(a, "avatarImage").status === Image.Error)
        verify(!a.showsPicture)
        compare(findChild(a, "initials").text, "A")
    }
}
