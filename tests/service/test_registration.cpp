// Registering a new patient at the desk (issue #22, item 16), on both engines: the form that comes with the
// registration can be recorded the same day, the next register import matches the patient by NHS number rather than
// adding them twice, and an export taken before the clinical system had them does not mark them as left.
#include "register/RegisterImport.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"
#include "service/RegistrationService.h"
#include "stats/HeadlineFigures.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

const QString kNew = QStringLiteral("9434765919");
const QString kListed = QStringLiteral("9990000018");

class DeskRegistration : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        t().addPatient(kListed, {1960, 6, 1});
        service = std::make_unique<cd::RegistrationService>(t().db(), t().clock());
    }

    static cd::NewPatientCommand newcomer()
    {
        cd::NewPatientCommand c;
        c.nhsNumber = QStringLiteral("943 476 5919");
        c.title = QStringLiteral("Mrs");
        c.givenName = QStringLiteral("  Ann ");
        c.familyName = QStringLiteral("Smith");
        c.dateOfBirth = {1970, 2, 1};
        c.sex = QStringLiteral("female");
        c.address = QStringLiteral("1 High Street, Leeds");
        c.postcode = QStringLiteral("ls14ap");
        c.registeredOn = {2010, 3, 15};
        return c;
    }
    cd::RegisteredPatient registerOrFail(const cd::NewPatientCommand& c)
    {
        auto done = service->registerPatient(TestDatabase::manager(), c);
        EXPECT_TRUE(done.ok()) << (done ? std::string() : done.error().message.toStdString());
        return done.ok() ? *done : cd::RegisteredPatient{};
    }
    // The register as the clinical system exports it: the listed patient, and the newcomer when `withNewcomer`.
    cd::Result<cd::ImportReport> importRegister(bool withNewcomer)
    {
        QByteArray file = "\"NHS Number\",\"Surname\",\"Forename\",\"Date of Birth\",\"Sex\",\"Postcode\"\r\n"
                          "\"999 000 0018\",\"Listed\",\"Lee\",\"01/06/1960\",\"M\",\"E17 1AA\"\r\n";
        if (withNewcomer) {
            file += "\"943 476 5919\",\"Smith\",\"Ann\",\"01/02/1970\",\"F\",\"LS1 4AP\"\r\n";
        }
        cd::ImportOptions options;
        options.allowDeductions = true; // a list of two: any one missing is over the 10% guard
        return cd::importRegister(t().db(), TestDatabase::manager(), t().clock(), file, options);
    }
    std::unique_ptr<cd::RegistrationService> service;
};

TEST_P(DeskRegistration, ANewPatientIsOnTheListTheSameDayAndTheirFormCanBeRecorded)
{
    const auto done = registerOrFail(newcomer());
    EXPECT_FALSE(done.returning);
    EXPECT_EQ(done.patient.nhsNumber, kNew);
    EXPECT_EQ(done.patient.givenName, QStringLiteral("Ann")); // tidied
    EXPECT_EQ(done.patient.sex, QStringLiteral("F"));
    EXPECT_EQ(done.patient.postcode, QStringLiteral("LS1 4AP"));

    auto figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), {2010, 3, 15});
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->listSize, 2);
    EXPECT_EQ(figures->count(QStringLiteral("not_informed")), 2);

    // The opt-out form that came with the registration, recorded the same day.
    cd::ConsentService consent(t().db(), t().clock());
    cd::RecordChoiceCommand form;
    form.nhsNumber = kNew;
    form.choice = QStringLiteral("dissent");
    form.received = {2010, 3, 15};
    ASSERT_TRUE(consent.recordChoice(TestDatabase::reception(), form).ok());
    auto record = cd::PatientRecord::load(t().db(), cd::Programme::scr(), kNew, {2010, 3, 15});
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->state.state, QStringLiteral("dissent"));
    ASSERT_EQ(record->history.size(), 2);
    EXPECT_EQ(cd::PatientRecord::describeEvent(record->history.first()),
              QStringLiteral("registered with the practice, at the desk"));

    cd::AuditFilter filter;
    filter.action = QStringLiteral("register-patient");
    auto audit = cd::AuditStore(t().db()).find(filter);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1);
    EXPECT_EQ(audit->first().first.userName, QStringLiteral("m.manager"));
    EXPECT_EQ(audit->first().second, kNew);
    EXPECT_FALSE(audit->first().first.details.contains(QStringLiteral("Smith"))); // the audit names the record
}

