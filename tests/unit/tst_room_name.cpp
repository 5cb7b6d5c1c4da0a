// The spec's room display name algorithm.
#include "protocol/room_name.h"

#include <QTest>

using namespace lattice;

class TestRoomName : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QStringList>("heroes");
        QTest::addColumn<int>("joined");
        QTest::addColumn<int>("invited");
        QTest::addColumn<QString>("expected");
        const QStringList none;
        QTest::newRow("name wins") << "Lattice" << "#l:x" << QStringList{"Bob"} << 2 << 0 << "Lattice";
        QTest::newRow("blank name ignored") << "  " << "#l:x" << none << 2 << 0 << "#l:x";
        QTest::newRow("alias") << "" << "#l:x" << QStringList{"Bob"} << 2 << 0 << "#l:x";
        QTest::newRow("one hero") << "" << "" << QStringList{"Bob"} << 2 << 0 << "Bob";
        QTest::newRow("two heroes") << "" << "" << QStringList{"Bob", "Carol"} << 3 << 0 << "Bob and Carol";
        QTest::newRow("three heroes") << "" << "" << QStringList{"Bob", "Carol", "Dan"} << 4 << 0
                                      << "Bob, Carol and Dan";
        QTest::newRow("more members than heroes") << "" << "" << QStringList{"Bob", "Carol"} << 7 << 1
                                                  << "Bob, Carol and 5 others";
        QTest::newRow("alone, was") << "" << "" << QStringList{"Bob"} << 1 << 0 << "Empty Room (was Bob)";
        QTest::newRow("empty") << "" << "" << none << 1 << 0 << "Empty Room";
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, alias);
        QFETCH(QStringList, heroes);
        QFETCH(int, joined);
        QFETCH(int, invited);
        QFETCH(QString, expected);
        QCOMPARE(computeRoomDisplayName({name, alias, heroes, joined, invited}), expected);
    }
    void memberNames()
    {
        QCOMPARE(memberDisplayName(QStringLiteral("@b:x"), QString(), false), QStringLiteral("@b:x"));
        QCOMPARE(memberDisplayName(QStringLiteral("@b:x"), QStringLiteral("Bob"), false), QStringLiteral("Bob"));
        QCOMPARE(memberDisplayName(QStringLiteral("@b:x"), QStringLiteral("Bob"), true), QStringLiteral("Bob (@b:x)"));
    }
};

QTEST_GUILESS_MAIN(TestRoomName)
#include "tst_room_name.moc"
