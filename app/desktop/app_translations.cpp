#include "app_translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace lattice::desktop {

namespace {

const QString kPrefix = QStringLiteral(":/i18n");

bool install(QCoreApplication &app, QStringList &used, const auto &load)
{
    auto *translator = new QTranslator(&app);
    if (!load(*translator) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    used.append(translator->filePath());
    return true;
}

} // namespace

QStringList installTranslations(QCoreApplication &app, const QLocale &locale)
{
    QStringList used;
    // English text in the sources has no plural forms of its own ("%n member(s)"): lattice_en
    // gives them. Translators installed later are asked first, so the locale's one goes on top.
    install(app, used, [](QTranslator &t) { return t.load(QStringLiteral("lattice_en"), kPrefix); });
    install(app, used, [&locale](QTranslator &t) {
        return locale.language() != QLocale::English &&
               t.load(locale, QStringLiteral("lattice"), QStringLiteral("_"), kPrefix);
    });
    install(app, used, [&locale](QTranslator &t) {
        return t.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    return used;
}

} // namespace lattice::desktop
