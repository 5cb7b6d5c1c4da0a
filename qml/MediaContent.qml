// The attachment of a timeline row, chosen by the `media` role's kind: an image or sticker, a
// video, an audio clip or a file. `room` gives the downloads (RoomController.media).
import QtQuick

Loader {
    id: content

    required property var media
    property var room: null
    // The widest the attachment may be (the row's width).
    property real maxWidth: 400

    readonly property var downloads: room && room.media !== undefined ? room.media : null

    sourceComponent: {
        switch (media.kind) {
        case "image":
        case "sticker":
            return imageComponent
        case "video":
            return videoComponent
        case "audio":
            return audioComponent
        case "file":
            return fileComponent
        }
        return null
    }

    Component {
        id: imageComponent

        MediaImage {
            media: content.media
            downloads: content.downloads
            maxWidth: content.maxWidth
        }
    }
    Component {
        id: videoComponent

        MediaVideo {
            media: content.media
            downloads: content.downloads
            maxWidth: content.maxWidth
        }
    }
    Component {
        id: audioComponent

        MediaAudio {
            media: content.media
            downloads: content.downloads
            maxWidth: content.maxWidth
        }
    }
    Component {
        id: fileComponent

        MediaFile {
            media: content.media
            downloads: content.downloads
            maxWidth: content.maxWidth
        }
    }
}
