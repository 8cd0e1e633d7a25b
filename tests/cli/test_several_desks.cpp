// Several desks on one practice, through the real CLI: the same demo on both engines gives the same figures; two
// processes recording at once both succeed with nothing lost; a practice moves between engines with `copy`. On the
// server each person signs in as a login of their own (issue #18): the owner runs server-setup, its manager adds the
// people. Needs a PostgreSQL server (CONSENTDESK_TEST_PG); .ci/run starts one.
#include "demo/DemoGenerator.h"
#include "store/Database.h"

#include "CliRunner.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::CliRun;
using cd::test::CliRunner;
using cd::test::TestDatabase;

namespace {

const QStringList kDates = {QStringLiteral("2010-01-10"), QStringLiteral("2010-02-01"), QStringLiteral("2010-03-15"),
                            QStringLiteral("2010-04-09"), QStringLiteral("2010-04-10"), QStringLiteral("2010-07-01")};
const QString kPassword = QStringLiteral("a-long-password-1");
const QString kDemoPassword = QStringLiteral("demo-password");

// Who signs in for a command: a login and its password; an empty user is the server's owner (the URL's user, with
// CONSENTDESK_DB_PASSWORD), or on a file with no users the operating-system user.
struct Person
{
    QString user;
    QString password;
};
const Person kOwner{};
const Person kDemoManager{QStringLiteral("demo-manager"), kDemoPassword};

class SeveralDesks : public ::testing::Test
{
public:
    void SetUp() override
    {
        if (const QString why = TestDatabase::serverMissingReason(); !why.isEmpty()) {
            if (qEnvironmentVariableIsSet("CI")) {
                FAIL() << why.toStdString() << " In CI they must run.";
            }
            GTEST_SKIP() << why.toStdString();
        }
        server = std::make_unique<TestDatabase>(false, cd::Engine::PostgreSQL);
        server->close(); // the CLI processes use the schema from here on
        manager = {QStringLiteral("mgr_") + server->schema(), kPassword};
    }

    CliRun as(const Person& who, const QStringList& args)
    {
        cli.signInAs(who.user, who.user.isEmpty() ? QString() : who.password);
        return cli.run(args);
    }

