#include "store/ServerRoles.h"

#include "domain/Permissions.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace cd {
namespace {

constexpr std::array kRoles = {Role::Reception, Role::Clinician, Role::Manager};

constexpr std::array<EventType, 9> kEventTypes = {EventType::Registered,     EventType::Left,   EventType::PackSent,
                                                  EventType::LetterReturned, EventType::Choice, EventType::Coded,
                                                  EventType::GpReview,       EventType::Void,   EventType::CodeRemoved};

// What the schema-10 functions raise, as the desk's kinds of error, in their own words.
Error fromFunction(const QSqlError& error, const QString& doing)
{
    const QString code = error.nativeErrorCode();
    const QString message = sql::serverMessage(error);
    if (code == QLatin1String("P0002")) {
        return {ErrorKind::NotFound, message};
    }
    if (code == QLatin1String("42710") || code == QLatin1String("55006") || code == QLatin1String("42704")) {
        return {ErrorKind::Conflict, message};
    }
    if (code == QLatin1String("22023")) {
        return invalid(message);
    }
    return sql::toError(error, doing);
}

Status call(Database& db, const QString& statement, const QVariantList& values, const QString& doing)
{
    QSqlQuery q(db.connection());
    q.prepare(statement);
    for (qsizetype i = 0; i < values.size(); ++i) {
        q.bindValue(static_cast<int>(i), values.at(i));
    }
    if (!q.exec()) {
        return fromFunction(q.lastError(), doing);
    }
    return Done{};
}

Status run(Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    if (!q.exec(statement)) {
        return sql::toError(q.lastError(), QStringLiteral("set up the practice's roles"));
    }
    return Done{};
}

QString quoted(Database& db, const QString& identifier)
{
    return db.connection().driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

} // namespace

Result<ServerRoles::Login> ServerRoles::whoAmI()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT session_user, consentdesk_role_of(current_schema(), session_user), "
                               "consentdesk_is_administrator('patients'::regclass), "
                               "(SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user)")) ||
        !q.next()) {
        return sql::toError(q.lastError(), QStringLiteral("tell who is signed in"));
    }
    Login login;
    login.name = q.value(0).toString();
    if (!q.value(1).isNull()) {
        login.role = roleFromString(q.value(1).toString());
    }
    login.administrator = q.value(2).toBool();
    login.mayCreateRoles = q.value(3).toBool();
    return login;
}

Result<QString> ServerRoles::groupName(Role role)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT consentdesk_group_name(current_schema(), ?)"));
    q.addBindValue(toString(role));
    if (!q.exec() || !q.next()) {
        return sql::toError(q.lastError(), QStringLiteral("name the practice's group roles"));
    }
    return q.value(0).toString();
}

