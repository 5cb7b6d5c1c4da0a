// Sizes and durations as the media views show them.
.pragma library

function formatSize(bytes) {
    if (bytes === undefined || bytes < 0)
        return ""
    if (bytes < 1024)
        return qsTr("%1 bytes").arg(bytes)
    if (bytes < 1024 * 1024)
        return qsTr("%1 KB").arg((bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0))
    if (bytes < 1024 * 1024 * 1024)
        return qsTr("%1 MB").arg((bytes / (1024 * 1024)).toFixed(1))
    return qsTr("%1 GB").arg((bytes / (1024 * 1024 * 1024)).toFixed(2))
}

function formatDuration(ms) {
    const total = Math.max(0, Math.floor((ms || 0) / 1000))
    const h = Math.floor(total / 3600)
    const m = Math.floor((total % 3600) / 60)
    const s = total % 60
    const ss = s < 10 ? "0" + s : "" + s
    if (h > 0)
        return h + ":" + (m < 10 ? "0" + m : m) + ":" + ss
    return m + ":" + ss
}

// A clip's length: to the nearest second, and never "0:00" for a clip that has one (a 1.6 s clip
// is "0:02", a 0.3 s one "0:01"); positions keep formatDuration, which counts whole seconds played.
function formatLength(ms) {
    if (!(ms > 0))
        return formatDuration(0)
    return formatDuration(Math.max(1000, Math.round(ms / 1000) * 1000))
}

// The box an image of w×h is shown in: inside maxW×maxH, same aspect ratio, never upscaled,
// at least `min` on each side; `fallback` (w, h) when the size is unknown.
function fitSize(w, h, maxW, maxH, min, fallbackW, fallbackH) {
    if (!(w > 0 && h > 0))
        return { width: Math.min(fallbackW, maxW), height: Math.min(fallbackH, maxH) }
    const s = Math.min(1, maxW / w, maxH / h)
    return { width: Math.max(min, Math.round(w * s)), height: Math.max(min, Math.round(h * s)) }
}
