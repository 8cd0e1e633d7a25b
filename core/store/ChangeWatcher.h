#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace cd {

class Database;

// Tells a desk that another desk changed the practice, without anyone pressing refresh: on PostgreSQL by LISTEN/
// NOTIFY (sent when a change commits), on SQLite by PRAGMA data_version, which moves when another connection
// commits. Also watches the server connection: says when it is lost and reconnects on its own.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ChangeWatcher(Database& db, QObject* parent = nullptr, int pollMilliseconds = 1000);

Q_SIGNALS:
    void changed();
    void connectionLost(const QString& why);
    void connectionRestored();

private:
    void poll();
    void subscribe();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);

    Database& m_db;
    QTimer m_timer;
    qint64 m_dataVersion = -1;
    bool m_lost = false;
    QString m_channel; // the practice's own, named by the server
};

} // namespace cd
