#include "demo/DemoGenerator.h"
#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/NhsNumber.h"

#include <QSet>

#include <gtest/gtest.h>

using cd::DemoGenerator;
using cd::DemoTimeline;
using cd::EventType;

namespace {

const QList<cd::DemoPatient>& practice()
{
    static const auto generated = DemoGenerator::generate({8000, 2010});
    return generated;
}

TEST(DemoGenerator, IsDeterministicForASeed)
{
    const auto again = DemoGenerator::generate({300, 2010});
    const auto first = DemoGenerator::generate({300, 2010});
    ASSERT_EQ(first.size(), 300);
    for (qsizetype i = 0; i < first.size(); ++i) {
        EXPECT_EQ(first[i].patient.nhsNumber, again[i].patient.nhsNumber);
        EXPECT_EQ(first[i].patient.familyName, again[i].patient.familyName);
        EXPECT_EQ(first[i].events.size(), again[i].events.size());
    }
    const auto other = DemoGenerator::generate({300, 99});
    int same = 0;
    for (qsizetype i = 0; i < other.size(); ++i) {
        same += other[i].patient.familyName == first[i].patient.familyName ? 1 : 0;
    }
    EXPECT_LT(same, 100);
}

TEST(DemoGenerator, UsesOnlyValidUniqueNumbersFromThe999TestRange)
{
    QSet<QString> seen;
    for (const auto& p : practice()) {
        EXPECT_TRUE(p.patient.nhsNumber.startsWith(QStringLiteral("999")));
        EXPECT_TRUE(cd::NhsNumber::parse(p.patient.nhsNumber).ok()) << qPrintable(p.patient.nhsNumber);
        seen.insert(p.patient.nhsNumber);
    }
    EXPECT_EQ(seen.size(), practice().size());
}

TEST(DemoGenerator, HasARealisticListOnTheDemoDate)
{
    const QDate asOf = DemoTimeline::asOf();
    int registered = 0, children = 0, males = 0, over75 = 0, dissent = 0, returned = 0, awaiting = 0, review = 0,
        parentOptOuts = 0;
    for (const auto& p : practice()) {
        const auto s = cd::Ledger::fold(cd::Programme::scr(), p.events, p.patient.dateOfBirth, asOf, {});
        if (!s.registered) {
            continue;
        }
        ++registered;
        const int age = cd::ageOn(p.patient.dateOfBirth, asOf);
        children += age < 16 ? 1 : 0;
        over75 += age >= 75 ? 1 : 0;
        males += p.patient.sex == QLatin1String("M") ? 1 : 0;
        dissent += s.state == QLatin1String("dissent") ? 1 : 0;
        returned += s.letterReturned ? 1 : 0;
        awaiting += s.awaitingCoding ? 1 : 0;
        review += s.gpReview ? 1 : 0;
        for (const auto& e : p.events) {
            parentOptOuts += e.type == EventType::Choice && e.submittedBy == cd::Submitter::Parent ? 1 : 0;
        }
    }
    EXPECT_GT(registered, 7700);
    EXPECT_NEAR(children / double(registered), 0.19, 0.03);
    EXPECT_NEAR(over75 / double(registered), 0.075, 0.02);
    EXPECT_NEAR(males / double(registered), 0.495, 0.03);
    EXPECT_NEAR(returned / double(registered), 0.02, 0.008);
    // 1-2% opt out by the end of the window; by 15 March most of them have arrived.
    EXPECT_GT(dissent / double(registered), 0.007);
    EXPECT_LT(dissent / double(registered), 0.02);
    EXPECT_GT(awaiting, 0);
    EXPECT_GT(parentOptOuts, 0);
    EXPECT_GT(review, 0); // children opted out by a parent, not yet reviewed
}

TEST(DemoGenerator, PacksGoOutInMidJanuaryAndChildrensToTheParent)
{
    int packs = 0, toParents = 0;
    for (const auto& p : practice()) {
        for (const auto& e : p.events) {
            if (e.type == EventType::PackSent) {
                ++packs;
                EXPECT_EQ(e.date, DemoTimeline::mailout());
                const bool child = cd::ageOn(p.patient.dateOfBirth, e.date) < 16;
                EXPECT_EQ(e.addressedToParent, child);
                toParents += child ? 1 : 0;
            }
        }
    }
    EXPECT_GT(packs, 7500);
    EXPECT_GT(toParents, 1000);
}

TEST(DemoGenerator, OptOutsComeEarlyThenRiseAgainNearTheWindowsEnd)
{
    int firstThreeWeeks = 0, middle = 0, lastThreeWeeks = 0;
    for (const auto& p : practice()) {
        for (const auto& e : p.events) {
            if (e.type != EventType::Choice || e.choice != QLatin1String("dissent") || e.date.year() < 2010) {
                continue;
            }
            if (e.date <= QDate(2010, 2, 7)) {
                ++firstThreeWeeks;
            } else if (e.date < QDate(2010, 3, 20)) {
                ++middle;
            } else {
                ++lastThreeWeeks;
            }
        }
    }
    EXPECT_GT(firstThreeWeeks, middle);
    EXPECT_GT(lastThreeWeeks * 42 / 21, middle); // per day, the end of the window is busier than the middle
}

TEST(DemoGenerator, EventsAreChronologicalAndReferencesPointBackwards)
{
    for (const auto& p : practice()) {
        for (qsizetype i = 0; i < p.events.size(); ++i) {
            const auto& e = p.events[i];
            EXPECT_EQ(e.id, i + 1);
            if (i > 0) {
                EXPECT_LE(p.events[i - 1].date, e.date);
            }
            EXPECT_LT(e.targetEventId, e.id);
            EXPECT_GE(e.date, p.patient.dateOfBirth);
        }
    }
}

} // namespace

namespace {

TEST(DemoGenerator, ShowsEveryCaseOfTheClinicalRulesOnItsDate)
{
    int codesToCorrect = 0;
    QSet<cd::ReviewReason> reasons;
    int pendingConsents = 0;
    for (const auto& p : practice()) {
        const auto s =
            cd::Ledger::fold(cd::Programme::scr(), p.events, p.patient.dateOfBirth, DemoTimeline::asOf(), {});
        codesToCorrect += static_cast<int>(s.codesToCorrect.size());
        if (s.gpReview) {
            reasons.insert(s.reviewReason);
        }
        pendingConsents += s.pendingChoiceId != 0 ? 1 : 0;
    }
    EXPECT_EQ(codesToCorrect, 2); // a consent code after a void, an opt-out code after an override
    EXPECT_TRUE(reasons.contains(cd::ReviewReason::TurnedSixteen));
    EXPECT_TRUE(reasons.contains(cd::ReviewReason::ConflictingForms));
    EXPECT_TRUE(reasons.contains(cd::ReviewReason::Proxy));
    EXPECT_GE(pendingConsents, 1);
}

} // namespace
