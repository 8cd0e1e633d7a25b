// Reconciling with the clinical system (issue #20), on both engines: each system's export of SCR consent codes
// (tests/data/reconcile) against a practice set up to hold every outcome; the automatic marks in one transaction;
// a dry run and an unreadable file change nothing; the latest run is kept.
#include "reconcile/Reconciliation.h"
#include "reconcile/UploadReadiness.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"

#include "ReconcilePractice.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QFile>

#include <gtest/gtest.h>

using cd::ReconcileOutcome;
using cd::test::TestDatabase;

namespace {

QString number(int i)
{
    return cd::test::validNhsNumbers().at(i);
}

QString dataFile(const char* name)
{
    return QStringLiteral(CONSENTDESK_TEST_DATA "/reconcile/") + QLatin1String(name);
}

class Reconcile : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        cd::test::makeReconcilePractice(t());
    }

    cd::Result<cd::ReconcileReport> run(const char* file, bool dryRun = false)
    {
        QFile f(dataFile(file));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        cd::ReconcileOptions options;
        options.dryRun = dryRun;
        options.fileName = QString::fromLatin1(file);
        return cd::reconcile(t().db(), TestDatabase::manager(), t().clock(), f, options);
    }
    static ReconcileOutcome outcomeOf(const cd::ReconcileReport& report, int i)
    {
        for (const cd::ReconcileRow& r : report.rows) {
            if (r.nhs == number(i)) {
                return r.outcome;
            }
        }
        return ReconcileOutcome::Default;
    }
    bool awaitingCoding(int i)
    {
        auto r = cd::PatientRecord::load(t().db(), cd::Programme::scr(), number(i), t().clock().today());
        EXPECT_TRUE(r.ok());
        return r.ok() && r->state.awaitingCoding;
    }
};

// The same practice against each system's export gives the same outcomes, patient by patient.
TEST_P(Reconcile, EachSystemsExportGivesEveryOutcome)
{
    for (const char* file :
         {"emis-web-consent-search.csv", "systmone-consent-codes.txt", "vision-consent-report.csv"}) {
        SCOPED_TRACE(file);
        auto report = run(file, true);
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        const std::map<int, ReconcileOutcome> expected{{0, ReconcileOutcome::Agrees},
                                                       {1, ReconcileOutcome::Agrees},
                                                       {2, ReconcileOutcome::UploadAgainstWishes},
                                                       {3, ReconcileOutcome::UploadAgainstWishes},
                                                       {4, ReconcileOutcome::Agrees},
                                                       {5, ReconcileOutcome::NotOnDesk},
                                                       {6, ReconcileOutcome::Differs},
                                                       {7, ReconcileOutcome::CodeToRemove},
                                                       {8, ReconcileOutcome::Default},
                                                       {9, ReconcileOutcome::NotCoded},
                                                       {10, ReconcileOutcome::UploadAgainstWishes},
                                                       {11, ReconcileOutcome::Default}};
        for (const auto& [i, outcome] : expected) {
            EXPECT_EQ(cd::toString(outcomeOf(*report, i)), cd::toString(outcome)) << "patient " << i;
        }
        EXPECT_EQ(report->count(ReconcileOutcome::UploadAgainstWishes), 3);
        EXPECT_EQ(report->count(ReconcileOutcome::Default), 2);
        EXPECT_EQ(report->rows.first().outcome, ReconcileOutcome::UploadAgainstWishes); // first in every list
        // Another programme's code is counted as ignored; the unregistered, mistyped and future rows are listed.
        qint64 ignored = 0;
        for (const qint64 n : report->ignored) {
            ignored += n;
        }
        EXPECT_EQ(ignored, 1);
        ASSERT_EQ(report->unmatched.size(), 3);
        QStringList reasons;
        for (const cd::UnusableRow& u : report->unmatched) {
            reasons << u.reason;
        }
        const QString all = reasons.join(u'\n');
        EXPECT_TRUE(all.contains(QStringLiteral("Not on the practice's register"))) << all.toStdString();
        EXPECT_TRUE(all.contains(QStringLiteral("after the date reconciled"))) << all.toStdString();
        EXPECT_TRUE(all.contains(QStringLiteral("Modulus 11"))) << all.toStdString();
    }
}

TEST_P(Reconcile, ADryRunChangesNothingButTheAuditTrail)
{
    auto before = t().rowCounts();
    auto report = run("emis-web-consent-search.csv", true);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->applied);
    EXPECT_EQ(report->markedCoded, 0);
    before[QStringLiteral("audit_log")] += 1; // every run is audited
    EXPECT_EQ(t().rowCounts(), before);
    auto last = cd::lastReconciliation(t().db());
    ASSERT_TRUE(last.ok());
    EXPECT_FALSE(last->has_value());
}

