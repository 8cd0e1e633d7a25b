// The sign-in dialog offscreen: typed by keyboard, a wrong password says so and keeps the dialog; the first manager
// needs the password twice and a strong one, and cancelling leaves no user behind; an idle lock cannot be escaped.
#include "connect/ConnectDialog.h"
#include "domain/NhsNumber.h"
#include "service/ServerSetup.h"
#include "service/UserService.h"
#include "signin/SignInDialog.h"

#include "TestDatabase.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using cd::SignInDialog;
using cd::test::TestDatabase;

namespace {

TEST(SignIn, AWrongPasswordIsSaidAndTheRightOneSignsIn)
{
    TestDatabase t;
    ASSERT_TRUE(cd::UserService(t.db(), t.clock())
                    .addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery"))
                    .ok());
    SignInDialog dialog(t.db(), t.clock(), SignInDialog::Mode::SignIn);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("p.manager"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong horse"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("wrong")));
    EXPECT_TRUE(dialog.passwordEdit()->text().isEmpty()); // never kept
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("correct horse battery"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.actor().user, QStringLiteral("p.manager"));
    EXPECT_EQ(dialog.actor().role, cd::Role::Manager);
}

TEST(SignIn, TheFirstManagerNeedsTheSameStrongPasswordTwice)
{
    TestDatabase t;
    {
        SignInDialog cancelled(t.db(), t.clock(), SignInDialog::Mode::FirstManager, QStringLiteral("p.manager"));
        cancelled.show();
        QTest::keyClick(&cancelled, Qt::Key_Escape);
        EXPECT_EQ(cancelled.result(), QDialog::Rejected);
    }
    EXPECT_FALSE(*cd::UserService(t.db(), t.clock()).hasUsers()); // nothing left behind

    SignInDialog dialog(t.db(), t.clock(), SignInDialog::Mode::FirstManager, QStringLiteral("p.manager"));
    dialog.show();
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("correct horse battery"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("correct horse batteyr"));
    EXPECT_FALSE(dialog.attempt());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("differ")));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("short"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("short"));
    EXPECT_FALSE(dialog.attempt());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("10 characters")));
    EXPECT_FALSE(*cd::UserService(t.db(), t.clock()).hasUsers());
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("correct horse battery"));
    QTest::keyClicks(dialog.confirmEdit(), QStringLiteral("correct horse battery"));
    ASSERT_TRUE(dialog.attempt());
    EXPECT_EQ(dialog.actor().role, cd::Role::Manager);
}

TEST(SignIn, AnIdleLockIsNotEscapedAndOnlyItsUserUnlocksIt)
{
    TestDatabase t;
    ASSERT_TRUE(cd::UserService(t.db(), t.clock())
                    .addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery"))
                    .ok());
    SignInDialog lock(t.db(), t.clock(), SignInDialog::Mode::Unlock, QStringLiteral("p.manager"));
    lock.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&lock));
    QTest::keyClick(&lock, Qt::Key_Escape);
    EXPECT_TRUE(lock.isVisible());
    EXPECT_TRUE(lock.nameEdit()->isReadOnly());
    QTest::keyClicks(lock.passwordEdit(), QStringLiteral("correct horse battery"));
    QTest::keyClick(lock.passwordEdit(), Qt::Key_Return);
    EXPECT_EQ(lock.result(), QDialog::Accepted);
    EXPECT_FALSE(lock.switchUserChosen());
}

} // namespace

#include "audit/AuditViewerDialog.h"
#include "service/ConsentService.h"

#include "widgets/DateField.h"

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>

