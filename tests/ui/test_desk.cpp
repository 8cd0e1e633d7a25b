// The desk, offscreen and by keyboard: search as you type, a form recorded by keyboard alone reaching the panel and
// the worklists, marking coded clearing the worklist, a refused form keeping what was typed and changing nothing,
// and the patient list model checked by Qt's model tester.
#include "demo/DemoGenerator.h"
#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/NhsNumber.h"
#include "mainwindow/MainWindow.h"
#include "patients/PatientListModel.h"
#include "patients/PatientPanel.h"
#include "patients/PatientsPage.h"
#include "record/RecordFormDialog.h"
#include "service/DemoService.h"
#include "service/PatientRecord.h"
#include "settings/DeskSettings.h"
#include "worklists/ChoiceWorklistModel.h"
#include "worklists/ChoiceWorklistPage.h"

#include "DeskFixture.h"
#include "TestDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

TEST_F(DeskTest, TypingInTheSearchBoxFiltersTheList)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    cd::PatientsPage* page = w.patients();
    const int everyone = page->model()->rowCount();
    EXPECT_GT(everyone, 1000);
    // Ctrl+F from anywhere puts the cursor in the search box.
    w.tabs()->setCurrentIndex(1);
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(page->searchBox()->hasFocus());
    const cd::Patient p = adultInWindow();
    const QString prefix = p.familyName.left(3);
    QTest::keyClicks(page->searchBox(), prefix);
    const int matched = page->model()->rowCount();
    EXPECT_GT(matched, 0);
    EXPECT_LT(matched, everyone);
    for (int row = 0; row < matched; ++row) {
        const cd::PatientRow r = page->model()->patientAt(row);
        EXPECT_TRUE(r.familyName.startsWith(prefix, Qt::CaseInsensitive) ||
                    r.givenName.startsWith(prefix, Qt::CaseInsensitive))
            << qPrintable(r.familyName);
    }
    // The whole NHS number, spaced as on a letter: exactly one patient, selected and shown.
    page->searchBox()->clear();
    QTest::keyClicks(page->searchBox(), cd::NhsNumber::parse(p.nhsNumber)->formatted());
    ASSERT_EQ(page->model()->rowCount(), 1);
    EXPECT_EQ(page->panel()->nhsNumber(), p.nhsNumber);
    EXPECT_TRUE(page->countText().contains(QStringLiteral("1 patient")));
    // A date of birth half typed says what to type; nothing is listed meanwhile.
    page->searchBox()->clear();
    QTest::keyClicks(page->searchBox(), QStringLiteral("12/03/19"));
    EXPECT_EQ(page->model()->rowCount(), 0);
    EXPECT_TRUE(page->countText().contains(QStringLiteral("dd/mm/yyyy")));
}

TEST_F(DeskTest, AFormRecordedByKeyboardAloneReachesThePanelAndTheWorklists)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    const cd::Patient p = adultInWindow();
    ASSERT_FALSE(p.nhsNumber.isEmpty());
    const auto before = cd::Worklists::awaitingCoding(t.db(), cd::Programme::scr(), {2010, 3, 15});
    ASSERT_TRUE(before.ok());

    cd::PatientsPage* page = w.patients();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(page->searchBox(), p.nhsNumber);
    QTest::keyClick(page->searchBox(), Qt::Key_Return); // to the list, first row selected
    ASSERT_TRUE(page->view()->hasFocus());
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<cd::RecordFormDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        sawDialog = true;
        dialog->activateWindow(); // shortcuts and mnemonics reach only the active window
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        // The choice has the focus (the NHS number came with the patient): arrow down to the opt-out.
        auto* choice = qobject_cast<QComboBox*>(dialog->focusWidget());
        ASSERT_NE(choice, nullptr);
        while (choice->currentData().toString() != QLatin1String("dissent")) {
            QTest::keyClick(choice, Qt::Key_Down);
        }
        // Tab past the date, the submitter and the channel to the two check boxes, ticking each with Space.
        // (Tab steps through the date's day, month and year first.)
        for (int i = 0; i < 8 && !dialog->focusWidget()->inherits("QCheckBox"); ++i) {
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        }
        ASSERT_TRUE(dialog->focusWidget()->inherits("QCheckBox"));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space); // identity checked
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Space);  // signature present
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);    // to the date signed (the date received)
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return); // Continue: the summary
        EXPECT_TRUE(dialog->onSummary());
        EXPECT_TRUE(dialog->summaryText().contains(p.familyName)) << qPrintable(dialog->summaryText());
        EXPECT_TRUE(dialog->summaryText().contains(QStringLiteral("Identity checked; signature present")));
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return); // Save
    });
    QTest::keyClick(page->view(), Qt::Key_Return); // Enter on a patient: record a form
    ASSERT_TRUE(sawDialog);

    EXPECT_TRUE(page->panel()->summaryText().contains(QStringLiteral("not yet coded")))
        << qPrintable(page->panel()->summaryText());
    EXPECT_TRUE(page->panel()->historyText().contains(QStringLiteral("dissent from the patient")));
    w.tabs()->setCurrentWidget(w.awaitingCoding()); // read as its tab opens
    const auto& items = w.awaitingCoding()->model()->items();
    EXPECT_EQ(items.size(), before->size() + 1);
    EXPECT_TRUE(std::any_of(items.cbegin(), items.cend(), [&](const cd::ChoiceItem& i) {
        return i.patient.nhsNumber == p.nhsNumber && i.readCode == QLatin1String("9Ndo");
    }));
}

