// The clinical-safety rules on the desk, offscreen, by keyboard: the codes-to-correct tab, the GP review's reasons,
// the banner, the form's date signed and its warnings, and the settings dialog's word on the window.
#include "mainwindow/MainWindow.h"
#include "record/RecordFormDialog.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"
#include "service/PracticeOverview.h"
#include "settings/PracticeSettingsDialog.h"
#include "worklists/ChoiceWorklistModel.h"
#include "worklists/ChoiceWorklistPage.h"

#include "DeskFixture.h"

#include "widgets/DateField.h"
#include <QCheckBox>
#include <QComboBox>

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

QStringList column(const cd::ChoiceWorklistModel* model, int col)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row) {
        values << model->data(model->index(row, col)).toString();
    }
    return values;
}

TEST_F(DeskTest, CodesToCorrectAreListedWithWhyAndMarkedRemovedByKeyboard)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    EXPECT_TRUE(w.uploadBanner().contains(QStringLiteral("2 code(s) to take out of the clinical system")))
        << qPrintable(w.uploadBanner());
    cd::ChoiceWorklistPage* page = w.codesToCorrect();
    QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
    ASSERT_EQ(w.tabs()->currentWidget(), page);
    EXPECT_TRUE(w.tabs()->tabText(w.tabs()->currentIndex()).contains(QStringLiteral("(2)")));
    ASSERT_EQ(page->model()->rowCount(), 2);
    // The consent code first: it is the one that could upload a patient who opted out.
    EXPECT_EQ(column(page->model(), cd::ChoiceWorklistModel::ReadCode),
              QStringList({QStringLiteral("9Ndn"), QStringLiteral("9Ndo")}));
    const QStringList why = column(page->model(), cd::ChoiceWorklistModel::Detail);
    EXPECT_TRUE(why.at(0).endsWith(QStringLiteral("the choice was voided"))) << qPrintable(why.at(0));
    EXPECT_TRUE(why.at(1).endsWith(QStringLiteral("a GP overrode the choice"))) << qPrintable(why.at(1));
    EXPECT_FALSE(page->view()->isColumnHidden(cd::ChoiceWorklistModel::Detail));
    const QString first = page->model()->item(0).patient.nhsNumber;

    page->view()->setFocus();
    page->view()->selectRow(0);
    QTest::keyClick(page->view(), Qt::Key_Down, Qt::ShiftModifier);
    QString asked;
    page->confirm = [&](const QString& question) {
        asked = question;
        return true;
    };
    QTest::keyClick(page->view(), Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(asked.contains(QStringLiteral("2 code(s) were taken out"))) << qPrintable(asked);
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(page->message().contains(QStringLiteral("Recorded 2 code(s) removed"))) << qPrintable(page->message());
    auto record = cd::PatientRecord::load(t.db(), cd::Programme::scr(), first, {2010, 3, 15});
    ASSERT_TRUE(record.ok());
    EXPECT_TRUE(record->state.codesToCorrect.isEmpty());
    EXPECT_FALSE(w.uploadBanner().contains(QStringLiteral("to take out"))) << qPrintable(w.uploadBanner());
}

TEST_F(DeskTest, ReceptionSeesTheCodesToCorrectButCannotMarkThemRemoved)
{
    cd::ConsentService service(t.db(), t.clock());
    cd::ChoiceWorklistPage page(cd::ChoiceWorklistPage::Kind::CodesToCorrect, t.db(), service,
                                TestDatabase::reception());
    page.reload({2010, 3, 15});
    EXPECT_EQ(page.model()->rowCount(), 2);
    auto* button = page.findChild<QPushButton*>();
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled());
    const auto before = counts();
    page.confirm = [](const QString&) {
        return true;
    };
    page.view()->selectRow(0);
    page.markSelectedRemoved(); // the service refuses whatever the screen allows
    EXPECT_TRUE(page.message().contains(QStringLiteral("GP or a manager"))) << qPrintable(page.message());
    auto after = counts();
    EXPECT_EQ(after.at(QStringLiteral("consent_events")), before.at(QStringLiteral("consent_events")));
}

TEST_F(DeskTest, TheGpReviewListSaysWhyEachWaits)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
    cd::ChoiceWorklistPage* review = w.gpReview();
    ASSERT_EQ(w.tabs()->currentWidget(), review);
    const QStringList why = column(review->model(), cd::ChoiceWorklistModel::Detail);
    EXPECT_TRUE(why.contains(QStringLiteral("Turned 16: offer the patient their own choice")))
        << qPrintable(why.join(u'|'));
    EXPECT_TRUE(why.contains(QStringLiteral("Two different forms on one day: the opt-out stands until decided")));
    EXPECT_TRUE(why.contains(QStringLiteral("Made for the patient by someone else")));
    // The Why column sits before the code, where a GP reads first.
    const auto* header = review->view()->horizontalHeader();
    EXPECT_LT(header->visualIndex(cd::ChoiceWorklistModel::Detail),
              header->visualIndex(cd::ChoiceWorklistModel::ReadCode));
}

