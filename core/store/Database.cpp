#include "store/Database.h"

#include "domain/Programme.h"

#include "store/Chains.h"
#include "store/Dialect.h"
#include "store/Migrations.h"
#include "store/ServerRoles.h"
#include "store/Sql.h"
#include "store/Stores.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace cd {
namespace {
constexpr int kChainsSchemaVersion = 8;
constexpr int kServerRolesSchemaVersion = 10;
} // namespace
namespace {

constexpr int kWriteAttempts = 8;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("consentdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Creates the file owner-only before SQLite sees it; SQLite gives its -wal and -shm files the same mode.
Status createOwnerOnly(const QString& path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        return Error{ErrorKind::Database,
                     QStringLiteral("The folder %1 could not be created: check the path and your permissions.")
                         .arg(info.absolutePath())};
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error{ErrorKind::Database,
                     QStringLiteral("The database file %1 could not be created: %2.").arg(path, file.errorString())};
    }
    return Done{};
}

} // namespace

Database::Database(DatabaseTarget target, QString connectionName)
    : m_target(std::move(target))
    , m_path(m_target.display())
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    m_prepared.clear();
    if (m_db.isOpen()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

sqlite3* Database::sqliteConnection()
{
    const QVariant handle = m_db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.data())
               : nullptr;
}

bool Database::reconnect()
{
    m_prepared.clear(); // prepared statements die with the old connection
    m_db.close();
    if (!m_db.open()) {
        return false;
    }
    return configure().ok();
}

int Database::latestSchemaVersion()
{
    return migrations(Engine::SQLite).last().version;
}

Status Database::execDialect(const QString& statement, const QVariantList& values)
{
    if (statement.isEmpty()) {
        return Done{};
    }
    auto q = prepared(statement);
    if (!q) {
        return q.error();
    }
    auto done = sql::exec(**q, values, QStringLiteral("run an engine statement"));
    (*q)->finish();
    return done;
}

Result<std::unique_ptr<Database>> Database::open(const QString& target, Mode mode, const ServerLogin& login)
{
    auto parsed = DatabaseTarget::parse(target);
    if (!parsed) {
        return parsed.error();
    }
    return parsed->engine == Engine::SQLite ? openFile(*parsed, mode) : openServer(*parsed, mode, login);
}

