// A crash in the middle of a write leaves nothing half-written; a write that reported success survives a crash.
// Each case forks a child that records a form and dies at a chosen step; the parent then opens the file afresh.
#include "service/ConsentService.h"
#include "service/Verifier.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace {

const QString kNhs = QStringLiteral("9990000018");

cd::RecordChoiceCommand optOut()
{
    cd::RecordChoiceCommand c;
    c.nhsNumber = kNhs;
    c.choice = QStringLiteral("dissent");
    c.received = QDate(2010, 2, 1);
    return c;
}

// Runs body in a child process that ends with _exit (no destructors, no commit, as a crash or a kill would).
int inChild(const std::function<void()>& body)
{
    const pid_t pid = fork();
    if (pid == 0) {
        body();
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class CrashSafety : public cd::test::EngineTest
{
};

TEST_P(CrashSafety, DyingMidWriteLeavesNothingHalfWritten)
{
    cd::test::TestDatabase& t = this->t();
    const qint64 patient = t.addPatient(kNhs, {1970, 1, 1});
    t.sendPack(patient, {2010, 1, 15});
    const auto before = t.rowCounts();
    t.close();

    for (const std::string step : {"event", "audit", "state"}) {
        SCOPED_TRACE(step);
        const int exitCode = inChild([&] {
            auto db = cd::Database::open(t.path(), cd::Database::Mode::MustExist);
            if (!db) {
                _exit(2);
            }
            cd::ConsentService service(**db, t.clock());
            service.setStepHook([&](const char* reached) {
                if (step == reached) {
                    _exit(9); // the crash: the transaction is open, nothing committed
                }
            });
            (void)service.recordChoice(cd::test::TestDatabase::reception(), optOut());
            _exit(3); // the hook was never reached
        });
        ASSERT_EQ(exitCode, 9);
    }

    t.reopen();
    EXPECT_EQ(t.rowCounts(), before);
    auto report = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->problems().isEmpty()) << report->problems().join(u'\n').toStdString();
}

TEST_P(CrashSafety, AFormReportedSavedSurvivesACrashStraightAfter)
{
    cd::test::TestDatabase& t = this->t();
    const qint64 patient = t.addPatient(kNhs, {1970, 1, 1});
    t.sendPack(patient, {2010, 1, 15});
    t.close();
    const int exitCode = inChild([&] {
        auto db = cd::Database::open(t.path(), cd::Database::Mode::MustExist);
        cd::ConsentService service(**db, t.clock());
        const auto id = service.recordChoice(cd::test::TestDatabase::reception(), optOut());
        _exit(id.ok() ? 7 : 8); // dies with the connection open and the WAL not checkpointed
    });
    ASSERT_EQ(exitCode, 7);
    t.reopen();
    auto events = cd::EventStore(t.db()).forPatient(patient);
    ASSERT_TRUE(events.ok());
    ASSERT_EQ(events->size(), 3);
    EXPECT_EQ(events->last().choice, QStringLiteral("dissent"));
    auto report = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->problems().isEmpty());
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(CrashSafety);

} // namespace
