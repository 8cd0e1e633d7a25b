#pragma once

#include "domain/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <initializer_list>

namespace cd {
class Database;
}

namespace cd::sql {

// A store error for a person: what failed, never the values bound (they may identify a patient).
Error toError(const QSqlError& error, const QString& doing);
// The first line of a server's message, without its "ERROR:" (a practice server's functions say what to do).
QString serverMessage(const QSqlError& error);
// Binds positional values and executes; the query stays positioned for reading.
Status exec(QSqlQuery& query, std::initializer_list<QVariant> values, const QString& doing);
Status exec(QSqlQuery& query, const QVariantList& values, const QString& doing);
// Executes one statement with no values, e.g. a PRAGMA.
Status execDirect(QSqlDatabase& db, const QString& statement);
// Text for a NOT NULL column: an empty string, never NULL (a null QString binds as NULL).
QVariant text(const QString& value);
// The id an INSERT ... RETURNING id gave back (0 if none); leaves the statement ready to run again.
qint64 returnedId(QSqlQuery& query);
// A nullable text or date value: NULL when empty or invalid.
QVariant nullable(const QString& text);
QVariant nullableId(qint64 id);
// Ids taken for rows about to be inserted, inside the caller's transaction (dialect::reserveIds): other desks keep
// recording meanwhile.
Result<QList<qint64>> reserveIds(Database& db, const QString& table, qsizetype count);
Result<qint64> reserveId(Database& db, const QString& table);
// Reads an SQLite file other than the one open (a backup) through a read-only connection of its own, gone before this
// returns; `read` gets a query on it, or nullptr when the file cannot be opened.
void readSqliteFile(const QString& file, const std::function<void(QSqlQuery*)>& read);

} // namespace cd::sql
