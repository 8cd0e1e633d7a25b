// A form recorded at one desk shows at the others without pressing refresh, on both engines; a desk whose server
// connection drops says so and comes back on its own.
#include "service/ConsentService.h"
#include "store/ChangeWatcher.h"

#include "TestDatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace {

class ChangeWatcherTest : public cd::test::EngineTest
{
};

TEST_P(ChangeWatcherTest, AnotherDesksFormIsNoticedWithinTwoSeconds)
{
    cd::test::TestDatabase& t = this->t();
    const qint64 patient = t.addPatient(QStringLiteral("9990000018"), {1970, 1, 1});
    t.sendPack(patient, {2010, 1, 15});

    cd::ChangeWatcher watcher(t.db(), nullptr, 500);
    QSignalSpy changed(&watcher, &cd::ChangeWatcher::changed);
    QTest::qWait(700);
    changed.clear(); // nothing happened yet

    // The other desk: its own connection to the same practice.
    auto other = cd::Database::open(t.path(), cd::Database::Mode::MustExist);
    ASSERT_TRUE(other.ok()) << other.error().message.toStdString();
    cd::ConsentService desk(**other, t.clock());
    cd::RecordChoiceCommand form;
    form.nhsNumber = QStringLiteral("9990000018");
    form.choice = QStringLiteral("dissent");
    form.received = QDate(2010, 2, 1);
    ASSERT_TRUE(desk.recordChoice(cd::test::TestDatabase::reception(), form).ok());

    EXPECT_TRUE(changed.wait(2000) || !changed.isEmpty());
}

TEST_P(ChangeWatcherTest, ALostServerConnectionIsReportedAndRestored)
{
    cd::test::TestDatabase& t = this->t();
    if (t.engine() != cd::Engine::PostgreSQL) {
        GTEST_SKIP() << "an SQLite file has no connection to lose";
    }
    cd::ChangeWatcher watcher(t.db(), nullptr, 300);
    QSignalSpy lost(&watcher, &cd::ChangeWatcher::connectionLost);
    QSignalSpy restored(&watcher, &cd::ChangeWatcher::connectionRestored);
    // The server ends this desk's session, as a restart would.
    auto admin = cd::Database::open(t.path(), cd::Database::Mode::MustExist);
    ASSERT_TRUE(admin.ok());
    QSqlQuery kill((*admin)->connection());
    QSqlQuery pid(t.db().connection());
    ASSERT_TRUE(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    ASSERT_TRUE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value(0).toLongLong())));
    pid = QSqlQuery();
    EXPECT_TRUE(lost.wait(3000) || !lost.isEmpty());
    EXPECT_TRUE(restored.wait(5000) || !restored.isEmpty());
    QSqlQuery after(t.db().connection());
    EXPECT_TRUE(after.exec(QStringLiteral("SELECT COUNT(*) FROM patients")));
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(ChangeWatcherTest);

} // namespace
