#include "crypto_error.h"

#include <QCoreApplication>

namespace lattice::crypto {

Error inputError(const char *sentence, QString code)
{
    Error e = Error::make(Error::Kind::Parse, QCoreApplication::translate("lattice::Crypto", sentence));
    e.errcode = std::move(code);
    return e;
}

Error usageError(const char *sentence, QString code)
{
    Error e = Error::make(Error::Kind::Usage, QCoreApplication::translate("lattice::Crypto", sentence));
    e.errcode = std::move(code);
    return e;
}

} // namespace lattice::crypto
