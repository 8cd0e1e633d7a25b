// import-register through the real CLI: the JSON keys, rejected rows to a CSV, exit codes, nothing changed when
// refused.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using cd::test::CliRunner;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(CONSENTDESK_TEST_DATA "/register/") + QLatin1String(name);
}

class CliImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.db({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                          QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("Leyton Green"),
                          QStringLiteral("--region"), QStringLiteral("london")})
                      .exitCode,
                  0);
    }
    CliRunner cli;
};

TEST_F(CliImport, JsonReportAndRejectedRowsAsCsv)
{
    const QString rejects = cli.home() + QStringLiteral("/rejects.csv");
    const auto r = cli.db({QStringLiteral("import-register"), dataFile("rejections.csv"), QStringLiteral("--json"),
                           QStringLiteral("--rejects-out"), rejects});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString(); // rejected rows alone do not fail the import
    const auto json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char* key : {"added", "updated", "unchanged", "left", "rejected", "rejects"}) {
        EXPECT_TRUE(json.contains(QString::fromLatin1(key))) << key;
    }
    EXPECT_EQ(json.value(QStringLiteral("added")).toInt(), 1);
    EXPECT_EQ(json.value(QStringLiteral("rejected")).toInt(), 12);
    const auto first = json.value(QStringLiteral("rejects")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("line")).toInt(), 3);
    EXPECT_TRUE(first.contains(QStringLiteral("nhs")));
    EXPECT_TRUE(first.value(QStringLiteral("reason")).toString().contains(QStringLiteral("missing")));

    QFile csv(rejects);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF\"Line\",\"NHS number as written\",\"Reason\"\r\n"));
    EXPECT_EQ(bytes.count("\r\n"), 13);
}

// The rejected rows name patients: a symbolic link where they would go is refused before anything is imported.
TEST_F(CliImport, ARejectsFileThatIsASymlinkIsRefusedBeforeTheImport)
{
    const QString victim = cli.home() + QStringLiteral("/victim.txt");
    QFile v(victim);
    ASSERT_TRUE(v.open(QIODevice::WriteOnly));
    v.write("untouched");
    v.close();
    const QString link = cli.home() + QStringLiteral("/rejects.csv");
    ASSERT_TRUE(QFile::link(victim, link));
    const auto before = cli.db({QStringLiteral("verify"), QStringLiteral("--json")}).out;
    const auto r =
        cli.db({QStringLiteral("import-register"), dataFile("rejections.csv"), QStringLiteral("--rejects-out"), link});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("symbolic link"))) << r.err.toStdString();
    EXPECT_EQ(cli.db({QStringLiteral("verify"), QStringLiteral("--json")}).out, before); // nothing imported
    ASSERT_TRUE(v.open(QIODevice::ReadOnly));
    EXPECT_EQ(v.readAll(), QByteArray("untouched"));
}

TEST_F(CliImport, ThePartialListGuardExitsTwoAndChangesNothing)
{
    ASSERT_EQ(cli.db({QStringLiteral("import-register"), dataFile("emis-web.csv")}).exitCode, 0);
    const auto before = cli.db({QStringLiteral("verify"), QStringLiteral("--json")}).out;
    const auto partial = cli.db({QStringLiteral("import-register"), dataFile("semicolon.csv")});
    EXPECT_EQ(partial.exitCode, 2);
    EXPECT_TRUE(partial.err.contains(QStringLiteral("--allow-deductions"))) << partial.err.toStdString();
    EXPECT_EQ(cli.db({QStringLiteral("verify"), QStringLiteral("--json")}).out, before);
    const auto confirmed =
        cli.db({QStringLiteral("import-register"), dataFile("semicolon.csv"), QStringLiteral("--allow-deductions")});
    EXPECT_EQ(confirmed.exitCode, 0);
    EXPECT_TRUE(confirmed.err.contains(QStringLiteral("2 added, 0 updated, 0 unchanged, 5 marked as left")))
        << confirmed.err.toStdString();
}

TEST_F(CliImport, UsageAndUnreadableFiles)
{
    EXPECT_EQ(cli.db({QStringLiteral("import-register")}).exitCode, 1);
    const auto missing = cli.db({QStringLiteral("import-register"), cli.home() + QStringLiteral("/nope.csv")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("cannot be read")));
    const auto badMap = cli.db({QStringLiteral("import-register"), dataFile("emis-web.csv"), QStringLiteral("--map"),
                                QStringLiteral("nhs=No Such Column")});
    EXPECT_EQ(badMap.exitCode, 2);
    EXPECT_TRUE(badMap.err.contains(QStringLiteral("has no column")));
    const auto dry = cli.db({QStringLiteral("import-register"), dataFile("vision.csv"), QStringLiteral("--dry-run")});
    EXPECT_EQ(dry.exitCode, 0);
    EXPECT_TRUE(dry.err.contains(QStringLiteral("Dry run, nothing changed")));
}

// A file that mixes UTF-8 with Windows bytes is refused whole (exit 2), naming its first bad line, with nothing
// imported; a file over 1 GB is refused before a byte of it is read.
TEST_F(CliImport, AMixedEncodingOrAnOversizedFileIsRefusedWholeWithNothingImported)
{
    const QString mixed = cli.home() + QStringLiteral("/mixed.csv");
    {
        QFile f(mixed);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("NHS Number,Surname,Forename,Date of Birth,Sex\n9991200002,M\xC3\xBCller,Ann,01/01/1960,F\n"
                "9991200010,O\x92"
                "Brien,Sam,02/02/1970,M\n");
    }
    const auto refused = cli.db({QStringLiteral("import-register"), mixed, QStringLiteral("--json")});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("line 3"))) << refused.err.toStdString();
    const auto stats = cli.db({QStringLiteral("stats"), QStringLiteral("--json")});
    EXPECT_EQ(QJsonDocument::fromJson(stats.out.toUtf8()).object().value(QStringLiteral("list_size")).toInt(), 0);

    // A sparse file: 1.1 GB on paper, nothing on the disk, and nothing read.
    const QString huge = cli.home() + QStringLiteral("/huge.csv");
    {
        QFile f(huge);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("NHS Number,Surname\n");
        ASSERT_TRUE(f.resize(qint64{1100} * 1024 * 1024));
    }
    const auto tooBig = cli.db({QStringLiteral("import-register"), huge});
    EXPECT_EQ(tooBig.exitCode, 2);
    EXPECT_TRUE(tooBig.err.contains(QStringLiteral("over the 1 GB"))) << tooBig.err.toStdString();
    QFile::remove(huge);

    // A device that never ends is not a file: refused at once, not read for ever.
    if (QFile::exists(QStringLiteral("/dev/zero"))) {
        const auto device = cli.db({QStringLiteral("import-register"), QStringLiteral("/dev/zero")});
        EXPECT_EQ(device.exitCode, 2);
        EXPECT_TRUE(device.err.contains(QStringLiteral("device or a pipe"))) << device.err.toStdString();
    }
}

} // namespace
