#pragma once
// Mentions in sanitised message HTML: links to a user (matrix.to or matrix:u/) are drawn as pills,
// with inline CSS that QTextDocument understands (it has no border-radius; a tinted background,
// bold text and no underline read as a pill in both palettes).
#include <QString>

namespace lattice::desktop {

// `html` is sanitiser output. Links to a user get the pill style; any other link is left alone.
QString styleMentionPills(const QString &html);

} // namespace lattice::desktop
