// The uptake series on hand-built ledgers, on both engines: golden values by day, week and month, the opt-out
// window's last day, patients joining and leaving inside the range, voided forms, empty ranges, and every point
// equal to the headline figures as of its end (INTERFACES.md). Also the consent mix by age band and sex.
#include "domain/Dates.h"
#include "stats/ConsentMix.h"
#include "stats/HeadlineFigures.h"
#include "stats/UptakeSeries.h"

#include "TestDatabase.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using cd::Bucket;
using cd::UptakeSeries;
using cd::test::TestDatabase;

namespace {

const QDate kPack(2010, 1, 4); // a Monday; 84-day window: last day 29 March, implied from 30 March

class UptakeSeriesTest : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        t().clock().set(QDateTime(QDate(2010, 6, 30), QTime(9, 0)));
        const auto& nhs = cd::test::validNhsNumbers();
        a = t().addPatient(nhs.at(0), {1950, 5, 1}); // pack, no choice: implied at the window's end
        t().sendPack(a, kPack);
        b = t().addPatient(nhs.at(1), {1960, 5, 1}); // dissent on 20 January
        t().sendPack(b, kPack);
        t().choose(nhs.at(1), "dissent", {2010, 1, 20});
        c = t().addPatient(nhs.at(2), {2005, 5, 1}); // a child: express consent on 3 February (by a parent),
        t().sendPack(c, kPack);                      // in effect once a GP upheld it the same day
        t().choose(nhs.at(2), "consent-core", {2010, 2, 3}, cd::Submitter::Parent);
        t().review(nhs.at(2), cd::ReviewOutcome::Upheld, {2010, 2, 3});
        t().addPatient(nhs.at(3), {1980, 5, 1});                // never sent a pack: not informed throughout
        t().addPatient(nhs.at(4), {1990, 5, 1}, {2010, 2, 10}); // joins on 10 February, no pack
        f = t().addPatient(nhs.at(5), {1970, 5, 1});            // pack, then leaves on 15 February
        t().sendPack(f, kPack);
        t().leave(f, {2010, 2, 15});
        g = t().addPatient(nhs.at(6), {1940, 5, 1}); // dissent on 25 January, voided as a mistake
        t().sendPack(g, kPack);
        t().voidEvent(t().choose(nhs.at(6), "dissent", {2010, 1, 25}), QStringLiteral("wrong patient"));
    }

    UptakeSeries series(QDate from, QDate to, Bucket bucket)
    {
        auto s = UptakeSeries::compute(t().db(), cd::Programme::scr(), from, to, bucket);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return s.ok() ? *s : UptakeSeries{};
    }

    qint64 state(const cd::SeriesPoint& p, const char* name)
    {
        return p.state(cd::Programme::scr(), QString::fromLatin1(name));
    }

    qint64 a = 0, b = 0, c = 0, f = 0, g = 0;
};

TEST_P(UptakeSeriesTest, WeeklyPointsHaveTheHandCountedFigures)
{
    const auto s = series({2010, 1, 4}, {2010, 4, 4}, Bucket::Week);
    ASSERT_EQ(s.points.size(), 13);
    const auto& first = s.points.at(0); // week of 4-10 January, as of Sunday the 10th
    EXPECT_EQ(first.start, QDate(2010, 1, 4));
    EXPECT_EQ(first.end, QDate(2010, 1, 10));
    EXPECT_EQ(first.listSize, 6); // E has not joined yet
    EXPECT_EQ(state(first, "in_window"), 5);
    EXPECT_EQ(state(first, "not_informed"), 1);
    EXPECT_EQ(first.formsTotal(), 0);

    const auto& third = s.points.at(2); // 18-24 January: B's dissent arrives
    EXPECT_EQ(state(third, "dissent"), 1);
    EXPECT_EQ(third.forms(cd::Programme::scr(), QStringLiteral("dissent")), 1);
    EXPECT_DOUBLE_EQ(third.optOutPercent(cd::Programme::scr()), 16.67); // 1 of 6
    const auto& fourth = s.points.at(3); // 25-31 January: G's dissent was voided, so neither form nor state
    EXPECT_EQ(fourth.forms(cd::Programme::scr(), QStringLiteral("dissent")), 0);
    EXPECT_EQ(state(fourth, "dissent"), 1);

    const auto& sixth = s.points.at(5); // 8-14 February: E joined on the 10th, C's consent on 3 Feb is counted
    EXPECT_EQ(sixth.listSize, 7);
    EXPECT_EQ(state(sixth, "consent_core"), 1);
    EXPECT_EQ(state(sixth, "not_informed"), 2);
    const auto& seventh = s.points.at(6); // 15-21 February: F left on the 15th and is off the list
    EXPECT_EQ(seventh.listSize, 6);
    EXPECT_EQ(state(seventh, "in_window"), 2); // A and G

    const auto& last = s.points.at(12); // 29 March - 4 April: the windows closed on 29 March
    EXPECT_EQ(state(last, "implied"), 2);
    EXPECT_EQ(state(last, "in_window"), 0);
    EXPECT_DOUBLE_EQ(last.recordsCreatedPercent(cd::Programme::scr()), 50.0); // A, G implied, C consent of 6
}

