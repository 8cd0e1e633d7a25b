// The desk under a receptionist's hands (issue #22): never the wrong patient, a scanner's stream of returned
// letters, warnings that default to going back, a past date said plainly, and a lock that hides every detail.
#include "mailout/ReturnedLettersDialog.h"
#include "mainwindow/MainWindow.h"
#include "patients/PatientListModel.h"
#include "patients/PatientPanel.h"
#include "patients/PatientsPage.h"
#include "query/Worklists.h"
#include "record/RecordFormDialog.h"
#include "review/ReviewDialog.h"
#include "service/ConsentService.h"
#include "service/MailoutService.h"
#include "service/PatientRecord.h"
#include "service/UserService.h"
#include "signin/PrivacyCover.h"
#include "signin/SignInDialog.h"
#include "worklists/ChoiceWorklistModel.h"
#include "worklists/ChoiceWorklistPage.h"

#include "DeskFixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

QAction* action(const QWidget& w, const QString& text)
{
    for (QAction* a : w.findChildren<QAction*>()) {
        if (a->text() == text) {
            return a;
        }
    }
    return nullptr;
}

TEST_F(DeskTest, ANewSearchThatNoLongerListsThePatientClearsThePanelAndEveryAction)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    cd::PatientsPage* page = w.patients();
    QAction* record = action(w, QStringLiteral("&Record a form…"));
    ASSERT_NE(record, nullptr);
    EXPECT_FALSE(record->isEnabled()); // nobody selected yet

    const cd::Patient p = adultInWindow();
    QTest::keyClicks(page->searchBox(), p.nhsNumber);
    ASSERT_EQ(page->selectedNhs(), p.nhsNumber); // the only match, selected
    EXPECT_EQ(page->panel()->nhsNumber(), p.nhsNumber);
    EXPECT_TRUE(record->isEnabled());

    // Another search that does not list them: nobody selected, the panel empty, nothing to act on.
    page->searchBox()->clear();
    QTest::keyClicks(page->searchBox(), QStringLiteral("zz"));
    EXPECT_TRUE(page->selectedNhs().isEmpty());
    EXPECT_TRUE(page->panel()->nhsNumber().isEmpty());
    EXPECT_FALSE(record->isEnabled());
    for (QPushButton* b : page->panel()->findChildren<QPushButton*>()) {
        EXPECT_FALSE(b->isEnabled()) << qPrintable(b->text());
    }
    const auto before = counts();
    QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr); // Ctrl+R agrees with the button: nothing opens
    EXPECT_EQ(counts(), before);

    // A search that still lists the selected patient keeps them, not whoever sits in their old row.
    page->searchBox()->clear();
    QTest::keyClicks(page->searchBox(), p.familyName.left(3));
    ASSERT_GT(page->model()->rowCount(), 1);
    for (int row = 0; row < page->model()->rowCount(); row += 100) {
        (void)page->model()->patientAt(row); // every page of the matches read
    }
    page->view()->selectRow(page->model()->rowOf(p.nhsNumber));
    ASSERT_EQ(page->selectedNhs(), p.nhsNumber);
    QTest::keyClicks(page->searchBox(), p.familyName.mid(3, 1));
    EXPECT_EQ(page->selectedNhs(), p.nhsNumber);
    EXPECT_EQ(page->panel()->nhsNumber(), p.nhsNumber);
    // On another page the Patient menu has nothing to act on either.
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    EXPECT_FALSE(record->isEnabled());
}

TEST_F(DeskTest, AScannersStreamOfReturnedLettersNeverClosesTheDialog)
{
    cd::ConsentService service(t.db(), t.clock());
    cd::ReturnedLettersDialog dialog(t.db(), service, TestDatabase::reception(), {2010, 3, 15});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QStringList scans;
    for (const auto& p : cd::DemoGenerator::generate({cd::test::kPatients, cd::test::kSeed})) {
        const auto s = cd::Ledger::fold(cd::Programme::scr(), p.events, p.patient.dateOfBirth, {2010, 3, 15}, {});
        if (s.registered && s.state == QLatin1String("in_window") && scans.size() < 8) {
            scans << p.patient.nhsNumber;
        }
    }
    scans.insert(3, QStringLiteral("9990000019")); // fails the check
    scans.insert(6, QStringLiteral("9990000018")); // valid, but nobody's
    for (const QString& scan : scans) {
        QTest::keyClicks(dialog.input(), scan, Qt::NoModifier, 0); // as fast as a scanner
        QTest::keyClick(dialog.input(), Qt::Key_Return);
        ASSERT_TRUE(dialog.isVisible()) << "closed after " << qPrintable(scan);
    }
    EXPECT_EQ(dialog.result(), 0);
    ASSERT_EQ(dialog.lines().size(), 10);
    EXPECT_TRUE(dialog.tally().contains(QStringLiteral("8 letter(s) recorded"))) << qPrintable(dialog.tally());
    EXPECT_TRUE(dialog.tally().contains(QStringLiteral("2 number(s) not recorded"))) << qPrintable(dialog.tally());
    EXPECT_TRUE(dialog.lines().at(9 - 3).startsWith(u'\u26A0'));
    EXPECT_FALSE(dialog.lines().at(9 - 3).contains(QStringLiteral("should be")));
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        EXPECT_FALSE(b->isDefault()) << qPrintable(b->text());
        EXPECT_FALSE(b->autoDefault()) << qPrintable(b->text());
    }
    QTest::keyClick(&dialog, Qt::Key_Escape); // Escape (or Close) is the only way out
    EXPECT_FALSE(dialog.isVisible());
}

