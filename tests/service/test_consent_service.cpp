#include "service/ConsentService.h"
#include "service/PatientRecord.h"
#include "stats/HeadlineFigures.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

const QString kAdultNhs = QStringLiteral("9990000018");
const QString kChildNhs = QStringLiteral("9990000026");

class ConsentServiceTest : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        serviceOwner = std::make_unique<cd::ConsentService>(t().db(), t().clock());
        adult = t().addPatient(kAdultNhs, {1960, 6, 1});
        child = t().addPatient(kChildNhs, {2003, 4, 1});
        adultPack = t().sendPack(adult, {2010, 1, 15});
        t().sendPack(child, {2010, 1, 15});
    }

    cd::RecordChoiceCommand form(const QString& nhs = kAdultNhs, const char* choice = "dissent") const
    {
        cd::RecordChoiceCommand c;
        c.nhsNumber = nhs;
        c.choice = QString::fromLatin1(choice);
        c.received = QDate(2010, 2, 1);
        c.channel = cd::Channel::Desk;
        c.identityChecked = true;
        c.signaturePresent = true;
        return c;
    }

    cd::PatientRecord record(const QString& nhs = kAdultNhs)
    {
        auto r = cd::PatientRecord::load(t().db(), cd::Programme::scr(), nhs, t().clock().today());
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : cd::PatientRecord{};
    }

    // A refused command: an error of the kind expected, with the words expected, and nothing changed.
    template <typename Command>
    void expectRefused(Command command, cd::ErrorKind kind, const char* words, bool auditsRefusal = false)
    {
        auto before = t().rowCounts();
        const cd::Result<qint64> result = command();
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().kind, kind) << qPrintable(result.error().message);
        EXPECT_TRUE(result.error().message.contains(QString::fromUtf8(words))) << qPrintable(result.error().message);
        if (auditsRefusal) {
            before[QStringLiteral("audit_log")] += 1;
        }
        EXPECT_EQ(t().rowCounts(), before);
    }

    std::unique_ptr<cd::ConsentService> serviceOwner;
    cd::ConsentService& service() { return *serviceOwner; }
    qint64 adult = 0;
    qint64 child = 0;
    qint64 adultPack = 0;
};

TEST_P(ConsentServiceTest, RecordingAFormWritesTheEventItsAuditAndTheStateTogether)
{
    QSignalSpy changed(&service(), &cd::ConsentService::patientChanged);
    const auto before = t().rowCounts();
    auto cmd = form(QStringLiteral("999 000 0018"));
    cmd.note = QStringLiteral("Handed in by the patient");
    const auto id = service().recordChoice(TestDatabase::reception(), cmd);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error().message);
    const auto after = t().rowCounts();
    EXPECT_EQ(after.at(QStringLiteral("consent_events")), before.at(QStringLiteral("consent_events")) + 1);
    EXPECT_EQ(after.at(QStringLiteral("audit_log")), before.at(QStringLiteral("audit_log")) + 1);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().first().toLongLong(), adult);

    const auto r = record();
    EXPECT_EQ(r.state.state, QStringLiteral("dissent"));
    EXPECT_TRUE(r.state.awaitingCoding);
    const cd::ConsentEvent& e = r.history.last();
    EXPECT_EQ(e.id, *id);
    EXPECT_EQ(e.recordedBy, QStringLiteral("r.reception"));
    EXPECT_EQ(e.recordedRole, cd::Role::Reception);
    if (t().engine() == cd::Engine::SQLite) {
        EXPECT_EQ(e.recordedAt, t().clock().now()); // a file: the desk's clock (here the test's fixed one)
    } else {
        EXPECT_LT(std::abs(e.recordedAt.secsTo(QDateTime::currentDateTime())), 600); // a server: its own real time
    }
    EXPECT_EQ(e.channel, cd::Channel::Desk);
    EXPECT_EQ(e.note, QStringLiteral("Handed in by the patient"));

    QSqlQuery audit(t().db().connection());
    ASSERT_TRUE(audit.exec(QStringLiteral("SELECT user_name, action, patient_id, event_id FROM audit_log ORDER BY id "
                                          "DESC LIMIT 1")) &&
                audit.next());
    EXPECT_EQ(audit.value(0).toString(), QStringLiteral("r.reception"));
    EXPECT_EQ(audit.value(1).toString(), QStringLiteral("record-choice"));
    EXPECT_EQ(audit.value(2).toLongLong(), adult);
    EXPECT_EQ(audit.value(3).toLongLong(), *id);

    const auto figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), t().clock().today());
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->count(QStringLiteral("dissent")), 1);
    EXPECT_EQ(figures->awaitingCoding, 1);
}

