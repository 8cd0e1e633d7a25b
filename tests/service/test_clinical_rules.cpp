// The clinical-safety rules through the services, on both engines (issue #16; docs/clinical-safety/hazard-log.md
// names each test): coding only the current choice, codes to correct, who may choose and when, choices that wait
// for a GP, and the register import's dates of birth. Mail-outs and verify have files of their own.
#include "query/Worklists.h"
#include "register/RegisterImport.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"
#include "stats/HeadlineFigures.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

const QString kAdult = QStringLiteral("9990000018");
const QString kChild = QStringLiteral("9990000026");
const QString kTeen = QStringLiteral("9990000034"); // born 20 February 1994: 16 on 20 February 2010

class ClinicalRules : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        service = std::make_unique<cd::ConsentService>(t().db(), t().clock());
        for (const auto& [nhs, born] : {std::pair{kAdult, QDate(1960, 6, 1)}, std::pair{kChild, QDate(2003, 4, 1)},
                                        std::pair{kTeen, QDate(1994, 2, 20)}}) {
            t().sendPack(t().addPatient(nhs, born), {2010, 1, 15});
        }
    }

    cd::RecordChoiceCommand form(const QString& nhs, const char* choice, QDate received,
                                 cd::Submitter by = cd::Submitter::Patient) const
    {
        cd::RecordChoiceCommand c;
        c.nhsNumber = nhs;
        c.choice = QString::fromLatin1(choice);
        c.received = received;
        c.submittedBy = by;
        return c;
    }
    qint64 record(const cd::RecordChoiceCommand& c)
    {
        auto id = service->recordChoice(TestDatabase::reception(), c);
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }
    qint64 code(const QString& nhs, const char* readCode, QDate on)
    {
        auto id = service->markCoded(TestDatabase::reception(), nhs, QString::fromLatin1(readCode), on);
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    }
    cd::PatientState state(const QString& nhs)
    {
        auto r = cd::PatientRecord::load(t().db(), cd::Programme::scr(), nhs, t().clock().today());
        EXPECT_TRUE(r.ok());
        return r.ok() ? r->state : cd::PatientState{};
    }
    // Refused with words, and nothing written (the audit row of a role refusal aside).
    void expectRefused(const cd::Result<qint64>& result, const char* words, cd::ErrorKind kind,
                       const std::map<QString, qint64>& before)
    {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, kind) << qPrintable(result.error().message);
        EXPECT_TRUE(result.error().message.contains(QString::fromUtf8(words))) << qPrintable(result.error().message);
        auto expected = before;
        if (kind == cd::ErrorKind::Forbidden) {
            expected[QStringLiteral("audit_log")] += 1;
        }
        EXPECT_EQ(t().rowCounts(), expected);
    }
    QList<cd::ChoiceItem> list(cd::Result<QList<cd::ChoiceItem>> (*worklist)(cd::Database&, const cd::Programme&,
                                                                             QDate))
    {
        auto items = worklist(t().db(), cd::Programme::scr(), t().clock().today());
        EXPECT_TRUE(items.ok());
        return items.ok() ? *items : QList<cd::ChoiceItem>{};
    }

    std::unique_ptr<cd::ConsentService> service;
};

TEST_P(ClinicalRules, CodingOnlyEverMarksTheCurrentChoice)
{
    const auto coding = [&](const char* readCode) {
        return service->markCoded(TestDatabase::reception(), kAdult, QString::fromLatin1(readCode), {2010, 3, 10});
    };
    record(form(kAdult, "dissent", {2010, 2, 1}));
    record(form(kAdult, "consent-core", {2010, 3, 1})); // supersedes the opt-out
    auto before = t().rowCounts();
    expectRefused(coding("9Ndo"), "The current choice is \"Express consent (core only)\" (9Ndm",
                  cd::ErrorKind::Conflict, before);
    // Read codes are matched exactly as the programme spells them.
    expectRefused(coding("9ndm"), "Did you mean 9Ndm?", cd::ErrorKind::Invalid, before);
    expectRefused(coding("93c3"), "Did you mean 93C3?", cd::ErrorKind::Invalid, before);
    code(kAdult, "9Ndm", {2010, 3, 10});
    before = t().rowCounts();
    expectRefused(coding("9Ndm"), "already marked coded", cd::ErrorKind::Conflict, before);
    // The awaiting-coding list never offered the superseded opt-out.
    for (const cd::ChoiceItem& item : list(&cd::Worklists::awaitingCoding)) {
        EXPECT_NE(item.patient.nhsNumber, kAdult);
    }
}

