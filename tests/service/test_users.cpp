// Users and sign-in on both engines: Argon2id hashes (never the password), the password rules, sign-in right and
// wrong and disabled (the same message, audited), managers only for users, the last manager kept.
#include "service/UserService.h"

#include "TestDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::UserService;
using cd::test::TestDatabase;

namespace {

class UsersTest : public cd::test::EngineTest
{
protected:
    UserService users() { return UserService(t().db(), t().clock()); }
    qint64 audited(const char* action)
    {
        QSqlQuery q(t().db().connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(QString::fromLatin1(action));
        EXPECT_TRUE(q.exec() && q.next());
        return q.value(0).toLongLong();
    }
};

TEST_P(UsersTest, TheFirstManagerSignsInWithAnArgon2Hash)
{
    EXPECT_FALSE(*users().hasUsers());
    auto weak = users().addFirstManager(QStringLiteral("p.manager"), QStringLiteral("short"));
    ASSERT_FALSE(weak.ok());
    EXPECT_TRUE(weak.error().message.contains(QStringLiteral("10 characters")));
    auto same = users().addFirstManager(QStringLiteral("p.manager.long"), QStringLiteral("P.Manager.Long"));
    ASSERT_FALSE(same.ok());
    EXPECT_FALSE(*users().hasUsers());

    ASSERT_TRUE(users().addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery")).ok());
    auto stored = cd::UserStore(t().db()).find(QStringLiteral("p.manager"));
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_TRUE((*stored)->passwordHash.startsWith(QStringLiteral("$argon2id$")));
    EXPECT_FALSE((*stored)->passwordHash.contains(QStringLiteral("horse")));
    auto again = users().addFirstManager(QStringLiteral("other"), QStringLiteral("correct horse battery"));
    ASSERT_FALSE(again.ok()); // only while there are no users

    auto actor = users().signIn(QStringLiteral("p.manager"), QStringLiteral("correct horse battery"));
    ASSERT_TRUE(actor.ok()) << actor.error().message.toStdString();
    EXPECT_EQ(actor->role, cd::Role::Manager);
    EXPECT_EQ(audited("sign-in"), 1);
}

TEST_P(UsersTest, AWrongPasswordAnUnknownUserAndADisabledOneGetTheSameAnswer)
{
    ASSERT_TRUE(users().addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery")).ok());
    const cd::Actor manager{QStringLiteral("p.manager"), cd::Role::Manager};
    ASSERT_TRUE(
        users()
            .addUser(manager, QStringLiteral("r.desk"), cd::Role::Reception, QStringLiteral("reception password"))
            .ok());
    auto wrong = users().signIn(QStringLiteral("r.desk"), QStringLiteral("not the password"));
    auto unknown = users().signIn(QStringLiteral("nobody"), QStringLiteral("reception password"));
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().kind, cd::ErrorKind::Forbidden);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
    ASSERT_TRUE(users().disable(manager, QStringLiteral("r.desk")).ok());
    auto disabled = users().signIn(QStringLiteral("r.desk"), QStringLiteral("reception password"));
    ASSERT_FALSE(disabled.ok());
    EXPECT_EQ(disabled.error().message, wrong.error().message);
    EXPECT_EQ(audited("sign-in-failed"), 3);
}

TEST_P(UsersTest, OnlyAManagerManagesUsersAndTheLastManagerStays)
{
    ASSERT_TRUE(users().addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery")).ok());
    const cd::Actor manager{QStringLiteral("p.manager"), cd::Role::Manager};
    const cd::Actor clinician{QStringLiteral("dr.gp"), cd::Role::Clinician};
    auto refused =
        users().addUser(clinician, QStringLiteral("x.new"), cd::Role::Manager, QStringLiteral("a long password"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, cd::ErrorKind::Forbidden);
    EXPECT_EQ(audited("refused:user-add"), 1);
    auto duplicate =
        users().addUser(manager, QStringLiteral("p.manager"), cd::Role::Reception, QStringLiteral("a long password"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().kind, cd::ErrorKind::Conflict);
    auto last = users().disable(manager, QStringLiteral("p.manager"));
    ASSERT_FALSE(last.ok());
    EXPECT_TRUE(last.error().message.contains(QStringLiteral("last manager")));
    auto list = users().list(manager);
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list->size(), 1);
    EXPECT_FALSE(users().list(clinician).ok());
}

TEST_P(UsersTest, AManagerEnablesAndResetsAndAResetPasswordMustBeChangedByItsUser)
{
    ASSERT_TRUE(users().addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery")).ok());
    const cd::Actor manager{QStringLiteral("p.manager"), cd::Role::Manager};
    const cd::Actor desk{QStringLiteral("r.desk"), cd::Role::Reception};
    ASSERT_TRUE(users().addUser(manager, desk.user, cd::Role::Reception, QStringLiteral("reception password")).ok());

    // Disabled, then enabled: signs in again; enabling someone active is refused as meaningless.
    ASSERT_TRUE(users().disable(manager, desk.user).ok());
    EXPECT_FALSE(users().signIn(desk.user, QStringLiteral("reception password")).ok());
    ASSERT_TRUE(users().enable(manager, desk.user).ok());
    EXPECT_TRUE(users().signIn(desk.user, QStringLiteral("reception password")).ok());
    EXPECT_EQ(users().enable(manager, desk.user).error().kind, cd::ErrorKind::Conflict);
    EXPECT_EQ(users().enable(manager, QStringLiteral("nobody")).error().kind, cd::ErrorKind::NotFound);

    // Reset: the old password stops working, the new one signs in but must be changed first.
    EXPECT_FALSE(users().resetPassword(manager, desk.user, QStringLiteral("short")).ok());
    ASSERT_TRUE(users().resetPassword(manager, desk.user, QStringLiteral("temporary password 1")).ok());
    EXPECT_FALSE(users().signIn(desk.user, QStringLiteral("reception password")).ok());
    ASSERT_TRUE(users().signIn(desk.user, QStringLiteral("temporary password 1")).ok());
    EXPECT_TRUE(*users().mustChangePassword(desk.user));
    EXPECT_FALSE(
        users().changeOwnPassword(desk, QStringLiteral("temporary password 1")).ok()); // the same again is no change
    ASSERT_TRUE(users().changeOwnPassword(desk, QStringLiteral("my own new password")).ok());
    EXPECT_FALSE(*users().mustChangePassword(desk.user));
    EXPECT_TRUE(users().signIn(desk.user, QStringLiteral("my own new password")).ok());

    // Only a manager resets or enables; each change is audited, never with the password.
    EXPECT_EQ(
        users().resetPassword(desk, QStringLiteral("p.manager"), QStringLiteral("a takeover attempt")).error().kind,
        cd::ErrorKind::Forbidden);
    EXPECT_EQ(users().enable(desk, desk.user).error().kind, cd::ErrorKind::Forbidden);
    EXPECT_EQ(audited("user-enable"), 1);
    EXPECT_EQ(audited("user-reset"), 1);
    EXPECT_EQ(audited("user-password"), 1);
    EXPECT_EQ(audited("refused:user-reset"), 1);
    QSqlQuery q(t().db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE details LIKE '%password 1%' OR details "
                                      "LIKE '%own new%'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

// The desk's own accounts (Argon2id hashes, waits and locks) are a file's: on a practice server the server checks
// every password (ServerRolesTest).
INSTANTIATE_TEST_SUITE_P(Engines, UsersTest, ::testing::Values(cd::Engine::SQLite), cd::test::engineName);

} // namespace