TEST_P(ConsentServiceTest, RefusedFormsChangeNothing)
{
    auto unknown = form(QStringLiteral("9434765919"));
    expectRefused([&] { return service().recordChoice(TestDatabase::reception(), unknown); }, cd::ErrorKind::NotFound,
                  "No patient with NHS number 943 476 5919");
    auto badCheck = form(QStringLiteral("9990000019"));
    expectRefused([&] { return service().recordChoice(TestDatabase::reception(), badCheck); }, cd::ErrorKind::Invalid,
                  "Modulus 11");
    auto future = form();
    future.received = QDate(2010, 3, 16);
    expectRefused([&] { return service().recordChoice(TestDatabase::reception(), future); }, cd::ErrorKind::Invalid,
                  "after today");
    auto beforeBirth = form(kChildNhs);
    beforeBirth.received = QDate(2001, 1, 1);
    expectRefused([&] { return service().recordChoice(TestDatabase::reception(), beforeBirth); },
                  cd::ErrorKind::Invalid, "before the patient's date of birth");
    auto nonsense = form(kAdultNhs, "maybe");
    expectRefused([&] { return service().recordChoice(TestDatabase::reception(), nonsense); }, cd::ErrorKind::Invalid,
                  "not a choice");
    auto longNote = form();
    longNote.note = QString(3000, u'x');
    expectRefused([&] { return service().recordChoice(TestDatabase::reception(), longNote); }, cd::ErrorKind::Invalid,
                  "note");
}

TEST_P(ConsentServiceTest, ChildOptedOutByAParentGoesToGpReview)
{
    auto cmd = form(kChildNhs);
    cmd.submittedBy = cd::Submitter::Parent;
    ASSERT_TRUE(service().recordChoice(TestDatabase::reception(), cmd).ok());
    EXPECT_TRUE(record(kChildNhs).state.gpReview);

    expectRefused(
        [&] {
            return service().recordReview(TestDatabase::reception(), kChildNhs, cd::ReviewOutcome::Upheld,
                                          QStringLiteral("fine"));
        },
        cd::ErrorKind::Forbidden, "clinician", true);
    expectRefused(
        [&] {
            return service().recordReview(TestDatabase::clinician(), kChildNhs, cd::ReviewOutcome::Upheld,
                                          QStringLiteral("  "));
        },
        cd::ErrorKind::Invalid, "reason");

    ASSERT_TRUE(service()
                    .recordReview(TestDatabase::clinician(), kChildNhs, cd::ReviewOutcome::Upheld,
                                  QStringLiteral("Discussed with mother"))
                    .ok());
    const auto r = record(kChildNhs);
    EXPECT_FALSE(r.state.gpReview);
    EXPECT_EQ(r.state.state, QStringLiteral("dissent"));
    expectRefused(
        [&] {
            return service().recordReview(TestDatabase::clinician(), kChildNhs, cd::ReviewOutcome::Upheld,
                                          QStringLiteral("again"));
        },
        cd::ErrorKind::Conflict, "no choice waiting");
}

TEST_P(ConsentServiceTest, CodingMarksTheCurrentChoiceWithItsOwnCode)
{
    expectRefused(
        [&] {
            return service().markCoded(TestDatabase::reception(), kAdultNhs, QStringLiteral("9Ndo"), QDate(2010, 2, 2));
        },
        cd::ErrorKind::Conflict, "Nothing is waiting to be coded");
    ASSERT_TRUE(service().recordChoice(TestDatabase::reception(), form()).ok());
    expectRefused(
        [&] {
            return service().markCoded(TestDatabase::reception(), kAdultNhs, QStringLiteral("9Ndm"), QDate(2010, 2, 2));
        },
        cd::ErrorKind::Conflict, "but 9Ndm records");
    expectRefused(
        [&] {
            return service().markCoded(TestDatabase::reception(), kAdultNhs, QStringLiteral("XaXj6"),
                                       QDate(2010, 2, 2));
        },
        cd::ErrorKind::Invalid, "not a code");
    expectRefused(
        [&] {
            return service().markCoded(TestDatabase::reception(), kAdultNhs, QStringLiteral("9Ndo"),
                                       QDate(2010, 1, 31));
        },
        cd::ErrorKind::Invalid, "before the form was received");

    // The legacy code means the same choice.
    ASSERT_TRUE(
        service().markCoded(TestDatabase::reception(), kAdultNhs, QStringLiteral("93C3"), QDate(2010, 2, 3)).ok());
    const auto r = record();
    EXPECT_FALSE(r.state.awaitingCoding);
    EXPECT_TRUE(r.summary(cd::Programme::scr()).contains(QStringLiteral("coded 93C3 on 3 Feb 2010 by r.reception")));
}