TEST_P(ClinicalRules, APendingConsentIsNeitherCurrentNorToCodeUntilAGpUpholdsIt)
{
    const qint64 consent = record(form(kChild, "consent-core", {2010, 2, 1}, cd::Submitter::Parent));
    EXPECT_EQ(state(kChild).state, QStringLiteral("in_window"));
    auto before = t().rowCounts();
    expectRefused(service->markCoded(TestDatabase::reception(), kChild, QStringLiteral("9Ndm"), {2010, 3, 1}),
                  "waits for a GP's review", cd::ErrorKind::Conflict, before);
    EXPECT_TRUE(list(&cd::Worklists::awaitingCoding).isEmpty());
    const auto review = list(&cd::Worklists::gpReview);
    ASSERT_EQ(review.size(), 1);
    EXPECT_EQ(review.first().choiceEventId, consent);
    EXPECT_EQ(review.first().reviewReason, cd::ReviewReason::Proxy);
    ASSERT_TRUE(service
                    ->recordReview(TestDatabase::clinician(), kChild, cd::ReviewOutcome::Upheld,
                                   QStringLiteral("The parent has responsibility; the choice stands."), consent)
                    .ok());
    EXPECT_EQ(state(kChild).state, QStringLiteral("consent_core"));
    ASSERT_EQ(list(&cd::Worklists::awaitingCoding).size(), 1);
    code(kChild, "9Ndm", {2010, 3, 15});
}

TEST_P(ClinicalRules, ACodeLeftByAVoidOrAnOverrideIsListedUntilTakenOut)
{
    const qint64 consent = record(form(kAdult, "consent-core-additional", {2010, 2, 8}));
    const qint64 coded = code(kAdult, "9Ndn", {2010, 2, 10});
    t().voidEvent(consent, QStringLiteral("Recorded against the wrong patient"));
    const qint64 optOut = record(form(kChild, "dissent", {2010, 1, 25}, cd::Submitter::Parent));
    code(kChild, "9Ndo", {2010, 1, 28});
    t().review(kChild, cd::ReviewOutcome::Overridden, {2010, 2, 15});

    const auto items = list(&cd::Worklists::codesToCorrect);
    ASSERT_EQ(items.size(), 2);
    // The consent code first: left behind, it could upload a patient who opted out.
    EXPECT_EQ(items.at(0).patient.nhsNumber, kAdult);
    EXPECT_EQ(items.at(0).readCode, QStringLiteral("9Ndn"));
    EXPECT_EQ(items.at(0).codedOn, QDate(2010, 2, 10));
    EXPECT_EQ(items.at(0).codedEventId, coded);
    EXPECT_EQ(items.at(0).choiceEventId, consent);
    EXPECT_EQ(items.at(0).correctionWhy, cd::CodeToCorrect::Why::Voided);
    EXPECT_EQ(items.at(1).readCode, QStringLiteral("9Ndo"));
    EXPECT_EQ(items.at(1).choiceEventId, optOut);
    EXPECT_EQ(items.at(1).correctionWhy, cd::CodeToCorrect::Why::Overridden);
    auto figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), t().clock().today());
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->codesToCorrect, 2);

    auto before = t().rowCounts();
    expectRefused(service->recordCodeRemoved(TestDatabase::reception(), kAdult, QStringLiteral("9Ndn"), {2010, 3, 1}),
                  "GP or a manager", cd::ErrorKind::Forbidden, before);
    before = t().rowCounts();
    expectRefused(service->recordCodeRemoved(TestDatabase::clinician(), kAdult, QStringLiteral("9Ndo"), {2010, 3, 1}),
                  "the codes to take out are 9Ndn (coded 10 Feb 2010)", cd::ErrorKind::Conflict, before);
    expectRefused(service->recordCodeRemoved(TestDatabase::clinician(), kAdult, QStringLiteral("9Ndn"), {2010, 2, 9}),
                  "before the code was keyed", cd::ErrorKind::Invalid, before);
    expectRefused(service->recordCodeRemoved(TestDatabase::clinician(), kTeen, QStringLiteral("9Ndn"), {2010, 3, 1}),
                  "Nothing to correct", cd::ErrorKind::Conflict, before);
    ASSERT_TRUE(
        service->recordCodeRemoved(TestDatabase::clinician(), kAdult, QStringLiteral("9Ndn"), {2010, 3, 1}).ok());
    ASSERT_TRUE(service->recordCodeRemoved(TestDatabase::manager(), kChild, QStringLiteral("9Ndo"), {2010, 3, 1}).ok());
    EXPECT_TRUE(list(&cd::Worklists::codesToCorrect).isEmpty());
    figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), t().clock().today());
    EXPECT_EQ(figures->codesToCorrect, 0);
}

TEST_P(ClinicalRules, ANewerDifferentChoiceNeedsOnlyItsOwnCode)
{
    const qint64 optOut = record(form(kAdult, "dissent", {2010, 2, 1}));
    code(kAdult, "9Ndo", {2010, 2, 2});
    t().voidEvent(optOut, QStringLiteral("The patient's form was a consent"));
    record(form(kAdult, "consent-core", {2010, 2, 20}));
    EXPECT_TRUE(list(&cd::Worklists::codesToCorrect).isEmpty());
    ASSERT_EQ(list(&cd::Worklists::awaitingCoding).size(), 1);
}

