// Mail-outs and practice settings on both engines: who a mail-out covers, children's packs addressed to the
// parent, the window each pack opens and keeps, a cancelled or refused one changing nothing; a new window length
// applying to later mail-outs only; packs sent again to returned letters only; a warning when windows outlast the
// upload.
#include "service/ConsentService.h"
#include "service/MailoutService.h"
#include "service/PatientRecord.h"
#include "service/PracticeOverview.h"
#include "service/PracticeService.h"
#include "stats/HeadlineFigures.h"

#include "TestDatabase.h"

#include <QFile>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

const QStringList& numbers()
{
    return cd::test::validNhsNumbers();
}

class MailoutTest : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        adult = t().addPatient(numbers().at(0), {1970, 5, 1});
        child = t().addPatient(numbers().at(1), {2005, 5, 1});
        informed = t().addPatient(numbers().at(2), {1960, 5, 1});
        t().sendPack(informed, {2010, 1, 15});
    }
    cd::PatientState state(int i, QDate on)
    {
        auto r = cd::PatientRecord::load(t().db(), cd::Programme::scr(), numbers().at(i), on);
        EXPECT_TRUE(r.ok());
        return r->state;
    }
    qint64 adult = 0;
    qint64 child = 0;
    qint64 informed = 0;
};

TEST_P(MailoutTest, NeverSentCoversOnlyThoseWithoutAPackAndOpensTheirWindows)
{
    cd::MailoutCommand c;
    c.sentOn = {2010, 3, 1};
    ASSERT_EQ(cd::previewMailout(t().db(), c)->packs, 2);
    int calls = 0;
    auto done = cd::recordMailout(t().db(), TestDatabase::manager(), t().clock(), c, [&](int) { return ++calls > 0; });
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_EQ(done->packs, 2);
    EXPECT_EQ(done->toParents, 1); // the child's pack goes to the parent
    EXPECT_EQ(state(0, {2010, 3, 15}).state, QStringLiteral("in_window"));
    EXPECT_EQ(state(0, {2010, 3, 15}).windowLastDay, QDate(2010, 3, 1).addDays(84));
    EXPECT_EQ(state(1, {2010, 3, 15}).state, QStringLiteral("in_window"));
    // The patient informed in January keeps their own window.
    EXPECT_EQ(state(2, {2010, 3, 15}).windowLastDay, QDate(2010, 1, 15).addDays(84));
    // Nothing left to send; the whole list can still be mailed again.
    EXPECT_EQ(cd::previewMailout(t().db(), c)->packs, 0);
    EXPECT_FALSE(cd::recordMailout(t().db(), TestDatabase::manager(), t().clock(), c).ok());
    c.selection = cd::MailoutCommand::Selection::EveryRegistered;
    EXPECT_EQ(cd::previewMailout(t().db(), c)->packs, 3);
}

TEST_P(MailoutTest, ABackdatedBatchNeverSendsASecondPack)
{
    cd::MailoutCommand c;
    c.sentOn = {2010, 1, 1}; // before the January pack of the third patient
    EXPECT_EQ(cd::previewMailout(t().db(), c)->packs, 2);
}

TEST_P(MailoutTest, AReturningPatientIsSentAPackByTheNextTopUpAndOnlyThen)
{
    t().leave(informed, {2010, 2, 1});
    t().rejoin(informed, {2010, 2, 20});
    EXPECT_EQ(state(2, {2010, 2, 20}).state, QStringLiteral("not_informed")); // the January window does not count
    cd::MailoutCommand c;
    c.sentOn = {2010, 3, 1};
    ASSERT_EQ(cd::previewMailout(t().db(), c)->packs, 3); // the two never sent one, and the one who came back
    ASSERT_TRUE(cd::recordMailout(t().db(), TestDatabase::manager(), t().clock(), c).ok());
    EXPECT_EQ(state(2, {2010, 3, 1}).state, QStringLiteral("in_window"));
    EXPECT_EQ(cd::previewMailout(t().db(), c)->packs, 0);
}

TEST_P(MailoutTest, ReturnedLettersOnlyRestartsNobodyElsesWindow)
{
    const qint64 again = t().addPatient(numbers().at(3), {1980, 5, 1});
    t().sendPack(again, {2010, 1, 15});
    auto service = cd::ConsentService(t().db(), t().clock());
    ASSERT_TRUE(service.recordLetterReturned(TestDatabase::reception(), numbers().at(3), {2010, 1, 25}).ok());
    cd::MailoutCommand c;
    c.sentOn = {2010, 3, 1};
    c.selection = cd::MailoutCommand::Selection::ReturnedLetters;
    ASSERT_EQ(cd::previewMailout(t().db(), c)->packs, 1);
    const qint64 packBefore = state(2, {2010, 3, 1}).packEventId;
    auto done = cd::recordMailout(t().db(), TestDatabase::manager(), t().clock(), c);
    ASSERT_TRUE(done.ok()) << qPrintable(done.error().message);
    EXPECT_EQ(done->packs, 1);
    EXPECT_EQ(state(3, {2010, 3, 1}).state, QStringLiteral("in_window"));
    EXPECT_FALSE(state(3, {2010, 3, 1}).letterReturned);
    EXPECT_EQ(state(2, {2010, 3, 1}).packEventId, packBefore);               // January's window, untouched
    EXPECT_EQ(state(0, {2010, 3, 1}).state, QStringLiteral("not_informed")); // never sent one: not this batch's
    EXPECT_EQ(cd::previewMailout(t().db(), c)->packs, 0);
    EXPECT_TRUE(cd::recordMailout(t().db(), TestDatabase::manager(), t().clock(), c)
                    .error()
                    .message.contains(QStringLiteral("returned pack")));
}

