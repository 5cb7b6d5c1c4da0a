#pragma once
// How the crypto layer reports failures: an Error of kind Parse (bad or unauthentic input) or Usage
// (a call that cannot work, such as a moved-from object), with one human sentence and, in errcode,
// a stable machine-readable reason (libolm's error name where libolm answered, e.g. BAD_MESSAGE_MAC).
#include "protocol/error.h"

namespace lattice::crypto {

// `sentence` is marked with QT_TRANSLATE_NOOP("lattice::Crypto", ...) so lupdate finds it; it is
// translated here.

Error inputError(const char *sentence, QString code = {});
Error usageError(const char *sentence, QString code = {});

} // namespace lattice::crypto
