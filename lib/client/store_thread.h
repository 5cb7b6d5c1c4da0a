#pragma once
// The worker thread that owns the writing database connection. Parsing and writing never run on
// the GUI thread: callers post a job and get its result back on their own thread.
#include "store/database.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace lattice {

class StoreThread : public QObject {
    Q_OBJECT
public:
    explicit StoreThread(QString databasePath, QObject *parent = nullptr);
    ~StoreThread() override;

    // Opens the writer connection on the worker (migrating the schema) and reports back.
    void open(QObject *context, std::function<void(Status)> done);

    // Runs `job(db)` on the worker, then `done(result)` on `context`'s thread, if it still exists.
    template <typename T>
    void post(std::function<Result<T>(Database &)> job, QObject *context, std::function<void(Result<T>)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(m_worker, [this, job = std::move(job), guard, done = std::move(done)]() mutable {
            Result<T> result = m_db ? job(*m_db) : Result<T>(notOpen());
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        });
    }

    QString databasePath() const { return m_path; }

private:
    static Error notOpen();
    QString m_path;
    QThread m_thread;
    QObject *m_worker; // lives on m_thread; deleted there when the thread finishes
    std::unique_ptr<Database> m_db; // touched only on m_thread
};

} // namespace lattice
