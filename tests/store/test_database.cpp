#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifndef Q_OS_WIN
#include <sys/stat.h> // owner-only is POSIX mode 0600; Windows keeps the file private by its profile's ACL
#endif

#include <gtest/gtest.h>

using cd::Database;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database& db, const char* name)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name))) && q.next());
    return q.value(0).toString();
}

class StoreOnBothEngines : public cd::test::EngineTest
{
};

TEST(Database, MigratesAnEmptyFileToTheLatestSchema)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/practice.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    ASSERT_TRUE(db.ok()) << qPrintable(db.error().message);
    EXPECT_EQ((*db)->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")));
    QStringList tables;
    while (q.next()) {
        tables << q.value(0).toString();
    }
    for (const char* table : {"practice", "settings", "users", "patients", "mailout_batches", "consent_events",
                              "audit_log", "state_segments", "schema_migrations"}) {
        EXPECT_TRUE(tables.contains(QString::fromLatin1(table))) << table;
    }
}

TEST(Database, ANewFileIsNotBackedUpBeforeItsMigrationsAndAnOldOneOnceBeforeThem)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("practice.sqlite"));
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        // Wind it back to version 2, as a practice file from before the timeline would be (the later versions'
        // additions first, newest first: 8, 7, 6, 5 and 4, then version 3's).
        QSqlQuery q((*db)->connection());
        for (const char* statement :
             {"DROP TRIGGER chain_heads_no_delete",
              "DROP TRIGGER chain_heads_forward_only",
              "DROP TABLE chain_heads",
              "DROP INDEX audit_log_chain",
              "DROP INDEX consent_events_chain",
              "DROP TRIGGER audit_log_no_update",
              "DROP TRIGGER consent_events_no_update",
              "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'no'); END",
              "CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events BEGIN SELECT RAISE(ABORT, "
              "'no'); END",
              "ALTER TABLE audit_log DROP COLUMN row_hash",
              "ALTER TABLE audit_log DROP COLUMN chain_seq",
              "ALTER TABLE consent_events DROP COLUMN row_hash",
              "ALTER TABLE consent_events DROP COLUMN chain_seq",
              "ALTER TABLE users DROP COLUMN locked_until",
              "ALTER TABLE users DROP COLUMN next_try_at",
              "ALTER TABLE users DROP COLUMN failed_signins",
              "ALTER TABLE users DROP COLUMN must_change_password",
              "DROP INDEX consent_events_batch",
              "ALTER TABLE consent_events DROP COLUMN proxy_name",
              "ALTER TABLE consent_events DROP COLUMN proxy_relationship",
              "DROP TRIGGER mailout_batches_no_update",
              "DROP TRIGGER mailout_batches_no_delete",
              "ALTER TABLE mailout_batches DROP COLUMN window_days",
              "DROP INDEX state_segments_range",
              "ALTER TABLE state_segments DROP COLUMN codes_to_correct",
              "CREATE INDEX state_segments_range ON state_segments (programme, valid_from, valid_to)",
              "ALTER TABLE consent_events DROP COLUMN signed_on",
              "DROP INDEX consent_events_choice_date",
              "DROP TABLE reference_figures",
              "DROP TABLE milestones",
              "DELETE FROM schema_migrations WHERE version > 2"}) {
            ASSERT_TRUE(q.exec(QString::fromLatin1(statement)))
                << statement << ": " << q.lastError().text().toStdString();
        }
    }
    const auto kept = [&] {
        return QDir(dir.filePath(QStringLiteral("backups")))
            .entryList({QStringLiteral("practice-before-*")}, QDir::Files);
    };
    auto reopened = Database::open(path, Database::Mode::MustExist);
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().message);
    EXPECT_EQ((*reopened)->schemaVersion(), Database::latestSchemaVersion());
    ASSERT_EQ(kept().size(), 1) << qPrintable(kept().join(u' '));
    EXPECT_TRUE(kept().first().startsWith(QStringLiteral("practice-before-v3-"))); // in backups/, under its retention

    QTemporaryDir fresh;
    ASSERT_TRUE(Database::open(fresh.filePath(QStringLiteral("new.sqlite")), Database::Mode::CreateIfMissing).ok());
    EXPECT_FALSE(QDir(fresh.filePath(QStringLiteral("backups"))).exists());
}

TEST(Database, IsCreatedOwnerOnlyWithWalFullSyncAndForeignKeys)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("practice.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    ASSERT_TRUE(db.ok());
#ifndef Q_OS_WIN
    struct stat st
    {
    };
    ASSERT_EQ(stat(QFile::encodeName(path).constData(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777U, 0600U);
#endif
    EXPECT_EQ(pragma(**db, "journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(pragma(**db, "synchronous"), QStringLiteral("2")); // FULL
    EXPECT_EQ(pragma(**db, "foreign_keys"), QStringLiteral("1"));
}

TEST(Database, MustExistModeDoesNotCreateAFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("typo.sqlite"));
    auto db = Database::open(path, Database::Mode::MustExist);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("no database")));
    EXPECT_FALSE(QFileInfo::exists(path));
}

TEST_P(StoreOnBothEngines, ReopeningKeepsDataAndDoesNotMigrateAgain)
{
    cd::test::TestDatabase& t = this->t();
    t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    t.reopen();
    EXPECT_EQ(*cd::PatientStore(t.db()).count(), 1);
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), cd::migrations(t.engine()).size());
}

