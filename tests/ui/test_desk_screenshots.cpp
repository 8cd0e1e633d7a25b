// Pictures of the desk on the 8,000-patient demo for the README, and for looking at it as a person would:
// CONSENTDESK_SCREENSHOTS=DIR ctest -R DeskScreens. Without the variable the test still drives every screen
// once and checks each shows its content.
#include "mailout/MailoutDialog.h"
#include "mainwindow/MainWindow.h"
#include "patients/PatientListModel.h"
#include "patients/PatientPanel.h"
#include "patients/PatientsPage.h"
#include "record/RecordFormDialog.h"
#include "service/DemoService.h"
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

} // namespace
