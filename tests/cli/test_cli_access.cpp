// Who may run what, through the real CLI: every command against every role (table-driven). A refused command exits
// 4, changes no patient or consent data, and leaves a "refused:" row in the audit trail; a missing or wrong password
// exits 4 and changes nothing.
#include "CliRunner.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::CliRunner;

namespace {

enum Needs { Anyone, Clinician, Manager };

struct Case
{
    QStringList args;
    Needs needs;
};

qint64 count(const QString& db, const QString& sql)
{
    const QString name = QStringLiteral("access-check");
    qint64 n = -1;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next()) {
                n = q.value(0).toLongLong();
            }
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

TEST(CliAccess, EveryCommandAgainstEveryRole)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("60"),
                      QStringLiteral("--seed"), QStringLiteral("7")})
                  .exitCode,
              0);
    const QString nhs = QStringLiteral("9990000018"); // not on the list: allowed commands fail on input, not role
    const QString out = cli.home() + QStringLiteral("/out");
    const QList<Case> cases = {
        {{QStringLiteral("stats")}, Anyone},
        {{QStringLiteral("status"), QStringLiteral("--nhs"), nhs}, Anyone},
        {{QStringLiteral("find"), QStringLiteral("smi")}, Anyone},
        {{QStringLiteral("worklist"), QStringLiteral("awaiting-coding")}, Anyone},
        {{QStringLiteral("series"), QStringLiteral("--from"), QStringLiteral("2010-01-01")}, Anyone},
        {{QStringLiteral("timeline")}, Anyone},
        {{QStringLiteral("timeline-export")}, Anyone},
        {{QStringLiteral("verify")}, Anyone},
        {{QStringLiteral("record"), QStringLiteral("--nhs"), nhs, QStringLiteral("--choice"), QStringLiteral("dissent"),
          QStringLiteral("--received"), QStringLiteral("2010-03-01"), QStringLiteral("--by"), QStringLiteral("patient"),
          QStringLiteral("--channel"), QStringLiteral("post")},
         Anyone},
        {{QStringLiteral("letter-returned"), QStringLiteral("--nhs"), nhs, QStringLiteral("--date"),
          QStringLiteral("2010-03-01")},
         Anyone},
        {{QStringLiteral("review"), QStringLiteral("--nhs"), nhs, QStringLiteral("--outcome"), QStringLiteral("upheld"),
          QStringLiteral("--reason"), QStringLiteral("x")},
         Clinician},
        {{QStringLiteral("export"), QStringLiteral("--coding-worklist"), out + QStringLiteral("-coding.csv")},
         Clinician},
        {{QStringLiteral("export"), QStringLiteral("--fhir"), out + QStringLiteral("-fhir.json")}, Clinician},
        {{QStringLiteral("void"), QStringLiteral("--event"), QStringLiteral("999999"), QStringLiteral("--reason"),
          QStringLiteral("x")},
         Manager},
        {{QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2099-01-01")}, Manager},
        {{QStringLiteral("import-register"), cli.home() + QStringLiteral("/missing.csv")}, Manager},
        {{QStringLiteral("timeline-import"), cli.home() + QStringLiteral("/missing.json")}, Manager},
        {{QStringLiteral("report"), QStringLiteral("--pdf"), out + QStringLiteral("-report.pdf")}, Manager},
        {{QStringLiteral("export"), QStringLiteral("--aggregates-csv"), out + QStringLiteral("-tables.csv")}, Manager},
        {{QStringLiteral("user"), QStringLiteral("list")}, Manager},
        {{QStringLiteral("backup"), QStringLiteral("--to"), out + QStringLiteral("-backups")}, Manager},
        {{QStringLiteral("restore"), cli.home() + QStringLiteral("/missing.sqlite"), QStringLiteral("--yes")}, Manager},
        {{QStringLiteral("copy"), QStringLiteral("--to"), out + QStringLiteral("-copy.sqlite")}, Manager},
    };
    const QList<std::pair<QString, Needs>> roles = {{QStringLiteral("demo-reception"), Anyone},
                                                    {QStringLiteral("demo-clinician"), Clinician},
                                                    {QStringLiteral("demo-manager"), Manager}};
    const QString events = QStringLiteral("SELECT COUNT(*) FROM consent_events");
    for (const auto& [user, level] : roles) {
        cli.signInAs(user, QStringLiteral("demo-password"));
        for (const Case& c : cases) {
            const qint64 before = count(cli.dbPath(), events);
            const qint64 refusalsBefore =
                count(cli.dbPath(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'refused:%'"));
            const auto run = cli.db(c.args);
            const QString what = user + u' ' + c.args.join(u' ');
            if (c.needs > level) {
                EXPECT_EQ(run.exitCode, 4) << qPrintable(what) << ": " << qPrintable(run.err);
                EXPECT_EQ(count(cli.dbPath(), events), before) << qPrintable(what);
                EXPECT_EQ(
                    count(cli.dbPath(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'refused:%'")),
                    refusalsBefore + 1)
                    << qPrintable(what) << ": the refusal must be audited";
            } else {
                EXPECT_NE(run.exitCode, 4) << qPrintable(what) << ": " << qPrintable(run.err);
            }
        }
    }
}

TEST(CliAccess, AMissingOrWrongPasswordExitsFourAndChangesNothing)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("20")}).exitCode, 0);
    const qint64 before = count(cli.dbPath(), QStringLiteral("SELECT COUNT(*) FROM consent_events"));
    cli.signInAs(QString(), QString());
    auto anonymous = cli.db({QStringLiteral("stats")});
    EXPECT_EQ(anonymous.exitCode, 4);
    EXPECT_TRUE(anonymous.err.contains(QStringLiteral("--user"))) << qPrintable(anonymous.err);
    cli.signInAs(QStringLiteral("demo-manager"), QString());
    auto noPassword = cli.db({QStringLiteral("stats")}); // stdin is not a terminal: no prompt, no hang
    EXPECT_EQ(noPassword.exitCode, 4);
    EXPECT_TRUE(noPassword.err.contains(QStringLiteral("CONSENTDESK_PASSWORD"))) << qPrintable(noPassword.err);
    cli.signInAs(QStringLiteral("demo-manager"), QStringLiteral("guessing-away"));
    auto wrong = cli.db({QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-03-01")});
    EXPECT_EQ(wrong.exitCode, 4);
    EXPECT_EQ(count(cli.dbPath(), QStringLiteral("SELECT COUNT(*) FROM consent_events")), before);
    EXPECT_EQ(count(cli.dbPath(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-failed' "
                                                 "AND user_name = 'demo-manager'")),
              1);
}

TEST(CliAccess, InitWithAManagerThenUsersAreAdded)
{
    CliRunner cli;
    cli.signInAs(QStringLiteral("p.manager"), QStringLiteral("a good long password"));
    ASSERT_EQ(cli.db({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                      QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("Test Surgery"),
                      QStringLiteral("--region"), QStringLiteral("london"), QStringLiteral("--manager"),
                      QStringLiteral("p.manager")})
                  .exitCode,
              0);
    auto added = cli.db({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("r.desk"),
                         QStringLiteral("--role"), QStringLiteral("reception")});
    EXPECT_EQ(added.exitCode, 2); // no CONSENTDESK_NEW_PASSWORD and no terminal
    EXPECT_TRUE(added.err.contains(QStringLiteral("CONSENTDESK_NEW_PASSWORD"))) << qPrintable(added.err);
    const auto list = cli.db({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    EXPECT_TRUE(list.out.contains(QStringLiteral("\"p.manager\"")));
    EXPECT_FALSE(list.out.contains(QStringLiteral("r.desk")));
}

TEST(CliAccess, AManagerResetsAPasswordAndItsUserMustChangeItBeforeAnythingElse)
{
    CliRunner cli;
    cli.signInAs(QStringLiteral("p.manager"), QStringLiteral("a good long password"));
    ASSERT_EQ(cli.db({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                      QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("Test Surgery"),
                      QStringLiteral("--region"), QStringLiteral("london"), QStringLiteral("--manager"),
                      QStringLiteral("p.manager")})
                  .exitCode,
              0);
    cli.setEnvironment(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), QStringLiteral("first password 1"));
    ASSERT_EQ(cli.db({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("r.desk"), QStringLiteral("--role"),
                      QStringLiteral("reception")})
                  .exitCode,
              0);
    ASSERT_EQ(cli.db({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("r.desk")}).exitCode, 0);
    const auto enabled = cli.db({QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("r.desk")});
    ASSERT_EQ(enabled.exitCode, 0) << qPrintable(enabled.err);
    cli.setEnvironment(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), QStringLiteral("temporary password"));
    ASSERT_EQ(cli.db({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("r.desk")}).exitCode, 0);
    const auto list = cli.db({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("\"must_change_password\": true"))) << qPrintable(list.out);

    // The reset user: every command but `user password` is refused (exit 4) until they choose their own.
    cli.signInAs(QStringLiteral("r.desk"), QStringLiteral("temporary password"));
    const auto blocked = cli.db({QStringLiteral("stats")});
    EXPECT_EQ(blocked.exitCode, 4);
    EXPECT_TRUE(blocked.err.contains(QStringLiteral("user password"))) << qPrintable(blocked.err);
    cli.setEnvironment(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), QStringLiteral("my own password"));
    const auto changed = cli.db({QStringLiteral("user"), QStringLiteral("password")});
    ASSERT_EQ(changed.exitCode, 0) << qPrintable(changed.err);
    cli.signInAs(QStringLiteral("r.desk"), QStringLiteral("my own password"));
    EXPECT_EQ(cli.db({QStringLiteral("stats")}).exitCode, 0);
    // Reception may not reset anyone's password.
    EXPECT_EQ(cli.db({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("p.manager")}).exitCode, 4);
}

// Eleven wrong passwords in a row through the CLI, as a script guessing would: the same "wrong" answer five times,
// then each try is refused unheard until its wait is over (the right password too); a manager's unlock lifts it.
TEST(CliAccess, ElevenWrongPasswordsInARowAreSlowedAndAManagerUnlocks)
{
    CliRunner cli;
    cli.signInAs(QStringLiteral("p.manager"), QStringLiteral("a good long password"));
    ASSERT_EQ(cli.db({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                      QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("Test Surgery"),
                      QStringLiteral("--region"), QStringLiteral("london"), QStringLiteral("--manager"),
                      QStringLiteral("p.manager")})
                  .exitCode,
              0);
    cli.setEnvironment(QStringLiteral("CONSENTDESK_NEW_PASSWORD"), QStringLiteral("reception password"));
    ASSERT_EQ(cli.db({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("r.desk"), QStringLiteral("--role"),
                      QStringLiteral("reception")})
                  .exitCode,
              0);
    cli.signInAs(QStringLiteral("r.desk"), QStringLiteral("a guess at it"));
    for (int i = 1; i <= 11; ++i) {
        const auto r = cli.db({QStringLiteral("stats")});
        EXPECT_EQ(r.exitCode, 4) << i;
        EXPECT_TRUE(r.err.contains(i <= 5 ? QStringLiteral("wrong") : QStringLiteral("wait")))
            << i << ": " << qPrintable(r.err);
    }
    cli.signInAs(QStringLiteral("r.desk"), QStringLiteral("reception password"));
    EXPECT_EQ(cli.db({QStringLiteral("stats")}).exitCode, 4); // still waiting, right password or not

    cli.signInAs(QStringLiteral("p.manager"), QStringLiteral("a good long password"));
    const auto list = cli.db({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_TRUE(list.out.contains(QStringLiteral("\"failed_signins\": 5"))) << qPrintable(list.out);
    const auto unlocked = cli.db({QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("r.desk")});
    ASSERT_EQ(unlocked.exitCode, 0) << qPrintable(unlocked.err);
    cli.signInAs(QStringLiteral("r.desk"), QStringLiteral("reception password"));
    EXPECT_EQ(cli.db({QStringLiteral("stats")}).exitCode, 0);
}

// A file that has had users never falls back to "the computer's user is the manager": emptying its users table with
// the sqlite3 tool hands the practice to nobody, and verify says the users were removed.
TEST(CliAccess, EmptyingTheUsersTableDoesNotOpenThePracticeToAnyone)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("20")}).exitCode, 0);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {cli.dbPath(), QStringLiteral("DELETE FROM users;")});
    ASSERT_TRUE(sqlite.waitForFinished(30000));
    ASSERT_EQ(sqlite.exitCode(), 0);
    cli.signInAs(QString(), QString()); // no name, no password: as the computer's user
    const auto stats = cli.db({QStringLiteral("stats")});
    EXPECT_EQ(stats.exitCode, 4) << qPrintable(stats.out);
    cli.signInAs(QStringLiteral("demo-manager"), QStringLiteral("demo-password"));
    EXPECT_EQ(cli.db({QStringLiteral("stats")}).exitCode, 4); // nobody signs in: restore a backup
}

