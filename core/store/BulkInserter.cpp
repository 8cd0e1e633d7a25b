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
    m_utf8.resize(m_columns.size());
}

BulkInserter::~BulkInserter()
{
    sqlite3_finalize(m_statement);
}

Status BulkInserter::addToSqlite(const QVariantList& row)
{
    if (!m_statement) {
        sqlite3* connection = m_db.sqliteConnection();
        if (!connection) {
            return Error{ErrorKind::Database, QStringLiteral("The SQLite connection could not be reached for a bulk "
                                                             "load.")};
        }
        QStringList marks;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            marks << QStringLiteral("?");
        }
        const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                   .arg(m_table, m_columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))
                                   .toUtf8();
        if (sqlite3_prepare_v2(connection, sql.constData(), static_cast<int>(sql.size()), &m_statement, nullptr) !=
            SQLITE_OK) {
            return Error{ErrorKind::Database, QStringLiteral("The database could not prepare the load of %1: %2")
                                                  .arg(m_table, QString::fromUtf8(sqlite3_errmsg(connection)))};
        }
    }
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QVariant& v = row.at(i);
        const int index = static_cast<int>(i) + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_statement, index);
        } else if (v.typeId() == QMetaType::QString) {
            // As UTF-8, the database's own encoding: binding UTF-16 made SQLite translate every value. The bytes
            // stay in m_utf8 until the next row, after the step that reads them.
            QByteArray& utf8 = m_utf8[i];
            utf8 = static_cast<const QString*>(v.constData())->toUtf8();
            rc = sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
        } else {
            rc = sqlite3_bind_int64(m_statement, index, v.toLongLong());
        }
        if (rc != SQLITE_OK) {
            return Error{ErrorKind::Database, QStringLiteral("A value for %1 could not be bound.").arg(m_table)};
        }
    }
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
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
    if (m_db.engine() == Engine::SQLite) {
        return addToSqlite(row);
    }
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
    const qsizetype rows = m_pending.size() / m_columns.size();
    QString one = QStringLiteral("(?");
    for (qsizetype c = 1; c < m_columns.size(); ++c) {
        one += QStringLiteral(", ?");
    }
    one += u')';
    QStringList tuples;
    tuples.reserve(rows);
    for (qsizetype r = 0; r < rows; ++r) {
        tuples << one;
    }
    // Full batches share one prepared statement; only the last, shorter one is prepared on its own.
    auto q = m_db.prepared(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                               .arg(m_table, m_columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", "))));
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
