// Exit codes and messages of INTERFACES.md: 0 done, 1 usage, 2 input refused (nothing changed), 3 database problem.
#include "demo/DemoGenerator.h"

#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using cd::test::CliRunner;

namespace {

// A patient of the demo (30 patients, seed 5) with no choice recorded, found with the same generator.
QString demoPatient()
{
    for (const auto& p : cd::DemoGenerator::generate({30, 5})) {
        if (p.events.size() == 2) { // registered and sent a pack, nothing else
            return p.patient.nhsNumber;
        }
    }
    return QString();
}

class CliErrors : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("30"),
                          QStringLiteral("--seed"), QStringLiteral("5")})
                      .exitCode,
                  0);
        baseline = cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out;
    }
    void expectUnchanged() { EXPECT_EQ(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out, baseline); }

    CliRunner cli;
    QString baseline;
};

TEST_F(CliErrors, UsageErrorsExitOneAndPointAtHelp)
{
    for (const QStringList& args :
         {QStringList{}, QStringList{QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("stats"), QStringLiteral("--colour")},
          QStringList{QStringLiteral("record"), QStringLiteral("--nhs"), QStringLiteral("1")},
          QStringList{QStringLiteral("status"), QStringLiteral("--nhs")},
          QStringList{QStringLiteral("--as-of"), QStringLiteral("15/13/2010"), QStringLiteral("stats")}}) {
        const auto r = cli.db(args);
        EXPECT_EQ(r.exitCode, 1) << qPrintable(args.join(u' '));
        EXPECT_FALSE(r.err.isEmpty());
        EXPECT_TRUE(r.out.isEmpty());
    }
    EXPECT_TRUE(cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), QStringLiteral("1")})
                    .err.contains(QStringLiteral("--choice is required")));
    expectUnchanged();
}

TEST_F(CliErrors, RefusedInputExitsTwoAndChangesNothing)
{
    const QStringList record = {QStringLiteral("record"), QStringLiteral("--choice"), QStringLiteral("dissent"),
                                QStringLiteral("--by"),   QStringLiteral("patient"),  QStringLiteral("--channel"),
                                QStringLiteral("post")};
    struct Case
    {
        QStringList extra;
        const char* words;
    };
    for (const Case& c : {Case{{QStringLiteral("--nhs"), QStringLiteral("943 476 5918"), QStringLiteral("--received"),
                                QStringLiteral("2010-03-01")},
                               "Modulus 11"},
                          Case{{QStringLiteral("--nhs"), QStringLiteral("943 476 5919"), QStringLiteral("--received"),
                                QStringLiteral("2010-03-01")},
                               "No patient"},
                          Case{{QStringLiteral("--nhs"), QStringLiteral("943 476 5919"), QStringLiteral("--received"),
                                QStringLiteral("31/02/2010")},
                               "not a real date"}}) {
        const auto r = cli.db(record + c.extra);
        EXPECT_EQ(r.exitCode, 2) << qPrintable(r.err);
        EXPECT_TRUE(r.err.contains(QString::fromLatin1(c.words))) << qPrintable(r.err);
    }
    const auto badChannel = cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), QStringLiteral("9434765919"),
                                    QStringLiteral("--choice"), QStringLiteral("dissent"), QStringLiteral("--received"),
                                    QStringLiteral("2010-03-01"), QStringLiteral("--by"), QStringLiteral("patient"),
                                    QStringLiteral("--channel"), QStringLiteral("fax")});
    EXPECT_EQ(badChannel.exitCode, 2);
    EXPECT_TRUE(badChannel.err.contains(QStringLiteral("post, desk, mailhouse, email")));
    const auto again = cli.db({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                               QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("X"),
                               QStringLiteral("--region"), QStringLiteral("london")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already belongs")));
    const auto voidNothing = cli.db({QStringLiteral("void"), QStringLiteral("--event"), QStringLiteral("999999"),
                                     QStringLiteral("--reason"), QStringLiteral("x")});
    EXPECT_EQ(voidNothing.exitCode, 2);
    expectUnchanged();
}

TEST_F(CliErrors, AFutureReceivedDateIsRefusedUnderAsOf)
{
    // INTERFACES.md: under --as-of 2010-03-15 a form received on 2010-03-16 is in the future.
    const auto r = cli.run({QStringLiteral("--db"), cli.dbPath(), QStringLiteral("--as-of"),
                            QStringLiteral("2010-03-15"), QStringLiteral("record"), QStringLiteral("--nhs"),
                            demoPatient(), QStringLiteral("--choice"), QStringLiteral("dissent"),
                            QStringLiteral("--received"), QStringLiteral("2010-03-16"), QStringLiteral("--by"),
                            QStringLiteral("patient"), QStringLiteral("--channel"), QStringLiteral("post")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("after today"))) << qPrintable(r.err);
    expectUnchanged();
}

TEST_F(CliErrors, RefusalsInsideTheServiceWriteNothing)
{
    const auto before = cli.db({QStringLiteral("verify"), QStringLiteral("--json")}).out;
    const auto coded =
        cli.db({QStringLiteral("coded"), QStringLiteral("--nhs"), demoPatient(), QStringLiteral("--code"),
                QStringLiteral("9Ndo"), QStringLiteral("--date"), QStringLiteral("2010-03-15")});
    EXPECT_EQ(coded.exitCode, 2);
    EXPECT_TRUE(coded.err.contains(QStringLiteral("Nothing is waiting to be coded"))) << qPrintable(coded.err);
    const auto review =
        cli.db({QStringLiteral("review"), QStringLiteral("--nhs"), demoPatient(), QStringLiteral("--outcome"),
                QStringLiteral("upheld"), QStringLiteral("--reason"), QStringLiteral("x")});
    EXPECT_EQ(review.exitCode, 2);
    EXPECT_TRUE(review.err.contains(QStringLiteral("no choice waiting")));
    // verify --json counts every event: nothing was appended.
    EXPECT_EQ(cli.db({QStringLiteral("verify"), QStringLiteral("--json")}).out, before);
}

TEST_F(CliErrors, DatabaseProblemsExitThree)
{
    const auto missing =
        cli.run({QStringLiteral("--db"), cli.home() + QStringLiteral("/nope.sqlite"), QStringLiteral("stats")});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("There is no database")));
    EXPECT_FALSE(QFileInfo::exists(cli.home() + QStringLiteral("/nope.sqlite")));

    const QString junk = cli.home() + QStringLiteral("/junk.sqlite");
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const auto notDb = cli.run({QStringLiteral("--db"), junk, QStringLiteral("stats")});
    EXPECT_EQ(notDb.exitCode, 3);
    EXPECT_TRUE(notDb.err.contains(QStringLiteral("not a Consent Desk database")));
}

