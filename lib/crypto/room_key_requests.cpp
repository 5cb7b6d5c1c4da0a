// Forwarded room keys and key requests (spec: end_to_end_encryption.md "Key requests",
// "m.forwarded_room_key"). Lattice does not yet send m.room_key_request, so it never asked for a
// forwarded key: every m.forwarded_room_key is refused (accepting unrequested keys would let any device
// inject sessions), and requests from others are not answered yet.
#include "olm_machine_p.h"

namespace lattice::crypto {

Status OlmMachine::Private::receiveForwardedRoomKey(const OlmPlaintext &, SyncCryptoOutput &)
{
    return inputError(QT_TRANSLATE_NOOP("lattice::Crypto",
                                        "A forwarded room key that Lattice did not request was refused."),
                      QStringLiteral("UNREQUESTED_ROOM_KEY"));
}

Status OlmMachine::Private::receiveRoomKeyRequest(const QJsonObject &)
{
    return success(); // not answered: see the comment at the top
}

} // namespace lattice::crypto
