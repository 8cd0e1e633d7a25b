#include "store/Dialect.h"

namespace cd::dialect {

QString beginWrite(Engine engine)
{
    return engine == Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
}

QString listTables(Engine engine)
{
    return engine == Engine::SQLite
               ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
               : QStringLiteral(
                     "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
}

QString lockPatient(Engine engine)
{
    return engine == Engine::SQLite ? QString() : QStringLiteral("SELECT id FROM patients WHERE id = ? FOR UPDATE");
}

QString notifyChange(Engine engine)
{
    return engine == Engine::SQLite ? QString()
                                    : QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(kChangeChannel));
}

QString resyncIdentity(Engine engine, const QString& table)
{
    return engine == Engine::SQLite
               ? QString()
               : QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE((SELECT MAX(id) FROM %1), "
                                "0) + 1, false)")
                     .arg(table);
}

bool isRetryable(Engine engine, const QSqlError& error)
{
    const QString code = error.nativeErrorCode();
    if (engine == Engine::SQLite) {
        // SQLITE_BUSY (5), SQLITE_LOCKED (6): another desk holds the file for a moment.
        return code == QLatin1String("5") || code == QLatin1String("6") ||
               error.databaseText().contains(QLatin1String("database is locked"));
    }
    // 40001 serialization_failure, 40P01 deadlock_detected.
    return code == QLatin1String("40001") || code == QLatin1String("40P01");
}

QString migrationsFolder(Engine engine)
{
    return engine == Engine::SQLite ? QStringLiteral(":/sql/sqlite") : QStringLiteral(":/sql/postgresql");
}

} // namespace cd::dialect