TEST_F(DeskTest, TheSameChoiceAgainDefaultsToGoingBack)
{
    cd::ConsentService service(t.db(), t.clock());
    const cd::Patient p = adultInWindow();
    cd::RecordChoiceCommand first;
    first.nhsNumber = p.nhsNumber;
    first.choice = QStringLiteral("dissent");
    first.received = {2010, 3, 10};
    ASSERT_TRUE(service.recordChoice(TestDatabase::reception(), first).ok());
    cd::RecordFormDialog dialog(t.db(), service, TestDatabase::reception(), {2010, 3, 15}, p.nhsNumber);
    dialog.show();
    QTest::keyClick(dialog.findChild<QLineEdit*>(), Qt::Key_Return); // Continue
    ASSERT_TRUE(dialog.onSummary());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("already recorded"))) << qPrintable(dialog.message());
    QPushButton* focused = qobject_cast<QPushButton*>(dialog.focusWidget());
    ASSERT_NE(focused, nullptr);
    EXPECT_EQ(focused->text(), QStringLiteral("&Go back"));
    EXPECT_TRUE(focused->isDefault());
    const auto before = counts();
    QTest::keyClick(focused, Qt::Key_Return); // a tired Enter goes back to the form, saving nothing
    EXPECT_FALSE(dialog.onSummary());
    EXPECT_EQ(counts(), before);
}

TEST_F(DeskTest, AProxysNameAndRelationshipAreAskedOnlyForAProxysForm)
{
    cd::ConsentService service(t.db(), t.clock());
    const cd::Patient p = adultInWindow();
    cd::RecordFormDialog dialog(t.db(), service, TestDatabase::reception(), {2010, 3, 15}, p.nhsNumber);
    dialog.show();
    QLineEdit* name = nullptr;
    QLineEdit* relationship = nullptr;
    for (QLineEdit* edit : dialog.findChildren<QLineEdit*>()) {
        if (edit->accessibleName() == QLatin1String("The proxy's name")) {
            name = edit;
        } else if (edit->accessibleName() == QLatin1String("The proxy's relationship to the patient")) {
            relationship = edit;
        }
    }
    ASSERT_NE(name, nullptr);
    ASSERT_NE(relationship, nullptr);
    EXPECT_FALSE(name->isVisible()); // the patient's own form
    auto* by = dialog.findChildren<QComboBox*>().at(1);
    by->setCurrentIndex(by->findData(static_cast<int>(cd::Submitter::Attorney)));
    EXPECT_TRUE(name->isVisible());
    EXPECT_TRUE(relationship->isVisible());
    name->setText(QStringLiteral("Tom Wright"));
    relationship->setText(QStringLiteral("son, health and welfare attorney"));
    QTest::keyClick(name, Qt::Key_Return); // Continue
    ASSERT_TRUE(dialog.onSummary());
    EXPECT_TRUE(dialog.summaryText().contains(QStringLiteral("Proxy: Tom Wright, son, health and welfare attorney")));
    QTest::keyClick(dialog.focusWidget(), Qt::Key_Return); // Save (only a note about the GP's review)
    ASSERT_GT(dialog.savedEventId(), 0) << qPrintable(dialog.message());
    auto record = cd::PatientRecord::load(t.db(), cd::Programme::scr(), p.nhsNumber, {2010, 3, 15});
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->history.last().proxyName, QStringLiteral("Tom Wright"));
}

