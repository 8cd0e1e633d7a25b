// The sign-in dialog offscreen: typed by keyboard, a wrong password says so and keeps the dialog; the first manager
// needs the password twice and a strong one, and cancelling leaves no user behind; an idle lock cannot be escaped.
#include "domain/NhsNumber.h"
#include "service/UserService.h"
#include "signin/SignInDialog.h"

#include "TestDatabase.h"

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
