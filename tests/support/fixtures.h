#pragma once
// Recorded JSON under tests/data.
#include <QByteArray>
#include <QFile>

namespace lattice::test {

inline QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(LATTICE_TEST_DATA "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

} // namespace lattice::test
