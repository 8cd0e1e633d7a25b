#include "store/ChangeWatcher.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cd {

ChangeWatcher::ChangeWatcher(Database& db, QObject* parent, int pollMilliseconds)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start(pollMilliseconds);
    subscribe();
    poll();
}

void ChangeWatcher::subscribe()
{
    if (m_db.engine() != Engine::PostgreSQL) {
        return;
    }
    QSqlQuery channel(m_db.connection());
    if (!channel.exec(QStringLiteral("SELECT consentdesk_change_channel()")) || !channel.next()) {
        return; // the poll notices a lost connection and subscribes again once it is back
    }
    m_channel = channel.value(0).toString();
    QSqlDriver* driver = m_db.connection().driver();
    driver->subscribeToNotification(m_channel);
    // The driver object is new after a reconnect; a unique connection keeps one handler per driver.
    connect(driver, &QSqlDriver::notification, this, &ChangeWatcher::onNotification, Qt::UniqueConnection);
}

void ChangeWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant&)
{
    if (name == m_channel) {
        Q_EMIT changed();
    }
}

void ChangeWatcher::poll()
{
    QSqlQuery q(m_db.connection());
    const bool sqlite = m_db.engine() == Engine::SQLite;
    if (q.exec(sqlite ? QStringLiteral("PRAGMA data_version") : QStringLiteral("SELECT 1")) && q.next()) {
        if (m_lost) {
            m_lost = false;
            Q_EMIT connectionRestored();
            Q_EMIT changed(); // whatever happened while away
        }
        if (sqlite) {
            const qint64 version = q.value(0).toLongLong();
            if (m_dataVersion >= 0 && version != m_dataVersion) {
                Q_EMIT changed();
            }
            m_dataVersion = version;
        }
        return;
    }
    const QString why = q.lastError().text();
    q = QSqlQuery();
    if (!m_lost) {
        m_lost = true;
        Q_EMIT connectionLost(why);
    }
    if (m_db.reconnect()) {
        subscribe();
        m_lost = false;
        Q_EMIT connectionRestored();
        Q_EMIT changed();
    }
}

} // namespace cd
