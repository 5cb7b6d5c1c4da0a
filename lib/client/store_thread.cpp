#include "store_thread.h"

namespace lattice {

StoreThread::StoreThread(QString databasePath, QObject *parent)
    : QObject(parent), m_path(std::move(databasePath)), m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("lattice-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // Close the connection on the thread that opened it, then stop the thread.
    QMetaObject::invokeMethod(m_worker, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

Error StoreThread::notOpen()
{
    return Error::make(Error::Kind::Storage, QStringLiteral("The local database is not open."));
}

void StoreThread::open(QObject *context, std::function<void(Status)> done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(m_worker, [this, guard, done = std::move(done)]() mutable {
        Status status = success();
        if (!m_db) {
            auto db = Database::open(m_path);
            if (db)
                m_db = std::move(*db);
            else
                status = db.error();
        }
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(), [guard, done = std::move(done), status]() {
                if (guard)
                    done(status);
            },
            Qt::QueuedConnection);
    });
}

} // namespace lattice
