// The timeline's media views: image boxes sized from info.w/h and a placeholder of that size
// while loading, the fallback from a failed thumbnail to the original, the file card through its
// download states, video and audio fetching before they play, and the upload bar.
import QtQuick
import QtTest
import Lattice

TestCase {
    id: testCase

    name: "Media"
    width: 600
    height: 500
    visible: true
    when: windowShown

    // Stands in for MediaDownload: records what was asked, states set by the test.
    Component {
        id: fakeDownloadComponent

        QtObject {
            property string state: "idle"
            property real progress: 0
            property var bytesReceived: 0
            property var bytesTotal: 0
            property url localUrl
            property string localPath
            property string errorText
            property int starts: 0
            property int cancels: 0
            property int opens: 0
            property int folders: 0
            function start() { ++starts; state = "downloading" }
            function cancel() { ++cancels; state = "idle" }
            function open() { ++opens; return true }
            function showInFolder() { ++folders; return true }
        }
    }
    // Stands in for MediaDownloads: one fake per call, remembered for the test.
    QtObject {
        id: fakeDownloads

        property var last: null
        property string lastUrl
        property string lastName
        function forSaving(url, name) {
            const d = fakeDownloadComponent.createObject(testCase)
            lastUrl = url
            lastName = name
            last = d
            return d
        }
        function forPlayback(url, name) { return forSaving(url, name) }
        // What the image provider recorded for an encrypted image:// source.
        property string imageErrorText
        property string lastImageErrorUrl
        function imageError(url) { lastImageErrorUrl = url; return imageErrorText }
        function saveAs(url, destination) {}
        signal saved(string path)
        signal errorOccurred(string message)
    }

    Component { id: imageComponent; MediaImage {} }
    Component { id: fileComponent; MediaFile {} }
    Component { id: videoComponent; MediaVideo {} }
    Component { id: audioComponent; MediaAudio {} }
    Component { id: contentComponent; MediaContent {} }
    Component { id: uploadBarComponent; UploadBar { width: 400 } }

    function media(overrides) {
        const m = { kind: "image", url: "mxc://example.org/abc", fileRef: "mxc://example.org/abc",
                    encrypted: false, source: "", thumbnail: "",
                    width: 0, height: 0, size: -1, mimetype: "", filename: "photo.png", caption: "", duration: 0 }
        for (const k in overrides)
            m[k] = overrides[k]
        return m
    }

    function frameOf(item) { return findChild(item, "mediaImageFrame") }

    function test_image_box_keeps_the_aspect_ratio_data() {
        return [
            { tag: "landscape", w: 4000, h: 3000, maxWidth: 500, kind: "image", box: [400, 300] },
            { tag: "portrait", w: 3000, h: 4000, maxWidth: 500, kind: "image", box: [240, 320] },
            { tag: "narrow row", w: 4000, h: 3000, maxWidth: 200, kind: "image", box: [200, 150] },
            { tag: "small image is not upscaled", w: 120, h: 90, maxWidth: 500, kind: "image", box: [120, 90] },
            { tag: "thin strip has a minimum", w: 10, h: 4000, maxWidth: 500, kind: "image", box: [32, 320] },
            { tag: "unknown size", w: 0, h: 0, maxWidth: 500, kind: "image", box: [240, 180] },
            { tag: "sticker is smaller", w: 512, h: 512, maxWidth: 500, kind: "sticker", box: [160, 160] },
        ]
    }
    function test_image_box_keeps_the_aspect_ratio(data) {
        const item = createTemporaryObject(imageComponent, testCase,
                                           { media: media({ kind: data.kind, width: data.w, height: data.h }),
                                             maxWidth: data.maxWidth })
        verify(item)
        const frame = frameOf(item)
        tryCompare(frame, "width", data.box[0])
        compare(frame.height, data.box[1])
        // Nothing loaded: the placeholder fills the box.
        const placeholder = findChild(item, "mediaPlaceholder")
        verify(placeholder.visible)
        compare(placeholder.width, data.box[0])
        compare(placeholder.height, data.box[1])
    }

    function test_image_shows_when_loaded_and_hides_the_placeholder() {
        const item = createTemporaryObject(imageComponent, testCase, {
            media: media({ width: 64, height: 48, thumbnail: Qt.resolvedUrl("data/landscape.png").toString() }) })
        const image = findChild(item, "mediaImage")
        tryCompare(image, "status", Image.Ready)
        verify(image.visible)
        verify(!findChild(item, "mediaPlaceholder").visible)
        compare(frameOf(item).width, 64)
    }

    function test_click_opens_the_viewer_and_escape_closes_it() {
        const url = Qt.resolvedUrl("data/landscape.png").toString()
        const item = createTemporaryObject(imageComponent, testCase, {
            media: media({ width: 64, height: 48, thumbnail: url, source: url }), downloads: fakeDownloads })
        tryCompare(findChild(item, "mediaImage"), "status", Image.Ready)
        mouseClick(frameOf(item))
        verify(item.viewer !== null)
        tryCompare(item.viewer, "opened", true)
        const full = findChild(item.viewer.contentItem, "viewerImage")
        verify(full)
        tryCompare(full, "status", Image.Ready)
        compare(full.source.toString(), url)
        compare(full.width, 64) // fit: a small image is not enlarged
        keyClick(Qt.Key_Escape)
        tryVerify(() => item.viewer === null)
    }

    function test_sticker_does_not_open_the_viewer() {
        const url = Qt.resolvedUrl("data/landscape.png").toString()
        const item = createTemporaryObject(imageComponent, testCase, {
            media: media({ kind: "sticker", width: 64, height: 48, thumbnail: url, source: url }) })
        tryCompare(findChild(item, "mediaImage"), "status", Image.Ready)
        mouseClick(frameOf(item))
        compare(item.viewer, null)
    }

    function test_failed_thumbnail_falls_back_to_the_original() {
        const original = Qt.resolvedUrl("data/landscape.png").toString()
        const item = createTemporaryObject(imageComponent, testCase, {
            media: media({ width: 64, height: 48, thumbnail: Qt.resolvedUrl("data/missing.png").toString(), source: original }) })
        const image = findChild(item, "mediaImage")
        tryCompare(image, "status", Image.Ready)
        compare(image.source.toString(), original)
        verify(item.useOriginal)
    }

    function test_image_that_cannot_load_says_so() {
        const item = createTemporaryObject(imageComponent, testCase, {
            media: media({ width: 64, height: 48, thumbnail: Qt.resolvedUrl("data/missing.png").toString(),
                           source: Qt.resolvedUrl("data/missing-too.png").toString() }) })
        tryVerify(() => findChild(item, "mediaError").visible)
        verify(findChild(item, "mediaPlaceholder").visible)
        compare(frameOf(item).width, 64) // still the image's box
    }

    function test_encrypted_image_without_source_is_not_fetched() {
        const item = createTemporaryObject(imageComponent, testCase, {
            media: media({ width: 64, height: 48, encrypted: true, fileRef: "" }) })
        compare(findChild(item, "mediaImage").source.toString(), "")
        verify(findChild(item, "mediaError").visible)
    }

    function test_encrypted_image_failure_says_why() {
        // The provider recorded why (here: a hash mismatch); the row shows that sentence, not a broken image.
        fakeDownloads.imageErrorText = "This file was altered after it was sent."
        const source = Qt.resolvedUrl("data/missing-encrypted.png").toString()
        const item = createTemporaryObject(imageComponent, testCase, {
            media: media({ width: 64, height: 48, encrypted: true, source: source }), downloads: fakeDownloads })
        tryVerify(() => findChild(item, "mediaError").visible)
        compare(findChild(item, "mediaError").text, "This file was altered after it was sent.")
        compare(fakeDownloads.lastImageErrorUrl, source)
        verify(!findChild(item, "mediaImage").visible)
        fakeDownloads.imageErrorText = ""
    }

    function test_caption_shows_below_images_but_not_stickers() {
        const captioned = createTemporaryObject(imageComponent, testCase, { media: media({ caption: "Our trip" }) })
        verify(findChild(captioned, "mediaCaption").visible)
        compare(findChild(captioned, "mediaCaption").text, "Our trip")
        const sticker = createTemporaryObject(imageComponent, testCase, { media: media({ kind: "sticker", caption: "x" }) })
        verify(!findChild(sticker, "mediaCaption").visible)
    }

    function test_file_card_through_its_states() {
        const item = createTemporaryObject(fileComponent, testCase, {
            media: media({ kind: "file", filename: "report.pdf", size: 2 * 1024 * 1024 }), downloads: fakeDownloads })
        verify(item)
        compare(fakeDownloads.lastUrl, "mxc://example.org/abc")
        compare(fakeDownloads.lastName, "report.pdf")
        const download = fakeDownloads.last
        compare(findChild(item, "fileName").text, "report.pdf")
        compare(findChild(item, "fileStatus").text, "2.0 MB")
        const button = findChild(item, "downloadButton")
        verify(button.visible)
        verify(!findChild(item, "downloadProgress").visible)

        mouseClick(button)
        compare(download.starts, 1)
        download.bytesTotal = 2 * 1024 * 1024
        download.bytesReceived = 1024 * 1024
        download.progress = 0.5
        verify(findChild(item, "downloadProgress").visible)
        compare(findChild(item, "downloadProgress").value, 0.5)
        compare(findChild(item, "fileStatus").text, "1.0 MB of 2.0 MB")
        verify(!button.visible)
        const cancel = findChild(item, "cancelButton")
        verify(cancel.visible)
        mouseClick(cancel)
        compare(download.cancels, 1)
        verify(button.visible)

        download.localPath = "/home/me/Downloads/report.pdf"
        download.state = "ready"
        compare(findChild(item, "fileStatus").text, "Saved as /home/me/Downloads/report.pdf")
        verify(findChild(item, "openButton").visible)
        mouseClick(findChild(item, "openButton"))
        compare(download.opens, 1)
        mouseClick(findChild(item, "showInFolderButton"))
        compare(download.folders, 1)
        verify(!button.visible)

        download.errorText = "The connection was lost."
        download.state = "failed"
        compare(findChild(item, "fileStatus").text, "The connection was lost.")
        verify(button.visible)
        compare(button.text, "Retry")
        verify(!findChild(item, "openButton").visible)
    }

    function test_video_box_and_fetch_before_play() {
        const item = createTemporaryObject(videoComponent, testCase, {
            media: media({ kind: "video", width: 1920, height: 1080, filename: "clip.webm", duration: 65000 }),
            downloads: fakeDownloads })
        const frame = findChild(item, "videoFrame")
        compare(frame.width, 400)
        compare(frame.height, 225)
        const play = findChild(item, "bigPlayButton")
        verify(play.visible)
        mouseClick(play)
        compare(fakeDownloads.last.starts, 1)
        fakeDownloads.last.bytesTotal = 100
        fakeDownloads.last.progress = 0.25
        verify(findChild(item, "fetchProgress").visible)
        compare(findChild(item, "fetchProgress").value, 0.25)
        fakeDownloads.last.errorText = "No network."
        fakeDownloads.last.state = "failed"
        verify(findChild(item, "mediaError").visible)
        compare(findChild(item, "mediaError").text, "The video could not be downloaded: No network.")
    }

    function test_clip_length_rounds_to_the_second_data() {
        return [
            { tag: "unknown", ms: 0, text: "0:00" },
            { tag: "short", ms: 300, text: "0:01" },
            { tag: "one and a half", ms: 1500, text: "0:02" },
            { tag: "just under two", ms: 1990, text: "0:02" },
            { tag: "a minute", ms: 60400, text: "1:00" },
            { tag: "an hour", ms: 3600000 + 5 * 60000 + 7000, text: "1:05:07" },
        ]
    }
    function test_clip_length_rounds_to_the_second(data) {
        const item = createTemporaryObject(videoComponent, testCase, {
            media: media({ kind: "video", filename: "clip.webm", duration: data.ms, size: 2048 }),
            downloads: fakeDownloads })
        // With no duration the label gives the size instead.
        compare(findChild(item, "videoLength").text, data.ms > 0 ? data.text : "2.0 KB")
    }

    function test_video_without_thumbnail_names_the_file() {
        const item = createTemporaryObject(videoComponent, testCase, {
            media: media({ kind: "video", filename: "holiday.webm", size: -1 }), downloads: fakeDownloads })
        const frame = findChild(item, "videoFrame")
        compare(frame.width, 320) // the fallback box: no info.w/h
        compare(frame.height, 180)
        verify(findChild(item, "videoName").visible)
        compare(findChild(item, "videoName").text, "holiday.webm")
        // No duration and no size: no empty label.
        verify(!findChild(item, "videoLength").visible)
        verify(findChild(item, "bigPlayButton").visible)
    }

    function test_video_thumbnail_hides_the_name_once_shown() {
        const item = createTemporaryObject(videoComponent, testCase, {
            media: media({ kind: "video", filename: "clip.webm", width: 320, height: 240, duration: 2000,
                           thumbnail: Qt.resolvedUrl("data/landscape.png") }), downloads: fakeDownloads })
        const thumb = findChild(item, "videoThumbnail")
        tryVerify(() => thumb.status === Image.Ready, 5000, "the thumbnail loads")
        verify(thumb.visible)
        verify(!findChild(item, "videoName").visible)
        compare(findChild(item, "videoLength").text, "0:02")
        compare(findChild(item, "videoFrame").height, 240)
    }

    // Qt Multimedia's GStreamer backend plays the fetched local file (no sound server needed).
    function test_video_plays_the_local_file_once_fetched() {
        const item = createTemporaryObject(videoComponent, testCase, {
            media: media({ kind: "video", width: 160, height: 90, filename: "clip.webm" }), downloads: fakeDownloads })
        mouseClick(findChild(item, "bigPlayButton"))
        const download = fakeDownloads.last
        compare(download.starts, 1)
        compare(item.player, null) // nothing plays before the file is here
        download.localUrl = Qt.resolvedUrl("data/clip.webm")
        download.state = "ready"
        tryVerify(() => item.player !== null)
        compare(item.player.source, Qt.resolvedUrl("data/clip.webm"))
        tryVerify(() => item.player.duration > 1500, 10000, "the clip's duration")
        tryVerify(() => item.player.position > 0, 10000, "playback advances")
        verify(!findChild(item, "bigPlayButton").visible)
        compare(findChild(item, "mediaError").visible, false)
        item.destroy() // while playing: the player must stop itself first
        wait(200)
    }

    function test_audio_plays_the_local_file_once_fetched() {
        const item = createTemporaryObject(audioComponent, testCase, {
            media: media({ kind: "audio", filename: "tone.ogg" }), downloads: fakeDownloads })
        mouseClick(findChild(item, "playButton"))
        const download = fakeDownloads.last
        download.localUrl = Qt.resolvedUrl("data/tone.ogg")
        download.state = "ready"
        tryVerify(() => item.player !== null)
        tryVerify(() => item.player.duration > 0, 10000, "the clip's duration")
        // The duration comes from the file now, no longer unknown.
        verify(!findChild(item, "timeLabel").text.includes("–"))
        tryVerify(() => item.player.position > 0 || item.player.mediaStatus === 6 /* EndOfMedia */, 10000, "playback")
        compare(findChild(item, "mediaError").visible, false)
    }

    function test_audio_card_fetches_before_play() {
        const item = createTemporaryObject(audioComponent, testCase, {
            media: media({ kind: "audio", filename: "voice.ogg", duration: 61000, size: 48000 }), downloads: fakeDownloads })
        compare(findChild(item, "fileName").text, "voice.ogg")
        compare(findChild(item, "timeLabel").text, "0:00 / 1:01")
        compare(findChild(item, "fetchProgress").visible, false)
        mouseClick(findChild(item, "playButton"))
        compare(fakeDownloads.last.starts, 1)
        verify(findChild(item, "fetchProgress").visible)
    }

    function test_content_picks_the_view_by_kind() {
        const kinds = { image: "mediaImageFrame", sticker: "mediaImageFrame", video: "videoFrame",
                        audio: "audioCard", file: "fileCard" }
        for (const kind in kinds) {
            const item = createTemporaryObject(contentComponent, testCase, {
                media: media({ kind: kind }), room: { media: fakeDownloads } })
            tryVerify(() => item.item !== null, 2000, kind)
            verify(item.item.objectName === kinds[kind] || findChild(item.item, kinds[kind]) !== null, kind)
        }
    }

    ListModel {
        id: fakeUploads
    }
    QtObject {
        id: fakeAttachments

        property var uploads: fakeUploads
        property int cancelled: -1
        function cancel(id) { cancelled = id }
    }

    function test_upload_bar_rows() {
        fakeUploads.clear()
        const bar = createTemporaryObject(uploadBarComponent, testCase, { attachments: fakeAttachments })
        verify(!bar.visible)
        fakeUploads.append({ uploadId: 7, fileName: "holiday.jpg", progress: 0.5, bytesSent: 1048576,
                             bytesTotal: 2097152, state: "uploading", errorText: "" })
        fakeUploads.append({ uploadId: 8, fileName: "huge.iso", progress: 0, bytesSent: 0, bytesTotal: 0,
                             state: "failed", errorText: "“huge.iso” could not be sent: The file is too large." })
        tryVerify(() => bar.visible)
        const rows = []
        for (let i = 0; i < bar.children.length; ++i)
            if (bar.children[i].objectName === "uploadRow")
                rows.push(bar.children[i])
        compare(rows.length, 2)
        compare(findChild(rows[0], "uploadName").text, "holiday.jpg")
        compare(findChild(rows[0], "uploadStatus").text, "1.0 MB of 2.0 MB")
        compare(findChild(rows[0], "uploadProgress").value, 0.5)
        verify(!findChild(rows[0], "uploadError").visible)
        verify(findChild(rows[1], "uploadError").visible)
        verify(!findChild(rows[1], "uploadProgress").visible)
        mouseClick(findChild(rows[0], "uploadCancel"))
        compare(fakeAttachments.cancelled, 7)
        mouseClick(findChild(rows[1], "uploadCancel"))
        compare(fakeAttachments.cancelled, 8)
    }
}
