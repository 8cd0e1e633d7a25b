// The clinical-safety rules of the fold (issue #16; docs/clinical-safety/hazard-log.md names each test): choices
// that wait for a GP, a 16th birthday, conflicting forms, codes to correct, registrations and each pack's window.
#include "domain/Ledger.h"

#include "Events.h"

#include <gtest/gtest.h>

using cd::Ledger;
using cd::PatientState;
using cd::Programme;
using cd::ReviewOutcome;
using cd::ReviewReason;
using cd::Submitter;
using cd::test::Events;

namespace {

const QDate kAdult(1960, 6, 1);
const QDate kChild(2003, 4, 1);
const QDate kPack(2010, 1, 15);

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

// Rule 4: a consent made by a proxy or a child takes effect only once a GP upholds it.
TEST(LedgerRules, AProxysConsentWaitsForAGpAndLeavesTheStateAsItWas)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "consent-core-additional", Submitter::Parent); // 3
    const auto waiting = fold(e, {2010, 2, 2}, kChild);
    EXPECT_EQ(waiting.state, QStringLiteral("in_window"));
    EXPECT_EQ(waiting.currentChoiceId, 0);
    EXPECT_EQ(waiting.pendingChoiceId, 3);
    EXPECT_FALSE(waiting.awaitingCoding); // nobody is asked to key a code for it
    EXPECT_TRUE(waiting.gpReview);
    EXPECT_EQ(waiting.reviewReason, ReviewReason::Proxy);
    EXPECT_EQ(waiting.reviewChoiceId, 3);
    EXPECT_EQ(fold(e, {2010, 5, 1}, kChild).state, QStringLiteral("implied")); // the window still closes

    e.review({2010, 2, 10}, 3, ReviewOutcome::Upheld);
    const auto upheld = fold(e, {2010, 2, 10}, kChild);
    EXPECT_EQ(upheld.state, QStringLiteral("consent_core_additional"));
    EXPECT_EQ(upheld.currentChoiceId, 3);
    EXPECT_TRUE(upheld.awaitingCoding);
    EXPECT_FALSE(upheld.gpReview);
    EXPECT_EQ(upheld.pendingChoiceId, 0);
}

TEST(LedgerRules, AnEarlierOptOutStandsWhileAProxysConsentWaits)
{
    Events e = informed();
    e.choice({2010, 1, 20}, "dissent").coded({2010, 1, 21}, 3, "9Ndo"); // 3, 4: the patient's own
    e.choice({2010, 2, 1}, "consent-core", Submitter::Attorney);        // 5
    const auto s = fold(e, {2010, 2, 2});
    EXPECT_EQ(s.state, QStringLiteral("dissent"));
    EXPECT_EQ(s.currentChoiceId, 3);
    EXPECT_FALSE(s.awaitingCoding);
    EXPECT_EQ(s.pendingChoiceId, 5);
    EXPECT_EQ(s.reviewChoiceId, 5);
    e.review({2010, 2, 3}, 5, ReviewOutcome::Overridden);
    const auto overridden = fold(e, {2010, 2, 3});
    EXPECT_EQ(overridden.state, QStringLiteral("dissent"));
    EXPECT_FALSE(overridden.gpReview);
    EXPECT_TRUE(overridden.codesToCorrect.isEmpty()); // the consent was never coded
}

TEST(LedgerRules, AProxysOptOutHoldsTheRecordBackAtOnceAndIsToCode)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent", Submitter::Deputy);
    const auto s = fold(e, {2010, 2, 1});
    EXPECT_EQ(s.state, QStringLiteral("dissent"));
    EXPECT_TRUE(s.awaitingCoding);
    EXPECT_TRUE(s.gpReview);
    EXPECT_EQ(s.reviewReason, ReviewReason::Proxy);
    EXPECT_EQ(s.pendingChoiceId, 0);
}

// Rule 6: age is taken on the day the form was signed.
TEST(LedgerRules, AChildsAgeIsTakenOnTheDaySigned)
{
    const QDate born(1994, 3, 1); // 16 on 1 March 2010
    Events signedAtFifteen = informed();
    signedAtFifteen.choice({2010, 3, 5}, "consent-core").signedOn({2010, 2, 27});
    const auto child = fold(signedAtFifteen, {2010, 3, 10}, born);
    EXPECT_EQ(child.reviewReason, ReviewReason::Child);
    EXPECT_EQ(child.state, QStringLiteral("in_window")); // a child's consent waits for the GP

    Events signedAtSixteen = informed();
    signedAtSixteen.choice({2010, 3, 5}, "consent-core").signedOn({2010, 3, 1});
    const auto adult = fold(signedAtSixteen, {2010, 3, 10}, born);
    EXPECT_FALSE(adult.gpReview);
    EXPECT_EQ(adult.state, QStringLiteral("consent_core"));
}