Result<std::unique_ptr<Database>> Database::openFile(const DatabaseTarget& target, Mode mode)
{
    const QString& path = target.path;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        return Error{ErrorKind::Invalid, QStringLiteral("%1 is not a database file (it is a folder).").arg(path)};
    }
    if (!info.exists()) {
        if (mode == Mode::MustExist) {
            return Error{ErrorKind::Database,
                         QStringLiteral("There is no database at %1: check --db, or create one with "
                                        "'consentdesk-cli init' or 'consentdesk-cli demo'.")
                             .arg(path)};
        }
        if (auto created = createOwnerOnly(path); !created) {
            return created.error();
        }
    }
    // A file copied in with looser permissions is made owner-only again: it holds patients' records.
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (info.exists() && (QFile::permissions(path) & ~(ownerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))) {
        QFile::setPermissions(path, ownerOnly);
    }
    DatabaseTarget absolute = target;
    absolute.path = info.absoluteFilePath();
    std::unique_ptr<Database> db(new Database(absolute, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    db->m_db.setDatabaseName(absolute.path);
    db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db->m_db.open()) {
        return sql::toError(db->m_db.lastError(), QStringLiteral("be opened"));
    }
    if (auto ready = db->checkAndMigrate(mode); !ready) {
        return ready.error();
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openServer(const DatabaseTarget& target, Mode mode,
                                                       const ServerLogin& login)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return Error{ErrorKind::Database, QStringLiteral("This installation cannot reach a PostgreSQL server: install "
                                                         "the Qt PostgreSQL driver (Debian package libqt6sql6-psql).")};
    }
    DatabaseTarget signedIn = target;
    if (!login.user.trimmed().isEmpty()) {
        signedIn.user = login.user.trimmed();
    }
    std::unique_ptr<Database> db(new Database(signedIn, nextConnectionName()));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    db->m_db.setHostName(signedIn.host);
    db->m_db.setPort(signedIn.port);
    db->m_db.setDatabaseName(signedIn.database);
    db->m_db.setUserName(signedIn.user);
    // Without a password here, libpq looks in PGPASSWORD and ~/.pgpass itself.
    if (login.password) {
        db->m_db.setPassword(*login.password);
    } else if (const QString password = qEnvironmentVariable("CONSENTDESK_DB_PASSWORD"); !password.isEmpty()) {
        db->m_db.setPassword(password);
    }
    QStringList options{QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=consentdesk")};
    if (!signedIn.sslMode.isEmpty()) {
        options << QStringLiteral("sslmode=") + signedIn.sslMode;
    }
    if (!signedIn.schema.isEmpty()) {
        options << QStringLiteral("options=-csearch_path=") + signedIn.schema;
    }
    db->m_db.setConnectOptions(options.join(u';'));
    if (!db->m_db.open()) {
        return db->connectionError(signedIn.user);
    }
    if (auto ready = db->checkAndMigrate(mode); !ready) {
        return ready.error();
    }
    return db;
}

Error Database::connectionError(const QString& user) const
{
    const QString why = m_db.lastError().databaseText().trimmed();
    const QString text = why.isEmpty() ? m_db.lastError().text() : why;
    if (text.contains(QLatin1String("no password supplied"))) {
        return Error{ErrorKind::Forbidden,
                     QStringLiteral("Give the password for %1 in CONSENTDESK_PASSWORD (or CONSENTDESK_DB_PASSWORD, "
                                    "PGPASSWORD or ~/.pgpass).")
                         .arg(user)};
    }
    // A wrong password, a name the server does not know and a disabled login (NOLOGIN) read the same: the message
    // must not tell a stranger which names exist.
    static const QRegularExpression refused(QStringLiteral("password authentication failed|not permitted to log in|"
                                                           "role \"[^\"]*\" does not exist|authentication failed"));
    if (refused.match(text).hasMatch()) {
        return Error{ErrorKind::Forbidden,
                     QStringLiteral("The server did not accept the user name or password for %1. Check both; a "
                                    "manager can reset a password or enable a disabled user.")
                         .arg(user)};
    }
    return Error{ErrorKind::Database, QStringLiteral("Could not connect to %1: %2").arg(m_path, text)};
}

Status Database::signInAs(const QString& user, const QString& password)
{
    if (engine() != Engine::PostgreSQL) {
        return invalid(QStringLiteral("Only a server connection signs in as its login."));
    }
    const QString wasUser = m_db.userName();
    const QString wasPassword = m_db.password();
    m_prepared.clear();
    m_db.close();
    m_db.setUserName(user.trimmed());
    m_db.setPassword(password);
    if (m_db.open() && configure().ok()) {
        m_target.user = user.trimmed();
        m_path = m_target.display();
        return Done{};
    }
    const Error refused = connectionError(user.trimmed());
    m_db.close();
    m_db.setUserName(wasUser);
    m_db.setPassword(wasPassword);
    if (m_db.open()) {
        Q_UNUSED(configure());
    }
    return refused;
}

Status Database::checkAndMigrate(Mode mode)
{
    // Read the version before changing anything: a newer database must be left exactly as it was.
    auto version = readSchemaVersion();
    if (!version) {
        return version.error();
    }
    if (*version > latestSchemaVersion()) {
        return Error{ErrorKind::Database,
                     QStringLiteral("%1 was written by a newer version of Consent Desk (schema %2; this version "
                                    "knows up to %3). Open it with the newer version. The database has not been "
                                    "changed.")
                         .arg(m_path)
                         .arg(*version)
                         .arg(latestSchemaVersion())};
    }
    if (*version == 0 && mode == Mode::MustExist) {
        return Error{ErrorKind::Database,
                     QStringLiteral("%1 has no Consent Desk practice yet: set it up with 'consentdesk-cli init', or "
                                    "move one in with 'consentdesk-cli copy --to'.")
                         .arg(m_path)};
    }
    m_schemaVersion = *version;
    if (engine() == Engine::PostgreSQL && *version > 0 && *version < latestSchemaVersion()) {
        if (auto updatable = checkServerUpdatable(); !updatable) {
            return updatable;
        }
    }
    if (auto configured = configure(); !configured) {
        return configured;
    }
    if (auto migrated = migrate(); !migrated) {
        return migrated;
    }
    return SegmentStore(*this).rederiveIfRulesChanged(Programme::scr());
}

Status Database::checkServerUpdatable()
{
    // Only the tables' owner may change them: a desk's login meeting an older schema says who can update it.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT session_user = pg_get_userbyid(c.relowner) OR (SELECT rolsuper FROM pg_roles "
                               "WHERE rolname = session_user) FROM pg_class c WHERE c.oid = "
                               "'schema_migrations'::regclass")) ||
        !q.next()) {
        return sql::toError(q.lastError(), QStringLiteral("tell who owns the practice's tables"));
    }
    if (q.value(0).toBool()) {
        return Done{};
    }
    return Error{ErrorKind::Database,
                 QStringLiteral("The practice on %1 is at schema %2 and this version of Consent Desk needs %3. The "
                                "server's owner updates it with 'consentdesk-cli --db postgresql://OWNER@HOST/DB "
                                "server-setup …'. Nothing was changed.")
                     .arg(m_path)
                     .arg(m_schemaVersion)
                     .arg(latestSchemaVersion())};
}

