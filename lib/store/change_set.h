#pragma once
// What one stored sync batch changed: written to the database first, then handed to the GUI thread.
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace lattice {

struct TimelineAppend {
    QString roomId;
    // Newly stored, oldest first. Empty in the initial sync: holding every event of the account
    // until the GUI thread takes the batch would cost more memory than the rest of the sync; the
    // models read the store then.
    QJsonArray events;
};

struct ChangeSet {
    QString nextBatch;
    bool initial = false;             // the first sync of this account
    QSet<QString> changedRooms;       // room list rows to refresh
    std::vector<TimelineAppend> appended;
    QHash<QString, QStringList> typing; // room -> users typing now
    QStringList echoedTransactions;   // send-queue entries whose remote echo arrived
    QSet<QString> accountDataTypes;   // global account data that changed
    int toDeviceEvents = 0;           // stored in to_device_inbox
    int skippedEvents = 0;            // malformed events left out
    QStringList deviceListsChanged;
    QStringList deviceListsLeft;
    QHash<QString, int> oneTimeKeyCounts;
    std::optional<QStringList> unusedFallbackKeyTypes; // nullopt when the server left the field out
    QStringList decryptedEvents; // events whose decryption result or failure was stored: views re-read them
};

} // namespace lattice