// Rule 7: a parent's choice goes back to a GP on the 16th birthday.
TEST(LedgerRules, AParentsChoiceComesBackToAGpWhenThePatientTurnsSixteen)
{
    const QDate born(1994, 2, 20);
    Events e = informed();
    e.choice({2010, 1, 22}, "dissent", Submitter::Parent).review({2010, 2, 1}, 3, ReviewOutcome::Upheld); // 3, 4
    EXPECT_FALSE(fold(e, {2010, 2, 19}, born).gpReview);
    const auto sixteen = fold(e, {2010, 2, 20}, born);
    EXPECT_TRUE(sixteen.gpReview);
    EXPECT_EQ(sixteen.reviewReason, ReviewReason::TurnedSixteen);
    EXPECT_EQ(sixteen.state, QStringLiteral("dissent")); // the parent's choice stands until someone decides
    EXPECT_EQ(sixteen.reviewChoiceId, 3);

    Events gpDecides = e;
    gpDecides.review({2010, 3, 1}, 3, ReviewOutcome::Upheld);
    EXPECT_FALSE(fold(gpDecides, {2010, 3, 1}, born).gpReview);
    EXPECT_TRUE(fold(gpDecides, {2010, 2, 28}, born).gpReview);

    Events patientDecides = e;
    patientDecides.choice({2010, 3, 2}, "consent-core");
    const auto own = fold(patientDecides, {2010, 3, 2}, born);
    EXPECT_FALSE(own.gpReview);
    EXPECT_EQ(own.state, QStringLiteral("consent_core"));

    // An attorney's choice is not a parent's: no 16th-birthday review.
    Events attorney = informed();
    attorney.choice({2010, 1, 22}, "dissent", Submitter::Attorney).review({2010, 2, 1}, 3, ReviewOutcome::Upheld);
    EXPECT_FALSE(fold(attorney, {2010, 3, 1}, born).gpReview);
}

TEST(LedgerRules, TheSixteenthBirthdayOfALeapDayBaby)
{
    EXPECT_EQ(Ledger::sixteenthBirthday({1994, 2, 20}), QDate(2010, 2, 20));
    EXPECT_EQ(Ledger::sixteenthBirthday({1996, 2, 29}), QDate(2012, 2, 29));
    EXPECT_EQ(Ledger::sixteenthBirthday({1995, 2, 28}), QDate(2011, 2, 28));
    EXPECT_EQ(Ledger::sixteenthBirthday({2084, 2, 29}), QDate(2100, 3, 1)); // 2100 is not a leap year
}

// Rule 8: two different choices on one date.
TEST(LedgerRules, ConflictingFormsAreSettledByAReviewRecordedAfterBoth)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent").choice({2010, 2, 1}, "consent-core"); // 3, 4
    ASSERT_EQ(fold(e, {2010, 2, 2}).reviewReason, ReviewReason::ConflictingForms);
    Events upheld = e;
    upheld.review({2010, 2, 3}, 3, ReviewOutcome::Upheld);
    EXPECT_FALSE(fold(upheld, {2010, 2, 3}).gpReview);
    EXPECT_EQ(fold(upheld, {2010, 2, 3}).state, QStringLiteral("dissent"));
    Events overridden = e;
    overridden.review({2010, 2, 3}, 3, ReviewOutcome::Overridden);
    const auto consent = fold(overridden, {2010, 2, 3});
    EXPECT_FALSE(consent.gpReview);
    EXPECT_EQ(consent.state, QStringLiteral("consent_core"));

    // A review made before the second form was keyed did not see the conflict.
    Events late = informed();
    late.choice({2010, 2, 1}, "dissent", Submitter::Parent).review({2010, 2, 2}, 3, ReviewOutcome::Upheld); // 3, 4
    late.choice({2010, 2, 1}, "consent-core-additional", Submitter::Parent);                                // 5
    const auto seen = fold(late, {2010, 2, 5}, kChild);
    EXPECT_EQ(seen.reviewReason, ReviewReason::ConflictingForms);
    EXPECT_EQ(seen.state, QStringLiteral("dissent"));
}

TEST(LedgerRules, BetweenTwoConsentsOnOneDayTheOneThatSharesLessStands)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "consent-core").choice({2010, 2, 1}, "consent-core-additional");
    const auto s = fold(e, {2010, 2, 2});
    EXPECT_EQ(s.state, QStringLiteral("consent_core"));
    EXPECT_EQ(s.reviewReason, ReviewReason::ConflictingForms);
}

