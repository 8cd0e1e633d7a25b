#pragma once

#include "domain/Clock.h"
#include "service/Actor.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <ostream>

// Failures show Qt strings as text, not as arrays of UTF-16 code units.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

namespace cd::test {

// A fresh, empty database of either engine, set up as a small practice, with a clock fixed in 2010. SQLite: a file
// in a temporary folder. PostgreSQL: a schema of its own on the server CONSENTDESK_TEST_PG names, dropped after.
class TestDatabase
{
public:
    TestDatabase();
    explicit TestDatabase(bool initialisePractice, Engine engine = Engine::SQLite);
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    Database& db() { return *m_db; }
    // What --db would be: the file, or the server URL with this test's schema.
    [[nodiscard]] QString path() const { return m_target; }
    [[nodiscard]] Engine engine() const { return m_engine; }
    // The practice's schema on the server (empty for a file): logins made by a test end in it, so tests running at
    // once on one server never share one, and they go with the schema.
    [[nodiscard]] const QString& schema() const { return m_schema; }
    [[nodiscard]] const QTemporaryDir& dir() const { return m_dir; }
    FixedClock& clock() { return m_clock; }
    void reopen();
    void close() { m_db.reset(); }

    // Adds a registered patient (registered 2000-01-01) and returns the internal id.
    qint64 addPatient(const QString& nhs, QDate dateOfBirth, QDate registered = QDate(2000, 1, 1));
    // Sends an information pack to the patient on the date (through the store, as the mail-out would).
    qint64 sendPack(qint64 patientId, QDate date);
    // Records a form through the consent service, as reception would; returns the choice's event id.
    qint64 choose(const QString& nhs, const char* choice, QDate received, Submitter by = Submitter::Patient);
    // A GP's review of what waits for one, made on the date; returns the review's event id.
    qint64 review(const QString& nhs, ReviewOutcome outcome, QDate on);
    // Sets an event aside, as a manager would.
    void voidEvent(qint64 eventId, const QString& reason);
    // The patient leaves the practice's list on the date (as the register import records it).
    void leave(qint64 patientId, QDate date);
    // The patient joins the list again on the date (as the register import records a returning patient).
    void rejoin(qint64 patientId, QDate date);
    // Row counts of every table that a refused command must leave alone.
    std::map<QString, qint64> rowCounts();

    static Actor manager() { return {QStringLiteral("m.manager"), Role::Manager}; }
    static Actor reception() { return {QStringLiteral("r.reception"), Role::Reception}; }
    static Actor clinician() { return {QStringLiteral("dr.gp"), Role::Clinician}; }

    // The server the PostgreSQL tests use (CONSENTDESK_TEST_PG), or empty.
    static QString serverUrl();
    // Why PostgreSQL tests cannot run here, or empty when they can.
    static QString serverMissingReason();

private:
    void registration(qint64 patientId, EventType type, QDate date);

    Engine m_engine = Engine::SQLite;
    QString m_target;
    QString m_schema;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2010, 3, 15), QTime(10, 0))};
};

// The engine a parameterised test runs on, named in the test's name: .../Sqlite, .../Postgres.
std::string engineName(const ::testing::TestParamInfo<Engine>& info);

// Valid NHS numbers (they pass the Modulus 11 check), one per line of tests/data/register/nhs-numbers.txt.
const QStringList& validNhsNumbers();

// A test fixture that runs its body once per engine; PostgreSQL runs are skipped, with the reason, only outside CI.
class EngineTest : public ::testing::TestWithParam<Engine>
{
protected:
    void SetUp() override;
    TestDatabase& t() { return *m_database; }
    // Set before SetUp to get an empty database with no practice.
    bool m_initialisePractice = true;

private:
    std::unique_ptr<TestDatabase> m_database;
};

// The same, with an empty database: no practice set up yet.
class EmptyEngineTest : public EngineTest
{
protected:
    EmptyEngineTest() { m_initialisePractice = false; }
};

} // namespace cd::test

#define CD_INSTANTIATE_FOR_BOTH_ENGINES(suite)                                                                         \
    INSTANTIATE_TEST_SUITE_P(Engines, suite, ::testing::Values(cd::Engine::SQLite, cd::Engine::PostgreSQL),            \
                             cd::test::engineName)
