// Golden files of the CLI's output: a small demo practice, a form recorded, coded, voided; fixed clock and locale.
#include "demo/DemoGenerator.h"
#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/NhsNumber.h"

#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using cd::test::CliRunner;
using cd::test::expectGolden;

namespace {

// The golden files' practice: the demo with 300 patients, seed 7.
auto smallDemo(CliRunner& cli)
{
    return cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("300"),
                   QStringLiteral("--seed"), QStringLiteral("7")});
}

// The first adult of the demo who is still in the window on the demo's date, found with the same generator.
QString adultInWindow()
{
    for (const auto& p : cd::DemoGenerator::generate({300, 7})) {
        const auto s = cd::Ledger::fold(cd::Programme::scr(), p.events, p.patient.dateOfBirth, {2010, 3, 15}, {});
        if (s.registered && s.state == QLatin1String("in_window") &&
            cd::ageOn(p.patient.dateOfBirth, {2010, 3, 15}) > 30) {
            return cd::NhsNumber::parse(p.patient.nhsNumber)->formatted();
        }
    }
    return QString();
}

TEST(CliGolden, HelpComesFromTheCommandTable)
{
    CliRunner cli;
    const auto help = cli.run({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    expectGolden(QStringLiteral("help.txt"), help.out);
    const auto record = cli.run({QStringLiteral("record"), QStringLiteral("--help")});
    EXPECT_EQ(record.exitCode, 0);
    expectGolden(QStringLiteral("help-record.txt"), record.out);
}

TEST(CliGolden, DemoRecordCodeVoidAndReadBack)
{
    CliRunner cli;
    const auto demo = smallDemo(cli);
    ASSERT_EQ(demo.exitCode, 0) << qPrintable(demo.err);
    expectGolden(QStringLiteral("demo.err.txt"), demo.err);

    const auto stats = cli.db({QStringLiteral("stats")});
    ASSERT_EQ(stats.exitCode, 0) << qPrintable(stats.err);
    expectGolden(QStringLiteral("stats.txt"), stats.out);
    expectGolden(QStringLiteral("stats.json"), cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out);

    const QString nhs = adultInWindow();
    ASSERT_FALSE(nhs.isEmpty());
    const auto recorded =
        cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), nhs, QStringLiteral("--choice"),
                QStringLiteral("dissent"), QStringLiteral("--received"), QStringLiteral("01/03/2010"),
                QStringLiteral("--by"), QStringLiteral("patient"), QStringLiteral("--channel"), QStringLiteral("desk"),
                QStringLiteral("--identity-checked"), QStringLiteral("--signed"), QStringLiteral("--note"),
                QStringLiteral("Handed in at reception"), QStringLiteral("--json")});
    ASSERT_EQ(recorded.exitCode, 0) << qPrintable(recorded.err);
    expectGolden(QStringLiteral("record.err.txt"), recorded.err);
    const qint64 choiceId =
        QJsonDocument::fromJson(recorded.out.toUtf8()).object().value(QStringLiteral("event_id")).toInteger();
    ASSERT_GT(choiceId, 0);

    expectGolden(QStringLiteral("status.txt"), cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), nhs}).out);
    expectGolden(QStringLiteral("status.json"),
                 cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), nhs, QStringLiteral("--json")}).out);

    const auto coded =
        cli.db({QStringLiteral("coded"), QStringLiteral("--nhs"), nhs, QStringLiteral("--code"), QStringLiteral("9Ndo"),
                QStringLiteral("--date"), QStringLiteral("2010-03-15"), QStringLiteral("--json")});
    ASSERT_EQ(coded.exitCode, 0) << qPrintable(coded.err);
    const qint64 codedId =
        QJsonDocument::fromJson(coded.out.toUtf8()).object().value(QStringLiteral("event_id")).toInteger();
    const auto voided = cli.db({QStringLiteral("void"), QStringLiteral("--event"), QString::number(codedId),
                                QStringLiteral("--reason"), QStringLiteral("Coded on the wrong patient in EMIS")});
    ASSERT_EQ(voided.exitCode, 0) << qPrintable(voided.err);
    expectGolden(QStringLiteral("status-after-void.txt"),
                 cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), nhs}).out);
    expectGolden(QStringLiteral("stats-after.json"), cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out);

    const auto verify = cli.db({QStringLiteral("verify")});
    EXPECT_EQ(verify.exitCode, 0);
    expectGolden(QStringLiteral("verify.txt"), verify.out);
}