// Rule 2: codes to correct.
TEST(LedgerRules, ACodedChoiceVoidedOrOverriddenLeavesItsCodeToCorrect)
{
    Events voided = informed();
    voided.choice({2010, 2, 1}, "consent-core-additional").coded({2010, 2, 3}, 3, "9Ndn").voids({2010, 2, 9}, 3);
    const auto v = fold(voided, {2010, 2, 10});
    EXPECT_EQ(v.state, QStringLiteral("in_window"));
    ASSERT_EQ(v.codesToCorrect.size(), 1);
    EXPECT_EQ(v.codesToCorrect.first().readCode, QStringLiteral("9Ndn"));
    EXPECT_EQ(v.codesToCorrect.first().codedOn, QDate(2010, 2, 3));
    EXPECT_EQ(v.codesToCorrect.first().choiceEventId, 3);
    EXPECT_EQ(v.codesToCorrect.first().codedEventId, 4);
    EXPECT_EQ(v.codesToCorrect.first().why, cd::CodeToCorrect::Why::Voided);
    EXPECT_TRUE(fold(voided, {2010, 2, 2}).codesToCorrect.isEmpty()); // not yet coded on that day

    Events overridden = informed();
    overridden.choice({2010, 2, 1}, "dissent", Submitter::Parent).coded({2010, 2, 3}, 3, "9Ndo");
    overridden.review({2010, 2, 9}, 3, ReviewOutcome::Overridden);
    const auto o = fold(overridden, {2010, 2, 10}, kChild);
    ASSERT_EQ(o.codesToCorrect.size(), 1);
    EXPECT_EQ(o.codesToCorrect.first().why, cd::CodeToCorrect::Why::Overridden);
    EXPECT_TRUE(fold(overridden, {2010, 2, 8}, kChild).codesToCorrect.isEmpty());
}

TEST(LedgerRules, ACodeToCorrectClearsWhenTakenOutAndComesBackIfThatIsVoided)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent").coded({2010, 2, 3}, 3, "9Ndo").voids({2010, 2, 9}, 3); // 3, 4, 5
    e.codeRemoved({2010, 2, 10}, 4, "9Ndo");                                                 // 6
    EXPECT_TRUE(fold(e, {2010, 2, 10}).codesToCorrect.isEmpty());
    EXPECT_EQ(fold(e, {2010, 2, 9}).codesToCorrect.size(), 1);
    e.voids({2010, 2, 11}, 6);
    EXPECT_EQ(fold(e, {2010, 2, 12}).codesToCorrect.size(), 1);
}

TEST(LedgerRules, ANewerChoiceReplacesTheCodeAVoidedOneLeft)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent").coded({2010, 2, 3}, 3, "9Ndo").voids({2010, 2, 9}, 3); // 3, 4, 5
    e.choice({2010, 2, 12}, "consent-core");                                                 // 6
    const auto s = fold(e, {2010, 2, 12});
    EXPECT_TRUE(s.codesToCorrect.isEmpty()); // its own code, once keyed, is the latest-dated one
    EXPECT_TRUE(s.awaitingCoding);
    // An older choice that is current again does not replace it: the clinical system's latest code is the wrong one.
    Events older = informed();
    older.choice({2010, 1, 20}, "dissent").coded({2010, 1, 21}, 3, "9Ndo"); // 3, 4
    older.choice({2010, 2, 1}, "consent-core-additional").coded({2010, 2, 3}, 5, "9Ndn").voids({2010, 2, 9}, 5);
    const auto back = fold(older, {2010, 2, 10});
    EXPECT_EQ(back.state, QStringLiteral("dissent"));
    EXPECT_FALSE(back.awaitingCoding);
    ASSERT_EQ(back.codesToCorrect.size(), 1);
    EXPECT_EQ(back.codesToCorrect.first().readCode, QStringLiteral("9Ndn"));
}

TEST(LedgerRules, ACodeThatRecordsTheCurrentChoiceIsNeverListedToTakeOut)
{
    // An opt-out keyed with the wrong date, coded, voided and keyed again with the right, earlier date: the 9Ndo in
    // the clinical system already says what the desk says, and taking it out would leave no dissent there.
    Events e = informed();
    e.choice({2010, 2, 20}, "dissent").coded({2010, 2, 21}, 3, "9Ndo").voids({2010, 2, 22}, 3); // 3, 4, 5
    e.choice({2010, 2, 2}, "dissent");                                                          // 6
    const auto s = fold(e, {2010, 2, 23});
    EXPECT_EQ(s.currentChoiceId, 6);
    EXPECT_TRUE(s.codesToCorrect.isEmpty());
    EXPECT_TRUE(s.awaitingCoding);
    // The same, with the legacy code keyed.
    Events legacy = informed();
    legacy.choice({2010, 2, 20}, "dissent").coded({2010, 2, 21}, 3, "93C3").voids({2010, 2, 22}, 3);
    legacy.choice({2010, 2, 2}, "dissent");
    EXPECT_TRUE(fold(legacy, {2010, 2, 23}).codesToCorrect.isEmpty());
}