Result<int> Database::readSchemaVersion()
{
    QSqlQuery query(m_db);
    // Any read fails on a file that is not an SQLite database.
    if (!query.exec(dialect::listTables(engine()))) {
        return Error{ErrorKind::Database, QStringLiteral("%1 is not a Consent Desk database (%2). Check --db.")
                                              .arg(m_path, query.lastError().databaseText())};
    }
    QStringList tables;
    while (query.next()) {
        tables.append(query.value(0).toString());
    }
    query.finish();
    if (tables.isEmpty()) {
        // A schema this login may not use is left out of its search path: that is a refusal, not an empty server.
        if (engine() == Engine::PostgreSQL && !m_target.schema.isEmpty() &&
            (!query.exec(QStringLiteral("SELECT current_schema() IS NULL")) || !query.next() ||
             query.value(0).toBool())) {
            return Error{ErrorKind::Forbidden,
                         QStringLiteral("%1 may not use the practice's schema %2 on this server: ask the practice's "
                                        "manager to add you, or check the ?schema= of the address.")
                             .arg(m_target.user, m_target.schema)};
        }
        return 0;
    }
    if (!tables.contains(QLatin1String("schema_migrations"))) {
        return Error{ErrorKind::Database,
                     QStringLiteral("%1 is a database but not a Consent Desk one; it has been left alone. "
                                    "Check --db.")
                         .arg(m_path)};
    }
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) || !query.next()) {
        return sql::toError(query.lastError(), QStringLiteral("read its schema version"));
    }
    return query.value(0).toInt();
}

Status Database::configure()
{
    if (engine() == Engine::PostgreSQL) {
        return sql::execDirect(m_db, QStringLiteral("SET client_min_messages = warning"));
    }
    // A 32 MiB page cache (SQLite's default is 2 MiB) holds a 100,000-patient practice's hot pages: bulk loads stop
    // spilling to the WAL and reading back, and figures over the whole list stay in memory.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA cache_size = -32768"}) {
        if (auto done = sql::execDirect(m_db, QString::fromLatin1(pragma)); !done) {
            return done;
        }
    }
    return Done{};
}

QString Database::backupFolderOf(const QString& databaseFile)
{
    return QFileInfo(databaseFile).absoluteDir().filePath(QStringLiteral("backups"));
}

