// The timeline and charts' commands through the real CLI: series by week (JSON) and month (text) as golden files,
// each point equal to `stats --as-of` its end, the practice's timeline, and a timeline exported, edited and imported
// back; a bad file refused with exit 2, its line and nothing changed.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using cd::test::CliRunner;
using cd::test::expectGolden;

namespace {

class CliSeries : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto demo = cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("300"),
                                  QStringLiteral("--seed"), QStringLiteral("7")});
        ASSERT_EQ(demo.exitCode, 0) << qPrintable(demo.err);
    }
    CliRunner cli;
};

TEST_F(CliSeries, WeeklyAndMonthlySeriesAreTheGoldenFigures)
{
    const auto weekly = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-06-30"), QStringLiteral("series"),
                                QStringLiteral("--from"), QStringLiteral("2009-12-28"), QStringLiteral("--to"),
                                QStringLiteral("2010-05-02"), QStringLiteral("--bucket"), QStringLiteral("week"),
                                QStringLiteral("--json")});
    ASSERT_EQ(weekly.exitCode, 0) << qPrintable(weekly.err);
    expectGolden(QStringLiteral("series-week.json"), weekly.out);
    const auto monthly = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-06-30"), QStringLiteral("series"),
                                 QStringLiteral("--from"), QStringLiteral("01/10/2009"), QStringLiteral("--to"),
                                 QStringLiteral("30/06/2010"), QStringLiteral("--bucket"), QStringLiteral("month")});
    ASSERT_EQ(monthly.exitCode, 0) << qPrintable(monthly.err);
    expectGolden(QStringLiteral("series-month.txt"), monthly.out);
}

TEST_F(CliSeries, EachPointIsTheStatsAsOfItsEnd)
{
    const auto weekly = cli.db({QStringLiteral("series"), QStringLiteral("--from"), QStringLiteral("2010-01-04"),
                                QStringLiteral("--to"), QStringLiteral("2010-04-18"), QStringLiteral("--json")});
    ASSERT_EQ(weekly.exitCode, 0) << qPrintable(weekly.err);
    const QJsonArray points =
        QJsonDocument::fromJson(weekly.out.toUtf8()).object().value(QStringLiteral("points")).toArray();
    ASSERT_EQ(points.size(), 15);
    for (const int i : {0, 6, 13, 14}) {
        const QJsonObject p = points.at(i).toObject();
        const QString end = p.value(QStringLiteral("end")).toString();
        const auto stats = cli.db({QStringLiteral("--as-of"), end, QStringLiteral("stats"), QStringLiteral("--json")});
        ASSERT_EQ(stats.exitCode, 0) << qPrintable(stats.err);
        const QJsonObject s = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        for (const char* key : {"list_size", "not_informed", "in_window", "implied", "consent_core",
                                "consent_core_additional", "dissent", "opt_out_percent"}) {
            EXPECT_EQ(p.value(QLatin1String(key)), s.value(QLatin1String(key))) << key << " on " << qPrintable(end);
        }
        EXPECT_EQ(p.value(QStringLiteral("records_created_percent")), s.value(QStringLiteral("uptake_percent")));
    }
}

TEST_F(CliSeries, ABadBucketOrRangeIsAUsageErrorThatSaysWhatToGive)
{
    const auto bucket = cli.db({QStringLiteral("series"), QStringLiteral("--bucket"), QStringLiteral("fortnight")});
    EXPECT_EQ(bucket.exitCode, 1);
    EXPECT_TRUE(bucket.err.contains(QStringLiteral("day, week or month"))) << qPrintable(bucket.err);
    const auto backwards = cli.db({QStringLiteral("series"), QStringLiteral("--from"), QStringLiteral("2010-05-01"),
                                   QStringLiteral("--to"), QStringLiteral("2010-01-01")});
    EXPECT_EQ(backwards.exitCode, 2);
    EXPECT_TRUE(backwards.err.contains(QStringLiteral("forwards"))) << qPrintable(backwards.err);
    const auto date = cli.db({QStringLiteral("series"), QStringLiteral("--from"), QStringLiteral("05/31/2010")});
    EXPECT_EQ(date.exitCode, 1);
}

TEST_F(CliSeries, TheTimelineRoundTripsAndABadFileChangesNothing)
{
    const auto timeline = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-06-30"), QStringLiteral("timeline")});
    ASSERT_EQ(timeline.exitCode, 0) << qPrintable(timeline.err);
    expectGolden(QStringLiteral("timeline.txt"), timeline.out);

    const auto exported = cli.db({QStringLiteral("timeline-export")});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    QString edited = exported.out;
    edited.replace(QStringLiteral("Accelerated blanket rollout: regional mail-out begins"),
                   QStringLiteral("Our PCT's mail-out begins"));
    const QString file = cli.home() + QStringLiteral("/timeline.json");
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(edited.toUtf8());
    }
    const auto imported = cli.db({QStringLiteral("timeline-import"), file});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_EQ(cli.db({QStringLiteral("timeline-export")}).out, edited);

    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write("{\"format\": \"consentdesk-timeline\", \"version\": 1, \"regions\": [\n"
                  "  {\"region\": \"london\", \"milestones\": [\n"
                  "    {\"kind\": \"mailout\", \"label\": \"\", \"date\": \"2010-01\", \"status\": \"actual\"}]}]}\n");
    }
    const auto refused = cli.db({QStringLiteral("timeline-import"), file});
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("Line 3:"))) << qPrintable(refused.err);
    EXPECT_EQ(cli.db({QStringLiteral("timeline-export")}).out, edited);
}

} // namespace
