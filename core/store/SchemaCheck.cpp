#include "store/SchemaCheck.h"

#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QRandomGenerator>

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

Result<QMap<QString, SchemaObject>> sqliteObjects(Database& db)
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

// The server's catalogue of the current schema: each object's definition as PostgreSQL prints it, with the schema's
// own name taken out so a practice's schema compares with a probe's. A trigger's enabled state is part of it
// (ALTER TABLE ... DISABLE TRIGGER leaves the trigger in place), and so are rules and policies, which could quietly
// rewrite or hide rows.
Result<QMap<QString, SchemaObject>> serverObjects(Database& db)
{
    static const QString catalogue = QStringLiteral(
        "WITH s AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = current_schema()) "
        "SELECT 'table', c.relname, c.relname, c.relkind::text || ' ' || c.relrowsecurity::text "
        "  FROM pg_class c JOIN s ON c.relnamespace = s.oid WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') "
        "UNION ALL SELECT 'column', c.relname || '.' || a.attname, c.relname, "
        "  format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull::text || ' ' || a.attidentity::text || ' ' || "
        "  COALESCE(pg_get_expr(d.adbin, d.adrelid), '') "
        "  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN s ON c.relnamespace = s.oid "
        "  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        "  WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND a.attnum > 0 AND NOT a.attisdropped "
        "UNION ALL SELECT 'index', c.relname, t.relname, pg_get_indexdef(i.indexrelid) "
        "  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
        "  JOIN s ON c.relnamespace = s.oid "
        "UNION ALL SELECT 'constraint', c.relname || '.' || k.conname, c.relname, pg_get_constraintdef(k.oid) "
        "  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN s ON k.connamespace = s.oid "
        "UNION ALL SELECT 'trigger', c.relname || '.' || t.tgname, c.relname, "
        "  pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text "
        "  FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN s ON c.relnamespace = s.oid "
        "  WHERE NOT t.tgisinternal "
        "UNION ALL SELECT 'function', p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', '', "
        "  pg_get_functiondef(p.oid) FROM pg_proc p JOIN s ON p.pronamespace = s.oid "
        "UNION ALL SELECT 'rule', r.tablename || '.' || r.rulename, r.tablename, r.definition "
        "  FROM pg_rules r JOIN s ON r.schemaname = s.nspname "
        "UNION ALL SELECT 'policy', p.tablename || '.' || p.policyname, p.tablename, "
        "  p.cmd || ' ' || COALESCE(p.qual, '') || ' ' || COALESCE(p.with_check, '') "
        "  FROM pg_policies p JOIN s ON p.schemaname = s.nspname "
        "UNION ALL SELECT 'sequence', c.relname, c.relname, 'S' "
        "  FROM pg_class c JOIN s ON c.relnamespace = s.oid WHERE c.relkind = 'S' "
        "UNION ALL SELECT 'type', t.typname, '', t.typtype::text FROM pg_type t JOIN s ON t.typnamespace = s.oid "
        "  WHERE t.typtype NOT IN ('c', 'b') "
        "UNION ALL SELECT 'schema', 'current', '', current_schema()");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(catalogue)) {
        return sql::toError(q.lastError(), QStringLiteral("read the schema"));
    }
    QList<SchemaObject> rows;
    QStringList names;
    QString schema;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("schema")) {
            schema = q.value(3).toString();
            continue;
        }
        names << q.value(1).toString();
        rows.append({q.value(0).toString(), q.value(2).toString(), q.value(3).toString().simplified()});
    }
    QMap<QString, SchemaObject> objects;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        SchemaObject object = rows.at(i);
        // Schema 10 pins each function's search_path to the schema: SET search_path TO 'name', 'pg_temp'.
        for (const QString& qualified :
             {QStringLiteral("\"%1\".").arg(schema), schema + u'.', QStringLiteral("'%1', ").arg(schema)}) {
            object.sql.replace(qualified, QString());
        }
        objects.insert(names.at(i), object);
    }
    return objects;
}

Result<QMap<QString, SchemaObject>> objectsOf(Database& db)
{
    return db.engine() == Engine::SQLite ? sqliteObjects(db) : serverObjects(db);
}

// The schema server-setup recorded for this schema version (empty when none was).
Result<QMap<QString, SchemaObject>> recordedServerObjects(Database& db)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name, type, tbl, definition FROM expected_schema WHERE schema_version = ?"));
    q.addBindValue(db.schemaVersion());
    if (!q.exec()) {
        return sql::toError(q.lastError(), QStringLiteral("read the recorded schema"));
    }
    QMap<QString, SchemaObject> objects;
    while (q.next()) {
        objects.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    return objects;
}

// What this version creates on a server: its migrations run in a schema of their own inside a transaction that is
// then rolled back, so the server keeps nothing of it.
Result<QMap<QString, SchemaObject>> expectedServerObjects(Database& db)
{
    static std::optional<QMap<QString, SchemaObject>> cached;
    if (cached) {
        return *cached;
    }
    QSqlDatabase& connection = db.connection();
    if (!connection.transaction()) {
        return Error{ErrorKind::Database,
                     QStringLiteral("Could not compare the server's schema: %1").arg(connection.lastError().text())};
    }
    const QString probe =
        QStringLiteral("consentdesk_probe_%1").arg(QRandomGenerator::global()->generate64() % 1000000000000ULL);
    const auto inProbe = [&]() -> Result<QMap<QString, SchemaObject>> {
        QStringList statements{QStringLiteral("CREATE SCHEMA %1").arg(probe),
                               QStringLiteral("SET LOCAL search_path TO %1").arg(probe),
                               QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                                              "KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")};
        for (const Migration& migration : migrations(Engine::PostgreSQL)) {
            statements << migration.statements;
        }
        for (const QString& statement : statements) {
            if (auto done = sql::execDirect(connection, statement); !done) {
                return done.error();
            }
        }
        return serverObjects(db);
    };
    auto objects = inProbe();
    connection.rollback();
    if (!objects) {
        // A desk's login may not create a schema: compare with what the owner's server-setup recorded instead.
        auto recorded = recordedServerObjects(db);
        if (recorded && !recorded->isEmpty()) {
            return *recorded;
        }
        return Error{ErrorKind::Database,
                     QStringLiteral("Could not compare the server's schema with this version's: this login may not "
                                    "create a schema to compare with, and the server's owner has not recorded this "
                                    "version's schema yet (it does so with 'consentdesk-cli server-setup'). %1")
                         .arg(objects.error().message)};
    }
    cached = *objects;
    return *objects;
}

// What this version creates: an empty file migrated from nothing, made once per run.
Result<QMap<QString, SchemaObject>> expectedObjects(Database& db)
{
    if (db.engine() != Engine::SQLite) {
        return expectedServerObjects(db);
    }
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

Status recordExpectedSchema(Database& db)
{
    if (db.engine() != Engine::PostgreSQL) {
        return Done{};
    }
    auto expected = expectedServerObjects(db);
    if (!expected) {
        return expected.error();
    }
    return db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM expected_schema"))) {
            return sql::toError(q.lastError(), QStringLiteral("record this version's schema"));
        }
        q.prepare(QStringLiteral(
            "INSERT INTO expected_schema (name, type, tbl, definition, schema_version) VALUES (?, ?, ?, ?, ?)"));
        for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
            if (auto done = sql::exec(q, {it.key(), it->type, it->table, it->sql, db.schemaVersion()},
                                      QStringLiteral("record this version's schema"));
                !done) {
                return done;
            }
        }
        return Done{};
    });
}

Result<QStringList> schemaDifferences(Database& db)
{
    QStringList found;
    auto expected = expectedObjects(db);
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
