#include "error.h"

namespace lattice {

QString Error::describe() const
{
    switch (kind) {
    case Kind::Matrix:
        return errcode.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, errcode);
    case Kind::Http:
        return message.isEmpty() ? QStringLiteral("The server answered with HTTP status %1.").arg(httpStatus)
                                 : message;
    default:
        return message;
    }
}

} // namespace lattice