TEST_F(DeskTest, TheDateSignedFollowsTheDateReceivedAndAParentForAnAdultIsWarned)
{
    cd::ConsentService service(t.db(), t.clock());
    const cd::Patient p = adultInWindow();
    cd::RecordFormDialog dialog(t.db(), service, TestDatabase::reception(), {2010, 3, 15}, p.nhsNumber);
    dialog.show();
    const auto dates = dialog.findChildren<cd::DateField*>();
    ASSERT_EQ(dates.size(), 2);
    cd::DateField* received = dates.at(0);
    cd::DateField* signedOn = dates.at(1);
    EXPECT_EQ(signedOn->accessibleName(), QStringLiteral("Date signed"));
    received->setDate({2010, 3, 10});
    EXPECT_EQ(signedOn->date(), QDate(2010, 3, 10)); // follows until changed
    EXPECT_EQ(signedOn->maximumDate(), QDate(2010, 3, 10));
    signedOn->setDate({2010, 3, 8});
    received->setDate({2010, 3, 12});
    EXPECT_EQ(signedOn->date(), QDate(2010, 3, 8)); // changed by hand: kept

    auto* by = dialog.findChildren<QComboBox*>().at(1);
    ASSERT_EQ(by->accessibleName(), QStringLiteral("Submitted by"));
    by->setCurrentIndex(by->findData(static_cast<int>(cd::Submitter::Parent)));
    const auto rowsBefore = counts();
    QTest::keyClick(received, Qt::Key_Return); // Continue
    ASSERT_TRUE(dialog.onSummary());
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Signed 8 Mar 2010"))) << qPrintable(dialog.summaryText());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("a parent cannot choose for someone aged 16 or over")))
        << qPrintable(dialog.message());
    const auto buttons = dialog.findChildren<QPushButton*>();
    QPushButton* saveButton = nullptr;
    for (QPushButton* b : buttons) {
        if (b->isVisible() && b->text().contains(QStringLiteral("Save"))) {
            saveButton = b;
        }
    }
    ASSERT_NE(saveButton, nullptr);
    EXPECT_EQ(saveButton->text(), QStringLiteral("&Save anyway"));
    saveButton->click(); // the service refuses it, and says why
    EXPECT_FALSE(dialog.onSummary());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("--by attorney"))) << qPrintable(dialog.message());
    EXPECT_EQ(counts(), rowsBefore);
}

TEST_F(DeskTest, ThePracticeSettingsSayANewWindowAppliesToLaterMailoutsOnly)
{
    cd::PracticeSettingsDialog dialog(t.db(), t.clock(), TestDatabase::manager());
    const auto labels = dialog.findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* l) {
        return l->text().contains(QStringLiteral("Applies to mail-outs recorded from now on"));
    }));
}

} // namespace

namespace {

// The upload is done only when a manager says so (issue #21 rule 5), and saving the settings for another reason keeps
// what was recorded: the LMC report's disclosure control and the upload's date.
TEST_F(DeskTest, ThePracticeSettingsRecordTheUploadAsDoneAndKeepItWhenSavedAgain)
{
    {
        cd::PracticeSettingsDialog dialog(t.db(), t.clock(), TestDatabase::manager());
        const auto boxes = dialog.findChildren<QCheckBox*>();
        const auto doneBox = std::find_if(boxes.cbegin(), boxes.cend(), [](const QCheckBox* b) {
            return b->text().contains(QStringLiteral("d&one"));
        });
        ASSERT_NE(doneBox, boxes.cend());
        QTest::mouseClick(*doneBox, Qt::LeftButton, {}, QPoint(5, (*doneBox)->height() / 2));
        ASSERT_TRUE((*doneBox)->isChecked());
        const auto combos = dialog.findChildren<QComboBox*>();
        const auto method = std::find_if(combos.cbegin(), combos.cend(),
                                         [](const QComboBox* c) { return c->findData(QStringLiteral("strict")) >= 0; });
        ASSERT_NE(method, combos.cend());
        (*method)->setCurrentIndex((*method)->findData(QStringLiteral("strict")));
        dialog.save();
        EXPECT_EQ(dialog.result(), QDialog::Accepted) << qPrintable(dialog.message());
    }
    auto overview = cd::PracticeOverview::load(t.db());
    ASSERT_TRUE(overview.ok());
    EXPECT_EQ(overview->uploadDone, t.clock().today());
    EXPECT_EQ(overview->disclosure, QStringLiteral("strict"));
    {
        cd::PracticeSettingsDialog again(t.db(), t.clock(), TestDatabase::manager());
        again.save(); // nothing touched
    }
    overview = cd::PracticeOverview::load(t.db());
    EXPECT_EQ(overview->uploadDone, t.clock().today());
    EXPECT_EQ(overview->disclosure, QStringLiteral("strict"));
}

} // namespace
