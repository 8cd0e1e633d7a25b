// backup, backups and restore through the real CLI: a backup listed, a restore that needs --yes, brings the backup's
// state back and keeps the state before it.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

} // namespace
