// The LMC report and the exports through the real CLI on the 300-patient demo, fixed clock and locale: the report's
// text (pdftotext) and the CSVs and FHIR bundle as golden files; the report and the aggregate CSV scanned for every
// patient's NHS number, surname and postcode, finding none; the FHIR bundle valid against the official FHIR R4 JSON
// Schema; a file that cannot be written refused.
#include "demo/DemoGenerator.h"
#include "domain/NhsNumber.h"

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using cd::test::CliRunner;
using cd::test::expectGolden;

namespace {

QString run(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(120000)) << qPrintable(program);
    if (exitCode) {
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

QByteArray readAll(const QString& file)
{
    QFile f(file);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << qPrintable(file);
    return f.readAll();
}

class CliReport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto demo = cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("300"),
                                  QStringLiteral("--seed"), QStringLiteral("7")});
        ASSERT_EQ(demo.exitCode, 0) << qPrintable(demo.err);
    }
    QString file(const char* name) const { return cli.home() + u'/' + QLatin1String(name); }

    // Every identifier of every demo patient that must never reach a report.
    static void expectNoPatientIn(const QString& text, const char* what)
    {
        for (const auto& dp : cd::DemoGenerator::generate({300, 7})) {
            const auto& p = dp.patient;
            EXPECT_FALSE(text.contains(p.nhsNumber)) << what << " shows an NHS number";
            EXPECT_FALSE(text.contains(cd::NhsNumber::display(p.nhsNumber))) << what << " shows an NHS number";
            EXPECT_FALSE(text.contains(p.postcode, Qt::CaseInsensitive)) << what << " shows a postcode";
            const QRegularExpression surname(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(p.familyName)),
                                             QRegularExpression::CaseInsensitiveOption);
            EXPECT_FALSE(surname.match(text).hasMatch()) << what << " shows the surname " << qPrintable(p.familyName);
        }
    }
    CliRunner cli;
};

TEST_F(CliReport, TheReportHasTheGoldenTextAndNamesNoPatient)
{
    const auto report = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-06-30"), QStringLiteral("report"),
                                QStringLiteral("--pdf"), file("report.pdf"), QStringLiteral("--note"),
                                QStringLiteral("Discussed with the LMC secretary.")});
    ASSERT_EQ(report.exitCode, 0) << qPrintable(report.err);
    ASSERT_TRUE(readAll(file("report.pdf")).startsWith("%PDF"));
    int exit = -1;
    const QString text = run(QStringLiteral("pdftotext"), {file("report.pdf"), QStringLiteral("-")}, &exit);
    ASSERT_EQ(exit, 0) << "pdftotext (poppler-utils) is needed: " << qPrintable(text);
    expectGolden(QStringLiteral("report.txt"), text);
    EXPECT_TRUE(text.contains(QStringLiteral("Forest Road Surgery (demo)")));
    EXPECT_TRUE(text.contains(QStringLiteral("NHS Digital's method")));
    EXPECT_FALSE(text.contains(QStringLiteral("<5")));
    EXPECT_TRUE(text.contains(QStringLiteral("Discussed with the LMC secretary.")));
    expectNoPatientIn(text, "the report");
}

TEST_F(CliReport, TheAggregateCsvIsGoldenAndNamesNoPatient)
{
    const auto exported = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-06-30"), QStringLiteral("export"),
                                  QStringLiteral("--aggregates-csv"), file("tables.csv"), QStringLiteral("--from"),
                                  QStringLiteral("2010-01-01")});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    const QByteArray csv = readAll(file("tables.csv"));
    ASSERT_TRUE(csv.startsWith("\xEF\xBB\xBF"));
    expectGolden(QStringLiteral("export-aggregates.csv"), QString::fromUtf8(csv));
    expectNoPatientIn(QString::fromUtf8(csv), "the aggregate CSV");
}

TEST_F(CliReport, TheCodingWorklistCsvIsGolden)
{
    const auto exported = cli.db({QStringLiteral("export"), QStringLiteral("--coding-worklist"), file("coding.csv")});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    expectGolden(QStringLiteral("export-coding-worklist.csv"), QString::fromUtf8(readAll(file("coding.csv"))));
}

