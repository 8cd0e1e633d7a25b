// The rollout timeline as the practice keeps it, on both engines: the shipped timeline until a region is edited, the
// practice's own milestones in place of its region's, editing and importing as a manager only, and a refused change
// or a bad file leaving everything as it was. Reference figures likewise.
#include "rollout/TimelineJson.h"
#include "service/TimelineService.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

using cd::Milestone;
using cd::TimelineService;
using cd::test::TestDatabase;

namespace {

class TimelineTest : public cd::test::EngineTest
{
protected:
    TimelineService service() { return TimelineService(t().db(), t().clock()); }

    QList<Milestone> scope(const QString& name)
    {
        auto all = service().timeline();
        EXPECT_TRUE(all.ok());
        QList<Milestone> mine;
        for (const Milestone& m : *all) {
            if (m.scope == name) {
                mine.append(m);
            }
        }
        return mine;
    }

    static Milestone milestone(const QString& scope, const char* kind, const char* label, QDate date)
    {
        Milestone m;
        m.scope = scope;
        m.kind = QString::fromLatin1(kind);
        m.label = QString::fromLatin1(label);
        m.date = date;
        return m;
    }
};

TEST_P(TimelineTest, UntilEditedEveryRegionHasItsShippedMilestones)
{
    auto all = service().timeline();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), cd::shippedTimeline().size());
    const auto london = scope(QStringLiteral("london"));
    ASSERT_FALSE(london.isEmpty());
    EXPECT_TRUE(std::any_of(london.cbegin(), london.cend(), [](const Milestone& m) {
        return m.kind == QLatin1String("funding-deadline") && m.date == QDate(2010, 3, 31);
    }));
}

TEST_P(TimelineTest, ThePracticesOwnMilestonesReplaceItsRegionsOfTheSameKind)
{
    const qint64 id = t().addPatient(cd::test::validNhsNumbers().at(0), {1950, 1, 1});
    t().sendPack(id, {2010, 1, 15});
    // London gets a regional mail-out and upload of its own; the practice's data must win over both.
    auto london = scope(QStringLiteral("london"));
    london << milestone(QStringLiteral("london"), "mailout", "London mail-out", {2010, 2, 1})
           << milestone(QStringLiteral("london"), "upload", "London uploads", {2010, 6, 1});
    ASSERT_TRUE(service().replaceScope(TestDatabase::manager(), QStringLiteral("london"), london).ok());
    ASSERT_TRUE(service()
                    .replaceScope(TestDatabase::manager(), cd::kPracticeScope,
                                  {milestone(cd::kPracticeScope, "upload", "Our upload", {2010, 5, 4})})
                    .ok());
    auto mine = service().practiceTimeline(cd::Programme::scr());
    ASSERT_TRUE(mine.ok());
    QStringList labels;
    for (const Milestone& m : *mine) {
        labels << m.label;
        EXPECT_TRUE(m.scope == cd::kNationalScope || m.scope == QLatin1String("london") ||
                    m.scope == cd::kPracticeScope)
            << m.scope.toStdString();
    }
    EXPECT_FALSE(labels.contains(QStringLiteral("London mail-out")));
    EXPECT_FALSE(labels.contains(QStringLiteral("London uploads")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Our upload")));
    EXPECT_TRUE(labels.contains(QStringLiteral("Packs mailed: test batch")));
    const auto windowEnd = std::find_if(mine->cbegin(), mine->cend(),
                                        [](const Milestone& m) { return m.kind == QLatin1String("window-end"); });
    ASSERT_NE(windowEnd, mine->cend());
    EXPECT_EQ(windowEnd->date, QDate(2010, 4, 9)); // 15 January + 84 days
    EXPECT_TRUE(windowEnd->derived);
    EXPECT_EQ(windowEnd->status, Milestone::Status::Planned); // the clock says 15 March 2010
}

// Row counts of every table but the audit trail, which records refusals too.
std::map<QString, qint64> dataCounts(TestDatabase& t)
{
    auto counts = t.rowCounts();
    counts.erase(QStringLiteral("audit_log"));
    return counts;
}

TEST_P(TimelineTest, OnlyAManagerChangesTheTimelineAndARefusalChangesNothing)
{
    const auto before = dataCounts(t());
    const qint64 auditBefore = t().rowCounts().at(QStringLiteral("audit_log"));
    const QList<Milestone> edit{milestone(QStringLiteral("london"), "other", "A change", {2010, 1, 1})};
    auto refused = service().replaceScope(TestDatabase::reception(), QStringLiteral("london"), edit);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, cd::ErrorKind::Forbidden);
    auto clinician = service().importJson(TestDatabase::clinician(), cd::writeTimelineJson(edit));
    ASSERT_FALSE(clinician.ok());
    EXPECT_EQ(clinician.error().kind, cd::ErrorKind::Forbidden);
    EXPECT_EQ(dataCounts(t()), before);
    EXPECT_EQ(t().rowCounts().at(QStringLiteral("audit_log")), auditBefore + 2); // both refusals are on the record
    auto labels = scope(QStringLiteral("london"));
    EXPECT_FALSE(std::any_of(labels.cbegin(), labels.cend(),
                             [](const Milestone& m) { return m.label == QLatin1String("A change"); }));
}

TEST_P(TimelineTest, ABadMilestoneIsRefusedWithTheReasonAndNothingIsSaved)
{
    const auto before = t().rowCounts();
    QList<Milestone> edit = scope(QStringLiteral("london"));
    edit << milestone(QStringLiteral("london"), "other", "   ", {2010, 1, 1});
    auto refused = service().replaceScope(TestDatabase::manager(), QStringLiteral("london"), edit);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("label"))) << refused.error().message.toStdString();
    EXPECT_EQ(t().rowCounts(), before);
}