TEST_F(CliErrors, VersionAndDefaultDatabaseLocation)
{
    const auto version = cli.run({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("consentdesk-cli ")));
    // Without --db the CLI uses the user's data location, never the working directory.
    const auto init =
        cli.run({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                 QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("Leyton Green"),
                 QStringLiteral("--region"), QStringLiteral("NHS London")});
    EXPECT_EQ(init.exitCode, 0) << qPrintable(init.err);
    EXPECT_TRUE(QFileInfo::exists(cli.home() + QStringLiteral("/data/consentdesk/consentdesk.sqlite")));
    EXPECT_TRUE(init.err.contains(QStringLiteral("Leyton Green (F84001, NHS London)")));
}

// On a server the people are its logins: init --manager is refused before a connection is tried, and server-setup
// refuses a practice file; both say what to run instead.
TEST(CliServerSetup, TheWrongSetUpCommandIsRefusedBeforeAnythingIsMade)
{
    CliRunner cli;
    cli.setEnvironment(QStringLiteral("CONSENTDESK_NOW"), QString()); // a practice records the real time
    const auto init = cli.run({QStringLiteral("--db"), QStringLiteral("postgresql://owner@127.0.0.1:1/practice"),
                               QStringLiteral("init"), QStringLiteral("--practice-code"), QStringLiteral("F84001"),
                               QStringLiteral("--practice-name"), QStringLiteral("X"), QStringLiteral("--region"),
                               QStringLiteral("london"), QStringLiteral("--manager"), QStringLiteral("bob")});
    EXPECT_EQ(init.exitCode, 2);
    EXPECT_TRUE(init.err.contains(QStringLiteral("server-setup"))) << init.err.toStdString();
    const auto setup =
        cli.db({QStringLiteral("server-setup"), QStringLiteral("--practice-code"), QStringLiteral("F84001"),
                QStringLiteral("--practice-name"), QStringLiteral("X"), QStringLiteral("--region"),
                QStringLiteral("london"), QStringLiteral("--manager"), QStringLiteral("bob")});
    EXPECT_EQ(setup.exitCode, 2);
    EXPECT_TRUE(setup.err.contains(QStringLiteral("init"))) << setup.err.toStdString();
    EXPECT_FALSE(QFile::exists(cli.dbPath()));
}

} // namespace