TEST_F(DeskTest, AReviewWithoutAReasonIsRefusedInPlaceAndEscapeAsksBeforeThrowingAwayTheReason)
{
    cd::ConsentService service(t.db(), t.clock());
    const auto waiting = cd::Worklists::gpReview(t.db(), cd::Programme::scr(), {2010, 3, 15});
    ASSERT_TRUE(waiting.ok());
    ASSERT_FALSE(waiting->isEmpty());
    const cd::ChoiceItem item = waiting->first();
    cd::ReviewDialog dialog(t.db(), service, TestDatabase::clinician(), {2010, 3, 15}, item.patient.nhsNumber,
                            cd::ReviewOutcome::Overridden);
    dialog.show();
    EXPECT_TRUE(dialog.what().contains(item.patient.familyName)) << qPrintable(dialog.what());
    EXPECT_TRUE(dialog.what().contains(QStringLiteral("Why it is here:"))) << qPrintable(dialog.what());
    const auto before = counts();
    dialog.save(); // no reason yet
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("Give the reason"))) << qPrintable(dialog.message());
    EXPECT_EQ(counts(), before);
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Serious allergy"));
    EXPECT_TRUE(dialog.message().isEmpty()); // its cause is put right
    QString asked;
    dialog.confirmDiscard = [&](const QString& question) {
        asked = question;
        return false; // "No": keep the dialog and the reason
    };
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_TRUE(asked.contains(QStringLiteral("Throw away the reason")));
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.reasonEdit()->toPlainText(), QStringLiteral("Serious allergy"));
    dialog.save();
    EXPECT_GT(dialog.savedEventId(), 0) << qPrintable(dialog.message());
    EXPECT_EQ(counts().at(QStringLiteral("consent_events")), before.at(QStringLiteral("consent_events")) + 1);
}

TEST_F(DeskTest, EscapeOnAHalfFilledFormAsksAndAnUntouchedOneJustCloses)
{
    cd::ConsentService service(t.db(), t.clock());
    const cd::Patient p = adultInWindow();
    cd::RecordFormDialog untouched(t.db(), service, TestDatabase::reception(), {2010, 3, 15}, p.nhsNumber);
    untouched.show();
    bool askedUntouched = false;
    untouched.confirmDiscard = [&](const QString&) {
        return askedUntouched = true;
    };
    QTest::keyClick(&untouched, Qt::Key_Escape);
    EXPECT_FALSE(askedUntouched);
    EXPECT_FALSE(untouched.isVisible());

    cd::RecordFormDialog form(t.db(), service, TestDatabase::reception(), {2010, 3, 15}, p.nhsNumber);
    form.show();
    auto* note = form.findChildren<QLineEdit*>().last();
    QTest::keyClicks(note, QStringLiteral("Handed in"));
    QString asked;
    form.confirmDiscard = [&](const QString& question) {
        asked = question;
        return false;
    };
    QTest::keyClick(&form, Qt::Key_Escape);
    EXPECT_TRUE(asked.contains(QStringLiteral("Throw away this form?")));
    EXPECT_TRUE(form.isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("Handed in"));
    // A message goes once its cause is put right.
    auto* nhs = form.findChildren<QLineEdit*>().first();
    nhs->clear();
    QTest::keyClick(note, Qt::Key_Return); // Continue without a patient
    EXPECT_TRUE(form.message().contains(QStringLiteral("NHS number"))) << qPrintable(form.message());
    QTest::keyClicks(nhs, p.nhsNumber);
    EXPECT_TRUE(form.message().isEmpty()) << qPrintable(form.message());
}

TEST_F(DeskTest, APastViewAsOfDateIsSaidInABar)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    EXPECT_EQ(w.pastDateBar(),
              QStringLiteral("Viewing 15 Mar 2010, not today: anything you record is dated that day."));
    cd::MainWindow today(t.db(), QDate::currentDate(), QStringLiteral("j.smith"));
    EXPECT_TRUE(today.pastDateBar().isEmpty());
}

TEST_F(DeskTest, TheHeaderSaysWhenEachMailoutsWindowsClose)
{
    cd::MailoutCommand topUp;
    topUp.sentOn = {2010, 3, 15};
    auto sent = cd::recordMailout(t.db(), TestDatabase::manager(), t.clock(), topUp);
    ASSERT_TRUE(sent.ok()) << qPrintable(sent.error().message);
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    EXPECT_TRUE(w.uploadBanner().startsWith(
        QStringLiteral("Information packs: most windows close on 9 Apr 2010 (25 days left); %1 close on 7 Jun 2010 (84 "
                       "days left).")
            .arg(sent->packs)))
        << qPrintable(w.uploadBanner());
}

