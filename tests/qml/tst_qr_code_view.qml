// The verification QR code view: where its image comes from, its caption, and what it shows when the
// code cannot be drawn. (Here no image://qr provider is registered, so every code fails to load; the
// provider and the rendered module grid are tested in tests/ui/test_qr_code.cpp.)
import QtQuick
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "QrCodeView"
    visible: true // TestCase hides itself by default, and with it every child
    when: windowShown

    Component {
        id: viewComponent

        QrCodeView {}
    }

    function test_image_comes_from_the_qr_provider() {
        const v = createTemporaryObject(viewComponent, testCase, { payload: "TUFUUklY" })
        compare(v.imageSource, "image://qr/TUFUUklY")
        const image = findChild(v, "qrImage")
        compare(String(image.source), "image://qr/TUFUUklY")
        // Crisp modules: never smoothed or mipmapped, and not kept in the image cache (one-time secret).
        verify(!image.smooth)
        verify(!image.mipmap)
        verify(!image.cache)
        compare(image.sourceSize.width, v.codeSize)
    }

    function test_caption() {
        const v = createTemporaryObject(viewComponent, testCase, {})
        compare(findChild(v, "qrCaption").text, "Scan this code with your other device")
        const other = createTemporaryObject(viewComponent, testCase, { caption: "Ask Bob to scan this code" })
        compare(findChild(other, "qrCaption").text, "Ask Bob to scan this code")
        verify(findChild(other, "qrCaption").width <= Math.max(other.codeSize, 320))
    }

    function test_no_payload_no_image() {
        const v = createTemporaryObject(viewComponent, testCase, {})
        compare(v.imageSource, "")
        verify(!v.failed)
        verify(!v.ready)
        verify(!findChild(v, "qrError").visible)
    }

    function test_unshowable_code_says_so() {
        const v = createTemporaryObject(viewComponent, testCase, { payload: "AAAA" })
        tryCompare(v, "failed", true)
        verify(findChild(v, "qrError").visible)
        verify(findChild(v, "qrError").text.length > 0)
        // The code's square keeps its white background so the layout does not jump.
        compare(findChild(v, "qrBackground").width, v.codeSize)
    }
}
