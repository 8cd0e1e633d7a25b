// Staff accounts without a terminal (issue #22, item 18): a manager adds, disables, enables and resets accounts in
// the Users dialog; a user whose password was reset chooses their own at the sign-in; others may not open it.
#include "mainwindow/MainWindow.h"
#include "service/UserService.h"
#include "signin/SignInDialog.h"
#include "users/UsersDialog.h"

#include "DeskFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

// Runs `act` on the next modal dialog that opens (polling, as exec() opens it a moment later).
void onNextModal(QObject* owner, std::function<void(QDialog*)> act)
{
    auto* poll = new QTimer(owner);
    QObject::connect(poll, &QTimer::timeout, owner, [poll, act = std::move(act)] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()); dialog && dialog->isVisible()) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start(20);
}

QPushButton* button(const QWidget& w, const QString& text)
{
    for (QPushButton* b : w.findChildren<QPushButton*>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

QString stateOf(const cd::UsersDialog& dialog, const QString& name)
{
    for (int r = 0; r < dialog.table()->rowCount(); ++r) {
        if (dialog.table()->item(r, 0)->text() == name) {
            return dialog.table()->item(r, 2)->text();
        }
    }
    return QStringLiteral("(not listed)");
}

class UsersDialogTest : public DeskTest
{
protected:
    void SetUp() override
    {
        DeskTest::SetUp();
        ASSERT_TRUE(cd::UserService(t.db(), t.clock())
                        .addUser(TestDatabase::manager(), QStringLiteral("p.manager"), cd::Role::Manager,
                                 QStringLiteral("manager password"))
                        .ok());
    }
    const cd::Actor manager{QStringLiteral("p.manager"), cd::Role::Manager};
};

TEST_F(UsersDialogTest, AManagerAddsDisablesEnablesAndResetsAnAccount)
{
    cd::UsersDialog dialog(t.db(), t.clock(), manager);
    dialog.confirm = [](const QString&) {
        return true;
    };
    dialog.show();

    // Add: the two passwords must agree; what was typed stays when refused.
    onNextModal(&dialog, [](QDialog* form) {
        auto edits = form->findChildren<QLineEdit*>();
        ASSERT_EQ(edits.size(), 3);
        QTest::keyClicks(edits.at(0), QStringLiteral("r.newdesk"));
        QTest::keyClicks(edits.at(1), QStringLiteral("first password 1"));
        QTest::keyClicks(edits.at(2), QStringLiteral("first password 2"));
        button(*form, QStringLiteral("&Add"))->click();
        EXPECT_TRUE(form->isVisible());
        EXPECT_EQ(edits.at(0)->text(), QStringLiteral("r.newdesk"));
        QTest::keyClicks(edits.at(2), QStringLiteral("first password 1"));
        button(*form, QStringLiteral("&Add"))->click();
        EXPECT_FALSE(form->isVisible());
    });
    dialog.addUser();
    EXPECT_EQ(stateOf(dialog, QStringLiteral("r.newdesk")), QStringLiteral("Active"));
    EXPECT_TRUE(cd::UserService(t.db(), t.clock())
                    .signIn(QStringLiteral("r.newdesk"), QStringLiteral("first password 1"))
                    .ok());

    // Disable and enable.
    dialog.select(QStringLiteral("r.newdesk"));
    auto* disable = button(dialog, QStringLiteral("&Disable"));
    auto* enable = button(dialog, QStringLiteral("&Enable"));
    ASSERT_TRUE(disable && enable);
    EXPECT_TRUE(disable->isEnabled());
    EXPECT_FALSE(enable->isEnabled());
    disable->click();
    EXPECT_EQ(stateOf(dialog, QStringLiteral("r.newdesk")), QStringLiteral("Disabled"));
    EXPECT_FALSE(cd::UserService(t.db(), t.clock())
                     .signIn(QStringLiteral("r.newdesk"), QStringLiteral("first password 1"))
                     .ok());
    EXPECT_TRUE(enable->isEnabled());
    enable->click();
    EXPECT_EQ(stateOf(dialog, QStringLiteral("r.newdesk")), QStringLiteral("Active"));

    // Reset: a short password is refused in place; then the user must choose their own.
    onNextModal(&dialog, [](QDialog* ask) {
        auto edits = ask->findChildren<QLineEdit*>();
        ASSERT_EQ(edits.size(), 2);
        QTest::keyClicks(edits.at(0), QStringLiteral("short"));
        QTest::keyClicks(edits.at(1), QStringLiteral("short"));
        button(*ask, QStringLiteral("&Set password"))->click();
        EXPECT_TRUE(ask->isVisible());
        for (QLineEdit* e : edits) {
            e->clear();
            QTest::keyClicks(e, QStringLiteral("temporary password"));
        }
        button(*ask, QStringLiteral("&Set password"))->click();
    });
    dialog.resetSelected();
    EXPECT_TRUE(stateOf(dialog, QStringLiteral("r.newdesk")).contains(QStringLiteral("new password")));
    EXPECT_TRUE(*cd::UserService(t.db(), t.clock()).mustChangePassword(QStringLiteral("r.newdesk")));

    // Your own account: neither disabled nor reset from here.
    dialog.select(QStringLiteral("p.manager"));
    EXPECT_FALSE(disable->isEnabled());
    EXPECT_FALSE(button(dialog, QStringLiteral("&Reset password…"))->isEnabled());
}

// Ten wrong passwords lock an account for 15 minutes: the dialog says until when, and Unlock lets them in at once.
TEST_F(UsersDialogTest, ALockedAccountShowsAsLockedAndAManagerUnlocksIt)
{
    ASSERT_TRUE(cd::UserService(t.db(), t.clock())
                    .addUser(manager, QStringLiteral("r.locked"), cd::Role::Reception, QStringLiteral("their password"))
                    .ok());
    cd::FixedClock realTime(QDateTime::currentDateTimeUtc()); // the guesser takes a minute over each
    for (int i = 0; i < cd::UserService::kLockAfter; ++i) {
        realTime.set(realTime.now().addSecs(60));
        ASSERT_FALSE(cd::UserService(t.db(), t.clock(), &realTime)
                         .signIn(QStringLiteral("r.locked"), QStringLiteral("guess"))
                         .ok());
    }
    cd::UsersDialog dialog(t.db(), t.clock(), manager);
    dialog.show();
    EXPECT_TRUE(stateOf(dialog, QStringLiteral("r.locked")).startsWith(QStringLiteral("Locked until")))
        << qPrintable(stateOf(dialog, QStringLiteral("r.locked")));
    auto* unlock = button(dialog, QStringLiteral("&Unlock"));
    ASSERT_NE(unlock, nullptr);
    dialog.select(QStringLiteral("p.manager"));
    EXPECT_FALSE(unlock->isEnabled()); // nothing to unlock
    dialog.select(QStringLiteral("r.locked"));
    ASSERT_TRUE(unlock->isEnabled());
    unlock->click();
    EXPECT_EQ(stateOf(dialog, QStringLiteral("r.locked")), QStringLiteral("Active"));
    EXPECT_TRUE(cd::UserService(t.db(), t.clock(), &realTime)
                    .signIn(QStringLiteral("r.locked"), QStringLiteral("their password"))
                    .ok());
}

TEST_F(UsersDialogTest, AResetUserChoosesTheirOwnPasswordAtTheSignIn)
{
    cd::UserService users(t.db(), t.clock());
    ASSERT_TRUE(
        users.addUser(manager, QStringLiteral("r.desk"), cd::Role::Reception, QStringLiteral("old password 1")).ok());
    ASSERT_TRUE(users.resetPassword(manager, QStringLiteral("r.desk"), QStringLiteral("temporary password")).ok());

    cd::SignInDialog dialog(t.db(), t.clock(), cd::SignInDialog::Mode::SignIn);
    dialog.nameEdit()->setText(QStringLiteral("r.desk"));
    dialog.passwordEdit()->setText(QStringLiteral("temporary password"));
    EXPECT_FALSE(dialog.attempt()); // signed in, but not yet: their own password first
    EXPECT_TRUE(dialog.choosingNewPassword());
    EXPECT_TRUE(dialog.intro().contains(QStringLiteral("reset your password")));
    dialog.passwordEdit()->setText(QStringLiteral("my own password"));
    dialog.confirmEdit()->setText(QStringLiteral("my own passwore"));
    EXPECT_FALSE(dialog.attempt());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("differ")));
    dialog.passwordEdit()->setText(QStringLiteral("my own password"));
    dialog.confirmEdit()->setText(QStringLiteral("my own password"));
    ASSERT_TRUE(dialog.attempt());
    EXPECT_EQ(dialog.actor().user, QStringLiteral("r.desk"));
    EXPECT_FALSE(*users.mustChangePassword(QStringLiteral("r.desk")));
    EXPECT_TRUE(users.signIn(QStringLiteral("r.desk"), QStringLiteral("my own password")).ok());
}

TEST_F(UsersDialogTest, OnlyAManagerOpensTheUsersDialog)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, TestDatabase::reception());
    QAction* usersAction = nullptr;
    QAction* ownPassword = nullptr;
    for (QAction* a : w.findChildren<QAction*>()) {
        usersAction = a->text() == QStringLiteral("&Users…") ? a : usersAction;
        ownPassword = a->text() == QStringLiteral("C&hange my password…") ? a : ownPassword;
    }
    ASSERT_TRUE(usersAction && ownPassword);
    EXPECT_FALSE(usersAction->isEnabled());
    EXPECT_TRUE(usersAction->toolTip().contains(QStringLiteral("practice manager")));
    EXPECT_TRUE(ownPassword->isEnabled()); // everyone changes their own
    // And the service refuses them whatever the screen does.
    EXPECT_FALSE(cd::UserService(t.db(), t.clock()).list(TestDatabase::reception()).ok());
}

} // namespace
