#include "demo/DemoGenerator.h"
#include "domain/Ledger.h"

#include "Events.h"

#include <gtest/gtest.h>

using cd::Ledger;
using cd::Programme;

namespace {

// The stored segments must always equal a fresh fold: check every day of a span against the fold of that day.
void expectSegmentsMatchFold(const QList<cd::ConsentEvent>& events, QDate born, QDate from, QDate to)
{
    const cd::PracticeRules rules;
    const auto segments = Ledger::segments(Programme::scr(), events, born, rules);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const auto s = Ledger::fold(Programme::scr(), events, born, day, rules);
        const cd::StateSegment* found = nullptr;
        for (const auto& seg : segments) {
            if (seg.from <= day && (!seg.to.isValid() || day < seg.to)) {
                ASSERT_EQ(found, nullptr) << "segments overlap on " << qPrintable(day.toString(Qt::ISODate));
                found = &seg;
            }
        }
        if (!s.registered) {
            EXPECT_EQ(found, nullptr) << qPrintable(day.toString(Qt::ISODate));
            continue;
        }
        ASSERT_NE(found, nullptr) << qPrintable(day.toString(Qt::ISODate));
        EXPECT_EQ(found->state, s.state) << qPrintable(day.toString(Qt::ISODate));
        EXPECT_EQ(found->gpReview, s.gpReview);
        EXPECT_EQ(found->awaitingCoding, s.awaitingCoding);
        EXPECT_EQ(found->letterReturned, s.letterReturned);
    }
}

TEST(LedgerSegments, FollowTheFoldThroughTheWindowAndAChoice)
{
    cd::test::Events e;
    e.registered({2005, 1, 1}).pack({2010, 1, 15}).choice({2010, 2, 1}, "dissent").coded({2010, 2, 8}, 3, "9Ndo");
    expectSegmentsMatchFold(e, {1970, 1, 1}, {2004, 12, 1}, {2010, 6, 1});
    const auto segments = Ledger::segments(Programme::scr(), e, {1970, 1, 1}, {});
    ASSERT_EQ(segments.size(), 4); // not informed, in window, dissent uncoded, dissent coded
    EXPECT_FALSE(segments.last().to.isValid());
}

TEST(LedgerSegments, GapsWhileThePatientIsAway)
{
    cd::test::Events e;
    e.registered({2005, 1, 1}).pack({2010, 1, 15}).left({2010, 2, 1}).registered({2010, 5, 1});
    expectSegmentsMatchFold(e, {1970, 1, 1}, {2004, 12, 1}, {2010, 6, 1});
}

TEST(LedgerSegments, MatchTheFoldForEveryDemoPatient)
{
    const auto practice = cd::DemoGenerator::generate({600, 7});
    for (const auto& p : practice) {
        expectSegmentsMatchFold(p.events, p.patient.dateOfBirth, {2009, 12, 1}, {2010, 5, 15});
        if (::testing::Test::HasFailure()) {
            FAIL() << "first failing patient: " << qPrintable(p.patient.nhsNumber);
        }
    }
}

} // namespace
