#pragma once
// A small scanner over raw JSON bytes that finds where values begin and end without building
// them. It checks only the structure it walks (strings, brackets, separators); the slices it
// finds are parsed by QJsonDocument afterwards, which validates their content.
#include <QByteArrayView>
#include <functional>

namespace lattice::jsonscan {

// The first position at or after `pos` that is not JSON whitespace.
qsizetype skipSpace(QByteArrayView json, qsizetype pos);

// The position just after the value starting at `pos` (a string, object, array or scalar), or -1
// when the value is cut off, its brackets do not match, or `pos` starts no value.
qsizetype valueEnd(QByteArrayView json, qsizetype pos);

// Calls `member(rawKey, valueBegin, valueEnd)` for each member of the object starting at `pos`, in
// the order of the bytes. rawKey is the key between its quotes, escapes left as they are. Returns
// the position after the closing brace, or -1 when the object is malformed or `member` returns false.
using MemberFn = std::function<bool(QByteArrayView rawKey, qsizetype begin, qsizetype end)>;
qsizetype forEachMember(QByteArrayView json, qsizetype pos, const MemberFn &member);

// Calls `element(begin, end)` for each element of the array starting at `pos`. Returns the position
// after the closing bracket, or -1 when the array is malformed or `element` returns false.
using ElementFn = std::function<bool(qsizetype begin, qsizetype end)>;
qsizetype forEachElement(QByteArrayView json, qsizetype pos, const ElementFn &element);

} // namespace lattice::jsonscan
