#include "store/BulkInserter.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace cd {

BulkInserter::BulkInserter(Database& db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(rowsPerStatement)
{
    m_pending.reserve(m_columns.size() * m_rowsPerStatement);
    m_utf8.resize(m_columns.size() * m_rowsPerStatement);
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_statement);
}

namespace {

QString insertStatement(const QString& table, const QStringList& columns, qsizetype rows)
{
    QString one = QStringLiteral("(?");
    for (qsizetype c = 1; c < columns.size(); ++c) {
        one += QStringLiteral(", ?");
    }
    one += u')';
    QStringList tuples;
    tuples.reserve(rows);
    for (qsizetype r = 0; r < rows; ++r) {
        tuples << one;
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")));
}

} // namespace

Result<sqlite3_stmt*> BulkInserter::prepareSqlite(qsizetype rows)
{
    sqlite3* connection = m_db.sqliteConnection();
    if (!connection) {
        return Error{ErrorKind::Database,
                     QStringLiteral("The SQLite connection could not be reached for a bulk load.")};
    }
    const QByteArray sql = insertStatement(m_table, m_columns, rows).toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        return Error{ErrorKind::Database, QStringLiteral("The database could not prepare the load of %1: %2")
                                              .arg(m_table, QString::fromUtf8(sqlite3_errmsg(connection)))};
    }
    return statement;
}

Status BulkInserter::flushToSqlite()
{
    const qsizetype rows = m_pending.size() / m_columns.size();
    sqlite3_stmt* statement = rows == m_rowsPerStatement ? m_statement : nullptr;
    if (!statement) {
        auto prepared = prepareSqlite(rows);
        if (!prepared) {
            return prepared.error();
        }
        statement = *prepared;
        if (rows == m_rowsPerStatement) {
            m_statement = statement; // full batches share it; the last, shorter one has its own
        }
    }
    // The text stays in m_utf8 until the step has read it.
    Status done = Done{};
    for (qsizetype place = 0; place < m_pending.size() && done; ++place) {
        done = bindSqlite(statement, place, m_pending.at(place));
    }
    if (done) {
        done = stepSqlite(statement);
    }
    if (statement != m_statement) {
        sqlite3_finalize(statement);
    }
    m_pending.clear();
    return done;
}

Status BulkInserter::bindSqlite(sqlite3_stmt* statement, qsizetype place, const QVariant& v)
{
    const int index = static_cast<int>(place) + 1;
    int rc = SQLITE_OK;
    if (v.isNull()) {
        rc = sqlite3_bind_null(statement, index);
    } else if (v.typeId() == QMetaType::QString) {
        // As UTF-8, the database's own encoding: binding UTF-16 made SQLite translate every value.
        QByteArray& utf8 = m_utf8[place];
        utf8 = static_cast<const QString*>(v.constData())->toUtf8();
        rc = sqlite3_bind_text(statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
    } else {
        rc = sqlite3_bind_int64(statement, index, v.toLongLong());
    }
    if (rc != SQLITE_OK) {
        return Error{ErrorKind::Database, QStringLiteral("A value for %1 could not be bound.").arg(m_table)};
    }
    return Done{};
}

Status BulkInserter::stepSqlite(sqlite3_stmt* statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE) {
        Error e{ErrorKind::Database, QStringLiteral("The database could not load the rows of %1: %2")
                                         .arg(m_table, QString::fromUtf8(sqlite3_errstr(rc)))};
        e.retryable = rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
        return e;
    }
    return Done{};
}

Status BulkInserter::add(const QVariantList& row)
{
    if (row.size() != m_columns.size()) {
        return Error{ErrorKind::Database, QStringLiteral("A row for %1 has %2 values for %3 columns.")
                                              .arg(m_table)
                                              .arg(row.size())
                                              .arg(m_columns.size())};
    }
    ++m_rows;
    m_pending.append(row);
    if (m_pending.size() >= m_columns.size() * m_rowsPerStatement) {
        return flush();
    }
    return Done{};
}

Status BulkInserter::finish()
{
    return m_pending.isEmpty() ? Status(Done{}) : flush();
}

Status BulkInserter::flush()
{
    if (m_db.engine() == Engine::SQLite) {
        return flushToSqlite();
    }
    const qsizetype rows = m_pending.size() / m_columns.size();
    // Full batches share one prepared statement; only the last, shorter one is prepared on its own.
    auto q = m_db.prepared(insertStatement(m_table, m_columns, rows));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        query.bindValue(static_cast<int>(i), m_pending.at(i));
    }
    const bool ok = query.exec();
    m_pending.clear();
    if (!ok) {
        return sql::toError(query.lastError(), QStringLiteral("load the rows of %1").arg(m_table));
    }
    return Done{};
}

} // namespace cd