TEST_P(ClinicalRules, AParentCannotChooseForSomeoneSixteenOrOverOnTheDaySigned)
{
    auto before = t().rowCounts();
    expectRefused(
        service->recordChoice(TestDatabase::reception(), form(kAdult, "dissent", {2010, 2, 1}, cd::Submitter::Parent)),
        "an attorney (health and welfare LPA) or a court-appointed deputy", cd::ErrorKind::Invalid, before);
    // Received after the 16th birthday, but signed before it: the parent still chose for a child.
    auto signedAtFifteen = form(kTeen, "dissent", {2010, 2, 25}, cd::Submitter::Parent);
    signedAtFifteen.signedOn = {2010, 2, 18};
    expectRefused(
        service->recordChoice(TestDatabase::reception(), form(kTeen, "dissent", {2010, 2, 25}, cd::Submitter::Parent)),
        "was 16 on 25 Feb 2010", cd::ErrorKind::Invalid, before);
    EXPECT_NE(record(signedAtFifteen), 0);
    // The date signed is never after the date received, nor before the patient was born.
    auto later = form(kAdult, "dissent", {2010, 2, 1});
    later.signedOn = {2010, 2, 2};
    before = t().rowCounts();
    expectRefused(service->recordChoice(TestDatabase::reception(), later), "after it was received",
                  cd::ErrorKind::Invalid, before);
    auto unborn = form(kChild, "dissent", {2010, 2, 1});
    unborn.signedOn = {2003, 3, 1};
    expectRefused(service->recordChoice(TestDatabase::reception(), unborn), "before the patient's date of birth",
                  cd::ErrorKind::Invalid, before);
}

TEST_P(ClinicalRules, AParentsChoiceGoesBackToAGpWhenThePatientTurnsSixteen)
{
    auto parents = form(kTeen, "dissent", {2010, 1, 22}, cd::Submitter::Parent);
    record(parents);
    t().review(kTeen, cd::ReviewOutcome::Upheld, {2010, 2, 1});
    const auto items = list(&cd::Worklists::gpReview);
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().reviewReason, cd::ReviewReason::TurnedSixteen);
    EXPECT_EQ(state(kTeen).state, QStringLiteral("dissent")); // the parent's choice stands meanwhile
    auto figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), {2010, 2, 19});
    EXPECT_EQ(figures->gpReview, 0); // the stored state changes on the birthday itself
    figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), {2010, 2, 20});
    EXPECT_EQ(figures->gpReview, 1);
    t().review(kTeen, cd::ReviewOutcome::Upheld, {2010, 3, 15});
    EXPECT_TRUE(list(&cd::Worklists::gpReview).isEmpty());
}

TEST_P(ClinicalRules, ConflictingFormsLeaveTheOptOutStandingWhicheverIsKeyedFirst)
{
    record(form(kAdult, "dissent", {2010, 3, 2}));
    record(form(kAdult, "consent-core", {2010, 3, 2}));
    EXPECT_EQ(state(kAdult).state, QStringLiteral("dissent"));
    record(form(kChild, "consent-core-additional", {2010, 3, 2}));
    record(form(kChild, "dissent", {2010, 3, 2}));
    EXPECT_EQ(state(kChild).state, QStringLiteral("dissent"));
    const auto items = list(&cd::Worklists::gpReview);
    ASSERT_EQ(items.size(), 2);
    for (const cd::ChoiceItem& item : items) {
        EXPECT_EQ(item.reviewReason, cd::ReviewReason::ConflictingForms);
        EXPECT_EQ(item.choice, QStringLiteral("dissent"));
    }
    ASSERT_TRUE(service
                    ->recordReview(TestDatabase::clinician(), kAdult, cd::ReviewOutcome::Overridden,
                                   QStringLiteral("The patient confirmed by phone: consent."))
                    .ok());
    EXPECT_EQ(state(kAdult).state, QStringLiteral("consent_core"));
}

TEST_P(ClinicalRules, AChangedDateOfBirthFromTheRegisterReDerivesThePatient)
{
    // Recorded as an adult's own consent; the register then says the patient is 12.
    record(form(kAdult, "consent-core", {2010, 2, 1}));
    EXPECT_EQ(state(kAdult).state, QStringLiteral("consent_core"));
    const QByteArray file = "\"NHS Number\",\"Surname\",\"Forename\",\"Date of Birth\",\"Sex\",\"Postcode\"\r\n"
                            "\"999 000 0018\",\"Adult\",\"Ann\",\"01/06/1997\",\"F\",\"E17 1AA\"\r\n"
                            "\"999 000 0026\",\"Child\",\"Cal\",\"01/04/2003\",\"M\",\"E17 1AA\"\r\n"
                            "\"999 000 0034\",\"Teen\",\"Tia\",\"20/02/1994\",\"F\",\"E17 1AA\"\r\n";
    auto report = cd::importRegister(t().db(), TestDatabase::manager(), t().clock(), file, {});
    ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
    EXPECT_EQ(state(kAdult).state, QStringLiteral("in_window")); // a child's consent waits for a GP
    auto figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), t().clock().today());
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->count(QStringLiteral("consent_core")), 0); // the stored state, in the same transaction
    EXPECT_EQ(figures->gpReview, 1);
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(ClinicalRules);

} // namespace
