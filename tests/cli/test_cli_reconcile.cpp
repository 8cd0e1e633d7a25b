// consentdesk-cli reconcile (issue #20): the practice of tests/data/reconcile set up through the CLI, each system's
// export reconciled; the JSON in a golden file; exit 0 whatever it finds, 2 for a file it cannot read with nothing
// changed; --dry-run changes nothing; --out writes an owner-only CSV; only a manager may run it.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

using cd::test::CliRun;
using cd::test::CliRunner;
using cd::test::expectGolden;

QJsonObject json(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QString number(int i)
{
    static const QStringList numbers = QStringLiteral("9991200002 9991200010 9991200029 9991200037 9991200045 "
                                                      "9991200053 9991200061 9991200088 9991200096 9991200118 "
                                                      "9991200126 9991200134")
                                           .split(u' ');
    return numbers.at(i);
}

QString dataFile(const char* name)
{
    return QStringLiteral(CONSENTDESK_TEST_DATA "/reconcile/") + QLatin1String(name);
}

class CliReconcile : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.db({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                          QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("Test Surgery"),
                          QStringLiteral("--region"), QStringLiteral("london"), QStringLiteral("--planned-upload"),
                          QStringLiteral("2010-04-20")})
                      .exitCode,
                  0);
        ASSERT_EQ(cli.db({QStringLiteral("import-register"), dataFile("register.csv")}).exitCode, 0);
        ASSERT_EQ(cli.db({QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-01-15")}).exitCode,
                  0);
        record(0, "dissent", "2010-02-01");
        coded(0, "9Ndo", "2010-02-02");
        record(1, "dissent", "2010-02-03");
        record(2, "dissent", "2010-02-10");
        record(3, "dissent", "2010-02-11");
        record(4, "consent-core-additional", "2010-02-12");
        record(6, "consent-core", "2010-02-14");
        const qint64 mistaken = record(7, "consent-core", "2010-02-15");
        coded(7, "9Ndm", "2010-02-16");
        ASSERT_EQ(cli.db({QStringLiteral("void"), QStringLiteral("--event"), QString::number(mistaken),
                          QStringLiteral("--reason"), QStringLiteral("Keyed for the wrong patient")})
                      .exitCode,
                  0);
        record(9, "consent-core", "2010-02-17");
        record(10, "dissent", "2010-02-18");
    }
    qint64 record(int i, const char* choice, const char* received)
    {
        const CliRun r = cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), number(i),
                                 QStringLiteral("--choice"), QString::fromLatin1(choice), QStringLiteral("--received"),
                                 QString::fromLatin1(received), QStringLiteral("--by"), QStringLiteral("patient"),
                                 QStringLiteral("--channel"), QStringLiteral("post"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        return json(r).value(QStringLiteral("event_id")).toInteger();
    }
    void coded(int i, const char* code, const char* date)
    {
        const CliRun r = cli.db({QStringLiteral("coded"), QStringLiteral("--nhs"), number(i), QStringLiteral("--code"),
                                 QString::fromLatin1(code), QStringLiteral("--date"), QString::fromLatin1(date)});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
    }
    CliRunner cli;
};

TEST_F(CliReconcile, TheJsonOfAnEmisExportMatchesItsGoldenFile)
{
    const CliRun run =
        cli.db({QStringLiteral("reconcile"), dataFile("emis-web-consent-search.csv"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    expectGolden(QStringLiteral("reconcile-emis.json"), run.out);
    EXPECT_TRUE(run.err.contains(QStringLiteral("WARNING: 3 patients who opted out would be uploaded")))
        << qPrintable(run.err);
    // The automatic marks were made: patient 1's opt-out is coded now, and a second run marks nothing.
    const CliRun again =
        cli.db({QStringLiteral("reconcile"), dataFile("systmone-consent-codes.txt"), QStringLiteral("--json")});
    ASSERT_EQ(again.exitCode, 0);
    EXPECT_EQ(json(again).value(QStringLiteral("marked_coded")).toInteger(), 0);
    EXPECT_EQ(json(again).value(QStringLiteral("counts")).toObject().value(QStringLiteral("agrees")).toInteger(), 3);
    // stats says when, and who is at risk: the three found, then one more opt-out recorded since and not coded.
    const auto stats = [&] {
        return json(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}));
    };
    EXPECT_EQ(stats().value(QStringLiteral("last_reconciled")).toString(), QStringLiteral("2010-03-15T10:00:00"));
    EXPECT_EQ(stats().value(QStringLiteral("upload_at_risk")).toInteger(), 3);
    record(11, "dissent", "2010-03-12");
    EXPECT_EQ(stats().value(QStringLiteral("upload_at_risk")).toInteger(), 4);
    const CliRun text = cli.db({QStringLiteral("stats")});
    EXPECT_TRUE(text.out.contains(QStringLiteral("NOT READY for the upload on 20 Apr 2010: 4 patient(s)")))
        << qPrintable(text.out);
}

TEST_F(CliReconcile, ADryRunChangesNothingAndSaysSo)
{
    const CliRun dry = cli.db({QStringLiteral("reconcile"), dataFile("vision-consent-report.csv"),
                               QStringLiteral("--dry-run"), QStringLiteral("--json")});
    ASSERT_EQ(dry.exitCode, 0) << qPrintable(dry.err);
    EXPECT_FALSE(json(dry).value(QStringLiteral("applied")).toBool());
    EXPECT_TRUE(dry.err.startsWith(QStringLiteral("Dry run, nothing changed"))) << qPrintable(dry.err);
    const CliRun status =
        cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), number(1), QStringLiteral("--json")});
    EXPECT_TRUE(status.out.contains(QStringLiteral("\"awaiting_coding\": true"))) << qPrintable(status.out);
}