TEST_F(CliReport, TheFhirBundleIsGoldenAndValidAgainstTheR4Schema)
{
    const auto exported = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-06-30"), QStringLiteral("export"),
                                  QStringLiteral("--fhir"), file("consents.json")});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    expectGolden(QStringLiteral("export-fhir.json"), QString::fromUtf8(readAll(file("consents.json"))));
    int exit = -1;
    const QString verdict =
        run(QStringLiteral("python3"),
            {QStringLiteral(CONSENTDESK_TEST_DATA "/../cli/validate_fhir.py"),
             QStringLiteral(CONSENTDESK_TEST_DATA "/fhir/fhir.schema.json.gz"), file("consents.json")},
            &exit);
    EXPECT_EQ(exit, 0) << qPrintable(verdict);
    EXPECT_TRUE(verdict.contains(QStringLiteral("valid against the FHIR R4 schema"))) << qPrintable(verdict);
}

TEST_F(CliReport, AFileThatCannotBeWrittenIsRefusedAndOnlyOneExportAtATime)
{
    const auto report =
        cli.db({QStringLiteral("report"), QStringLiteral("--pdf"), QStringLiteral("/nonexistent-folder/report.pdf")});
    EXPECT_EQ(report.exitCode, 2);
    EXPECT_TRUE(report.err.contains(QStringLiteral("does not exist"))) << qPrintable(report.err);
    const auto both = cli.db({QStringLiteral("export"), QStringLiteral("--fhir"), file("a.json"),
                              QStringLiteral("--coding-worklist"), file("b.csv")});
    EXPECT_EQ(both.exitCode, 1);
    // The disclosure control cannot be weakened from the command line: the old "<5" rule, or a lesser method.
    for (const QStringList& weaker : {QStringList{QStringLiteral("--threshold"), QStringLiteral("5")},
                                      QStringList{QStringLiteral("--threshold"), QStringLiteral("1")},
                                      QStringList{QStringLiteral("--disclosure"), QStringLiteral("none")}}) {
        const auto refused =
            cli.db(QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), file("r.pdf")} + weaker);
        EXPECT_EQ(refused.exitCode, 2) << qPrintable(weaker.join(u' '));
        EXPECT_FALSE(QFile::exists(file("r.pdf")));
    }
    const auto neither = cli.db({QStringLiteral("report")});
    EXPECT_EQ(neither.exitCode, 1);
    EXPECT_TRUE(neither.err.contains(QStringLiteral("--check-disclosure"))) << qPrintable(neither.err);
}

// What a reader could work out, cell by cell, from everything the report publishes (the same checker as the PDF's).
TEST_F(CliReport, TheDisclosureCheckIsGoldenAndNothingCanBeNarrowed)
{
    const auto check = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-06-30"), QStringLiteral("report"),
                               QStringLiteral("--check-disclosure")});
    ASSERT_EQ(check.exitCode, 0) << qPrintable(check.err);
    expectGolden(QStringLiteral("report-check-disclosure.txt"), check.out);
    EXPECT_TRUE(check.out.contains(QStringLiteral("0 can be narrowed"))) << qPrintable(check.out);
    EXPECT_FALSE(check.out.contains(QStringLiteral("NARROWED")));
    const auto json = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-06-30"), QStringLiteral("report"),
                              QStringLiteral("--check-disclosure"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(doc.value(QStringLiteral("unsafe")).toInt(-1), 0);
    EXPECT_GT(doc.value(QStringLiteral("cells")).toArray().size(), 20);
    for (const QJsonValue& cell : doc.value(QStringLiteral("cells")).toArray()) {
        const QJsonObject c = cell.toObject();
        if (c.value(QStringLiteral("published")).toString() == QLatin1String("*")) {
            EXPECT_GE(c.value(QStringLiteral("possible_values")).toInt(), 4)
                << qPrintable(c.value(QStringLiteral("label")).toString());
        }
    }
}