TEST_P(UptakeSeriesTest, TheWindowsLastDayIsStillInTheWindow)
{
    const auto s = series({2010, 3, 28}, {2010, 3, 31}, Bucket::Day);
    ASSERT_EQ(s.points.size(), 4);
    EXPECT_EQ(state(s.points.at(1), "in_window"), 2); // 29 March: the last day to opt out
    EXPECT_EQ(state(s.points.at(1), "implied"), 0);
    EXPECT_EQ(state(s.points.at(2), "in_window"), 0); // 30 March: records by implied consent
    EXPECT_EQ(state(s.points.at(2), "implied"), 2);
}

TEST_P(UptakeSeriesTest, EveryPointEqualsTheHeadlineFiguresOnItsEnd)
{
    for (const Bucket bucket : {Bucket::Day, Bucket::Week, Bucket::Month}) {
        const auto s = series({2009, 12, 20}, {2010, 4, 10}, bucket);
        for (const auto& p : s.points) {
            auto figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), p.end);
            ASSERT_TRUE(figures.ok());
            EXPECT_EQ(p.listSize, figures->listSize) << cd::isoDate(p.end).toStdString();
            for (const QString& name : cd::Programme::scr().stateNames()) {
                EXPECT_EQ(p.state(cd::Programme::scr(), name), figures->count(name))
                    << name.toStdString() << " on " << cd::isoDate(p.end).toStdString();
            }
            EXPECT_DOUBLE_EQ(p.recordsCreatedPercent(cd::Programme::scr()), figures->uptakePercent());
            EXPECT_DOUBLE_EQ(p.optOutPercent(cd::Programme::scr()), figures->optOutPercent());
        }
    }
}

TEST_P(UptakeSeriesTest, BucketsAreCutToTheRangeAndMonthsAreCalendarMonths)
{
    const auto weeks = series({2010, 1, 6}, {2010, 1, 20}, Bucket::Week); // Wednesday to Wednesday
    ASSERT_EQ(weeks.points.size(), 3);
    EXPECT_EQ(weeks.points.at(0).start, QDate(2010, 1, 6));
    EXPECT_EQ(weeks.points.at(0).end, QDate(2010, 1, 10));
    EXPECT_EQ(weeks.points.at(2).end, QDate(2010, 1, 20)); // as of --to
    EXPECT_EQ(weeks.points.at(2).forms(cd::Programme::scr(), QStringLiteral("dissent")), 1);
    const auto months = series({2010, 1, 15}, {2010, 3, 10}, Bucket::Month);
    ASSERT_EQ(months.points.size(), 3);
    EXPECT_EQ(months.points.at(1).start, QDate(2010, 2, 1));
    EXPECT_EQ(months.points.at(1).end, QDate(2010, 2, 28));
    EXPECT_EQ(months.points.at(0).forms(cd::Programme::scr(), QStringLiteral("dissent")), 1);
    EXPECT_EQ(months.points.at(1).forms(cd::Programme::scr(), QStringLiteral("consent-core")), 1);
}

TEST_P(UptakeSeriesTest, ARangeBeforeAnyoneRegisteredIsEmptyNotAnError)
{
    const auto s = series({1990, 1, 1}, {1990, 2, 1}, Bucket::Week);
    ASSERT_FALSE(s.points.isEmpty());
    for (const auto& p : s.points) {
        EXPECT_EQ(p.listSize, 0);
        EXPECT_EQ(p.formsTotal(), 0);
        EXPECT_DOUBLE_EQ(p.recordsCreatedPercent(cd::Programme::scr()), 0.0);
    }
}

TEST_P(UptakeSeriesTest, ABackwardsOrTooLongRangeIsRefusedWithTheReason)
{
    auto backwards = UptakeSeries::compute(t().db(), cd::Programme::scr(), {2010, 3, 1}, {2010, 1, 1}, Bucket::Week);
    ASSERT_FALSE(backwards.ok());
    EXPECT_TRUE(backwards.error().message.contains(QStringLiteral("forwards")));
    auto tooLong = UptakeSeries::compute(t().db(), cd::Programme::scr(), {1990, 1, 1}, {2010, 1, 1}, Bucket::Day);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().message.contains(QStringLiteral("week or month")));
}

