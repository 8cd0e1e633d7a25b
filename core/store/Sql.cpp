#include "store/Sql.h"

#include "store/Database.h"
#include "store/Dialect.h"

#include <QDate>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QUuid>

namespace cd::sql {

QString serverMessage(const QSqlError& error)
{
    // "ERROR:  message\nCONTEXT: ..." from the server: the message alone, in the words of the function that raised it.
    QString text = error.databaseText().trimmed();
    text.remove(QRegularExpression(QStringLiteral("^(ERROR|FATAL):\\s*")));
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}

Error toError(const QSqlError& error, const QString& doing)
{
    // The engines' codes do not overlap, so either engine's notion of "try again" can be asked.
    const bool busy = dialect::isRetryable(Engine::SQLite, error) || dialect::isRetryable(Engine::PostgreSQL, error);
    Error e{ErrorKind::Database, QStringLiteral("The database could not %1: %2")
                                     .arg(doing, error.databaseText().isEmpty() ? error.text() : error.databaseText())};
    e.retryable = busy;
    // 42501 insufficient_privilege: a practice server refused the login's role (its grants or its insert trigger).
    if (error.nativeErrorCode() == QLatin1String("42501")) {
        e.kind = ErrorKind::Forbidden;
        e.message = QStringLiteral("The practice server refused this for your role: %1").arg(serverMessage(error));
    }
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

Result<QList<qint64>> reserveIds(Database& db, const QString& table, qsizetype count)
{
    QList<qint64> ids;
    if (count == 0) {
        return ids;
    }
    auto q = db.prepared(dialect::reserveIds(db.engine(), table));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = exec(query, {QVariant(count)}, QStringLiteral("number the new rows")); !done) {
        return done.error();
    }
    ids.reserve(count);
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    query.finish();
    return ids;
}

void readSqliteFile(const QString& file, const std::function<void(QSqlQuery*)>& read)
{
    const QString name = QStringLiteral("read-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(file);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (connection.open()) {
            QSqlQuery q(connection);
            read(&q);
        } else {
            read(nullptr);
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<qint64> reserveId(Database& db, const QString& table)
{
    auto ids = reserveIds(db, table, 1);
    if (!ids) {
        return ids.error();
    }
    if (ids->size() != 1) {
        return Error{ErrorKind::Database, QStringLiteral("Could not number the new row of %1.").arg(table)};
    }
    return ids->first();
}

} // namespace cd::sql