TEST_P(MailoutTest, WindowsThatOutlastTheUploadAreSaidBeforeRecording)
{
    cd::PracticeService settings(t().db(), t().clock());
    auto o = cd::PracticeOverview::load(t().db());
    cd::InitPracticeCommand p{o->practice.code, o->practice.name, o->practice.regionId, 84, {2010, 5, 1}, 10};
    ASSERT_TRUE(settings.update(TestDatabase::manager(), p).ok());
    cd::MailoutCommand c;
    c.sentOn = {2010, 2, 6}; // 84 days: the last day is 1 May, the upload day itself
    auto preview = cd::previewMailout(t().db(), c);
    ASSERT_TRUE(preview.ok());
    EXPECT_EQ(preview->windowLastDay, QDate(2010, 5, 1));
    EXPECT_FALSE(preview->windowsEndAfterUpload());
    EXPECT_TRUE(preview->warning().isEmpty());
    c.sentOn = {2010, 2, 7};
    preview = cd::previewMailout(t().db(), c);
    EXPECT_TRUE(preview->windowsEndAfterUpload());
    EXPECT_TRUE(preview->warning().contains(QStringLiteral("close on 2 May 2010, after the planned upload on 1 May")))
        << qPrintable(preview->warning());
    auto done = cd::recordMailout(t().db(), TestDatabase::manager(), t().clock(), c);
    ASSERT_TRUE(done.ok());
    EXPECT_TRUE(done->preview.windowsEndAfterUpload());
}

TEST_P(MailoutTest, ARefusedOrCancelledMailoutChangesNothing)
{
    auto before = t().rowCounts();
    cd::MailoutCommand c;
    c.sentOn = {2010, 3, 1};
    EXPECT_EQ(cd::recordMailout(t().db(), TestDatabase::reception(), t().clock(), c).error().kind,
              cd::ErrorKind::Forbidden);
    c.sentOn = {2010, 4, 1}; // after the clock's today
    EXPECT_TRUE(cd::recordMailout(t().db(), TestDatabase::manager(), t().clock(), c)
                    .error()
                    .message.contains(QStringLiteral("future")));
    auto after = t().rowCounts();
    EXPECT_EQ(after.at(QStringLiteral("audit_log")), before.at(QStringLiteral("audit_log")) + 1); // the refusal
    after.erase(QStringLiteral("audit_log"));
    before.erase(QStringLiteral("audit_log"));
    EXPECT_EQ(after, before);
}

TEST_P(MailoutTest, ANewWindowLengthAppliesToLaterMailoutsOnlyAndIsAudited)
{
    cd::PracticeService service(t().db(), t().clock());
    auto o = cd::PracticeOverview::load(t().db());
    ASSERT_TRUE(o.ok());
    cd::InitPracticeCommand c;
    c.code = o->practice.code;
    c.name = QStringLiteral("Renamed Surgery");
    c.region = QStringLiteral("NHS North West");
    c.windowDays = 30;
    c.plannedUpload = {2010, 6, 1};
    auto before = t().rowCounts();
    EXPECT_EQ(service.update(TestDatabase::reception(), c).error().kind, cd::ErrorKind::Forbidden);
    before[QStringLiteral("audit_log")] += 1; // the refusal itself is audited, nothing else changes
    EXPECT_EQ(t().rowCounts(), before);
    // Informed on 15 January with the 84 days the letter gave: a shorter window set later never moves it.
    EXPECT_EQ(state(2, {2010, 3, 1}).state, QStringLiteral("in_window"));
    ASSERT_TRUE(service.update(TestDatabase::manager(), c).ok());
    EXPECT_EQ(state(2, {2010, 3, 1}).state, QStringLiteral("in_window"));
    EXPECT_EQ(state(2, {2010, 3, 1}).windowLastDay, QDate(2010, 4, 9));
    auto figures = cd::HeadlineFigures::compute(t().db(), cd::Programme::scr(), {2010, 3, 1});
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->count(QStringLiteral("in_window")), 1); // the stored segments did not move either

    // The next mail-out's letters state the new window, and keep it whatever is set after.
    cd::MailoutCommand next;
    next.sentOn = {2010, 3, 1};
    ASSERT_TRUE(cd::recordMailout(t().db(), TestDatabase::manager(), t().clock(), next).ok());
    EXPECT_EQ(state(0, {2010, 3, 31}).state, QStringLiteral("in_window"));
    EXPECT_EQ(state(0, {2010, 4, 1}).state, QStringLiteral("implied"));
    c.windowDays = 120;
    ASSERT_TRUE(service.update(TestDatabase::manager(), c).ok());
    EXPECT_EQ(state(0, {2010, 4, 1}).state, QStringLiteral("implied"));

    auto after = cd::PracticeOverview::load(t().db());
    EXPECT_EQ(after->practice.name, QStringLiteral("Renamed Surgery"));
    EXPECT_EQ(after->practice.regionId, QStringLiteral("north-west"));
    EXPECT_EQ(after->plannedUpload, QDate(2010, 6, 1));
    EXPECT_EQ(after->windowDays, 120);
    c.plannedUpload = QDate(); // no upload date any more
    ASSERT_TRUE(service.update(TestDatabase::manager(), c).ok());
    EXPECT_FALSE(cd::PracticeOverview::load(t().db())->plannedUpload.isValid());
    c.code = QStringLiteral("nonsense");
    EXPECT_FALSE(service.update(TestDatabase::manager(), c).ok());
    EXPECT_EQ(cd::PracticeOverview::load(t().db())->practice.code, o->practice.code);
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(MailoutTest);

} // namespace