    QString stats(const QString& db, const QString& asOf, const Person& who)
    {
        const auto r = as(who, {QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf, QStringLiteral("stats"),
                                QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out;
    }

    // The owner sets the practice up on the server, with this test's manager.
    void serverSetup()
    {
        cli.setEnvironment(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), kPassword);
        const auto r =
            as(kOwner, {QStringLiteral("--db"), server->path(), QStringLiteral("server-setup"),
                        QStringLiteral("--practice-code"), QStringLiteral("F99999"), QStringLiteral("--practice-name"),
                        QStringLiteral("Demo Surgery"), QStringLiteral("--region"), QStringLiteral("london"),
                        QStringLiteral("--manager"), manager.user, QStringLiteral("--json")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    // A manager adds a person with their own password.
    void addPerson(const QString& db, const Person& by, const Person& person, const QString& role)
    {
        cli.setEnvironment(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), person.password);
        const auto r = as(by, {QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), person.user,
                               QStringLiteral("--role"), role});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    qint64 count(const QString& db, const QString& sql)
    {
        auto opened = cd::Database::open(db, cd::Database::Mode::MustExist);
        if (!opened) {
            ADD_FAILURE() << opened.error().message.toStdString();
            return -1;
        }
        QSqlQuery q((*opened)->connection());
        EXPECT_TRUE(q.exec(sql) && q.next());
        return q.value(0).toLongLong();
    }

    CliRunner cli;
    std::unique_ptr<TestDatabase> server;
    Person manager;
};

TEST_F(SeveralDesks, TheSameDemoGivesTheSameFiguresOnBothEngines)
{
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("2000"),
                              QStringLiteral("--seed"), QStringLiteral("7")};
    const auto made = as(kOwner, QStringList{QStringLiteral("--db"), server->path()} + demo);
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    ASSERT_EQ(as(kOwner, QStringList{QStringLiteral("--db"), cli.dbPath()} + demo).exitCode, 0);
    serverSetup();
    const Person reception{QStringLiteral("rec_") + server->schema(), QStringLiteral("reception-password")};
    addPerson(server->path(), manager, reception, QStringLiteral("reception"));
    for (const QString& day : kDates) {
        EXPECT_EQ(stats(server->path(), day, reception), stats(cli.dbPath(), day, kDemoManager)) << day.toStdString();
    }
}

// Two desks, each recording 300 forms for its own patients at the same time, each as its own receptionist: every
// form is there once, with its audit row, signed by the desk that recorded it, and verify passes.
void twoDesksAtOnce(SeveralDesks& test, CliRunner& cli, const QString& db, const Person& manager,
                    const QList<Person>& desks, const std::function<void()>& setUp,
                    const std::function<qint64(const QString&)>& count)
{
    QStringList free;
    for (const auto& p : cd::DemoGenerator::generate({900, 3})) {
        if (p.events.size() == 2 && p.events.last().type == cd::EventType::PackSent) {
            free << p.patient.nhsNumber;
        }
    }
    ASSERT_GE(free.size(), 600);
    setUp();
    for (const Person& desk : desks) {
        test.addPerson(db, manager, desk, QStringLiteral("reception"));
    }
    QList<QProcess*> processes;
    for (int desk = 0; desk < 2; ++desk) {
        QString script = QStringLiteral("set -e\n");
        for (int i = 0; i < 300; ++i) {
            script += QStringLiteral("'%1' --db '%2' --user %3 record --nhs %4 --choice dissent --received "
                                     "2010-03-01 --by patient --channel desk --signed\n")
                          .arg(QStringLiteral(CONSENTDESK_CLI), db, desks.at(desk).user, free.at(desk * 300 + i));
        }
        auto env = cli.environment();
        env.insert(QStringLiteral("CONSENTDESK_PASSWORD"), desks.at(desk).password);
        auto* process = new QProcess;
        process->setProcessEnvironment(env);
        process->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        processes << process;
    }
    for (QProcess* process : processes) {
        EXPECT_TRUE(process->waitForFinished(600000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
        delete process;
    }
    for (const Person& desk : desks) {
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE type = 'choice' AND recorded_by = "
                                       "'%1' AND recorded_role = 'reception' AND event_date = '2010-03-01'")
                            .arg(desk.user)),
                  300);
        EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'record-choice' AND user_name = "
                                       "'%1'")
                            .arg(desk.user)),
                  300);
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(DISTINCT patient_id) FROM consent_events WHERE recorded_by LIKE "
                                   "'desk%'")),
              600);
    cli.signInAs(manager.user, manager.user.isEmpty() ? QString() : manager.password);
    const auto verify = cli.run({QStringLiteral("--db"), db, QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString() << verify.err.toStdString();
}

const QStringList kDemo900 = {QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("900"),
                              QStringLiteral("--seed"), QStringLiteral("3")};

TEST_F(SeveralDesks, TwoProcessesRecordAtOnceOnTheServer)
{
    const QString suffix = server->schema();
    twoDesksAtOnce(
        *this, cli, server->path(), manager,
        {{QStringLiteral("desk0_") + suffix, QStringLiteral("desk-zero-password")},
         {QStringLiteral("desk1_") + suffix, QStringLiteral("desk-one-password")}},
        [&] {
            ASSERT_EQ(as(kOwner, QStringList{QStringLiteral("--db"), server->path()} + kDemo900).exitCode, 0);
            serverSetup();
        },
        [&](const QString& sql) { return count(server->path(), sql); });
}

TEST_F(SeveralDesks, TwoProcessesRecordAtOnceOnOneSqliteFile)
{
    twoDesksAtOnce(
        *this, cli, cli.dbPath(), kDemoManager,
        {{QStringLiteral("desk0"), QStringLiteral("desk-zero-password")},
         {QStringLiteral("desk1"), QStringLiteral("desk-one-password")}},
        [&] {
            ASSERT_EQ(as(kOwner, QStringList{QStringLiteral("--db"), cli.dbPath()} + kDemo900).exitCode, 0);
        },
        [&](const QString& sql) { return count(cli.dbPath(), sql); });
}

TEST_F(SeveralDesks, APracticeMovesToTheServerAndBackWithCopy)
{
    ASSERT_EQ(as(kOwner, {QStringLiteral("--db"), cli.dbPath(), QStringLiteral("demo"), QStringLiteral("--patients"),
                          QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("9")})
                  .exitCode,
              0);
    // The file's manager copies it up; the server's owner (the URL's user) receives it.
    const auto up = as(kDemoManager, {QStringLiteral("--db"), cli.dbPath(), QStringLiteral("copy"),
                                      QStringLiteral("--to"), server->path(), QStringLiteral("--json")});
    ASSERT_EQ(up.exitCode, 0) << up.err.toStdString();
    const auto report = QJsonDocument::fromJson(up.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("tables")).toObject().value(QStringLiteral("patients")).toInt(), 1500);

    const QString back = cli.home() + QStringLiteral("/back.sqlite");
    const auto down =
        as(kOwner, {QStringLiteral("--db"), server->path(), QStringLiteral("copy"), QStringLiteral("--to"), back});
    ASSERT_EQ(down.exitCode, 0) << down.err.toStdString();
    for (const QString& day : kDates) {
        EXPECT_EQ(stats(back, day, kDemoManager), stats(cli.dbPath(), day, kDemoManager)) << day.toStdString();
        EXPECT_EQ(stats(server->path(), day, kOwner), stats(cli.dbPath(), day, kDemoManager)) << day.toStdString();
    }

    // A target that is not empty is refused and left as it was.
    const QString before = stats(server->path(), QStringLiteral("2010-03-15"), kOwner);
    const auto again = as(kDemoManager, {QStringLiteral("--db"), cli.dbPath(), QStringLiteral("copy"),
                                         QStringLiteral("--to"), server->path()});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("not empty")));
    EXPECT_EQ(stats(server->path(), QStringLiteral("2010-03-15"), kOwner), before);

    // On the server the people the file brought become logins of their own, with no password until a manager
    // resets one: the file's password hashes stay behind.
    serverSetup();
    const auto listed = as(manager, {QStringLiteral("--db"), server->path(), QStringLiteral("user"),
                                     QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    QStringList logins;
    for (const auto& user :
         QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("users")).toArray()) {
        logins << user.toObject().value(QStringLiteral("db_role")).toString();
    }
    EXPECT_TRUE(logins.contains(QStringLiteral("demo-reception"))) << logins.join(u',').toStdString();
    EXPECT_NE(as(Person{QStringLiteral("demo-reception"), kDemoPassword},
                 {QStringLiteral("--db"), server->path(), QStringLiteral("stats")})
                  .exitCode,
              0);
    cli.setEnvironment(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), QStringLiteral("reset-by-manager"));
    ASSERT_EQ(as(manager, {QStringLiteral("--db"), server->path(), QStringLiteral("user"), QStringLiteral("reset"),
                           QStringLiteral("demo-reception")})
                  .exitCode,
              0);
    const Person reset{QStringLiteral("demo-reception"), QStringLiteral("reset-by-manager")};
    // Signed in, they may only set their own password until they do.
    EXPECT_EQ(as(reset, {QStringLiteral("--db"), server->path(), QStringLiteral("stats")}).exitCode, 4);
    cli.setEnvironment(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), QStringLiteral("reception-own-password"));
    ASSERT_EQ(as(reset, {QStringLiteral("--db"), server->path(), QStringLiteral("user"), QStringLiteral("password")})
                  .exitCode,
              0);
    EXPECT_EQ(stats(server->path(), QStringLiteral("2010-03-15"),
                    Person{QStringLiteral("demo-reception"), QStringLiteral("reception-own-password")}),
              before);

    // A file copied from the server: its manager signs in to it with the password they used on the server.
    const QString laptop = cli.home() + QStringLiteral("/laptop.sqlite");
    const auto taken =
        as(manager, {QStringLiteral("--db"), server->path(), QStringLiteral("copy"), QStringLiteral("--to"), laptop});
    ASSERT_EQ(taken.exitCode, 0) << taken.err.toStdString();
    EXPECT_TRUE(taken.err.contains(QStringLiteral("signs in to this copy"))) << taken.err.toStdString();
    EXPECT_EQ(stats(laptop, QStringLiteral("2010-03-15"), manager), before);
}

} // namespace