TEST(LedgerRules, AVoidedCodingLeavesNothingToCorrect)
{
    Events e = informed();
    e.choice({2010, 2, 1}, "dissent").coded({2010, 2, 3}, 3, "9Ndo").voids({2010, 2, 4}, 4).voids({2010, 2, 5}, 3);
    EXPECT_TRUE(fold(e, {2010, 2, 6}).codesToCorrect.isEmpty());
}

// Rule 10: a registration's own pack.
TEST(LedgerRules, AReturningPatientIsNotInformedUntilSentAPackAgainButKeepsTheirChoice)
{
    Events e = informed();
    e.left({2010, 2, 1}).registered({2010, 9, 1}); // 3, 4
    EXPECT_EQ(fold(e, {2010, 9, 1}).state, QStringLiteral("not_informed"));
    e.pack({2010, 9, 10}); // 5
    EXPECT_EQ(fold(e, {2010, 9, 10}).state, QStringLiteral("in_window"));
    EXPECT_EQ(fold(e, {2010, 9, 10}).windowLastDay, QDate(2010, 12, 3));

    Events optedOut = informed();
    optedOut.choice({2010, 1, 20}, "dissent").left({2010, 2, 1}).registered({2010, 9, 1});
    EXPECT_EQ(fold(optedOut, {2010, 9, 1}).state, QStringLiteral("dissent"));

    // A pack sent before the patient first joined informs nobody.
    Events early;
    early.pack({2009, 12, 1}).registered({2010, 1, 5});
    EXPECT_EQ(fold(early, {2010, 1, 10}).state, QStringLiteral("not_informed"));
}

// Rule 9: each pack's window is the one its batch gave.
TEST(LedgerRules, EachPackKeepsItsOwnWindowWhateverThePracticeSetsLater)
{
    Events e;
    e.registered({2000, 1, 1}).pack(kPack, 56);
    cd::PracticeRules laterSetting;
    laterSetting.windowDays = 120;
    EXPECT_EQ(fold(e, {2010, 3, 12}, kAdult, laterSetting).state, QStringLiteral("in_window"));
    EXPECT_EQ(fold(e, {2010, 3, 13}, kAdult, laterSetting).state, QStringLiteral("implied"));
    const auto segments = Ledger::segments(Programme::scr(), e, kAdult, laterSetting);
    ASSERT_EQ(segments.size(), 3); // not informed, in the window, implied
    EXPECT_EQ(segments.at(2).from, QDate(2010, 3, 13));
}

TEST(LedgerRules, SegmentsChangeOnTheSixteenthBirthdayAndCountTheCodesToCorrect)
{
    const QDate born(1994, 2, 20);
    Events e = informed();
    e.choice({2010, 1, 22}, "dissent", Submitter::Parent).review({2010, 2, 1}, 3, ReviewOutcome::Upheld);
    const auto segments = Ledger::segments(Programme::scr(), e, born, {});
    const auto at = [&](QDate day) {
        for (const auto& s : segments) {
            if (s.from <= day && (!s.to.isValid() || day < s.to)) {
                return s;
            }
        }
        return cd::StateSegment{};
    };
    EXPECT_FALSE(at({2010, 2, 19}).gpReview);
    EXPECT_TRUE(at({2010, 2, 20}).gpReview);

    Events voided = informed();
    voided.choice({2010, 2, 1}, "dissent").coded({2010, 2, 3}, 3, "9Ndo").voids({2010, 2, 9}, 3);
    const auto withCode = Ledger::segments(Programme::scr(), voided, kAdult, {});
    ASSERT_FALSE(withCode.isEmpty());
    // A void applies from the start, so the code is to correct from the day it was keyed, and stays so.
    EXPECT_EQ(withCode.first().codesToCorrect, 0);
    EXPECT_EQ(withCode.last().codesToCorrect, 1);
    for (const auto& s : withCode) {
        EXPECT_EQ(s.codesToCorrect, s.from >= QDate(2010, 2, 3) ? 1 : 0) << qPrintable(s.from.toString());
    }
}

} // namespace
