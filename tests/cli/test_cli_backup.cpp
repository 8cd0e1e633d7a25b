// backup, backups and restore through the real CLI: a backup listed, a restore that needs --yes, brings the backup's
// state back and keeps the state before it.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>

#include <gtest/gtest.h>

using cd::test::CliRunner;

namespace {

TEST(CliBackup, BackupListAndRestore)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("50")}).exitCode, 0);
    const auto made = cli.db({QStringLiteral("backup"), QStringLiteral("--json")});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    const QString path = QJsonDocument::fromJson(made.out.toUtf8()).object().value(QStringLiteral("path")).toString();
    ASSERT_TRUE(QFile::exists(path)) << qPrintable(made.out);
    const auto mailout = cli.db({QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-03-01"),
                                 QStringLiteral("--all"), QStringLiteral("--json")});
    ASSERT_EQ(mailout.exitCode, 0) << qPrintable(mailout.err);
    const auto statsAfter = cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out;

    const auto unconfirmed = cli.db({QStringLiteral("restore"), path});
    EXPECT_EQ(unconfirmed.exitCode, 1);
    EXPECT_TRUE(unconfirmed.err.contains(QStringLiteral("--yes"))) << qPrintable(unconfirmed.err);
    EXPECT_EQ(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out, statsAfter); // nothing changed

    const auto restored = cli.db({QStringLiteral("restore"), path, QStringLiteral("--yes")});
    ASSERT_EQ(restored.exitCode, 0) << qPrintable(restored.err);
    EXPECT_NE(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out, statsAfter); // the mail-out is undone
    const auto listed = cli.db({QStringLiteral("backups"), QStringLiteral("--json")});
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).object().value(QStringLiteral("backups")).toArray().size(),
              2); // the one made, and the state kept before the restore
    const auto verify = cli.db({QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0) << qPrintable(verify.out);
}

TEST(CliBackup, ABadBackupIsRefusedWithExitTwo)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("20")}).exitCode, 0);
    const auto refused =
        cli.db({QStringLiteral("restore"), cli.dbPath() + QStringLiteral(".nothing"), QStringLiteral("--yes")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("does not exist"))) << qPrintable(refused.err);
}

// As a hostile user would, with the sqlite3 tool on a copy of the file.
void craft(const QString& file, const QString& statements)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {file, statements});
    ASSERT_TRUE(sqlite.waitForFinished(30000));
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
}

QString backupOf(CliRunner& cli)
{
    const auto made = cli.db({QStringLiteral("backup"), QStringLiteral("--json")});
    EXPECT_EQ(made.exitCode, 0) << qPrintable(made.err);
    return QJsonDocument::fromJson(made.out.toUtf8()).object().value(QStringLiteral("path")).toString();
}

// restore takes only a file exactly as Consent Desk left it: a "backup" with a trigger added (one that would
// quietly rewrite what is recorded), a trigger removed, or a manager slipped into its users is refused, changing
// nothing.
TEST(CliBackup, ACraftedBackupIsRefusedAndNothingChanges)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("50")}).exitCode, 0);
    const QString good = backupOf(cli);
    ASSERT_FALSE(good.isEmpty());
    const auto before = cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out;
    const QString crafts[] = {
        QStringLiteral("CREATE TRIGGER quiet AFTER INSERT ON consent_events BEGIN SELECT 1; END;"),
        QStringLiteral("DROP TRIGGER consent_events_no_delete;"),
        QStringLiteral("INSERT INTO users (name, role, password_hash, created_at) VALUES ('mallory', 'manager', "
                       "'$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$aGFzaA', '2010-01-01T00:00:00');"),
    };
    int n = 0;
    for (const QString& statements : crafts) {
        const QString crafted = cli.home() + QStringLiteral("/crafted-%1.sqlite").arg(++n);
        ASSERT_TRUE(QFile::copy(good, crafted));
        craft(crafted, statements);
        const auto refused = cli.db({QStringLiteral("restore"), crafted, QStringLiteral("--yes")});
        EXPECT_EQ(refused.exitCode, 2) << qPrintable(statements);
        EXPECT_TRUE(refused.err.contains(QStringLiteral("changed outside Consent Desk"))) << qPrintable(refused.err);
        EXPECT_EQ(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out, before);
    }
    const auto restored = cli.db({QStringLiteral("restore"), good, QStringLiteral("--yes")});
    EXPECT_EQ(restored.exitCode, 0) << qPrintable(restored.err); // the untouched one is taken
}

// verify --against BACKUP: today's history extends the backup's (more recorded since is fine); an audit entry the
// backup held, removed since, is not.
TEST(CliBackup, VerifyAgainstABackupFindsWhatWasRemovedSince)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("50")}).exitCode, 0);
    const QString backup = backupOf(cli);
    ASSERT_EQ(cli.db({QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-03-01"),
                      QStringLiteral("--all")})
                  .exitCode,
              0);
    const auto extends = cli.db({QStringLiteral("verify"), QStringLiteral("--against"), backup});
    EXPECT_EQ(extends.exitCode, 0) << qPrintable(extends.out + extends.err);
    craft(cli.dbPath(), QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = (SELECT "
                                       "MIN(id) FROM audit_log WHERE action = 'backup'); "
                                       "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT "
                                       "RAISE(ABORT, 'the audit trail is append-only'); END;"));
    const auto removed =
        cli.db({QStringLiteral("verify"), QStringLiteral("--against"), backup, QStringLiteral("--json")});
    EXPECT_EQ(removed.exitCode, 3);
    const auto json = QJsonDocument::fromJson(removed.out.toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("changed_outside")).toBool()) << qPrintable(removed.out);
}

} // namespace
