#pragma once

#include "domain/Result.h"

#include <QList>
#include <QStringList>

namespace cd {

class Database;

// A large load's secondary indexes, dropped before its rows and built again after them, inside the caller's
// transaction (SQLite's advice for bulk loads): building an index from sorted rows costs a fraction of updating
// it a row at a time. A crash or an error rolls the drop back with the rows, so the practice never lacks an index.
// Only the named indexes, and never a unique one: it is what refuses a duplicate.
// SQLite only: on a server a manager's login does not own the tables, and COPY is the server's fast path.
class DeferredIndexes
{
public:
    static Result<DeferredIndexes> drop(Database& db, const QStringList& indexes);
    Status rebuild();

private:
    explicit DeferredIndexes(Database& db)
        : m_db(&db)
    {}
    Database* m_db;
    QStringList m_definitions; // CREATE INDEX statements as the schema wrote them
};

} // namespace cd