TEST_P(Reconcile, AgreeingChoicesAreMarkedCodedInOneRunAndTheRunIsKept)
{
    ASSERT_TRUE(awaitingCoding(1));
    ASSERT_TRUE(awaitingCoding(4));
    auto report = run("vision-consent-report.csv");
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_TRUE(report->applied);
    EXPECT_EQ(report->markedCoded, 2); // patient 0 was coded already
    EXPECT_FALSE(awaitingCoding(1));
    EXPECT_FALSE(awaitingCoding(4));
    EXPECT_TRUE(awaitingCoding(2)); // an opt-out at risk is never marked coded
    auto last = cd::lastReconciliation(t().db());
    ASSERT_TRUE(last.ok() && last->has_value());
    EXPECT_EQ((*last)->asOf, t().clock().today());
    EXPECT_EQ((*last)->by, TestDatabase::manager().user);
    EXPECT_EQ((*last)->atRisk.size(), 3);
    EXPECT_EQ((*last)->counts.value(QStringLiteral("upload-against-wishes")), 3);
    // Ready for the upload? Not while three opt-outs would be uploaded: they are named for the record.
    auto readiness = cd::UploadReadiness::compute(t().db(), t().clock().today());
    ASSERT_TRUE(readiness.ok()) << readiness.error().message.toStdString();
    EXPECT_FALSE(readiness->ready());
    EXPECT_EQ(readiness->atRisk, (*last)->atRisk);
    EXPECT_EQ(readiness->optOutsNotCoded, 3); // 2, 3 and 10: the one that agreed (1) was marked coded
    // Run again: nothing left to mark, the same findings.
    auto again = run("vision-consent-report.csv");
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->markedCoded, 0);
    EXPECT_EQ(again->count(ReconcileOutcome::UploadAgainstWishes), 3);
}

TEST_P(Reconcile, AFileItCannotReadChangesNothing)
{
    const auto before = t().rowCounts();
    QByteArray bytes("Patient,Something else\n9991200002,hello\n");
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto report = cd::reconcile(t().db(), TestDatabase::manager(), t().clock(), buffer, {});
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, cd::ErrorKind::Invalid);
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("no column for nhs, code, date")))
        << report.error().message.toStdString();
    EXPECT_EQ(t().rowCounts(), before);
}

TEST_P(Reconcile, OnlyAManagerReconciles)
{
    QFile f(dataFile("emis-web-consent-search.csv"));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    auto report = cd::reconcile(t().db(), TestDatabase::reception(), t().clock(), f, {});
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, cd::ErrorKind::Forbidden);
}

// A choice coded only in the clinical system is recorded on the desk from it: dated as coded, channel
// clinical-system, marked coded; the next reconciliation finds them agreeing. Recorded twice, it is skipped.
TEST_P(Reconcile, AChoiceFoundOnlyInTheClinicalSystemIsRecordedOnTheDeskFromIt)
{
    auto report = run("systmone-consent-codes.txt");
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    QList<cd::ReconcileRow> notOnDesk;
    for (const cd::ReconcileRow& r : report->rows) {
        if (r.outcome == ReconcileOutcome::NotOnDesk) {
            notOnDesk << r;
        }
    }
    ASSERT_EQ(notOnDesk.size(), 1);
    auto recorded = cd::recordNotOnDesk(t().db(), TestDatabase::manager(), t().clock(), notOnDesk);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    EXPECT_EQ(recorded->recorded, 1);
    auto record = cd::PatientRecord::load(t().db(), cd::Programme::scr(), number(5), t().clock().today());
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->state.state, QStringLiteral("dissent"));
    EXPECT_FALSE(record->state.awaitingCoding);
    const cd::ConsentEvent* form = cd::findEvent(record->history, record->state.currentChoiceId);
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(form->channel, cd::Channel::ClinicalSystem);
    EXPECT_EQ(form->date, QDate(2010, 3, 1));
    auto again = run("systmone-consent-codes.txt", true);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(outcomeOf(*again, 5), ReconcileOutcome::Agrees);
    auto twice = cd::recordNotOnDesk(t().db(), TestDatabase::manager(), t().clock(), notOnDesk);
    ASSERT_TRUE(twice.ok());
    EXPECT_EQ(twice->recorded, 0);
    ASSERT_EQ(twice->skipped.size(), 1);
    EXPECT_TRUE(twice->skipped.first().second.contains(QStringLiteral("has a choice")));
    // Reception may not say a form came from the clinical system.
    cd::RecordChoiceCommand typed;
    typed.nhsNumber = number(8);
    typed.choice = QStringLiteral("dissent");
    typed.received = QDate(2010, 3, 10);
    typed.channel = cd::Channel::ClinicalSystem;
    auto refused = cd::ConsentService(t().db(), t().clock()).recordChoice(TestDatabase::reception(), typed);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("from a reconciliation")));
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(Reconcile);

// Legacy and CTV3 codes map as the programme file says; nothing DOMAIN.md marks unconfirmed is read.
TEST(ClinicalCodes, LegacyAndCtv3CodesMapAndOthersAreNotCodesOfOurs)
{
    const cd::Programme& scr = cd::Programme::scr();
    const auto keyOf = [&](const char* code) {
        const cd::ChoiceDefinition* c = cd::choiceForClinicalCode(scr, QString::fromLatin1(code));
        return c ? (c == &scr.defaultState ? QStringLiteral("default") : c->key) : QStringLiteral("none");
    };
    EXPECT_EQ(keyOf("9Ndo"), QStringLiteral("dissent"));
    EXPECT_EQ(keyOf("9Ndo."), QStringLiteral("dissent"));
    EXPECT_EQ(keyOf("93C3"), QStringLiteral("dissent"));
    EXPECT_EQ(keyOf("XaXj6"), QStringLiteral("dissent"));
    EXPECT_EQ(keyOf("XaKRy"), QStringLiteral("dissent"));
    EXPECT_EQ(keyOf("9Ndm"), QStringLiteral("consent-core"));
    EXPECT_EQ(keyOf("9Ndn"), QStringLiteral("consent-core-additional"));
    EXPECT_EQ(keyOf("93C2"), QStringLiteral("consent-core-additional"));
    EXPECT_EQ(keyOf("9Ndl"), QStringLiteral("default"));
    for (const char* other : {"9NDO", "93C1", "XaKRw", "9Ndb", "9Nu0", "416308001", "", "9Nd"}) {
        EXPECT_EQ(keyOf(other), QStringLiteral("none")) << other;
    }
}

} // namespace
