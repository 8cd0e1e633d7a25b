#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
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
        EXPECT_EQ(found->codesToCorrect, s.codesToCorrect.size());
    }
}

// A history of any shape: every kind of event in any order, each reference pointing at an earlier event of the
// right kind (most of the time), children near 16, windows of any length.
QList<cd::ConsentEvent> randomHistory(cd::DemoRandom& rng, QDate& born)
{
    using cd::EventType;
    born = rng.dateBetween({1993, 6, 1}, {1996, 6, 1});
    if (rng.chance(0.5)) {
        born = rng.dateBetween({1940, 1, 1}, {1990, 1, 1});
    }
    QList<cd::ConsentEvent> events;
    const auto ofType = [&](EventType type) {
        QList<qint64> ids;
        for (const auto& e : events) {
            if (e.type == type) {
                ids << e.id;
            }
        }
        return ids;
    };
    const auto anyOf = [&](const QList<qint64>& ids) {
        return ids.isEmpty() ? 0 : ids.at(rng.between(0, int(ids.size()) - 1));
    };
    const QStringList keys = Programme::scr().choiceKeys();
    const int n = rng.between(1, 14);
    for (int i = 0; i < n; ++i) {
        cd::ConsentEvent e;
        e.id = events.size() + 1;
        e.date = rng.dateBetween({2009, 12, 1}, {2011, 3, 1});
        e.programme = QStringLiteral("scr");
        const int kind = i == 0 ? 0 : rng.between(0, 9);
        switch (kind) {
        case 0:
            e.type = EventType::Registered;
            e.programme.clear();
            break;
        case 1:
            e.type = EventType::Left;
            e.programme.clear();
            break;
        case 2:
            e.type = EventType::PackSent;
            e.windowDays = rng.chance(0.3) ? 0 : rng.between(28, 120);
            break;
        case 3:
            e.type = EventType::LetterReturned;
            e.targetEventId = anyOf(ofType(EventType::PackSent));
            break;
        case 4:
        case 5:
            e.type = EventType::Choice;
            e.choice = keys.at(rng.between(0, int(keys.size()) - 1));
            e.submittedBy = rng.chance(0.5) ? cd::Submitter::Patient : cd::Submitter::Parent;
            if (rng.chance(0.3)) {
                e.signedOn = e.date.addDays(-rng.between(0, 60));
            }
            break;
        case 6: {
            e.type = EventType::Coded;
            e.targetEventId = anyOf(ofType(EventType::Choice));
            for (const auto& c : events) {
                if (c.id == e.targetEventId) {
                    e.readCode = Programme::scr().choice(c.choice)->readCode;
                }
            }
            break;
        }
        case 7:
            e.type = EventType::GpReview;
            e.targetEventId = anyOf(ofType(EventType::Choice));
            e.outcome = rng.chance(0.5) ? cd::ReviewOutcome::Upheld : cd::ReviewOutcome::Overridden;
            break;
        case 8:
            e.type = EventType::Void;
            e.targetEventId = events.isEmpty() ? 0 : events.at(rng.between(0, int(events.size()) - 1)).id;
            break;
        default:
            e.type = EventType::CodeRemoved;
            e.targetEventId = anyOf(ofType(EventType::Coded));
            e.readCode = QStringLiteral("9Ndo");
            break;
        }
        events.append(e);
    }
    return events;
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

TEST(LedgerSegments, MatchTheFoldForHistoriesOfAnyShape)
{
    cd::DemoRandom rng(16);
    for (int i = 0; i < 250; ++i) {
        QDate born;
        const auto events = randomHistory(rng, born);
        expectSegmentsMatchFold(events, born, {2009, 11, 20}, {2011, 8, 1});
        if (::testing::Test::HasFailure()) {
            FAIL() << "first failing history: " << i;
        }
    }
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
