#include "store/SchemaCheck.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace cd {
namespace {

struct SchemaObject
{
    QString type;
    QString table;
    QString sql; // whitespace collapsed: SQLite keeps a statement's text as it was written
    bool operator==(const SchemaObject&) const = default;
};

Result<QMap<QString, SchemaObject>> objectsOf(Database& db)
{
    QSqlQuery q(db.connection());
    // sqlite_* objects are SQLite's own (autoindexes, sqlite_sequence, ANALYZE's statistics).
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' "
                               "ESCAPE '\\'"))) {
        return sql::toError(q.lastError(), QStringLiteral("read the schema"));
    }
    QMap<QString, SchemaObject> objects;
    while (q.next()) {
        objects.insert(q.value(1).toString(),
                       {q.value(0).toString(), q.value(2).toString(), q.value(3).toString().simplified()});
    }
    return objects;
}

// What this version creates: an empty file migrated from nothing, made once per run.
Result<QMap<QString, SchemaObject>> expectedObjects()
{
    static std::optional<QMap<QString, SchemaObject>> cached;
    if (cached) {
        return *cached;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return Error{ErrorKind::Database, QStringLiteral("No temporary folder to compare the schema with.")};
    }
    auto fresh = Database::open(dir.filePath(QStringLiteral("schema.sqlite")), Database::Mode::CreateIfMissing);
    if (!fresh) {
        return fresh.error();
    }
    auto objects = objectsOf(**fresh);
    if (!objects) {
        return objects.error();
    }
    cached = *objects;
    return *objects;
}

} // namespace

Result<QStringList> schemaDifferences(Database& db)
{
    QStringList found;
    if (db.engine() != Engine::SQLite) {
        return found;
    }
    auto expected = expectedObjects();
    auto actual = objectsOf(db);
    if (!expected || !actual) {
        return expected ? actual.error() : expected.error();
    }
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        const auto there = actual->constFind(it.key());
        if (there == actual->cend()) {
            found << QStringLiteral("the %1 %2 is missing").arg(it->type, it.key());
        } else if (!(*there == *it)) {
            found << QStringLiteral("the %1 %2 is not as this version makes it").arg(it->type, it.key());
        }
    }
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key())) {
            found << QStringLiteral("there is a %1 %2 that this version does not make").arg(it->type, it.key());
        }
    }
    return found;
}

} // namespace cd
