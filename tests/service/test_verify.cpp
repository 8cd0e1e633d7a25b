#include "service/DemoService.h"
#include "service/Verifier.h"

#include "store/Stores.h"

#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

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
}

TEST_P(Verify, FindsACodingThatPointsAtTheWrongKindOfEvent)
{
    TestDatabase& t = this->t();
    const qint64 id = t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    const qint64 pack = t.sendPack(id, {2010, 1, 15});
    cd::ConsentEvent coded;
    coded.patientId = id;
    coded.type = cd::EventType::Coded;
    coded.programme = QStringLiteral("scr");
    coded.date = QDate(2010, 2, 1);
    coded.readCode = QStringLiteral("9Ndo");
    coded.targetEventId = pack;
    coded.recordedBy = QStringLiteral("x");
    coded.recordedAt = t.clock().now();
    ASSERT_TRUE(cd::EventStore(t.db()).append(coded).ok()); // straight into the store, past the service's checks
    const auto report = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->problems().isEmpty());
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(VerifyDemo);
CD_INSTANTIATE_FOR_BOTH_ENGINES(Verify);

} // namespace