TEST_F(CliReconcile, AFileItCannotReadExitsTwoWithNothingChanged)
{
    const QString bad = cli.home() + QStringLiteral("/not-codes.csv");
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("Name,Address\nSmith,1 High Street\n");
    f.close();
    const CliRun run = cli.db({QStringLiteral("reconcile"), bad});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no column for nhs, code, date"))) << qPrintable(run.err);
    const CliRun missing = cli.db({QStringLiteral("reconcile"), cli.home() + QStringLiteral("/nowhere.csv")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("cannot be read"))) << qPrintable(missing.err);
    const CliRun status =
        cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), number(1), QStringLiteral("--json")});
    EXPECT_TRUE(status.out.contains(QStringLiteral("\"awaiting_coding\": true"))) << qPrintable(status.out);
}

TEST_F(CliReconcile, OutWritesTheRowsToAnOwnerOnlyCsv)
{
    const QString out = cli.home() + QStringLiteral("/reconciled.csv");
    const CliRun run =
        cli.db({QStringLiteral("reconcile"), dataFile("vision-consent-report.csv"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("\"9991200029\",\"upload-against-wishes\""))) << qPrintable(text);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("upload-against-wishes"))) << qPrintable(run.out);
}

// --record-not-on-desk records what only the clinical system holds, after the marks; the next run finds it agreeing.
TEST_F(CliReconcile, RecordNotOnDeskRecordsWhatOnlyTheClinicalSystemHolds)
{
    const CliRun run = cli.db({QStringLiteral("reconcile"), dataFile("vision-consent-report.csv"),
                               QStringLiteral("--record-not-on-desk"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(json(run).value(QStringLiteral("recorded_from_clinical_system")).toInteger(), 1);
    const CliRun status =
        cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), number(5), QStringLiteral("--json")});
    EXPECT_TRUE(status.out.contains(QStringLiteral("\"state\": \"dissent\""))) << qPrintable(status.out);
    const CliRun again = cli.db({QStringLiteral("reconcile"), dataFile("vision-consent-report.csv"),
                                 QStringLiteral("--dry-run"), QStringLiteral("--json")});
    EXPECT_EQ(json(again).value(QStringLiteral("counts")).toObject().value(QStringLiteral("not-on-desk")).toInteger(),
              0);
}

// The internal readiness record: one page, owner-only, naming the patients at risk and saying it is internal.
TEST_F(CliReconcile, TheUploadReadinessRecordNamesThePatientsAtRisk)
{
    ASSERT_EQ(cli.db({QStringLiteral("reconcile"), dataFile("emis-web-consent-search.csv")}).exitCode, 0);
    const QString pdf = cli.home() + QStringLiteral("/readiness.pdf");
    const CliRun made =
        cli.db({QStringLiteral("report"), QStringLiteral("--upload-readiness"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    QFile f(pdf);
    ASSERT_TRUE(f.exists());
    EXPECT_EQ(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString words = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(words.contains(QStringLiteral("INTERNAL"))) << qPrintable(words);
    for (const char* atRisk : {"999 120 0029", "999 120 0037", "999 120 0126"}) {
        EXPECT_TRUE(words.contains(QLatin1String(atRisk))) << atRisk << '\n' << qPrintable(words);
    }
    EXPECT_FALSE(words.contains(QStringLiteral("999 120 0002"))); // coded and agreeing: not at risk
    EXPECT_TRUE(words.contains(QStringLiteral("demo-manager")) || words.contains(QStringLiteral("j.smith")))
        << qPrintable(words);
}

} // namespace