TEST_F(DeskTest, TheGpReviewListSaysWhetherEachChoiceIsInForceAndCodedAndAChildsAge)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    cd::ChoiceWorklistPage* review = w.gpReview();
    review->reload({2010, 3, 15});
    const cd::ChoiceWorklistModel* model = review->model();
    EXPECT_EQ(model->headerData(cd::ChoiceWorklistModel::Urgency, Qt::Horizontal).toString(),
              QStringLiteral("In force and coded?"));
    bool sawTurnedSixteen = false;
    bool sawPending = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const cd::ChoiceItem& item = model->item(row);
        const QString state = model->data(model->index(row, cd::ChoiceWorklistModel::Urgency)).toString();
        const QString by = model->data(model->index(row, cd::ChoiceWorklistModel::SubmittedBy)).toString();
        if (item.reviewReason == cd::ReviewReason::TurnedSixteen) {
            sawTurnedSixteen = true;
            EXPECT_EQ(state, QStringLiteral("In force; coded 26 Jan 2010")); // the demo's story
            EXPECT_EQ(by, QStringLiteral("Parent, child of 15"));
            EXPECT_EQ(model->data(model->index(row, cd::ChoiceWorklistModel::SubmittedBy), Qt::ToolTipRole).toString(),
                      QStringLiteral("a person with parental responsibility, for a child of 15"));
        }
        if (!item.inForce) {
            sawPending = true;
            EXPECT_EQ(state, QStringLiteral("Not in force until upheld"));
        }
    }
    EXPECT_TRUE(sawTurnedSixteen);
    EXPECT_TRUE(sawPending);
}

TEST(DeskLock, LockingHidesEveryPatientDetailAndSaysWhoLockedIt)
{
    TestDatabase t;
    ASSERT_TRUE(cd::UserService(t.db(), t.clock())
                    .addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery"))
                    .ok());
    const qint64 id = t.addPatient(QStringLiteral("9990000018"), {1960, 6, 1});
    ASSERT_GT(id, 0);
    cd::MainWindow w(t.db(), {2010, 3, 15}, cd::Actor{QStringLiteral("p.manager"), cd::Role::Manager});
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QTest::keyClicks(w.patients()->searchBox(), QStringLiteral("9990000018"));
    ASSERT_EQ(w.patients()->panel()->nhsNumber(), QStringLiteral("9990000018"));
    bool seen = false;
    QTimer::singleShot(200, [&] {
        auto* box = qobject_cast<cd::SignInDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        seen = true;
        EXPECT_TRUE(box->intro().startsWith(QStringLiteral("p.manager locked the desk at ")))
            << qPrintable(box->intro());
        ASSERT_NE(w.lockCover(), nullptr);
        EXPECT_GT(w.lockCover()->hiddenCount(), 0);
        // Nothing of the patient is visible anywhere in the window.
        EXPECT_FALSE(w.patients()->isVisible());
        EXPECT_FALSE(w.patients()->panel()->isVisible());
        EXPECT_FALSE(w.centralWidget()->isVisible());
        QTest::keyClicks(box->passwordEdit(), QStringLiteral("correct horse battery"));
        QTest::keyClick(box->passwordEdit(), Qt::Key_Return);
    });
    w.lock();
    EXPECT_TRUE(seen);
    EXPECT_TRUE(w.centralWidget()->isVisible());
    EXPECT_EQ(w.patients()->panel()->nhsNumber(), QStringLiteral("9990000018")); // all as it was
}

TEST(DeskLock, ADialogOpenWhenTheDeskLocksItselfKeepsWhatWasTypedButShowsNothing)
{
    TestDatabase t;
    ASSERT_TRUE(cd::UserService(t.db(), t.clock())
                    .addFirstManager(QStringLiteral("p.manager"), QStringLiteral("correct horse battery"))
                    .ok());
    t.addPatient(QStringLiteral("9990000018"), {1960, 6, 1});
    cd::MainWindow w(t.db(), {2010, 3, 15}, cd::Actor{QStringLiteral("p.manager"), cd::Role::Manager});
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    cd::RecordFormDialog form(t.db(), w.service(), TestDatabase::reception(), {2010, 3, 15},
                              QStringLiteral("9990000018"), &w);
    form.show();
    auto* note = form.findChildren<QLineEdit*>().last();
    note->setText(QStringLiteral("Handed in by her son"));
    w.lockWhenIdle(1);
    bool seen = false;
    QTimer::singleShot(200, [&] {
        auto* box = qobject_cast<cd::SignInDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        seen = true;
        EXPECT_TRUE(box->intro().startsWith(QStringLiteral("Consent Desk locked itself at ")))
            << qPrintable(box->intro());
        EXPECT_TRUE(form.isVisible());   // still open, so nothing typed is lost...
        EXPECT_FALSE(note->isVisible()); // ...but showing nothing
        for (QLabel* label : form.findChildren<QLabel*>()) {
            EXPECT_FALSE(label->isVisible()) << qPrintable(label->text());
        }
        w.findChild<QTimer*>(QStringLiteral("idleLock"))->setInterval(60000); // not again at once after this
        QTest::keyClicks(box->passwordEdit(), QStringLiteral("correct horse battery"));
        QTest::keyClick(box->passwordEdit(), Qt::Key_Return);
    });
    auto* idle = w.findChild<QTimer*>(QStringLiteral("idleLock"));
    ASSERT_NE(idle, nullptr);
    idle->start(10); // the idle time is up
    QTest::qWait(600);
    EXPECT_TRUE(seen);
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(note->text(), QStringLiteral("Handed in by her son"));
}

} // namespace