TEST_P(ConsentServiceTest, LetterReturnedNeedsAPackAndOnlyOnce)
{
    const qint64 late = t().addPatient(QStringLiteral("9990000034"), {1980, 1, 1}, {2010, 2, 1});
    ASSERT_GT(late, 0);
    expectRefused(
        [&] {
            return service().recordLetterReturned(TestDatabase::reception(), QStringLiteral("9990000034"),
                                                  QDate(2010, 2, 10));
        },
        cd::ErrorKind::Conflict, "No information pack");
    ASSERT_TRUE(service().recordLetterReturned(TestDatabase::reception(), kAdultNhs, QDate(2010, 1, 25)).ok());
    EXPECT_EQ(record().state.state, QStringLiteral("not_informed"));
    EXPECT_TRUE(record().state.letterReturned);
    expectRefused(
        [&] { return service().recordLetterReturned(TestDatabase::reception(), kAdultNhs, QDate(2010, 1, 26)); },
        cd::ErrorKind::Conflict, "already recorded as returned");
}

TEST_P(ConsentServiceTest, VoidKeepsTheEventInTheHistoryWithItsReason)
{
    const auto wrong = service().recordChoice(TestDatabase::reception(), form(kAdultNhs, "consent-core"));
    ASSERT_TRUE(wrong.ok());
    expectRefused([&] { return service().voidEvent(TestDatabase::reception(), *wrong, QStringLiteral("typo")); },
                  cd::ErrorKind::Forbidden, "manager", true);
    expectRefused([&] { return service().voidEvent(TestDatabase::manager(), *wrong, QString()); },
                  cd::ErrorKind::Invalid, "reason");
    expectRefused([&] { return service().voidEvent(TestDatabase::manager(), 9999, QStringLiteral("x")); },
                  cd::ErrorKind::NotFound, "no event 9999");

    const auto voidId = service().voidEvent(TestDatabase::manager(), *wrong, QStringLiteral("Keyed in error"));
    ASSERT_TRUE(voidId.ok());
    const auto r = record();
    EXPECT_EQ(r.state.state, QStringLiteral("in_window"));
    EXPECT_TRUE(r.voided.contains(*wrong));
    EXPECT_EQ(r.voidReasons.value(*wrong), QStringLiteral("Keyed in error"));
    EXPECT_EQ(r.history.size(), 4); // registered, pack, the voided choice, the void

    expectRefused([&] { return service().voidEvent(TestDatabase::manager(), *wrong, QStringLiteral("again")); },
                  cd::ErrorKind::Conflict, "already void");
    expectRefused([&] { return service().voidEvent(TestDatabase::manager(), *voidId, QStringLiteral("undo")); },
                  cd::ErrorKind::Conflict, "itself a void");
}

TEST_P(ConsentServiceTest, StatusJsonHasTheInterfaceKeys)
{
    ASSERT_TRUE(service().recordChoice(TestDatabase::reception(), form()).ok());
    const auto json = record().toJson(cd::Programme::scr());
    for (const char* key :
         {"nhs", "name", "date_of_birth", "sex", "registered", "state", "gp_review", "awaiting_coding", "history"}) {
        EXPECT_TRUE(json.contains(QString::fromLatin1(key))) << key;
    }
    EXPECT_EQ(json.value(QStringLiteral("nhs")).toString(), kAdultNhs);
    EXPECT_EQ(json.value(QStringLiteral("state")).toString(), QStringLiteral("dissent"));
    const auto history = json.value(QStringLiteral("history")).toArray();
    ASSERT_EQ(history.size(), 3);
    const auto last = history.last().toObject();
    EXPECT_EQ(last.value(QStringLiteral("type")).toString(), QStringLiteral("choice"));
    EXPECT_EQ(last.value(QStringLiteral("read_code")).toString(), QStringLiteral("9Ndo"));
    EXPECT_FALSE(last.value(QStringLiteral("voided")).toBool());
}

TEST_P(ConsentServiceTest, WindowDaysLeftOnlyWhileInTheWindow)
{
    auto json = record().toJson(cd::Programme::scr());
    EXPECT_EQ(json.value(QStringLiteral("state")).toString(), QStringLiteral("in_window"));
    EXPECT_EQ(json.value(QStringLiteral("window_days_left")).toInt(), 25); // 15 Mar to 9 Apr
    t().clock().set(QDateTime(QDate(2010, 4, 10), QTime(9, 0)));
    json = record().toJson(cd::Programme::scr());
    EXPECT_EQ(json.value(QStringLiteral("state")).toString(), QStringLiteral("implied"));
    EXPECT_FALSE(json.contains(QStringLiteral("window_days_left")));
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(ConsentServiceTest);

} // namespace