Result<QString> Database::newCopyPath(const QString& before)
{
    const QString folder = backupFolderOf(m_path);
    const bool made = !QDir(folder).exists();
    if (!QDir().mkpath(folder)) {
        return invalid(
            QStringLiteral("The backup folder %1 cannot be made: check the path and your rights.").arg(folder));
    }
    if (made) {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString stem =
        QDir(folder).filePath(QStringLiteral("%1-before-%2-%3")
                                  .arg(QFileInfo(m_path).completeBaseName(), before,
                                       QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QString path = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(path); ++n) {
        path = QStringLiteral("%1-%2.sqlite").arg(stem).arg(n);
    }
    return path;
}

Status Database::migrate()
{
    // A database in use is backed up once before its first pending migration; a new one has nothing to keep.
    bool keep = m_schemaVersion > 0 && engine() == Engine::SQLite;
    for (const Migration& migration : migrations(engine())) {
        if (migration.version <= m_schemaVersion) {
            continue;
        }
        if (keep) {
            keep = false;
            // ARCHITECTURE.md rule 5: a migration of a database in use runs after a backup.
            auto backup = newCopyPath(QStringLiteral("v%1").arg(migration.version));
            if (!backup) {
                return backup.error();
            }
            if (auto saved = backupTo(*backup); !saved) {
                return saved;
            }
        }
        // Foreign keys are checked once at the end of each migration (bulkWrite), so a migration may rebuild a table
        // that others refer to, as SQLite's ALTER TABLE page sets out.
        auto applied = bulkWrite([&]() -> Status {
            QStringList statements = migration.statements;
            statements.prepend(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY "
                                              "KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
            for (const QString& statement : statements) {
                if (auto done = sql::execDirect(m_db, statement); !done) {
                    return done;
                }
            }
            // Schema 10 writes, from the code's permission table, which group may record which event.
            if (migration.version == kServerRolesSchemaVersion && engine() == Engine::PostgreSQL) {
                if (auto written = ServerRoles(*this).writeEventPermissions(); !written) {
                    return written;
                }
            }
            // Schema 8 seals, in the same transaction, the rows that were there before the chains.
            if (migration.version == kChainsSchemaVersion) {
                for (const QString& chain : {Chains::kEvents, Chains::kAudit}) {
                    if (auto sealed = Chains(*this).sealUnsealed(chain); !sealed) {
                        return sealed;
                    }
                }
            }
            QSqlQuery record(m_db);
            record.prepare(
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
            return sql::exec(record,
                             {migration.version, migration.name, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                             QStringLiteral("record the migration"));
        });
        if (!applied) {
            return Error{ErrorKind::Database,
                         QStringLiteral("Updating the database to schema %1 failed and was undone: %2")
                             .arg(migration.version)
                             .arg(applied.error().message)};
        }
        m_schemaVersion = migration.version;
    }
    return Done{};
}

Result<QSqlQuery*> Database::prepared(const QString& statement)
{
    auto it = m_prepared.find(statement);
    if (it == m_prepared.end()) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true); // rows are read once, in order: never cache a whole result in memory
        if (!query.prepare(statement)) {
            return sql::toError(query.lastError(), QStringLiteral("prepare a statement"));
        }
        it = m_prepared.insert(statement, std::move(query));
    }
    return &it.value();
}

Status Database::write(const std::function<Status()>& body)
{
    Error last{ErrorKind::Database, QString()};
    for (int attempt = 0; attempt < kWriteAttempts; ++attempt) {
        if (attempt > 0) {
            QThread::msleep(static_cast<unsigned long>(20 * attempt * attempt));
        }
        QSqlQuery begin(m_db);
        if (!begin.exec(dialect::beginWrite(engine()))) {
            last = sql::toError(begin.lastError(), QStringLiteral("start a change"));
            if (last.retryable) {
                continue;
            }
            return last;
        }
        Status result = body();
        if (result) {
            QSqlQuery commit(m_db);
            if (commit.exec(QStringLiteral("COMMIT"))) {
                return result;
            }
            result = sql::toError(commit.lastError(), QStringLiteral("save the change"));
        }
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        last = result.error();
        if (!last.retryable) {
            return last;
        }
    }
    last.message = QStringLiteral("The database stayed busy (another desk is saving): nothing was saved, please try "
                                  "again. (%1)")
                       .arg(last.message);
    return last;
}

Status Database::bulkWrite(const std::function<Status()>& body)
{
    if (engine() == Engine::PostgreSQL) {
        return write(body); // the server checks references at each statement; rows go in many to a statement
    }
    // PRAGMA foreign_keys cannot change inside a transaction: switch it off around it, and back on whatever happens.
    if (auto off = sql::execDirect(m_db, QStringLiteral("PRAGMA foreign_keys = OFF")); !off) {
        return off;
    }
    const Status result = write([&]() -> Status {
        if (auto done = body(); !done) {
            return done;
        }
        QSqlQuery check(m_db);
        if (!check.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            return sql::toError(check.lastError(), QStringLiteral("check the new rows' references"));
        }
        if (check.next()) {
            return Error{ErrorKind::Database, QStringLiteral("A row of %1 refers to a missing %2 row: nothing was "
                                                             "saved.")
                                                  .arg(check.value(0).toString(), check.value(2).toString())};
        }
        return Done{};
    });
    if (auto on = sql::execDirect(m_db, QStringLiteral("PRAGMA foreign_keys = ON")); !on && result) {
        return on;
    }
    return result;
}

Status Database::backupTo(const QString& file)
{
    if (engine() == Engine::PostgreSQL) {
        return Error{ErrorKind::Invalid, QStringLiteral("A server database is backed up on the server (pg_dump), or "
                                                        "copied to a file with 'consentdesk-cli copy --to FILE'.")};
    }
    if (QFileInfo::exists(file)) {
        return Error{ErrorKind::Invalid, QStringLiteral("%1 already exists: choose another backup name.").arg(file)};
    }
    // The copy holds every patient's record: create it owner-only before SQLite writes a byte into it.
    if (auto created = createOwnerOnly(file); !created) {
        return created;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    if (auto done = sql::exec(query, {file}, QStringLiteral("write a backup")); !done) {
        QFile::remove(file);
        return done;
    }
    if (!QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        QFile::remove(file);
        return Error{ErrorKind::Database, QStringLiteral("The backup %1 could not be made owner-only, so it was "
                                                         "removed.")
                                              .arg(file)};
    }
    return Done{};
}

Result<QStringList> Database::integrityProblems()
{
    QStringList problems;
    if (engine() == Engine::PostgreSQL) {
        return problems; // the server enforces its own integrity and every reference, always
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
        return sql::toError(query.lastError(), QStringLiteral("check its integrity"));
    }
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok")) {
            problems.append(QStringLiteral("integrity: %1").arg(line));
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        return sql::toError(query.lastError(), QStringLiteral("check its references"));
    }
    while (query.next()) {
        problems.append(QStringLiteral("a row of %1 refers to a missing %2 row")
                            .arg(query.value(0).toString(), query.value(2).toString()));
    }
    return problems;
}

} // namespace cd
