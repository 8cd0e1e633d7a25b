#include "store/Sql.h"

#include "store/Dialect.h"

#include <QDate>

namespace cd::sql {

Error toError(const QSqlError& error, const QString& doing)
{
    // The engines' codes do not overlap, so either engine's notion of "try again" can be asked.
    const bool busy = dialect::isRetryable(Engine::SQLite, error) || dialect::isRetryable(Engine::PostgreSQL, error);
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

Status exec(QSqlQuery& query, const QVariantList& values, const QString& doing)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        query.bindValue(static_cast<int>(i), values.at(i));
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

qint64 returnedId(QSqlQuery& query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
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