Status ServerRoles::writeEventPermissions()
{
    if (auto cleared = run(m_db, QStringLiteral("DELETE FROM event_permissions")); !cleared) {
        return cleared;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO event_permissions (event_type, role) VALUES (?, ?)"));
    for (const EventType type : kEventTypes) {
        for (const Role role : kRoles) {
            if (allows(role, permissionToRecord(type))) {
                if (auto done =
                        sql::exec(q, {toString(type), toString(role)}, QStringLiteral("write the event permissions"));
                    !done) {
                    return done;
                }
            }
        }
    }
    return Done{};
}

Result<QStringList> ServerRoles::setUpGroups()
{
    QSqlQuery schemaQuery(m_db.connection());
    if (!schemaQuery.exec(QStringLiteral("SELECT current_schema()")) || !schemaQuery.next()) {
        return sql::toError(schemaQuery.lastError(), QStringLiteral("read the practice's schema"));
    }
    const QString schema = quoted(m_db, schemaQuery.value(0).toString());
    QStringList created;
    for (const Role role : kRoles) {
        auto name = groupName(role);
        if (!name) {
            return name.error();
        }
        auto exists = loginExists(*name);
        if (!exists) {
            return exists.error();
        }
        const QString group = quoted(m_db, *name);
        if (!*exists) {
            if (auto done = run(m_db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(group)); !done) {
                return done.error();
            }
            created << *name;
        }
        // Exactly what the table gives: whatever was granted by hand before is taken back first.
        QStringList statements = {
            QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"),
            QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2"),
            QStringLiteral("REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %1 FROM %2"),
            QStringLiteral("REVOKE CREATE ON SCHEMA %1 FROM %2"),
            QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2"),
            QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"),
            QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION %1.consentdesk_lock_patient(bigint), "
                           "%1.consentdesk_change_own_password(text) TO %2"),
        };
        for (const TableWrite& write : tableWrites()) {
            if (!write.permission || allows(role, *write.permission)) {
                statements << QStringLiteral("GRANT ") + QLatin1String(write.privileges) + QStringLiteral(" ON %1.") +
                                  QLatin1String(write.table) + QStringLiteral(" TO %2");
            }
        }
        if (allows(role, Permission::ManagePractice)) {
            statements << QStringLiteral("GRANT EXECUTE ON FUNCTION %1.consentdesk_add_person(text, text, text, "
                                         "boolean), %1.consentdesk_set_person_login(text, boolean), "
                                         "%1.consentdesk_reset_person(text, text) TO %2");
        }
        for (const QString& statement : statements) {
            if (auto done = run(m_db, statement.arg(schema, group)); !done) {
                return done.error();
            }
        }
    }
    if (auto written = writeEventPermissions(); !written) {
        return written.error();
    }
    return created;
}

Result<QString> ServerRoles::snapshot()
{
    QSqlQuery q(m_db.connection());
    // Each group's grants on this schema's tables, sequences and functions, its members, and the event permissions.
    if (!q.exec(QStringLiteral(
            "WITH g AS (SELECT k.kind, consentdesk_group_name(current_schema(), k.kind) AS name "
            "           FROM (VALUES ('reception'), ('clinician'), ('manager')) AS k (kind)), "
            "s AS (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
            "SELECT string_agg(line, E'\\n' ORDER BY line) FROM ("
            "  SELECT 'group ' || g.name || ' ' || (SELECT count(*) FROM pg_roles r WHERE r.rolname = g.name) AS line "
            "  FROM g "
            "  UNION ALL SELECT 'member ' || g.name || ' ' || r.rolname || ' ' || r.rolcanlogin FROM g "
            "    JOIN pg_roles gr ON gr.rolname = g.name JOIN pg_auth_members m ON m.roleid = gr.oid "
            "    JOIN pg_roles r ON r.oid = m.member "
            "  UNION ALL SELECT 'acl ' || c.relname || ' ' || COALESCE(c.relacl::text, '') FROM pg_class c, s "
            "    WHERE c.relnamespace = s.oid AND (c.relkind = 'r' OR c.relkind = 'S') "
            "  UNION ALL SELECT 'acl ' || p.oid::regprocedure::text || ' ' || COALESCE(p.proacl::text, '') "
            "    FROM pg_proc p, s WHERE p.pronamespace = s.oid "
            "  UNION ALL SELECT 'schema ' || COALESCE(n.nspacl::text, '') FROM pg_namespace n, s WHERE n.oid = s.oid "
            "  UNION ALL SELECT 'event ' || event_type || ' ' || role FROM event_permissions) AS lines")) ||
        !q.next()) {
        return sql::toError(q.lastError(), QStringLiteral("read the practice's roles"));
    }
    return q.value(0).toString();
}

Result<QHash<QString, ServerRoles::Person>> ServerRoles::people()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT r.rolname, k.kind, g.rolname, r.rolcanlogin "
                               "FROM (VALUES ('manager', 1), ('clinician', 2), ('reception', 3)) AS k (kind, rank) "
                               "JOIN pg_roles g ON g.rolname = consentdesk_group_name(current_schema(), k.kind) "
                               "JOIN pg_auth_members m ON m.roleid = g.oid JOIN pg_roles r ON r.oid = m.member "
                               "ORDER BY k.rank DESC"))) {
        return sql::toError(q.lastError(), QStringLiteral("read the practice's logins"));
    }
    QHash<QString, Person> found;
    while (q.next()) {
        // Ordered lowest role first, so someone in two groups ends with the higher, as the server's rule says.
        found.insert(q.value(0).toString(), Person{roleFromString(q.value(1).toString()).value_or(Role::Reception),
                                                   q.value(2).toString(), q.value(3).toBool()});
    }
    return found;
}