TEST_P(TimelineTest, AnEditedRegionIsKeptAndOthersStayShipped)
{
    QList<Milestone> london = scope(QStringLiteral("london"));
    const auto shippedCount = london.size();
    london.removeFirst();
    london << milestone(QStringLiteral("london"), "target", "Everyone by Christmas", {2010, 12, 25});
    london.last().percent = 95.0;
    ASSERT_TRUE(service().replaceScope(TestDatabase::manager(), QStringLiteral("london"), london).ok());
    const auto saved = scope(QStringLiteral("london"));
    EXPECT_EQ(saved.size(), shippedCount);
    const auto christmas = std::find_if(saved.cbegin(), saved.cend(), [](const Milestone& m) {
        return m.label == QLatin1String("Everyone by Christmas");
    });
    ASSERT_NE(christmas, saved.cend());
    EXPECT_EQ(christmas->percent, 95.0);
    EXPECT_FALSE(scope(QStringLiteral("north-west")).isEmpty()); // untouched: still the shipped milestones
    // Emptying a region is allowed and kept: the shipped milestones do not come back.
    ASSERT_TRUE(service().replaceScope(TestDatabase::manager(), QStringLiteral("london"), {}).ok());
    EXPECT_TRUE(scope(QStringLiteral("london")).isEmpty());
}

TEST_P(TimelineTest, ImportReplacesTheRegionsTheFileNamesAndABadFileChangesNothing)
{
    const auto before = t().rowCounts();
    const QByteArray bad = "{\n  \"format\": \"consentdesk-timeline\",\n  \"version\": 1,\n  \"regions\": [\n"
                           "    {\"region\": \"Atlantis\", \"milestones\": []}\n  ]\n}\n";
    auto refused = service().importJson(TestDatabase::manager(), bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("Line 5:"))) << refused.error().message.toStdString();
    EXPECT_EQ(t().rowCounts(), before);

    const QByteArray good = "{\"format\": \"consentdesk-timeline\", \"version\": 1, \"regions\": [\n"
                            " {\"region\": \"NHS North West\", \"milestones\": [\n"
                            "  {\"kind\": \"programme-start\", \"label\": \"Packs start\", \"date\": \"2010-02\","
                            " \"status\": \"actual\"}]}]}";
    auto imported = service().importJson(TestDatabase::manager(), good);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(*imported, 1);
    const auto northWest = scope(QStringLiteral("north-west"));
    ASSERT_EQ(northWest.size(), 1);
    EXPECT_EQ(northWest.at(0).precision, Milestone::Precision::Month);
    EXPECT_EQ(northWest.at(0).date, QDate(2010, 2, 1));
    EXPECT_FALSE(scope(QStringLiteral("london")).isEmpty()); // not in the file: unchanged
}

TEST_P(TimelineTest, TheExportReadsBackAsTheSameTimeline)
{
    auto json = service().exportJson();
    ASSERT_TRUE(json.ok());
    auto read = cd::readTimelineJson(*json);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    auto all = service().timeline();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*read, *all);
}

TEST_P(TimelineTest, ReferenceFiguresNeedASourceAndAManager)
{
    cd::ReferenceFigure national;
    national.label = QStringLiteral("England");
    national.percent = 1.16;
    national.asOf = {2011, 3, 31};
    const auto before = t().rowCounts();
    auto noSource = service().addReferenceFigure(TestDatabase::manager(), national);
    ASSERT_FALSE(noSource.ok());
    EXPECT_TRUE(noSource.error().message.contains(QStringLiteral("source")));
    national.source = QStringLiteral("DH figures, March 2011");
    auto reception = service().addReferenceFigure(TestDatabase::reception(), national);
    ASSERT_FALSE(reception.ok());
    EXPECT_EQ(reception.error().kind, cd::ErrorKind::Forbidden);
    auto after = t().rowCounts();
    EXPECT_EQ(after.at(QStringLiteral("audit_log")), before.at(QStringLiteral("audit_log")) + 1);
    after.erase(QStringLiteral("audit_log"));
    auto expected = before;
    expected.erase(QStringLiteral("audit_log"));
    EXPECT_EQ(after, expected);

    auto id = service().addReferenceFigure(TestDatabase::manager(), national);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto figures = service().referenceFigures();
    ASSERT_TRUE(figures.ok());
    ASSERT_EQ(figures->size(), 1);
    EXPECT_DOUBLE_EQ(figures->at(0).percent, 1.16);
    EXPECT_EQ(figures->at(0).source, national.source);
    ASSERT_TRUE(service().removeReferenceFigure(TestDatabase::manager(), *id).ok());
    EXPECT_TRUE(service().referenceFigures()->isEmpty());
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(TimelineTest);

} // namespace
