#pragma once
// Loads the app's translations (built into the resources under :/i18n) and Qt's own.
#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace lattice::desktop {

// Installs, on `app` (which owns them): the English plural forms, Lattice's translation for the
// locale's UI languages, and Qt's qtbase translation when one is installed. Returns the files used.
QStringList installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace lattice::desktop
