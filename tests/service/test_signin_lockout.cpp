// Sign-in under attack, on both engines: an unknown name costs the same Argon2id work and is never written down,
// wrong passwords in a row make each further try wait and the tenth locks the account for 15 minutes (even for the
// right password, whatever date the desk views), and only a manager lifts the lock.
#include "service/UserService.h"

#include "TestDatabase.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimeZone>

#include <gtest/gtest.h>

using cd::UserService;

namespace {

const QString kRight = QStringLiteral("reception password");
const QString kWrong = QStringLiteral("a guess");

class SignInLockout : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        cd::test::EngineTest::SetUp();
        if (HasFatalFailure() || IsSkipped()) {
            return;
        }
        ASSERT_TRUE(users().addFirstManager(manager.user, QStringLiteral("correct horse battery")).ok());
        ASSERT_TRUE(users().addUser(manager, QStringLiteral("r.desk"), cd::Role::Reception, kRight).ok());
    }
    // The desk's clock may view any date; the lock is timed by the real one, here under the test's control.
    UserService users() { return UserService(t().db(), t().clock(), &realTime); }
    cd::Result<cd::Actor> tryAs(const QString& password) { return users().signIn(QStringLiteral("r.desk"), password); }
    void wait(qint64 seconds) { realTime.set(realTime.now().addSecs(seconds)); }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(t().db().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << qPrintable(sql);
        return q.value(0).toLongLong();
    }

    const cd::Actor manager{QStringLiteral("p.manager"), cd::Role::Manager};
    cd::FixedClock realTime{QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone::utc())};
};

TEST_P(SignInLockout, ANameThatIsNobodysIsNeverWrittenDownAndCostsTheSameWork)
{
    // Someone types their password into the name box.
    auto typo = users().signIn(QStringLiteral("correct horse battery"), QStringLiteral("p.manager"));
    ASSERT_FALSE(typo.ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name LIKE '%horse%' OR details LIKE "
                                   "'%horse%'")),
              0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE user_name = 'unknown user' AND action = "
                                   "'sign-in-failed'")),
              1);
    // The Argon2id check is done for a stranger too: a name lookup alone takes well under a millisecond, the
    // INTERACTIVE hash tens of them, so the answer's speed cannot tell who exists.
    qint64 fastest = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        EXPECT_FALSE(users().signIn(QStringLiteral("nobody.here"), kRight).ok());
        fastest = std::min(fastest, timer.elapsed());
    }
    EXPECT_GE(fastest, 10);
}

TEST_P(SignInLockout, WrongPasswordsInARowWaitLongerThenLockTheAccountEvenForTheRightOne)
{
    for (int i = 1; i <= 5; ++i) {
        auto r = tryAs(kWrong);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message.contains(QStringLiteral("wrong"))) << i;
    }
    // After the fifth, the next try waits 2 seconds, even the right password, and the wait doubles each time.
    auto soon = tryAs(kRight);
    ASSERT_FALSE(soon.ok());
    EXPECT_TRUE(soon.error().message.contains(QStringLiteral("wait 2 second(s)"))) << qPrintable(soon.error().message);
    qint64 pause = 2;
    for (int failures = 5; failures < 9; ++failures) {
        wait(pause - 1);
        auto early = tryAs(kWrong); // refused unheard, and not counted
        ASSERT_FALSE(early.ok());
        EXPECT_TRUE(early.error().message.contains(QStringLiteral("wait 1 second(s)")))
            << failures << ": " << qPrintable(early.error().message);
        wait(1);
        ASSERT_FALSE(tryAs(kWrong).ok()); // one more in a row
        pause *= 2;
    }
    wait(pause);
    ASSERT_FALSE(tryAs(kWrong).ok()); // the tenth in a row
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'account-locked'")), 1);

    auto locked = tryAs(kRight);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().kind, cd::ErrorKind::Forbidden);
    EXPECT_TRUE(locked.error().message.contains(QStringLiteral("locked for 15 more minute(s)")))
        << qPrintable(locked.error().message);
    // Viewing another date changes nothing: the lock runs on the real clock.
    cd::FixedClock future(QDateTime(QDate(2031, 1, 1), QTime(9, 0)));
    EXPECT_FALSE(UserService(t().db(), future, &realTime).signIn(QStringLiteral("r.desk"), kRight).ok());
    wait(14 * 60);
    EXPECT_FALSE(tryAs(kRight).ok());
    wait(60);
    auto after = tryAs(kRight);
    ASSERT_TRUE(after.ok()) << qPrintable(after.error().message);
    // Every failure is audited, and none with the password tried.
    EXPECT_GE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-failed' AND user_name = "
                                   "'r.desk'")),
              10);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE '%guess%' OR details LIKE "
                                   "'%reception password%'")),
              0);
}

TEST_P(SignInLockout, ARightPasswordBeforeTheTenthStartsTheCountAgain)
{
    for (int i = 0; i < 4; ++i) {
        ASSERT_FALSE(tryAs(kWrong).ok());
    }
    ASSERT_TRUE(tryAs(kRight).ok());
    for (int i = 0; i < 4; ++i) {
        auto r = tryAs(kWrong);
        ASSERT_FALSE(r.ok());
        EXPECT_FALSE(r.error().message.contains(QStringLiteral("wait"))) << i;
    }
}

TEST_P(SignInLockout, OnlyAManagerUnlocksAnAccountAndItIsAudited)
{
    for (int i = 0; i < 10; ++i) {
        wait(60);
        ASSERT_FALSE(tryAs(kWrong).ok());
    }
    ASSERT_FALSE(tryAs(kRight).ok());
    const cd::Actor desk{QStringLiteral("r.desk"), cd::Role::Reception};
    EXPECT_EQ(users().unlock(desk, QStringLiteral("r.desk")).error().kind, cd::ErrorKind::Forbidden);
    ASSERT_TRUE(users().unlock(manager, QStringLiteral("r.desk")).ok());
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user-unlock'")), 1);
    EXPECT_TRUE(tryAs(kRight).ok());
    EXPECT_EQ(users().unlock(manager, QStringLiteral("r.desk")).error().kind, cd::ErrorKind::Conflict);
    // A reset password lifts a lock too: the manager has just given the user a new start.
    for (int i = 0; i < 10; ++i) {
        wait(60);
        ASSERT_FALSE(tryAs(kWrong).ok());
    }
    ASSERT_TRUE(users().resetPassword(manager, QStringLiteral("r.desk"), QStringLiteral("temporary password 1")).ok());
    EXPECT_TRUE(tryAs(QStringLiteral("temporary password 1")).ok());
}

// The desk's own accounts (Argon2id hashes, waits and locks) are a file's: on a practice server the server checks
// every password (ServerRolesTest).
INSTANTIATE_TEST_SUITE_P(Engines, SignInLockout, ::testing::Values(cd::Engine::SQLite), cd::test::engineName);

} // namespace