TEST_P(DeskRegistration, TheNextImportMatchesThePatientRatherThanAddingThemTwice)
{
    registerOrFail(newcomer());
    auto report = importRegister(true);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error().message);
    EXPECT_EQ(report->added, 0);
    EXPECT_EQ(report->left, 0);
    EXPECT_EQ(report->unchanged + report->updated, 2);
    EXPECT_EQ(*cd::PatientStore(t().db()).count(), 2);
    // The clinical system's details win (its export has no title or address): updated, not duplicated.
    auto stored = cd::PatientStore(t().db()).findByNhs(kNew);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_TRUE((*stored)->address.isEmpty());
}

TEST_P(DeskRegistration, AnExportTakenBeforeTheClinicalSystemHadThemKeepsThemForFourWeeksOnly)
{
    registerOrFail(newcomer());
    auto early = importRegister(false);
    ASSERT_TRUE(early.ok()) << qPrintable(early.error().message);
    EXPECT_EQ(early->left, 0);
    EXPECT_EQ(early->awaitingRegister, 1);
    EXPECT_EQ(early->toJson().value(QStringLiteral("awaiting_register")).toInt(), 1);

    // Four weeks on and still not in the clinical system's register: the register is the truth.
    t().clock().set(QDateTime(QDate(2010, 3, 15).addDays(cd::kDeskRegistrationGraceDays + 1), QTime(10, 0)));
    auto late = importRegister(false);
    ASSERT_TRUE(late.ok()) << qPrintable(late.error().message);
    EXPECT_EQ(late->left, 1);
    EXPECT_EQ(late->awaitingRegister, 0);
}

TEST_P(DeskRegistration, AFormerPatientWithTheSameBirthDateIsRegisteredAgainWithTheirHistory)
{
    const qint64 id = registerOrFail(newcomer()).patient.id;
    t().leave(id, {2010, 3, 16});
    t().clock().set(QDateTime(QDate(2010, 4, 1), QTime(9, 0)));

    cd::NewPatientCommand back = newcomer();
    back.registeredOn = {2010, 3, 10}; // before they left: refused
    auto refused = service->registerPatient(TestDatabase::manager(), back);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("left the practice on 16 Mar 2010")));

    back.registeredOn = {2010, 4, 1};
    back.address = QStringLiteral("2 New Road, Leeds");
    const auto again = registerOrFail(back);
    EXPECT_TRUE(again.returning);
    EXPECT_EQ(again.patient.id, id);
    auto record = cd::PatientRecord::load(t().db(), cd::Programme::scr(), kNew, {2010, 4, 1});
    ASSERT_TRUE(record.ok());
    EXPECT_TRUE(record->state.registered);
    EXPECT_EQ(record->history.size(), 3); // registered, left, registered again
    EXPECT_EQ(record->patient.address, QStringLiteral("2 New Road, Leeds"));
    // The audit keeps the address as it was and as it is: the practice can see who changed what.
    cd::AuditFilter filter;
    filter.action = QStringLiteral("register-patient");
    auto audit = cd::AuditStore(t().db()).find(filter);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 2);
    const QString details = audit->first().first.details; // newest first
    EXPECT_TRUE(details.contains(QStringLiteral("address: \"%1\" -> \"2 New Road, Leeds\"").arg(newcomer().address)))
        << qPrintable(details);
}