TEST_F(DeskTest, MarkingCodedClearsTheWorklistItem)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    cd::ChoiceWorklistPage* coding = w.awaitingCoding();
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier); // the worklist is read as its tab opens
    ASSERT_EQ(w.tabs()->currentWidget(), coding);
    const int before = coding->model()->rowCount();
    ASSERT_GE(before, 2);
    const QString first = coding->model()->item(0).patient.nhsNumber;
    const QString second = coding->model()->item(1).patient.nhsNumber;
    coding->view()->setFocus();
    coding->view()->selectRow(0);
    QTest::keyClick(coding->view(), Qt::Key_Down, Qt::ShiftModifier); // two rows selected
    QString asked;
    coding->confirm = [&](const QString& question) {
        asked = question;
        return true;
    };
    QTest::keyClick(coding->view(), Qt::Key_K, Qt::ControlModifier);
    EXPECT_TRUE(asked.contains(QStringLiteral("Mark 2 choice"))) << qPrintable(asked) << qPrintable(coding->message());
    EXPECT_EQ(coding->model()->rowCount(), before - 2);
    for (const cd::ChoiceItem& i : coding->model()->items()) {
        EXPECT_NE(i.patient.nhsNumber, first);
        EXPECT_NE(i.patient.nhsNumber, second);
    }
    auto record = cd::PatientRecord::load(t.db(), cd::Programme::scr(), first, {2010, 3, 15});
    ASSERT_TRUE(record.ok());
    EXPECT_FALSE(record->state.awaitingCoding);
    EXPECT_TRUE(coding->message().contains(QStringLiteral("Marked 2 coded")));
}

TEST_F(DeskTest, ARefusedFormShowsWhyKeepsWhatWasTypedAndChangesNothing)
{
    cd::ConsentService service(t.db(), t.clock());
    const cd::Patient p = adultInWindow();
    const auto rowsBefore = counts();
    cd::RecordFormDialog dialog(t.db(), service, TestDatabase::reception(), {2010, 3, 15}, p.nhsNumber);
    dialog.show();
    auto* note = dialog.findChildren<QLineEdit*>().last();
    const QString tooLong(2500, u'x');
    note->setText(tooLong);
    QTest::keyClick(note, Qt::Key_Return); // Continue
    ASSERT_TRUE(dialog.onSummary());
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return); // Save: refused
    EXPECT_FALSE(dialog.onSummary());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("Not saved"))) << qPrintable(dialog.message());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("2500 characters")));
    EXPECT_EQ(note->text(), tooLong);
    EXPECT_EQ(dialog.savedEventId(), 0);
    EXPECT_EQ(counts(), rowsBefore);
}

TEST_F(DeskTest, AWrongNumberIsNamedAsTypedAndTheSameChoiceTwiceIsWarned)
{
    cd::ConsentService service(t.db(), t.clock());
    const cd::Patient p = adultInWindow();
    cd::RecordFormDialog dialog(t.db(), service, TestDatabase::reception(), {2010, 3, 15}, QString());
    dialog.show();
    auto* nhs = dialog.findChildren<QLineEdit*>().first();
    QTest::keyClicks(nhs, p.nhsNumber.left(9));
    QString last = p.nhsNumber.right(1);
    last[0] = QChar(u'0' + (last.at(0).digitValue() + 1) % 10); // one digit wrong
    QTest::keyClicks(nhs, last);
    QTest::keyClick(nhs, Qt::Key_Return);
    EXPECT_FALSE(dialog.onSummary());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("NHS number"))) << qPrintable(dialog.message());

    cd::RecordChoiceCommand first;
    first.nhsNumber = p.nhsNumber;
    first.choice = QStringLiteral("dissent");
    first.received = {2010, 3, 1};
    ASSERT_TRUE(service.recordChoice(TestDatabase::reception(), first).ok());
    nhs->setText(p.nhsNumber);
    auto* choice = dialog.findChild<QComboBox*>();
    choice->setCurrentIndex(choice->findData(QStringLiteral("dissent")));
    QTest::keyClick(nhs, Qt::Key_Return);
    ASSERT_TRUE(dialog.onSummary());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("already recorded on 1 Mar 2010")))
        << qPrintable(dialog.message());
}

TEST_F(DeskTest, ThePatientListModelPassesQtsModelTester)
{
    cd::PatientListModel model(t.db(), {2010, 3, 15});
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0); // nothing read until asked for
    model.refresh();
    ASSERT_GT(model.rowCount(), 1000);
    // Read every row once: only the last pages stay in memory.
    for (int row = 0; row < model.rowCount(); ++row) {
        ASSERT_FALSE(model.data(model.index(row, cd::PatientListModel::NhsNumber)).toString().isEmpty());
    }
    EXPECT_LE(model.pagesHeld(), cd::PatientListModel::kPagesKept);
    model.sort(cd::PatientListModel::DateOfBirth, Qt::DescendingOrder);
    const QDate first = model.patientAt(0).dateOfBirth;
    const QDate second = model.patientAt(1).dateOfBirth;
    EXPECT_GE(first, second);
    cd::PatientFilter filter;
    filter.search = cd::PatientSearch::parse(QStringLiteral("a"));
    model.setFilter(filter);
    model.setAsOf({2010, 5, 1});
    model.sort(cd::PatientListModel::State);
    EXPECT_GT(model.rowCount(), 0);
}

TEST_F(DeskTest, TheWindowRemembersItsLayout)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("desk.ini"));
    {
        cd::DeskSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
        cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"), &settings);
        w.resize(900, 640);
        w.patients()->splitter()->setSizes({500, 300});
        w.close();
    }
    cd::DeskSettings settings(std::make_unique<QSettings>(file, QSettings::IniFormat));
    EXPECT_EQ(settings.lastDatabase(), t.db().target().display());
    cd::MainWindow again(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"), &settings);
    EXPECT_EQ(again.size(), QSize(900, 640));
}

} // namespace
