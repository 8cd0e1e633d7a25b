#include "domain/Ledger.h"

#include "Events.h"

#include <gtest/gtest.h>

using cd::Ledger;
using cd::PatientState;
using cd::Programme;
using cd::ReviewOutcome;
using cd::Submitter;
using cd::test::Events;

namespace {

const QDate kAdult(1960, 6, 1);
const QDate kPack(2010, 1, 15);
const QDate kLastDay(2010, 4, 9); // 84 days after the pack

PatientState fold(const Events& events, QDate asOf, QDate born = kAdult, cd::PracticeRules rules = {})
{
    return Ledger::fold(Programme::scr(), events, born, asOf, rules);
}

Events informed()
{
    Events e;
    e.registered({2000, 1, 1}).pack(kPack); // ids 1, 2
    return e;
}

TEST(Ledger, NoPackMeansNotInformed)
{
    Events e;
    e.registered({2000, 1, 1});
    const auto s = fold(e, {2010, 3, 15});
    EXPECT_TRUE(s.registered);
    EXPECT_EQ(s.state, QStringLiteral("not_informed"));
    EXPECT_EQ(s.windowDaysLeft, -1);
}

TEST(Ledger, WindowOpensOnThePacksDate)
{
    const auto s = fold(informed(), kPack);
    EXPECT_EQ(s.state, QStringLiteral("in_window"));
    EXPECT_EQ(s.windowDaysLeft, 84);
    EXPECT_EQ(s.windowLastDay, kLastDay);
    EXPECT_EQ(fold(informed(), kPack.addDays(-1)).state, QStringLiteral("not_informed"));
}

TEST(Ledger, LastDayOfTheWindowIsStillInIt)
{
    const auto s = fold(informed(), kLastDay);
    EXPECT_EQ(s.state, QStringLiteral("in_window"));
    EXPECT_EQ(s.windowDaysLeft, 0);
}

TEST(Ledger, DayAfterTheWindowIsImpliedConsent)
{
    const auto s = fold(informed(), kLastDay.addDays(1));
    EXPECT_EQ(s.state, QStringLiteral("implied"));
    EXPECT_EQ(s.windowDaysLeft, -1);
    EXPECT_FALSE(s.awaitingCoding);
}

TEST(Ledger, APackWithoutAWindowOfItsOwnTakesThePracticesSetting)
{
    cd::PracticeRules rules;
    rules.windowDays = 28;
    EXPECT_EQ(fold(informed(), kPack.addDays(28), kAdult, rules).state, QStringLiteral("in_window"));
    EXPECT_EQ(fold(informed(), kPack.addDays(29), kAdult, rules).state, QStringLiteral("implied"));
}

TEST(Ledger, ReturnedLetterMeansNotInformed)
{
    Events e = informed();
    e.returned({2010, 1, 25}, 2);
    const auto before = fold(e, {2010, 1, 24});
    EXPECT_EQ(before.state, QStringLiteral("in_window"));
    const auto after = fold(e, {2010, 5, 1});
    EXPECT_EQ(after.state, QStringLiteral("not_informed")); // never implied: the patient was not told
    EXPECT_TRUE(after.letterReturned);
}

TEST(Ledger, ANewPackAfterAReturnedLetterInformsAgain)
{
    Events e = informed();
    e.returned({2010, 1, 25}, 2).pack({2010, 2, 1});
    const auto s = fold(e, {2010, 2, 2});
    EXPECT_EQ(s.state, QStringLiteral("in_window"));
    EXPECT_FALSE(s.letterReturned);
    EXPECT_EQ(s.windowLastDay, QDate(2010, 4, 26));
}

TEST(Ledger, DissentIsAwaitingCodingUntilCoded)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent"); // id 3
    const auto s = fold(e, {2010, 2, 1});
    EXPECT_EQ(s.state, QStringLiteral("dissent"));
    EXPECT_TRUE(s.awaitingCoding);
    EXPECT_FALSE(s.gpReview);
    EXPECT_EQ(s.currentChoiceId, 3);
    e.coded({2010, 2, 5}, 3, "9Ndo");
    EXPECT_TRUE(fold(e, {2010, 2, 4}).awaitingCoding);
    EXPECT_FALSE(fold(e, {2010, 2, 5}).awaitingCoding);
}

TEST(Ledger, EventsAfterTheAsOfDateAreIgnored)
{
    Events e = informed();
    e.choice({2010, 3, 20}, "dissent");
    EXPECT_EQ(fold(e, {2010, 3, 19}).state, QStringLiteral("in_window"));
    EXPECT_EQ(fold(e, {2010, 3, 20}).state, QStringLiteral("dissent"));
}

TEST(Ledger, OnTheSameDateTheOptOutStandsWhateverTheOrderAndAGpIsAsked)
{
    Events consentThenDissent = informed();
    consentThenDissent.choice({2010, 2, 1}, "consent-core").choice({2010, 2, 1}, "dissent");
    Events dissentThenConsent = informed();
    dissentThenConsent.choice({2010, 2, 1}, "dissent").choice({2010, 2, 1}, "consent-core");
    for (const Events& e : {consentThenDissent, dissentThenConsent}) {
        const auto s = fold(e, {2010, 3, 1});
        EXPECT_EQ(s.state, QStringLiteral("dissent"));
        EXPECT_TRUE(s.gpReview);
        EXPECT_EQ(s.reviewReason, cd::ReviewReason::ConflictingForms);
        EXPECT_EQ(s.reviewChoiceId, s.currentChoiceId);
    }
    // The same choice twice on one day is no conflict: the later recorded stands.
    Events twice = informed();
    twice.choice({2010, 2, 1}, "dissent").choice({2010, 2, 1}, "dissent");
    EXPECT_FALSE(fold(twice, {2010, 3, 1}).gpReview);
    EXPECT_EQ(fold(twice, {2010, 3, 1}).currentChoiceId, 4);
}

