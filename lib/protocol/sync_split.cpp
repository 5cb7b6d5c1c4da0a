#include "sync_split.h"

#include "json_scan.h"

namespace lattice {

qsizetype SyncSplit::bodyOffset(qsizetype skeletonOffset) const
{
    qsizetype delta = 0;
    for (const auto &[skeletonEnd, bodyEnd] : ends) {
        if (skeletonEnd > skeletonOffset)
            break;
        delta = bodyEnd - skeletonEnd;
    }
    return skeletonOffset + delta;
}

std::optional<SyncSplit> splitSyncBody(const QByteArray &body)
{
    using namespace jsonscan;
    const QByteArrayView json(body);
    SyncSplit out;
    auto section = [&](QByteArrayView key) -> std::optional<Membership> {
        if (key == "join")
            return Membership::Join;
        if (key == "invite")
            return Membership::Invite;
        if (key == "knock")
            return Membership::Knock;
        if (key == "leave")
            return Membership::Leave;
        return std::nullopt;
    };
    auto roomsMember = [&](QByteArrayView key, qsizetype begin, qsizetype end) {
        const auto membership = section(key);
        if (!membership || json[begin] != '{')
            return true; // left in the skeleton as it is
        out.splitSection[int(*membership)] = true;
        const qsizetype closed = forEachMember(json, begin, [&](QByteArrayView, qsizetype b, qsizetype e) {
            if (json[b] != '{')
                return false; // not a room object: the whole-document path reports it as before
            out.rooms.push_back({*membership, b, e - b});
            return true;
        });
        return closed == end;
    };
    const qsizetype rootBegin = skipSpace(json, 0);
    const qsizetype rootEnd =
        forEachMember(json, rootBegin, [&](QByteArrayView key, qsizetype begin, qsizetype end) {
            if (key != "rooms" || json[begin] != '{')
                return true;
            return forEachMember(json, begin, roomsMember) == end;
        });
    if (rootEnd < 0)
        return std::nullopt;

    qsizetype copied = 0;
    qsizetype skeletonSize = 0;
    out.skeleton.reserve(body.size() / 64 + 1024);
    for (size_t i = 0; i < out.rooms.size(); ++i) {
        const SyncSplit::Room &r = out.rooms[i];
        out.skeleton.append(json.sliced(copied, r.offset - copied));
        out.skeleton.append(QByteArray::number(qulonglong(i)));
        copied = r.offset + r.length;
        skeletonSize = out.skeleton.size();
        out.ends.emplace_back(skeletonSize, copied);
    }
    out.skeleton.append(json.sliced(copied));
    return out;
}

} // namespace lattice