TEST_P(DeskRegistration, WhatCannotBeRightIsRefusedWithNothingChanged)
{
    registerOrFail(newcomer());
    const qint64 former = registerOrFail([] {
                              auto c = newcomer();
                              c.nhsNumber = QStringLiteral("401 023 2137");
                              return c;
                          }())
                              .patient.id;
    t().leave(former, {2010, 3, 15});
    struct Case
    {
        const char* why;
        std::function<void(cd::NewPatientCommand&)> change;
        cd::ErrorKind kind;
        const char* message;
    };
    const QList<Case> cases = {
        {"a mistyped NHS number", [](auto& c) { c.nhsNumber = QStringLiteral("943 476 5918"); }, cd::ErrorKind::Invalid,
         "Modulus 11"},
        {"a number already on the list", [](auto& c) { c.nhsNumber = kListed; }, cd::ErrorKind::Conflict,
         "already on the list"},
        {"a former patient's number with another birth date",
         [](auto& c) {
             c.nhsNumber = QStringLiteral("4010232137");
             c.dateOfBirth = {1971, 2, 1};
         },
         cd::ErrorKind::Conflict, "another date of birth"},
        {"a scanned number in the surname", [](auto& c) { c.familyName = QStringLiteral("9434765919"); },
         cd::ErrorKind::Invalid, "digit"},
        {"no surname", [](auto& c) { c.familyName = QStringLiteral("   "); }, cd::ErrorKind::Invalid, "surname"},
        {"no first name", [](auto& c) { c.givenName.clear(); }, cd::ErrorKind::Invalid, "first name"},
        {"a birth date after today",
         [](auto& c) {
             c.dateOfBirth = {2010, 3, 16};
         },
         cd::ErrorKind::Invalid, "after today"},
        {"a birth date 200 years ago",
         [](auto& c) {
             c.dateOfBirth = {1810, 1, 1};
         },
         cd::ErrorKind::Invalid, "over 125"},
        {"registered before birth",
         [](auto& c) {
             c.registeredOn = {1969, 1, 1};
         },
         cd::ErrorKind::Invalid, "before the date of birth"},
        {"registered after today",
         [](auto& c) {
             c.registeredOn = {2010, 3, 16};
         },
         cd::ErrorKind::Invalid, "after today"},
        {"no registration date", [](auto& c) { c.registeredOn = QDate(); }, cd::ErrorKind::Invalid, "missing"},
        {"a sex the register does not know", [](auto& c) { c.sex = QStringLiteral("X"); }, cd::ErrorKind::Invalid,
         "not one of"},
        {"a postcode that is not one", [](auto& c) { c.postcode = QStringLiteral("LEEDS"); }, cd::ErrorKind::Invalid,
         "not a UK postcode"},
        {"a control character in the address", [](auto& c) { c.address = QStringLiteral("1 High St\x01"); },
         cd::ErrorKind::Invalid, "cannot be printed"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.why);
        cd::NewPatientCommand command = newcomer();
        command.nhsNumber = QStringLiteral("9990000026");
        c.change(command);
        const auto before = t().rowCounts();
        auto result = service->registerPatient(TestDatabase::manager(), command);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, c.kind);
        EXPECT_TRUE(result.error().message.contains(QString::fromLatin1(c.message)))
            << qPrintable(result.error().message);
        EXPECT_EQ(t().rowCounts(), before);
    }
}

// Registering is a manager's (the server refuses a reception login's patient too): reception and GPs are refused,
// with only the refusal written down.
TEST_P(DeskRegistration, OnlyAManagerRegistersAPatient)
{
    for (const cd::Actor& who : {TestDatabase::reception(), TestDatabase::clinician()}) {
        auto before = t().rowCounts();
        auto refused = service->registerPatient(who, newcomer());
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().kind, cd::ErrorKind::Forbidden);
        before[QStringLiteral("audit_log")] += 1;
        EXPECT_EQ(t().rowCounts(), before);
    }
    EXPECT_TRUE(service->registerPatient(TestDatabase::manager(), newcomer()).ok());
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(DeskRegistration);

} // namespace
