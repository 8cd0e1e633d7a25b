#include "TestDatabase.h"

#include "domain/Ledger.h"
#include "domain/Programme.h"
#include "service/ConsentService.h"
#include "service/PracticeService.h"
#include "store/Stores.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace cd::test {
namespace {

QString uniqueSchema()
{
    static int counter = 0;
    return QStringLiteral("cd_test_%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000000)
        .arg(++counter);
}

// Runs one statement on the server outside any practice schema (creating and dropping test schemas); returns the
// first column of its rows.
QStringList onServer(const QString& statement, const QString& searchPath = QString())
{
    QStringList rows;
    const QString name = QStringLiteral("cd-test-admin");
    {
        auto target = DatabaseTarget::parse(TestDatabase::serverUrl());
        if (!target) {
            ADD_FAILURE() << "CONSENTDESK_TEST_PG is not a server URL";
            return rows;
        }
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        admin.setHostName(target->host);
        admin.setPort(target->port);
        admin.setDatabaseName(target->database);
        admin.setUserName(target->user);
        admin.setPassword(qEnvironmentVariable("CONSENTDESK_DB_PASSWORD"));
        EXPECT_TRUE(admin.open()) << admin.lastError().text().toStdString();
        QSqlQuery q(admin);
        q.exec(QStringLiteral("SET client_min_messages = warning")); // no NOTICE per dropped table
        if (!searchPath.isEmpty()) {
            q.exec(QStringLiteral("SET search_path = %1").arg(searchPath)); // the practice's helpers find each other
        }
        EXPECT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
        while (q.isSelect() && q.next()) {
            rows << q.value(0).toString();
        }
        q = QSqlQuery();
        admin.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

QString TestDatabase::serverUrl()
{
    return qEnvironmentVariable("CONSENTDESK_TEST_PG");
}

QString TestDatabase::serverMissingReason()
{
    if (serverUrl().isEmpty()) {
        return QStringLiteral("PostgreSQL tests skipped: set CONSENTDESK_TEST_PG=postgresql://USER@HOST:PORT/DBNAME "
                              "(and CONSENTDESK_DB_PASSWORD) to run them; .ci/run starts a throwaway server.");
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return QStringLiteral("PostgreSQL tests need Qt's QPSQL driver (libqt6sql6-psql).");
    }
    return QString();
}

std::string engineName(const ::testing::TestParamInfo<Engine>& info)
{
    return info.param == Engine::SQLite ? "Sqlite" : "Postgres";
}

void EngineTest::SetUp()
{
    if (GetParam() == Engine::PostgreSQL) {
        if (const QString why = TestDatabase::serverMissingReason(); !why.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI")) {
                FAIL() << why.toStdString() << " In CI they must run.";
            }
            GTEST_SKIP() << why.toStdString();
        }
    }
    m_database = std::make_unique<TestDatabase>(m_initialisePractice, GetParam());
}

TestDatabase::TestDatabase()
    : TestDatabase(true)
{}

TestDatabase::TestDatabase(bool initialisePractice, Engine engine)
    : m_engine(engine)
{
    if (engine == Engine::SQLite) {
        m_target = m_dir.filePath(QStringLiteral("practice.sqlite"));
    } else {
        m_schema = uniqueSchema();
        onServer(QStringLiteral("CREATE SCHEMA %1").arg(m_schema));
        m_target = serverUrl() + QStringLiteral("?schema=") + m_schema;
    }
    reopen();
    if (initialisePractice) {
        InitPracticeCommand command;
        command.code = QStringLiteral("F84001");
        command.name = QStringLiteral("Test Surgery");
        command.region = QStringLiteral("london");
        command.plannedUpload = QDate(2010, 4, 26);
        auto practice = PracticeService(*m_db, m_clock).init(manager(), command);
        EXPECT_TRUE(practice.ok()) << (practice ? "" : qPrintable(practice.error().message));
    }
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_schema.isEmpty()) {
        // Roles belong to the whole server: the practice's groups and the logins in them go with the schema.
        const QStringList roles = onServer(
            QStringLiteral("SELECT r.rolname FROM (SELECT %1.consentdesk_group_name('%1', k) AS g FROM unnest(ARRAY["
                           "'reception', 'clinician', 'manager']) AS k) AS groups JOIN pg_roles gr ON gr.rolname = "
                           "groups.g JOIN pg_auth_members m ON m.roleid = gr.oid JOIN pg_roles r ON r.oid = m.member "
                           "UNION ALL SELECT g FROM (SELECT %1.consentdesk_group_name('%1', k) AS g FROM "
                           "unnest(ARRAY['reception', 'clinician', 'manager']) AS k) AS groups")
                .arg(m_schema),
            m_schema);
        onServer(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
        for (const QString& role : roles) {
            onServer(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(role));
        }
    }
}

void TestDatabase::reopen()
{
    m_db.reset();
    auto db = Database::open(m_target, Database::Mode::CreateIfMissing);
    if (!db) {
        ADD_FAILURE() << qPrintable(db.error().message);
        return;
    }
    m_db = std::move(db).value();
}

namespace {

void refreshSegments(Database& db, qint64 patientId)
{
    ASSERT_TRUE(SegmentStore(db).rebuild(patientId, Programme::scr()).ok());
}

} // namespace

qint64 TestDatabase::addPatient(const QString& nhs, QDate dateOfBirth, QDate registered)
{
    qint64 id = 0;
    const auto written = m_db->write([&]() -> Status {
        Patient p;
        p.nhsNumber = nhs;
        p.givenName = QStringLiteral("Test");
        p.familyName = QStringLiteral("Patient");
        p.dateOfBirth = dateOfBirth;
        p.sex = QStringLiteral("F");
        auto inserted = PatientStore(*m_db).insert(p, m_clock.now());
        if (!inserted) {
            return inserted.error();
        }
        id = *inserted;
        ConsentEvent e;
        e.patientId = id;
        e.type = EventType::Registered;
        e.date = registered;
        e.recordedBy = manager().user;
        e.recordedRole = Role::Manager;
        e.recordedAt = m_clock.now();
        if (auto appended = EventStore(*m_db).append(e); !appended) {
            return appended.error();
        }
        refreshSegments(*m_db, id);
        return Done{};
    });
    EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message.toStdString());
    return id;
}

qint64 TestDatabase::sendPack(qint64 patientId, QDate date)
{
    qint64 id = 0;
    const auto written = m_db->write([&]() -> Status {
        auto batch = EventStore(*m_db).createBatch({0, QStringLiteral("scr"), QStringLiteral("test batch"), date},
                                                   manager().user, m_clock.now());
        if (!batch) {
            return batch.error();
        }
        ConsentEvent e;
        e.patientId = patientId;
        e.type = EventType::PackSent;
        e.programme = QStringLiteral("scr");
        e.date = date;
        e.batchId = *batch;
        e.recordedBy = manager().user;
        e.recordedRole = Role::Manager;
        e.recordedAt = m_clock.now();
        auto appended = EventStore(*m_db).append(e);
        if (!appended) {
            return appended.error();
        }
        id = *appended;
        refreshSegments(*m_db, patientId);
        return Done{};
    });
    EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message.toStdString());
    return id;
}

qint64 TestDatabase::choose(const QString& nhs, const char* choice, QDate received, Submitter by)
{
    RecordChoiceCommand cmd;
    cmd.nhsNumber = nhs;
    cmd.choice = QString::fromLatin1(choice);
    cmd.received = received;
    cmd.submittedBy = by;
    cmd.identityChecked = true;
    auto id = ConsentService(*m_db, m_clock).recordChoice(reception(), cmd);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    return id.ok() ? *id : 0;
}

qint64 TestDatabase::review(const QString& nhs, ReviewOutcome outcome, QDate on)
{
    // A review is dated the day it is made: make it on that day, then come back.
    const QDateTime now = m_clock.now();
    m_clock.set(QDateTime(on, QTime(12, 0)));
    auto id = ConsentService(*m_db, m_clock).recordReview(clinician(), nhs, outcome, QStringLiteral("test review"));
    m_clock.set(now);
    EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    return id.ok() ? *id : 0;
}

void TestDatabase::voidEvent(qint64 eventId, const QString& reason)
{
    auto done = ConsentService(*m_db, m_clock).voidEvent(manager(), eventId, reason);
    EXPECT_TRUE(done.ok()) << (done ? std::string() : done.error().message.toStdString());
}

void TestDatabase::leave(qint64 patientId, QDate date)
{
    registration(patientId, EventType::Left, date);
}

void TestDatabase::rejoin(qint64 patientId, QDate date)
{
    registration(patientId, EventType::Registered, date);
}

void TestDatabase::registration(qint64 patientId, EventType type, QDate date)
{
    const auto written = m_db->write([&]() -> Status {
        ConsentEvent e;
        e.patientId = patientId;
        e.type = type;
        e.date = date;
        e.recordedBy = manager().user;
        e.recordedRole = Role::Manager;
        e.recordedAt = m_clock.now();
        if (auto appended = EventStore(*m_db).append(e); !appended) {
            return appended.error();
        }
        refreshSegments(*m_db, patientId);
        return Done{};
    });
    EXPECT_TRUE(written.ok()) << (written ? std::string() : written.error().message.toStdString());
}

std::map<QString, qint64> TestDatabase::rowCounts()
{
    std::map<QString, qint64> counts;
    for (const char* table : {"practice", "settings", "patients", "mailout_batches", "consent_events", "audit_log",
                              "state_segments", "users", "milestones", "reference_figures"}) {
        QSqlQuery q(m_db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table))) && q.next());
        counts[QString::fromLatin1(table)] = q.value(0).toLongLong();
    }
    return counts;
}

const QStringList& validNhsNumbers()
{
    static const QStringList list = [] {
        QFile f(QStringLiteral(CONSENTDESK_TEST_DATA "/register/nhs-numbers.txt"));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("tests/data/register/nhs-numbers.txt is missing");
        }
        return QString::fromLatin1(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }();
    return list;
}

} // namespace cd::test
