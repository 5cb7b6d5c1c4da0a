// The built-in translations: French and German load from the resources, translate strings from
// QML, app and library code, and give proper plural forms; English gets its plurals from lattice_en.
#include "app_translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

    static QString translated(const char *context, const char *source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }

    void removeAll()
    {
        for (QTranslator *t : std::as_const(m_installed))
            QCoreApplication::removeTranslator(t);
        qDeleteAll(m_installed);
        m_installed.clear();
    }

    void installOnly(const QString &name)
    {
        removeAll();
        auto *t = new QTranslator;
        QVERIFY2(t->load(name, QStringLiteral(":/i18n")), qPrintable(name));
        QVERIFY(QCoreApplication::installTranslator(t));
        m_installed.append(t);
    }

    QList<QTranslator *> m_installed;

private Q_SLOTS:
    void cleanup() { removeAll(); }

    void filesAreBuiltIn()
    {
        QStringList files;
        for (QDirIterator it(QStringLiteral(":/i18n")); it.hasNext();)
            files << QFileInfo(it.next()).fileName();
        files.sort();
        QCOMPARE(files, (QStringList{"lattice_de.qm", "lattice_en.qm", "lattice_fr.qm"}));
    }

    void french()
    {
        installOnly(QStringLiteral("lattice_fr"));
        QCOMPARE(translated("LoginPage", "Sign in"), QStringLiteral("Se connecter"));
        QCOMPARE(translated("lattice::desktop::TrayIcon", "Quit"), QStringLiteral("Quitter"));
        QCOMPARE(translated("lattice", "%1 joined the room").arg(QStringLiteral("Alice")),
                 QStringLiteral("Alice a rejoint le salon"));
        // French: 0 and 1 are singular.
        QCOMPARE(translated("RoomView", "%n member(s)", 0), QStringLiteral("0 membre"));
        QCOMPARE(translated("RoomView", "%n member(s)", 1), QStringLiteral("1 membre"));
        QCOMPARE(translated("RoomView", "%n member(s)", 2), QStringLiteral("2 membres"));
        QCOMPARE(translated("lattice::desktop::RoomController", "%1 and %n others are typing…", 3).arg("Bob"),
                 QStringLiteral("Bob et 3 autres personnes sont en train d’écrire…"));
        // French typography: a no-break space before the colon.
        QCOMPARE(translated("lattice", "%1: %2"), QStringLiteral("%1\u00a0: %2"));
    }

    void german()
    {
        installOnly(QStringLiteral("lattice_de"));
        QCOMPARE(translated("RoomSidebar", "Favourites"), QStringLiteral("Favoriten"));
        QCOMPARE(translated("lattice::desktop::TrayIcon", "Show Lattice"),
                 QStringLiteral("Lattice anzeigen"));
        QCOMPARE(translated("RoomView", "%n member(s)", 0), QStringLiteral("0 Mitglieder"));
        QCOMPARE(translated("RoomView", "%n member(s)", 1), QStringLiteral("1 Mitglied"));
        QCOMPARE(translated("RoomView", "%n member(s)", 5), QStringLiteral("5 Mitglieder"));
        QCOMPARE(translated("RoomName", "%1 and %n others", 4).arg("Bob"),
                 QStringLiteral("Bob und 4 weitere Personen"));
        QCOMPARE(translated("DesktopNotifications", "%1 (%n new messages)", 1).arg("Bob: hi"),
                 QStringLiteral("Bob: hi (1 neue Nachricht)"));
    }

    void englishPlurals()
    {
        installOnly(QStringLiteral("lattice_en"));
        QCOMPARE(translated("RoomView", "%n member(s)", 1), QStringLiteral("1 member"));
        QCOMPARE(translated("RoomView", "%n member(s)", 2), QStringLiteral("2 members"));
        QCOMPARE(translated("EventText", "%1, %2 and %n others", 1), QStringLiteral("%1, %2 and 1 other"));
        QCOMPARE(translated("LoginPage", "Sign in"), QStringLiteral("Sign in")); // only plurals in lattice_en
    }

    // What main() does for the system locale.
    void installForLocale()
    {
        const QStringList used = lattice::desktop::installTranslations(
            *QCoreApplication::instance(), QLocale(QLocale::German, QLocale::Germany));
        QVERIFY2(used.contains(QStringLiteral(":/i18n/lattice_de.qm")), qPrintable(used.join(", ")));
        QVERIFY(used.contains(QStringLiteral(":/i18n/lattice_en.qm")));
        QCOMPARE(translated("Main", "Try again"), QStringLiteral("Erneut versuchen"));
        QCOMPARE(translated("RoomView", "%n member(s)", 1), QStringLiteral("1 Mitglied"));
        // Italian has no translation: English, with English plurals.
        const QList<QTranslator *> before = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *t : before) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        lattice::desktop::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Italian));
        QCOMPARE(translated("Main", "Try again"), QStringLiteral("Try again"));
        QCOMPARE(translated("RoomView", "%n member(s)", 1), QStringLiteral("1 member"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