TEST(Database, RefusesAFileFromANewerVersionAndLeavesItUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'from the future', 'x')")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileHash(path);
    const auto modified = QFileInfo(path).lastModified();
    auto db = Database::open(path, Database::Mode::MustExist);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, cd::ErrorKind::Database);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer version"))) << qPrintable(db.error().message);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("999")));
    EXPECT_EQ(fileHash(path), before);
    EXPECT_EQ(QFileInfo(path).lastModified(), modified);
}

TEST_P(StoreOnBothEngines, ADatabaseOfANewerSchemaIsRefused)
{
    cd::test::TestDatabase& t = this->t();
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'from the future', 'x')")));
    q = QSqlQuery();
    t.close();
    auto db = Database::open(t.path(), Database::Mode::MustExist);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer version"))) << db.error().message.toStdString();
}

TEST(Database, RefusesAnotherApplicationsSqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE accounts (id INTEGER)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = fileHash(path);
    auto db = Database::open(path, Database::Mode::MustExist);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a Consent Desk one")));
    EXPECT_EQ(fileHash(path), before);
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register.csv"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("NHS Number,Surname\n9990000018,Smith\n").repeated(200));
    f.close();
    auto db = Database::open(path, Database::Mode::MustExist);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a Consent Desk database")))
        << qPrintable(db.error().message);
}

TEST_P(StoreOnBothEngines, EventAndAuditTablesRefuseUpdateAndDelete)
{
    cd::test::TestDatabase& t = this->t();
    const qint64 patient = t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    ASSERT_GT(patient, 0);
    QSqlQuery q(t.db().connection());
    for (const char* statement : {"UPDATE consent_events SET event_date = '2001-01-01'", "DELETE FROM consent_events",
                                  "UPDATE audit_log SET user_name = 'someone else'", "DELETE FROM audit_log"}) {
        EXPECT_FALSE(q.exec(QString::fromLatin1(statement))) << statement;
        EXPECT_TRUE(q.lastError().databaseText().contains(QStringLiteral("append-only"))) << statement;
    }
    auto events = cd::EventStore(t.db()).forPatient(patient);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 1);
    EXPECT_EQ(events->first().date, QDate(2000, 1, 1));
}

TEST_P(StoreOnBothEngines, NhsNumbersAreTextAndUnique)
{
    cd::test::TestDatabase& t = this->t();
    cd::Patient p;
    p.nhsNumber = QStringLiteral("0123456789");
    p.familyName = QStringLiteral("Zero");
    p.dateOfBirth = QDate(1980, 1, 1);
    p.sex = QStringLiteral("M");
    ASSERT_TRUE(cd::PatientStore(t.db()).insert(p, t.clock().now()).ok());
    EXPECT_EQ((*cd::PatientStore(t.db()).findByNhs(QStringLiteral("0123456789")))->nhsNumber,
              QStringLiteral("0123456789")); // the leading zero survives
    EXPECT_FALSE(cd::PatientStore(t.db()).insert(p, t.clock().now()).ok());
}

TEST(Database, BulkWriteRollsBackWholeOnADanglingReference)
{
    cd::test::TestDatabase t;
    const auto before = t.rowCounts();
    const auto result = t.db().bulkWrite([&]() -> cd::Status {
        cd::ConsentEvent e;
        e.patientId = 4242; // no such patient
        e.type = cd::EventType::Registered;
        e.date = QDate(2000, 1, 1);
        e.recordedBy = QStringLiteral("x");
        e.recordedAt = t.clock().now();
        auto id = cd::EventStore(t.db()).append(e);
        return id ? cd::Status(cd::Done{}) : cd::Status(id.error());
    });
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(t.rowCounts(), before);
    EXPECT_EQ(pragma(t.db(), "foreign_keys"), QStringLiteral("1")); // switched back on
}

TEST(Database, BackupIsAConsistentOwnerOnlyCopy)
{
    cd::test::TestDatabase t;
    t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    const QString backup = t.dir().filePath(QStringLiteral("backup.sqlite"));
    ASSERT_TRUE(t.db().backupTo(backup).ok());
#ifndef Q_OS_WIN
    EXPECT_EQ(QFileInfo(backup).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);
#endif
    auto copy = Database::open(backup, Database::Mode::MustExist);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(*cd::PatientStore(**copy).count(), 1);
    EXPECT_FALSE(t.db().backupTo(backup).ok()); // never overwrites
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(StoreOnBothEngines);

TEST(Migrations, SplitterKeepsTriggerBodiesWhole)
{
    const QStringList statements = cd::splitSqlScript(
        QStringLiteral("-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n"
                       "    SELECT RAISE(ABORT, 'no; never');\nEND;\nCREATE INDEX i ON a (x);\n"));
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("END;")));
}

} // namespace

namespace {

TEST(Migrations, SplitterKeepsDollarQuotedFunctionBodiesWhole)
{
    const QStringList statements = cd::splitSqlScript(QStringLiteral(
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n    RAISE EXCEPTION 'x';\nEND;\n$$;\n"
        "CREATE TRIGGER t BEFORE UPDATE ON a\n    FOR EACH ROW EXECUTE FUNCTION f();\nCREATE INDEX i ON a (x);\n"));
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements[0].endsWith(QStringLiteral("$$;")));
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("f();")));
}

TEST(Migrations, BothEnginesShareOneVersionSequence)
{
    const auto& sqlite = cd::migrations(cd::Engine::SQLite);
    const auto& postgresql = cd::migrations(cd::Engine::PostgreSQL);
    ASSERT_EQ(sqlite.size(), postgresql.size());
    for (qsizetype i = 0; i < sqlite.size(); ++i) {
        EXPECT_EQ(sqlite[i].version, postgresql[i].version);
        EXPECT_EQ(sqlite[i].name, postgresql[i].name);
    }
}

} // namespace
