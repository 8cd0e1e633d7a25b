#include "store/BulkInserter.h"

#include "store/Database.h"
#include "store/Sql.h"

namespace cd {

BulkInserter::BulkInserter(Database& db, QString table, QStringList columns, int rowsPerStatement)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_rowsPerStatement(rowsPerStatement)
{
    m_pending.reserve(m_columns.size() * m_rowsPerStatement);
}

Status BulkInserter::add(const QVariantList& row)
{
    if (row.size() != m_columns.size()) {
        return Error{ErrorKind::Database, QStringLiteral("A row for %1 has %2 values for %3 columns.")
                                              .arg(m_table)
                                              .arg(row.size())
                                              .arg(m_columns.size())};
    }
    m_pending.append(row);
    ++m_rows;
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
