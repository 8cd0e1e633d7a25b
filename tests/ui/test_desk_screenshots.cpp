// Pictures of the desk on the 8,000-patient demo for the README, and for looking at it as a person would:
// CONSENTDESK_SCREENSHOTS=DIR ctest -R DeskScreens. Without the variable the test still drives every screen
// once and checks each shows its content.
#include "mailout/MailoutDialog.h"
#include "mailout/ReturnedLettersDialog.h"
#include "mainwindow/MainWindow.h"
#include "patients/NewPatientDialog.h"
#include "patients/PatientListModel.h"
#include "patients/PatientPanel.h"
#include "patients/PatientsPage.h"
#include "record/RecordFormDialog.h"
#include "service/DemoService.h"
#include "service/RegistrationService.h"
#include "service/UserService.h"
#include "users/UsersDialog.h"
#include "worklists/ChoiceWorklistModel.h"
#include "worklists/ChoiceWorklistPage.h"
#include "worklists/PatientWorklistPage.h"

#include "Screenshot.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

using cd::test::keepPicture;

namespace {

TEST(DeskScreens, EachScreenOnTheDemoPractice)
{
    TestDatabase t{false};
    ASSERT_TRUE(cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {}).ok());
    cd::MainWindow w(t.db(), {2010, 4, 5}, QStringLiteral("j.smith"));
    w.resize(1024, 700); // a reception PC's small screen: nothing that matters may be clipped at this size
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    cd::PatientsPage* page = w.patients();
    QTest::keyClicks(page->searchBox(), QStringLiteral("camp"));
    ASSERT_GT(page->model()->rowCount(), 1);
    page->view()->setFocus();
    page->view()->selectRow(2);
    EXPECT_FALSE(page->panel()->historyText().isEmpty());
    keepPicture(w, "desk-patients.png");

    const QString nhs = page->selectedNhs();
    cd::RecordFormDialog dialog(t.db(), w.service(), TestDatabase::reception(), w.asOf(), nhs, &w);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    keepPicture(dialog, "record-form.png");
    QTest::keyClick(dialog.findChild<QLineEdit*>(), Qt::Key_Return);
    ASSERT_TRUE(dialog.onSummary());
    keepPicture(dialog, "record-form-summary.png");
    dialog.reject();

    const std::pair<int, const char*> tabs[] = {{1, "desk-overview.png"},
                                                {2, "worklist-awaiting-coding.png"},
                                                {3, "worklist-gp-review.png"},
                                                {4, "worklist-returned-letters.png"},
                                                {5, "worklist-windows-closing.png"},
                                                {7, "worklist-codes-to-correct.png"}};
    for (const auto& [index, file] : tabs) {
        w.tabs()->setCurrentIndex(index);
        QApplication::processEvents();
        keepPicture(w, file);
    }
    // A top-up mail-out on the demo's date: its windows outlast the upload, and the dialog says so before recording.
    const cd::AsOfClock clock(w.asOf());
    cd::MailoutDialog mailout(t.db(), clock, TestDatabase::manager(), &w);
    mailout.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&mailout));
    EXPECT_FALSE(mailout.warning().isEmpty());
    keepPicture(mailout, "mailout-dialog.png");
    mailout.reject();
    EXPECT_GT(w.awaitingCoding()->model()->rowCount(), 0);
    // The demo's stories: a consent code and an opt-out code to take out, each with why.
    EXPECT_EQ(w.codesToCorrect()->model()->rowCount(), 2);
    // Windows closing within 14 days of 5 April: the demo's close on 9 April, and the list says so.
    cd::PatientListModel* closing = w.windowClosing()->model();
    ASSERT_GT(closing->rowCount(), 0);
    EXPECT_TRUE(closing->data(closing->index(0, cd::PatientListModel::State))
                    .toString()
                    .endsWith(QStringLiteral("closes 9 Apr 2010")));
}

// The desk's newer dialogs, with something in them: a scanner's run of returned letters (one bad), a new patient
// half typed, and the practice's accounts.
TEST(DeskScreens, TheDialogsOfABusyDesk)
{
    TestDatabase t{false};
    ASSERT_TRUE(cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {1500, 4}).ok());
    cd::MainWindow w(t.db(), {2010, 3, 15}, TestDatabase::reception());
    const QDate day(2010, 3, 15);

    cd::ReturnedLettersDialog letters(t.db(), w.service(), TestDatabase::reception(), day, &w);
    letters.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&letters));
    auto* scan = letters.findChild<QLineEdit*>();
    ASSERT_NE(scan, nullptr);
    int scanned = 0;
    for (const auto& p : cd::DemoGenerator::generate({1500, 4})) {
        if (p.patient.familyName != QLatin1String("Campbell") || scanned == 4) {
            continue;
        }
        QTest::keyClicks(scan, p.patient.nhsNumber);
        QTest::keyClick(scan, Qt::Key_Return);
        if (++scanned == 2) {
            QTest::keyClicks(scan, QStringLiteral("9990878120")); // fails the check: said, not recorded
            QTest::keyClick(scan, Qt::Key_Return);
        }
    }
    ASSERT_GE(scanned, 4);
    keepPicture(letters, "returned-letters-dialog.png");
    letters.reject();

    cd::RegistrationService registration(t.db(), t.clock());
    cd::NewPatientDialog newPatient(registration, TestDatabase::reception(), day, &w);
    newPatient.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&newPatient));
    QTest::keyClicks(newPatient.findChild<QLineEdit*>(), QStringLiteral("999 800 0009"));
    keepPicture(newPatient, "new-patient-dialog.png");
    newPatient.confirmDiscard = [](const QString&) {
        return true;
    };
    newPatient.reject();

    cd::UserService accounts(t.db(), t.clock());
    const std::pair<const char*, cd::Role> staff[] = {{"p.manager", cd::Role::Manager},
                                                      {"dr.patel", cd::Role::Clinician},
                                                      {"r.jones", cd::Role::Reception},
                                                      {"r.okafor", cd::Role::Reception}};
    for (const auto& [name, role] : staff) {
        ASSERT_TRUE(
            accounts
                .addUser(TestDatabase::manager(), QLatin1String(name), role, QStringLiteral("a long enough password"))
                .ok());
    }
    ASSERT_TRUE(accounts.disable(TestDatabase::manager(), QStringLiteral("r.okafor")).ok());
    ASSERT_TRUE(
        accounts
            .resetPassword(TestDatabase::manager(), QStringLiteral("r.jones"), QStringLiteral("a new long password"))
            .ok());
    cd::UsersDialog users(t.db(), t.clock(), TestDatabase::manager(), &w);
    users.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&users));
    keepPicture(users, "users-dialog.png");
}

} // namespace