// A refused copy touches nothing: the role is checked before the target is opened, so no file is made; and a source
// whose tables do not have exactly this version's columns (one added with the sqlite3 tool, named to be pasted into
// SQL) is refused without copying a row.
TEST(CliAccess, ARefusedCopyMakesNoFileAndACraftedSourceIsNotCopied)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("20")}).exitCode, 0);
    const QString target = cli.home() + QStringLiteral("/copy.sqlite");
    cli.signInAs(QStringLiteral("demo-reception"), QStringLiteral("demo-password"));
    EXPECT_EQ(cli.db({QStringLiteral("copy"), QStringLiteral("--to"), target}).exitCode, 4);
    EXPECT_FALSE(QFile::exists(target));

    cli.signInAs(QStringLiteral("demo-manager"), QStringLiteral("demo-password"));
    QProcess sqlite;
    sqlite.start(
        QStringLiteral("sqlite3"),
        {cli.dbPath(), QStringLiteral("ALTER TABLE patients ADD COLUMN \"x) VALUES (1); DROP TABLE users; --\" "
                                      "TEXT;")});
    ASSERT_TRUE(sqlite.waitForFinished(30000));
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    const auto crafted = cli.db({QStringLiteral("copy"), QStringLiteral("--to"), target});
    EXPECT_EQ(crafted.exitCode, 2) << qPrintable(crafted.err);
    EXPECT_TRUE(crafted.err.contains(QStringLiteral("exactly this version's columns"))) << qPrintable(crafted.err);
    EXPECT_FALSE(QFile::exists(target)); // the file made for the copy is removed again
}

} // namespace
