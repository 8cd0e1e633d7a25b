#include "store/Sql.h"

#include <QDate>

namespace cd::sql {

Error toError(const QSqlError& error, const QString& doing)
{
    const QString code = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another desk holds the database for a moment.
    const bool busy = code == QLatin1String("5") || code == QLatin1String("6") ||
                      error.databaseText().contains(QLatin1String("database is locked"));
    Error e{ErrorKind::Database, QStringLiteral("The database could not %1: %2")
                                     .arg(doing, error.databaseText().isEmpty() ? error.text() : error.databaseText())};
    e.retryable = busy;
    return e;
}

Status exec(QSqlQuery& query, std::initializer_list<QVariant> values, const QString& doing)
{
    int i = 0;
    for (const QVariant& v : values) {
        query.bindValue(i++, v);
    }
    if (!query.exec()) {
        return toError(query.lastError(), doing);
    }
    return Done{};
}

Status execDirect(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        return toError(query.lastError(), QStringLiteral("run \"%1\"").arg(statement.left(60)));
    }
    return Done{};
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(id);
}

} // namespace cd::sql
