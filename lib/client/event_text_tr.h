#pragma once

#include <QCoreApplication>
#include <QLatin1String>
#include <QString>

namespace lattice::event_text_detail {

// lupdate files tr() calls in free functions under the namespace's name ("lattice"): the event-text
// files share that context through this one definition.
inline QString tr(const char *text)
{
    return QCoreApplication::translate("lattice", text);
}
inline QLatin1String k(const char *key)
{
    return QLatin1String(key);
}

} // namespace lattice::event_text_detail