Result<bool> ServerRoles::loginExists(const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        return sql::toError(q.lastError(), QStringLiteral("look up a login"));
    }
    return q.value(0).toBool();
}

Result<QString> ServerRoles::verifier(const QString& login, const QString& password)
{
    const QVariant handle = m_db.connection().driver()->handle();
    // Qt's PostgreSQL driver hands out its libpq connection as a "pg_conn*" (PGconn's struct name).
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)) {
        return Error{ErrorKind::Database, QStringLiteral("The server connection cannot hash a password here.")};
    }
    PGconn* connection = *static_cast<PGconn* const*>(handle.data());
    const QByteArray secret = password.toUtf8();
    const QByteArray user = login.toUtf8();
    char* made = PQencryptPasswordConn(connection, secret.constData(), user.constData(), "scram-sha-256");
    if (!made) {
        return Error{ErrorKind::Database, QStringLiteral("The password could not be hashed for the server: %1")
                                              .arg(QString::fromUtf8(PQerrorMessage(connection)).trimmed())};
    }
    QString result = QString::fromLatin1(made);
    PQfreemem(made);
    return result;
}

Result<qint64> ServerRoles::addPerson(const QString& name, Role role, const QString& password, bool demo)
{
    auto scram = verifier(name, password);
    if (!scram) {
        return scram.error();
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT consentdesk_add_person(?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(toString(role));
    q.addBindValue(*scram);
    q.addBindValue(demo);
    if (!q.exec() || !q.next()) {
        return fromFunction(q.lastError(), QStringLiteral("add the user"));
    }
    return q.value(0).toLongLong();
}

Status ServerRoles::setMayLogIn(const QString& name, bool mayLogIn)
{
    return call(m_db, QStringLiteral("SELECT consentdesk_set_person_login(?, ?)"), {name, mayLogIn},
                QStringLiteral("change the user"));
}

Status ServerRoles::resetPassword(const QString& name, const QString& password)
{
    auto scram = verifier(name, password);
    if (!scram) {
        return scram.error();
    }
    return call(m_db, QStringLiteral("SELECT consentdesk_reset_person(?, ?)"), {name, *scram},
                QStringLiteral("reset the password"));
}

Status ServerRoles::changeOwnPassword(const QString& name, const QString& password)
{
    auto scram = verifier(name, password);
    if (!scram) {
        return scram.error();
    }
    return call(m_db, QStringLiteral("SELECT consentdesk_change_own_password(?)"), {*scram},
                QStringLiteral("change the password"));
}

Status ServerRoles::setPassword(const QString& name, const QString& password)
{
    auto scram = verifier(name, password);
    if (!scram) {
        return scram.error();
    }
    // A verifier, never the password, is what the statement (and any statement log) holds. ALTER ROLE takes no
    // parameters; a verifier is base64 and '$', ':' and digits, and a quote is doubled all the same.
    QString literal = *scram;
    literal.replace(u'\'', QStringLiteral("''"));
    if (auto set = run(m_db, QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(quoted(m_db, name), literal)); !set) {
        return set;
    }
    return call(m_db, QStringLiteral("UPDATE users SET must_change_password = 0 WHERE name = ?"), {name},
                QStringLiteral("set the password"));
}

Status ServerRoles::adoptUser(const QString& name, Role role)
{
    auto group = groupName(role);
    if (!group) {
        return group.error();
    }
    // No password: nobody signs in as them until a manager resets one (user reset), which they then change.
    if (auto made =
            run(m_db, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(quoted(m_db, name), quoted(m_db, *group)));
        !made) {
        return made;
    }
    return call(m_db,
                QStringLiteral("UPDATE users SET password_hash = NULL, must_change_password = 1, disabled = 0 "
                               "WHERE name = ?"),
                {name}, QStringLiteral("adopt the user"));
}

} // namespace cd