namespace {

// The manager's audit viewer: filters by user, patient and action; the CSV export is itself audited.
TEST(AuditViewer, FiltersAndExportsAndIsAManagersOnly)
{
    TestDatabase t;
    const QString nhs = cd::test::validNhsNumbers().at(0);
    t.sendPack(t.addPatient(nhs, {1950, 1, 1}), {2010, 1, 4});
    t.choose(nhs, "dissent", {2010, 2, 1});
    cd::AuditViewerDialog viewer(t.db(), t.clock(), TestDatabase::manager());
    viewer.fromEdit()->setDate({2000, 1, 1});
    viewer.toEdit()->setDate(QDate::currentDate());
    QTest::keyClicks(viewer.userEdit(), TestDatabase::reception().user);
    QTest::keyClick(viewer.userEdit(), Qt::Key_Return);
    ASSERT_GE(viewer.table()->rowCount(), 1);
    for (int r = 0; r < viewer.table()->rowCount(); ++r) {
        EXPECT_EQ(viewer.table()->item(r, 1)->text(), TestDatabase::reception().user);
    }
    viewer.userEdit()->clear();
    QTest::keyClicks(viewer.patientEdit(), cd::NhsNumber::display(nhs));
    QTest::keyClicks(viewer.actionEdit(), QStringLiteral("record-choice"));
    viewer.search();
    ASSERT_EQ(viewer.table()->rowCount(), 1);
    EXPECT_EQ(viewer.table()->item(0, 4)->text(), cd::NhsNumber::display(nhs));
    QTemporaryDir dir;
    ASSERT_TRUE(viewer.exportCsv(dir.filePath(QStringLiteral("audit.csv"))));
    QFile csv(dir.filePath(QStringLiteral("audit.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("record-choice"));
    viewer.actionEdit()->setText(QStringLiteral("export-audit"));
    viewer.patientEdit()->clear();
    viewer.search();
    EXPECT_EQ(viewer.table()->rowCount(), 1); // the export itself is on the record

    cd::AuditViewerDialog reception(t.db(), t.clock(), TestDatabase::reception());
    EXPECT_EQ(reception.table()->rowCount(), 0);
    EXPECT_TRUE(reception.message()->text().contains(QStringLiteral("Only a manager")));
}

} // namespace

#include "mainwindow/MainWindow.h"
#include "patients/PatientsPage.h"

#include <QApplication>
#include <QTimer>

namespace {

// A locked desk keeps what was half-typed: unlocking with the same user's password carries on where they were.
TEST(SignIn, TheDeskLocksAndUnlocksWithWhatWasTypedStillThere)
{
    TestDatabase t;
    ASSERT_TRUE(cd::UserService(t.db(), t.clock())
                    .addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery"))
                    .ok());
    cd::MainWindow w(t.db(), {2010, 3, 15}, cd::Actor{QStringLiteral("p.manager"), cd::Role::Manager});
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.patients()->searchBox(), QStringLiteral("smi"));
    bool asked = false;
    QTimer::singleShot(200, [&] {
        auto* lock = qobject_cast<SignInDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(lock, nullptr);
        asked = true;
        QTest::keyClick(lock, Qt::Key_Escape); // does not unlock
        EXPECT_TRUE(lock->isVisible());
        QTest::keyClicks(lock->passwordEdit(), QStringLiteral("correct horse battery"));
        QTest::keyClick(lock->passwordEdit(), Qt::Key_Return);
    });
    w.lock(); // returns once unlocked
    EXPECT_TRUE(asked);
    EXPECT_EQ(w.patients()->searchBox()->text(), QStringLiteral("smi"));
    EXPECT_FALSE(w.switchRequested());
}

} // namespace

namespace {

// On a practice server the dialog signs in by connecting as the person's own login: a wrong password is said and
// changes nothing, the right one makes the desk's connection that login's, in its group's role.
TEST(SignIn, OnAServerTheDialogSignsInAsThePersonsOwnLogin)
{
    if (const QString missing = TestDatabase::serverMissingReason(); !missing.isEmpty()) {
        GTEST_SKIP() << missing.toStdString();
    }
    TestDatabase server(true, cd::Engine::PostgreSQL);
    const QString manager = QStringLiteral("mgr_") + server.schema();
    const QString reception = QStringLiteral("rec_") + server.schema();
    cd::ServerSetupCommand command;
    command.practice.code = QStringLiteral("F84001");
    command.manager = manager;
    command.managerPassword = QStringLiteral("correct horse battery");
    ASSERT_TRUE(cd::ServerSetup(server.db(), server.clock()).run(command).ok());
    ASSERT_TRUE(cd::UserService(server.db(), server.clock())
                    .addUser({manager, cd::Role::Manager}, reception, cd::Role::Reception,
                             QStringLiteral("reception horse battery"))
                    .ok());

    SignInDialog dialog(server.db(), server.clock(), SignInDialog::Mode::SignIn);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.nameEdit(), reception);
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("wrong horse"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("did not accept")))
        << dialog.message()->text().toStdString();
    EXPECT_EQ(server.db().target().user, cd::DatabaseTarget::parse(server.path())->user); // the connection it had
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("reception horse battery"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.actor().user, reception);
    EXPECT_EQ(dialog.actor().role, cd::Role::Reception);
    EXPECT_EQ(server.db().target().user, reception);
}

// A desk started with a server address that the server refuses asks again in the Connect form: the address filled
// in, the reason above it, the cursor in the password.
TEST(SignIn, TheConnectFormAsksAgainWithTheAddressFilledAndTheReasonShown)
{
    auto target = cd::DatabaseTarget::parse(
        QStringLiteral("postgresql://rec1@practice-server:5433/practice_f84001?sslmode=require&schema=surgery"));
    ASSERT_TRUE(target.ok());
    cd::ConnectDialog dialog;
    dialog.askAgain(*target, QStringLiteral("The server did not accept the user name or password for rec1."));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* why = dialog.findChild<QLabel*>(QStringLiteral("why"));
    ASSERT_NE(why, nullptr);
    EXPECT_TRUE(why->isVisible());
    EXPECT_TRUE(why->text().contains(QStringLiteral("did not accept")));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    ASSERT_NE(password, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), password);
    QTest::keyClicks(password, QStringLiteral("typed again"));
    QTest::keyClick(password, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.user(), QStringLiteral("rec1"));
    EXPECT_EQ(dialog.password(), QStringLiteral("typed again"));
    auto again = cd::DatabaseTarget::parse(dialog.url());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->host, target->host);
    EXPECT_EQ(again->port, 5433);
    EXPECT_EQ(again->database, target->database);
    EXPECT_EQ(again->schema, target->schema);
    EXPECT_EQ(again->sslMode, QStringLiteral("require"));
}

} // namespace
