// Runs the tst_*.qml files here against the Lattice QML module linked in statically.
#include <QObject>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(LatticePlugin)

// The module's files live in the resources (qrc:/Lattice/), which the engine does not search by default.
class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(QStringLiteral("qrc:/")); }
};

QUICK_TEST_MAIN_WITH_SETUP(lattice_qml, Setup)
#include "main.moc"
