#pragma once

#include "domain/Result.h"

#include <QStringList>
#include <QVariantList>

#include <memory>

struct sqlite3_stmt;

namespace cd {

class Database;

// Inserts many rows into one table inside the caller's transaction, the fastest way each engine allows:
// - PostgreSQL: a few hundred rows to a statement, so a round trip carries hundreds of rows rather than one;
// - SQLite: SQLite's own C API on Qt's connection (prepare once, bind, step, reset), skipping Qt's per-value binding,
//   which costs more than the row itself (TOOLCHAIN.md, bulk inserts); many rows to a step, as each step has its
//   own fixed cost.
class BulkInserter
{
public:
    BulkInserter(Database& db, QString table, QStringList columns, int rowsPerStatement = 200);
    ~BulkInserter();
    BulkInserter(const BulkInserter&) = delete;
    BulkInserter& operator=(const BulkInserter&) = delete;

    Status add(const QVariantList& row);
    Status finish();
    [[nodiscard]] qint64 rows() const { return m_rows; }

private:
    Status flush();
    Status flushToSqlite();
    Result<sqlite3_stmt*> prepareSqlite(qsizetype rows);
    Status bindSqlite(sqlite3_stmt* statement, qsizetype place, const QVariant& value);
    Status stepSqlite(sqlite3_stmt* statement);

    Database& m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    QList<QByteArray> m_utf8; // one per value of a statement: the text bound to the SQLite statement until its step
    qint64 m_rows = 0;
    sqlite3_stmt* m_statement = nullptr; // SQLite only
};

} // namespace cd
