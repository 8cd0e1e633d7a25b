#pragma once

#include "domain/Result.h"
#include "store/DatabaseTarget.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace cd {

// A person's own login to a practice server (a file ignores it): the user replaces the URL's, and the password is
// tried before CONSENTDESK_DB_PASSWORD, PGPASSWORD and ~/.pgpass. On a server the connection is the sign-in.
struct ServerLogin
{
    QString user;
    std::optional<QString> password{};
};

// One open Consent Desk database, an SQLite file (created owner-only) or a PostgreSQL server: checked, migrated.
// The stores and services above it run the same SQL on either. Not shared between threads.
class Database
{
public:
    enum class Mode {
        CreateIfMissing, // init, demo, the GUI's "new"
        MustExist,       // every other command: a typo in --db must not create an empty practice
    };

    // target: a file path, or postgresql://USER@HOST:PORT/DBNAME[?sslmode=...] (see DatabaseTarget).
    static Result<std::unique_ptr<Database>> open(const QString& target, Mode mode, const ServerLogin& login = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The file, or the server URL without secrets: for messages and the About box.
    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] Engine engine() const { return m_target.engine; }
    [[nodiscard]] const DatabaseTarget& target() const { return m_target; }
    // Where a practice file's copies are kept: "backups" beside it. A copy taken before a migration or an import is
    // named <file>-before-<what>-<yyyyMMdd-HHmmss>[-n].sqlite there, so the retention counts it with the rest. The
    // folder is made owner-only only when this makes it: a folder someone chose keeps its own rights.
    static QString backupFolderOf(const QString& databaseFile);
    Result<QString> newCopyPath(const QString& before);
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    [[nodiscard]] static int latestSchemaVersion();
    // Runs one statement of the engine's dialect (a no-op for an empty one).
    Status execDialect(const QString& statement, const QVariantList& values = {});
    [[nodiscard]] QSqlDatabase& connection() { return m_db; }

    // A statement prepared once and reused (bulk writes bind into it again and again).
    Result<QSqlQuery*> prepared(const QString& sql);

    // Runs body inside one write transaction (BEGIN IMMEDIATE ... COMMIT). If the database is busy the
    // whole transaction is retried a bounded number of times; on any error it is rolled back whole.
    Status write(const std::function<Status()>& body);

    // write() for bulk loads (the demo, register imports): foreign keys are checked once for the whole transaction
    // at its end instead of row by row; any dangling reference rolls the whole load back.
    Status bulkWrite(const std::function<Status()>& body);

    // A consistent copy made by SQLite itself (VACUUM INTO), safe while other connections write.
    Status backupTo(const QString& file);
    // PRAGMA integrity_check and foreign_key_check: empty when all is well.
    Result<QStringList> integrityProblems();

    // Closes and opens the connection again (the server restarted, the network blipped). True when it is back.
    bool reconnect();
    // Connects to the server again as another login, or the same one with its password typed again (switching user,
    // the lock screen): the server checks the password. On a refusal the connection it had is kept.
    Status signInAs(const QString& user, const QString& password);

    // SQLite's own connection under Qt's, for the few paths where Qt's per-value cost outweighs the work (bulk
    // loads, whole-list scans); nullptr on PostgreSQL.
    [[nodiscard]] sqlite3* sqliteConnection();

private:
    Database(DatabaseTarget target, QString connectionName);
    static Result<std::unique_ptr<Database>> openFile(const DatabaseTarget& target, Mode mode);
    static Result<std::unique_ptr<Database>> openServer(const DatabaseTarget& target, Mode mode,
                                                        const ServerLogin& login);
    // Why the server refused a connection, for a person: a refused sign-in is the same message whatever its cause.
    [[nodiscard]] Error connectionError(const QString& user) const;
    Status checkServerUpdatable();
    Status checkAndMigrate(Mode mode);
    Status configure();
    Status migrate();
    Result<int> readSchemaVersion();

    DatabaseTarget m_target;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
    QHash<QString, QSqlQuery> m_prepared;
};

} // namespace cd