TEST(Ledger, TheLatestDatedChoiceWinsWhateverOrderItWasRecordedIn)
{
    Events e = informed();
    e.choice({2010, 2, 20}, "consent-core-additional").choice({2010, 2, 10}, "dissent"); // keyed late
    EXPECT_EQ(fold(e, {2010, 3, 1}).state, QStringLiteral("consent_core_additional"));
    EXPECT_EQ(fold(e, {2010, 2, 15}).state, QStringLiteral("dissent"));
}

TEST(Ledger, ReConsentAfterDissent)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent").choice({2010, 3, 1}, "consent-core");
    EXPECT_EQ(fold(e, {2010, 2, 15}).state, QStringLiteral("dissent"));
    EXPECT_EQ(fold(e, {2010, 3, 15}).state, QStringLiteral("consent_core"));
    EXPECT_EQ(fold(e, {2011, 1, 1}).state, QStringLiteral("consent_core")); // an express choice outlasts the window
}

TEST(Ledger, VoidedEventsAreIgnored)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent").voids({2010, 2, 2}, 3);
    const auto s = fold(e, {2010, 2, 3});
    EXPECT_EQ(s.state, QStringLiteral("in_window"));
    EXPECT_FALSE(s.awaitingCoding);
    EXPECT_EQ(s.currentChoiceId, 0);
}

TEST(Ledger, AVoidedPackLeavesThePatientNotInformed)
{
    Events e = informed();
    e.voids({2010, 1, 16}, 2);
    EXPECT_EQ(fold(e, {2010, 5, 1}).state, QStringLiteral("not_informed"));
}

TEST(Ledger, AVoidedCodingLeavesTheChoiceAwaitingCoding)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent").coded({2010, 2, 2}, 3, "9Ndo").voids({2010, 2, 3}, 4);
    EXPECT_TRUE(fold(e, {2010, 2, 4}).awaitingCoding);
}

TEST(Ledger, AChoiceWithoutAPackStillCounts)
{
    // Patients who opt out before any pack must never be asked to opt out twice.
    Events e;
    e.registered({2000, 1, 1}).choice({2008, 5, 1}, "dissent");
    EXPECT_EQ(fold(e, {2010, 3, 1}).state, QStringLiteral("dissent"));
}

TEST(Ledger, AChildOptedOutByAParentWaitsForGpReview)
{
    const QDate child(2002, 5, 1);
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent", Submitter::Parent);
    const auto s = fold(e, {2010, 2, 1}, child);
    EXPECT_EQ(s.state, QStringLiteral("dissent")); // the opt-out holds while the GP decides
    EXPECT_TRUE(s.gpReview);

    Events upheld = e;
    upheld.review({2010, 2, 10}, 3, ReviewOutcome::Upheld);
    EXPECT_TRUE(fold(upheld, {2010, 2, 9}, child).gpReview);
    const auto settled = fold(upheld, {2010, 2, 10}, child);
    EXPECT_FALSE(settled.gpReview);
    EXPECT_EQ(settled.state, QStringLiteral("dissent"));

    Events overridden = e;
    overridden.review({2010, 2, 10}, 3, ReviewOutcome::Overridden);
    const auto overruled = fold(overridden, {2010, 2, 10}, child);
    EXPECT_FALSE(overruled.gpReview);
    EXPECT_EQ(overruled.state, QStringLiteral("in_window")); // the GP set the parent's opt-out aside
}

TEST(Ledger, AChildUnderSixteenChoosingAloneWaitsForGpReview)
{
    const QDate born(1994, 3, 1); // 15 until 1 March 2010
    Events e = informed();
    e.choice({2010, 2, 28}, "dissent");
    EXPECT_TRUE(fold(e, {2010, 3, 15}, born).gpReview);

    Events sixteen = informed();
    sixteen.choice({2010, 3, 1}, "dissent");
    EXPECT_FALSE(fold(sixteen, {2010, 3, 15}, born).gpReview);
}

TEST(Ledger, AProxyForAnAdultWaitsForGpReview)
{
    for (const Submitter by : {Submitter::Attorney, Submitter::Deputy, Submitter::Parent}) {
        Events e = informed();
        e.choice({2010, 2, 1}, "dissent", by);
        EXPECT_TRUE(fold(e, {2010, 2, 1}).gpReview);
    }
}

TEST(Ledger, LeavingTakesThePatientOffTheListOnThatDay)
{
    Events e = informed();
    e.left({2010, 2, 1});
    EXPECT_TRUE(fold(e, {2010, 1, 31}).registered);
    EXPECT_FALSE(fold(e, {2010, 2, 1}).registered);
    e.registered({2010, 6, 1}); // a returning patient keeps the history, but not the window that ran meanwhile
    const auto back = fold(e, {2010, 6, 1});
    EXPECT_TRUE(back.registered);
    EXPECT_EQ(back.state, QStringLiteral("not_informed"));
}

TEST(Ledger, BeforeRegistrationThePatientIsNotOnTheList)
{
    Events e;
    e.registered({2010, 2, 1});
    EXPECT_FALSE(fold(e, {2010, 1, 31}).registered);
}

} // namespace