TEST(CliGolden, AsOfMovesTheWholePracticeInTime)
{
    CliRunner cli;
    ASSERT_EQ(smallDemo(cli).exitCode, 0);
    const auto later = cli.run({QStringLiteral("--db"), cli.dbPath(), QStringLiteral("--as-of"),
                                QStringLiteral("2010-05-01"), QStringLiteral("stats"), QStringLiteral("--json")});
    ASSERT_EQ(later.exitCode, 0);
    expectGolden(QStringLiteral("stats-2010-05-01.json"), later.out);
    const auto json = QJsonDocument::fromJson(later.out.toUtf8()).object();
    EXPECT_EQ(json.value(QStringLiteral("in_window")).toInt(), 0); // the window closed on 9 April
    EXPECT_GT(json.value(QStringLiteral("implied")).toInt(), 0);
}

} // namespace

TEST(CliGolden, FindAndWorklistsOnTheDemo)
{
    CliRunner cli;
    ASSERT_EQ(smallDemo(cli).exitCode, 0);
    const auto byName = cli.db({QStringLiteral("find"), QStringLiteral("jo"), QStringLiteral("--limit"),
                                QStringLiteral("5"), QStringLiteral("--json")});
    ASSERT_EQ(byName.exitCode, 0) << qPrintable(byName.err);
    expectGolden(QStringLiteral("find-jo.json"), byName.out);
    const auto byPostcode =
        cli.db({QStringLiteral("find"), QStringLiteral("e17"), QStringLiteral("--limit"), QStringLiteral("4")});
    expectGolden(QStringLiteral("find-e17.txt"), byPostcode.out);
    EXPECT_TRUE(byPostcode.err.contains(QStringLiteral("More patients match")));
    const auto partial = cli.db({QStringLiteral("find"), QStringLiteral("12/03/19")});
    EXPECT_EQ(partial.exitCode, 2);
    EXPECT_TRUE(partial.err.contains(QStringLiteral("dd/mm/yyyy")));

    const auto coding =
        cli.db({QStringLiteral("worklist"), QStringLiteral("awaiting-coding"), QStringLiteral("--json")});
    ASSERT_EQ(coding.exitCode, 0) << qPrintable(coding.err);
    expectGolden(QStringLiteral("worklist-awaiting-coding.json"), coding.out);
    expectGolden(QStringLiteral("worklist-gp-review.txt"),
                 cli.db({QStringLiteral("worklist"), QStringLiteral("gp-review")}).out);
    expectGolden(QStringLiteral("worklist-returned-letters.txt"),
                 cli.db({QStringLiteral("worklist"), QStringLiteral("returned-letters")}).out);
    expectGolden(QStringLiteral("worklist-window-closing.json"),
                 cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-04-01"), QStringLiteral("worklist"),
                         QStringLiteral("window-closing"), QStringLiteral("--json")})
                     .out);
    EXPECT_EQ(cli.db({QStringLiteral("worklist"), QStringLiteral("everything")}).exitCode, 1);
}

TEST(CliGolden, MailoutOnTheDemo)
{
    CliRunner cli;
    ASSERT_EQ(smallDemo(cli).exitCode, 0);
    const auto sent = cli.db(
        {QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-03-15"), QStringLiteral("--json")});
    ASSERT_EQ(sent.exitCode, 0) << qPrintable(sent.err);
    expectGolden(QStringLiteral("mailout.json"), sent.out);
    EXPECT_GT(QJsonDocument::fromJson(sent.out.toUtf8()).object().value(QStringLiteral("packs")).toInt(), 0);
    // Nobody is left who was never sent a pack: refused, nothing written.
    const auto again = cli.db({QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-03-15")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(QStringLiteral("nothing to record"))) << qPrintable(again.err);
    const auto future = cli.db({QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-03-16")});
    EXPECT_EQ(future.exitCode, 2);
}
