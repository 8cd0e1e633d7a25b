#pragma once

#include "domain/Result.h"

#include <QStringList>
#include <QVariantList>

namespace cd {

class Database;

// Inserts many rows into one table, many rows to a statement: a round trip per few hundred rows instead of per row,
// which is what makes loading a 100,000-patient practice into a server take seconds rather than minutes. Runs
// inside the caller's transaction.
class BulkInserter
{
public:
    BulkInserter(Database& db, QString table, QStringList columns, int rowsPerStatement = 200);
    Status add(const QVariantList& row);
    Status finish();
    [[nodiscard]] qint64 rows() const { return m_rows; }

private:
    Status flush();

    Database& m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QVariantList m_pending;
    qint64 m_rows = 0;
};

} // namespace cd