unsigned modeOf(const QString& path)
{
    struct stat st
    {
    };
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &st), 0) << qPrintable(path);
    return st.st_mode & 0777U;
}

// Every file the CLI writes: a symbolic link at the target is refused with nothing written through it (a planted link
// to another user's file or to /etc), and a world-readable file there is replaced by an owner-only one.
TEST_F(CliReport, NoFileIsWrittenThroughASymlinkAndEveryFileIsOwnerOnly)
{
    QFile victim(file("victim.txt"));
    ASSERT_TRUE(victim.open(QIODevice::WriteOnly));
    victim.write("someone else's file");
    victim.close();
    const QStringList writers[] = {
        {QStringLiteral("report"), QStringLiteral("--pdf")},
        {QStringLiteral("export"), QStringLiteral("--aggregates-csv")},
        {QStringLiteral("export"), QStringLiteral("--coding-worklist")},
        {QStringLiteral("export"), QStringLiteral("--fhir")},
    };
    int n = 0;
    for (const QStringList& writer : writers) {
        const QString link = file("link") + QString::number(++n);
        ASSERT_TRUE(QFile::link(file("victim.txt"), link));
        const auto refused = cli.db(QStringList(writer) << link);
        EXPECT_EQ(refused.exitCode, 2) << qPrintable(writer.join(u' '));
        EXPECT_TRUE(refused.err.contains(QStringLiteral("symbolic link"))) << qPrintable(refused.err);
        EXPECT_EQ(readAll(file("victim.txt")), QByteArray("someone else's file"));

        const QString open = file("open") + QString::number(n);
        QFile existing(open);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.close();
        ASSERT_EQ(::chmod(QFile::encodeName(open).constData(), 0644), 0);
        const auto written = cli.db(QStringList(writer) << open);
        EXPECT_EQ(written.exitCode, 0) << qPrintable(written.err);
        EXPECT_EQ(modeOf(open), 0600U) << qPrintable(writer.join(u' '));
        EXPECT_GT(QFileInfo(open).size(), 0);
    }
    // Nothing half-written left beside them.
    EXPECT_TRUE(QDir(cli.home()).entryList({QStringLiteral(".*.??????")}, QDir::Files | QDir::Hidden).isEmpty());
}

} // namespace

namespace {

// settings --upload-done: the only way a planned upload becomes done; a date that is not one, or after today, is
// refused with nothing changed, and "none" takes it back.
TEST_F(CliReport, TheUploadIsDoneOnlyWhenRecordedAndNeverInTheFuture)
{
    const auto settings = [&](const QStringList& more) {
        return cli.db(QStringList{QStringLiteral("settings")} + more);
    };
    const auto garbled = settings({QStringLiteral("--upload-done"), QStringLiteral("31/31/2010")});
    EXPECT_EQ(garbled.exitCode, 2);
    EXPECT_TRUE(garbled.err.contains(QStringLiteral("--upload-done"))) << qPrintable(garbled.err);
    const auto future = settings({QStringLiteral("--upload-done"), QStringLiteral("2099-01-01")});
    EXPECT_EQ(future.exitCode, 2);
    EXPECT_TRUE(future.err.contains(QStringLiteral("after today"))) << qPrintable(future.err);
    EXPECT_TRUE(settings({QStringLiteral("--json")}).out.contains(QStringLiteral("\"upload_done\": null")));
    ASSERT_EQ(settings({QStringLiteral("--upload-done"), QStringLiteral("2010-03-01")}).exitCode, 0);
    EXPECT_TRUE(settings({QStringLiteral("--json")}).out.contains(QStringLiteral("\"upload_done\": \"2010-03-01\"")));
    ASSERT_EQ(settings({QStringLiteral("--upload-done"), QStringLiteral("none")}).exitCode, 0);
    EXPECT_TRUE(settings({QStringLiteral("--json")}).out.contains(QStringLiteral("\"upload_done\": null")));
}

} // namespace
