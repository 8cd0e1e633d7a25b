// Several desks on one practice, through the real CLI: the same demo on both engines gives the same figures; two
// processes recording at once both succeed with nothing lost; a practice moves between engines with `copy`.
// Needs a PostgreSQL server (CONSENTDESK_TEST_PG); .ci/run starts one.
#include "demo/DemoGenerator.h"
#include "store/Database.h"

#include "CliRunner.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::CliRunner;
using cd::test::TestDatabase;

namespace {

const QStringList kDates = {QStringLiteral("2010-01-10"), QStringLiteral("2010-02-01"), QStringLiteral("2010-03-15"),
                            QStringLiteral("2010-04-09"), QStringLiteral("2010-04-10"), QStringLiteral("2010-07-01")};

class SeveralDesks : public ::testing::Test
{
protected:
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
    }

    QString stats(const QString& db, const QString& asOf)
    {
        const auto r = cli.run({QStringLiteral("--db"), db, QStringLiteral("--as-of"), asOf, QStringLiteral("stats"),
                                QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out;
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
};

TEST_F(SeveralDesks, TheSameDemoGivesTheSameFiguresOnBothEngines)
{
    const QStringList demo = {QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("2000"),
                              QStringLiteral("--seed"), QStringLiteral("7")};
    ASSERT_EQ(cli.run(QStringList{QStringLiteral("--db"), server->path()} + demo).exitCode, 0);
    ASSERT_EQ(cli.db(demo).exitCode, 0);
    for (const QString& day : kDates) {
        EXPECT_EQ(stats(server->path(), day), stats(cli.dbPath(), day)) << day.toStdString();
    }
}

// Two desks, each recording 300 forms for its own patients at the same time: every form is there once, with its
// audit row, and verify passes.
void twoDesksAtOnce(CliRunner& cli, const QString& db, const std::function<qint64(const QString&)>& count)
{
    QStringList free;
    for (const auto& p : cd::DemoGenerator::generate({900, 3})) {
        if (p.events.size() == 2 && p.events.last().type == cd::EventType::PackSent) {
            free << p.patient.nhsNumber;
        }
    }
    ASSERT_GE(free.size(), 600);
    ASSERT_EQ(cli.run({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--patients"),
                       QStringLiteral("900"), QStringLiteral("--seed"), QStringLiteral("3")})
                  .exitCode,
              0);
    // Each desk signs in as its own receptionist.
    for (const char* desk : {"desk0", "desk1"}) {
        auto env = cli.environment();
        env.insert(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), QStringLiteral("demo-password"));
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(QStringLiteral(CONSENTDESK_CLI),
                  {QStringLiteral("--db"), db, QStringLiteral("user"), QStringLiteral("add"), QLatin1String(desk),
                   QStringLiteral("--role"), QStringLiteral("reception")});
        ASSERT_TRUE(add.waitForFinished(60000));
        ASSERT_EQ(add.exitCode(), 0) << add.readAllStandardError().toStdString();
    }
    QList<QProcess*> desks;
    for (int desk = 0; desk < 2; ++desk) {
        QString script = QStringLiteral("set -e\n");
        for (int i = 0; i < 300; ++i) {
            script += QStringLiteral("'%1' --db '%2' --user desk%3 record --nhs %4 --choice dissent --received "
                                     "2010-03-01 --by patient --channel desk --signed\n")
                          .arg(QStringLiteral(CONSENTDESK_CLI), db)
                          .arg(desk)
                          .arg(free.at(desk * 300 + i));
        }
        auto* process = new QProcess;
        process->setProcessEnvironment(cli.environment());
        process->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        desks << process;
    }
    for (QProcess* process : desks) {
        EXPECT_TRUE(process->waitForFinished(600000));
        EXPECT_EQ(process->exitCode(), 0) << process->readAllStandardError().toStdString();
        delete process;
    }
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE type = 'choice' AND recorded_by LIKE "
                                   "'desk%' AND event_date = '2010-03-01'")),
              600);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(DISTINCT patient_id) FROM consent_events WHERE recorded_by LIKE "
                                   "'desk%'")),
              600);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'record-choice' AND user_name LIKE "
                                   "'desk%'")),
              600);
    const auto verify = cli.run({QStringLiteral("--db"), db, QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << verify.out.toStdString();
}

TEST_F(SeveralDesks, TwoProcessesRecordAtOnceOnTheServer)
{
    twoDesksAtOnce(cli, server->path(), [&](const QString& sql) { return count(server->path(), sql); });
}

TEST_F(SeveralDesks, TwoProcessesRecordAtOnceOnOneSqliteFile)
{
    twoDesksAtOnce(cli, cli.dbPath(), [&](const QString& sql) { return count(cli.dbPath(), sql); });
}

TEST_F(SeveralDesks, APracticeMovesToTheServerAndBackWithCopy)
{
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("1500"),
                      QStringLiteral("--seed"), QStringLiteral("9")})
                  .exitCode,
              0);
    const auto up = cli.db({QStringLiteral("copy"), QStringLiteral("--to"), server->path(), QStringLiteral("--json")});
    ASSERT_EQ(up.exitCode, 0) << up.err.toStdString();
    const auto report = QJsonDocument::fromJson(up.out.toUtf8()).object();
    EXPECT_EQ(report.value(QStringLiteral("tables")).toObject().value(QStringLiteral("patients")).toInt(), 1500);

    const QString back = cli.home() + QStringLiteral("/back.sqlite");
    const auto down =
        cli.run({QStringLiteral("--db"), server->path(), QStringLiteral("copy"), QStringLiteral("--to"), back});
    ASSERT_EQ(down.exitCode, 0) << down.err.toStdString();
    for (const QString& day : kDates) {
        EXPECT_EQ(stats(back, day), stats(cli.dbPath(), day)) << day.toStdString();
        EXPECT_EQ(stats(server->path(), day), stats(cli.dbPath(), day)) << day.toStdString();
    }

    // A target that is not empty is refused and left as it was.
    const QString before = stats(server->path(), QStringLiteral("2010-03-15"));
    const auto again = cli.db({QStringLiteral("copy"), QStringLiteral("--to"), server->path()});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("not empty")));
    EXPECT_EQ(stats(server->path(), QStringLiteral("2010-03-15")), before);
}

} // namespace
