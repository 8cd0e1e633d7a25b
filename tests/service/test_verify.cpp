#include "service/DemoService.h"
#include "service/Verifier.h"

#include "domain/ConsentEvent.h"

#include "store/Stores.h"

#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

// Damage to the ledger itself: a coding that points at a pack, written straight into the store.
bool codePackAsIfAChoice(TestDatabase& t, qint64 patient, qint64 pack)
{
    cd::ConsentEvent coded;
    coded.patientId = patient;
    coded.type = cd::EventType::Coded;
    coded.programme = QStringLiteral("scr");
    coded.date = QDate(2010, 2, 1);
    coded.readCode = QStringLiteral("9Ndo");
    coded.targetEventId = pack;
    coded.recordedBy = QStringLiteral("x");
    coded.recordedAt = t.clock().now();
    return cd::EventStore(t.db()).append(coded).ok();
}

class VerifyDemo : public cd::test::EmptyEngineTest
{
};

class Verify : public cd::test::EngineTest
{
};

TEST_P(VerifyDemo, ADemoPracticeIsSound)
{
    TestDatabase& t = this->t();
    ASSERT_TRUE(cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {400, 11}).ok());
    const auto report = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->patients, 400);
    EXPECT_GT(report->events, 700);
    EXPECT_TRUE(report->problems().isEmpty()) << qPrintable(report->problems().join(u'\n'));
}

TEST_P(Verify, FindsDerivedStateThatNoLongerMatchesTheLedger)
{
    TestDatabase& t = this->t();
    const qint64 id = t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE state_segments SET state = 'dissent' WHERE patient_id = %1").arg(id)));
    const auto report = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->problems().size(), 1);
    EXPECT_TRUE(report->problems().first().contains(QStringLiteral("differs from a fresh fold")));
    EXPECT_FALSE(report->problems().first().contains(QStringLiteral("9990000018"))); // no identifiers in the report
    // Out of date, not damaged: the ledger is sound and a repair is offered, not a backup.
    EXPECT_TRUE(report->ledgerProblems.isEmpty());
    EXPECT_EQ(report->staleState, QList<qint64>{id});
}

TEST_P(Verify, RepairDerivesOnlyWhatIsOutOfDateInOneAuditedTransaction)
{
    TestDatabase& t = this->t();
    const qint64 a = t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    const qint64 b = t.addPatient(QStringLiteral("9990000026"), {1980, 1, 1});
    t.sendPack(b, {2010, 1, 15});
    QSqlQuery q(t.db().connection());
    // As a hostile or careless hand with sqlite3 or psql would: one state rewritten, one deleted.
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE state_segments SET state = 'dissent' WHERE patient_id = %1").arg(a)));
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM state_segments WHERE patient_id = %1").arg(b)));
    auto before = t.rowCounts();
    EXPECT_EQ(cd::repairDerivedState(t.db(), TestDatabase::reception(), t.clock(), cd::Programme::scr()).error().kind,
              cd::ErrorKind::Forbidden);
    before[QStringLiteral("audit_log")] += 1; // the refusal is audited; nothing else changed
    EXPECT_EQ(t.rowCounts(), before);
    auto repaired = cd::repairDerivedState(t.db(), TestDatabase::manager(), t.clock(), cd::Programme::scr());
    ASSERT_TRUE(repaired.ok()) << qPrintable(repaired.error().message);
    EXPECT_EQ(*repaired, 2);
    const auto report = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << qPrintable(report->problems().join(u'\n'));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'verify-repair'")));
    ASSERT_TRUE(q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("2 patients")));
}

TEST_P(Verify, DamageToTheLedgerIsNeverRepairedOverAndSendsToABackup)
{
    TestDatabase& t = this->t();
    const qint64 id = t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    const qint64 pack = t.sendPack(id, {2010, 1, 15});
    ASSERT_TRUE(codePackAsIfAChoice(t, id, pack)); // past the service's checks
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE state_segments SET state = 'dissent' WHERE patient_id = %1").arg(id)));
    const auto report = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->ledgerProblems.isEmpty());
    const auto before = t.rowCounts();
    auto repaired = cd::repairDerivedState(t.db(), TestDatabase::manager(), t.clock(), cd::Programme::scr());
    ASSERT_FALSE(repaired.ok());
    EXPECT_TRUE(repaired.error().message.contains(QStringLiteral("Restore the newest good backup")));
    EXPECT_EQ(t.rowCounts(), before);
}

TEST_P(Verify, FindsACodingThatPointsAtTheWrongKindOfEvent)
{
    TestDatabase& t = this->t();
    const qint64 id = t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    const qint64 pack = t.sendPack(id, {2010, 1, 15});
    ASSERT_TRUE(codePackAsIfAChoice(t, id, pack)); // straight into the store, past the service's checks
    const auto report = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->problems().isEmpty());
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(VerifyDemo);
CD_INSTANTIATE_FOR_BOTH_ENGINES(Verify);

} // namespace
