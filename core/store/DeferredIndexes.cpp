#include "store/DeferredIndexes.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace cd {

Result<DeferredIndexes> DeferredIndexes::drop(Database& db, const QStringList& indexes)
{
    DeferredIndexes deferred(db);
    if (db.engine() != Engine::SQLite) {
        return deferred;
    }
    QStringList names;
    for (const QString& index : indexes) {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        // An index with no SQL is SQLite's own, behind a constraint: it is never set aside.
        q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name = ? AND sql IS "
                                 "NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"));
        if (auto read = sql::exec(q, {index}, QStringLiteral("read the index %1").arg(index)); !read) {
            return read.error();
        }
        if (q.next()) {
            names << q.value(0).toString();
            deferred.m_definitions << q.value(1).toString();
        }
    }
    for (const QString& name : names) {
        if (auto dropped = sql::execDirect(db.connection(), QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped) {
            return dropped.error();
        }
    }
    return deferred;
}

Status DeferredIndexes::rebuild()
{
    for (const QString& definition : std::as_const(m_definitions)) {
        if (auto built = sql::execDirect(m_db->connection(), definition); !built) {
            return built;
        }
    }
    m_definitions.clear();
    return Done{};
}

} // namespace cd
