#include "service/DemoService.h"
#include "service/PracticeOverview.h"
#include "service/PracticeService.h"
#include "stats/HeadlineFigures.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

cd::InitPracticeCommand command(const char* code, const char* name, const char* region, int windowDays = 84)
{
    cd::InitPracticeCommand c;
    c.code = QString::fromUtf8(code);
    c.name = QString::fromUtf8(name);
    c.region = QString::fromUtf8(region);
    c.windowDays = windowDays;
    return c;
}

class PracticeServiceTest : public cd::test::EmptyEngineTest
{
};

TEST_P(PracticeServiceTest, InitValidatesAndSetsUpOnce)
{
    TestDatabase& t = this->t();
    cd::PracticeService service(t.db(), t.clock());
    const auto before = t.rowCounts();
    for (const auto& [cmd, words] : std::vector<std::pair<cd::InitPracticeCommand, const char*>>{
             {command("F8401", "X", "london"), "practice code"},
             {command("F84001", " ", "london"), "name"},
             {command("F84001", "X", "Wales"), "ten regions"},
             {command("F84001", "X", "london", 0), "window"}}) {
        const auto result = service.init(TestDatabase::manager(), cmd);
        ASSERT_FALSE(result.ok()) << words;
        EXPECT_TRUE(result.error().message.contains(QString::fromLatin1(words))) << qPrintable(result.error().message);
    }
    EXPECT_EQ(t.rowCounts(), before);
    EXPECT_EQ(service.init(TestDatabase::reception(), command("F84001", "X", "london")).error().kind,
              cd::ErrorKind::Forbidden);

    const auto made = service.init(TestDatabase::manager(), command("f84001", "Leyton Green", "NHS London"));
    ASSERT_TRUE(made.ok());
    EXPECT_EQ(made->code, QStringLiteral("F84001"));
    EXPECT_EQ(made->regionId, QStringLiteral("london"));
    const auto again = service.init(TestDatabase::manager(), command("F84002", "Other", "london"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().message.contains(QStringLiteral("already belongs to Leyton Green")));
}

TEST_P(PracticeServiceTest, DemoCreatesTheLondonPracticeAsOfMidMarch2010)
{
    TestDatabase& t = this->t();
    const auto summary = cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {500, 3});
    ASSERT_TRUE(summary.ok()) << qPrintable(summary.error().message);
    EXPECT_EQ(summary->patients, 500);
    const auto overview = cd::PracticeOverview::load(t.db());
    ASSERT_TRUE(overview.ok());
    EXPECT_TRUE(overview->demo);
    EXPECT_EQ(overview->practice.regionId, QStringLiteral("london"));
    EXPECT_EQ(overview->defaultAsOf, QDate(2010, 3, 15));
    EXPECT_EQ(overview->plannedUpload.month(), 4);
    EXPECT_EQ(t.rowCounts().at(QStringLiteral("audit_log")), 1); // one audited action
    const auto figures = cd::HeadlineFigures::compute(t.db(), cd::Programme::scr(), {2010, 3, 15});
    ASSERT_TRUE(figures.ok());
    qint64 sum = 0;
    for (const QString& state : cd::Programme::scr().stateNames()) {
        sum += figures->count(state);
    }
    EXPECT_EQ(sum, figures->listSize); // the six states are exclusive and add up to the list
    EXPECT_GT(figures->count(QStringLiteral("in_window")), 400);

    const auto second = cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {10, 3});
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, cd::ErrorKind::Conflict);
    const auto tooBig = cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {200001, 3});
    EXPECT_EQ(tooBig.error().kind, cd::ErrorKind::Invalid);
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(PracticeServiceTest);

} // namespace