TEST_P(UptakeSeriesTest, TheJsonHasTheInterfacesShape)
{
    const QJsonObject json = series({2010, 1, 4}, {2010, 1, 17}, Bucket::Week).toJson();
    EXPECT_EQ(json.value(QStringLiteral("bucket")).toString(), QStringLiteral("week"));
    const QJsonArray points = json.value(QStringLiteral("points")).toArray();
    ASSERT_EQ(points.size(), 2);
    const QJsonObject p = points.at(1).toObject();
    EXPECT_EQ(p.value(QStringLiteral("start")).toString(), QStringLiteral("2010-01-11"));
    EXPECT_EQ(p.value(QStringLiteral("end")).toString(), QStringLiteral("2010-01-17"));
    EXPECT_EQ(p.value(QStringLiteral("list_size")).toInt(), 6);
    EXPECT_EQ(p.value(QStringLiteral("not_informed")).toInt(), 1);
    EXPECT_EQ(p.value(QStringLiteral("in_window")).toInt(), 5);
    EXPECT_DOUBLE_EQ(p.value(QStringLiteral("records_created_percent")).toDouble(), 0.0);
    EXPECT_DOUBLE_EQ(p.value(QStringLiteral("opt_out_percent")).toDouble(), 0.0);
    const QJsonObject forms = p.value(QStringLiteral("forms")).toObject();
    for (const char* key : {"dissent", "consent-core", "consent-core-additional"}) {
        EXPECT_TRUE(forms.contains(QString::fromLatin1(key))) << key;
    }
}

TEST_P(UptakeSeriesTest, TheConsentMixCountsEachPatientInTheirBandAndSex)
{
    auto mix = cd::ConsentMix::compute(t().db(), cd::Programme::scr(), {2010, 4, 1});
    ASSERT_TRUE(mix.ok()) << mix.error().message.toStdString();
    const int female = 0;
    const auto states = cd::Programme::scr().stateNames();
    // Every test patient is female; F left. C (born 2005) is 0-15 with express consent; A (1950) 45-64 implied;
    // B (1960) 45-64 dissent; D (1980) 25-44 and E (1990) 16-24 not informed; G (1940) 65-74 implied.
    EXPECT_EQ(mix->count(0, female, static_cast<int>(states.indexOf(QStringLiteral("consent_core")))), 1);
    EXPECT_EQ(mix->count(3, female, static_cast<int>(states.indexOf(QStringLiteral("implied")))), 1);
    EXPECT_EQ(mix->count(3, female, static_cast<int>(states.indexOf(QStringLiteral("dissent")))), 1);
    EXPECT_EQ(mix->count(2, female, static_cast<int>(states.indexOf(QStringLiteral("not_informed")))), 1);
    EXPECT_EQ(mix->count(1, female, static_cast<int>(states.indexOf(QStringLiteral("not_informed")))), 1);
    EXPECT_EQ(mix->count(5, female, static_cast<int>(states.indexOf(QStringLiteral("implied")))), 0);
    EXPECT_EQ(mix->count(4, female, static_cast<int>(states.indexOf(QStringLiteral("implied")))), 1);
    qint64 everyone = 0;
    for (int band = 0; band < cd::ConsentMix::bandLabels().size(); ++band) {
        for (int sex = 0; sex < cd::ConsentMix::sexes().size(); ++sex) {
            everyone += mix->total(band, sex);
        }
    }
    EXPECT_EQ(everyone, 6);
}

TEST_P(UptakeSeriesTest, APatientTurningSixteenMovesBandOnTheirBirthday)
{
    const qint64 teen = t().addPatient(cd::test::validNhsNumbers().at(7), {1994, 4, 1});
    ASSERT_GT(teen, 0);
    auto before = cd::ConsentMix::compute(t().db(), cd::Programme::scr(), {2010, 3, 31});
    auto on = cd::ConsentMix::compute(t().db(), cd::Programme::scr(), {2010, 4, 1});
    ASSERT_TRUE(before.ok() && on.ok());
    EXPECT_EQ(before->total(0, 0), 2); // C and the teenager
    EXPECT_EQ(on->total(0, 0), 1);
    EXPECT_EQ(on->total(1, 0), before->total(1, 0) + 1);
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(UptakeSeriesTest);

} // namespace
