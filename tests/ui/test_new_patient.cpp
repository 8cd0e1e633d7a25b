// Registering a new patient at the desk (issue #22, item 16), at the keyboard as a practice manager would (the role
// that may since the server enforces roles, issue #18): Ctrl+Shift+N,
// the registration form's fields in Tab order, Enter; the desk then shows the patient, and "Register and record a
// form" goes straight on to their form.
#include "mainwindow/MainWindow.h"
#include "patients/NewPatientDialog.h"
#include "patients/PatientsPage.h"
#include "record/RecordFormDialog.h"
#include "service/PatientRecord.h"
#include "service/RegistrationService.h"
#include "widgets/DateField.h"

#include "DeskFixture.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

const QString kNewNumber = QStringLiteral("943 476 5919"); // valid, and not in the demo practice

// Types the registration form from the NHS number on, moving field to field with Tab only.
void typeRegistration(QWidget* dialog, const QString& nhs)
{
    // The application's focus reaches a dialog opened by exec() a moment after the dialog is active.
    EXPECT_TRUE(QTest::qWaitFor([dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); }));
    const auto typeThenTab = [](const QString& text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    };
    typeThenTab(nhs);
    typeThenTab(QStringLiteral("Mrs"));
    typeThenTab(QStringLiteral("Ann"));
    typeThenTab(QStringLiteral("Newcomer"));
    typeThenTab(QStringLiteral("01021970"));
    typeThenTab(QStringLiteral("F")); // the sex list finds Female by its letter
    typeThenTab(QStringLiteral("1 High Street, Leeds"));
    typeThenTab(QStringLiteral("ls1 4ap"));
}

TEST_F(DeskTest, AManagerRegistersANewPatientAtTheKeyboardAndTheDeskShowsThem)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, TestDatabase::manager());
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    // The desk's search for a number nobody has points to registering them.
    QTest::keyClicks(w.patients()->searchBox(), kNewNumber);
    EXPECT_TRUE(w.patients()->countText().contains(QStringLiteral("Register a new patient")))
        << qPrintable(w.patients()->countText());
    bool typed = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<cd::NewPatientDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        typeRegistration(dialog, kNewNumber);
        EXPECT_TRUE(dialog->numberCheck().contains(QStringLiteral("new to the practice")))
            << qPrintable(dialog->numberCheck());
        typed = true;
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the default button: Register
        if (dialog->isVisible()) { // never leave a test waiting on a dialog: say why it stayed
            ADD_FAILURE() << "still open: " << qPrintable(dialog->message());
            dialog->done(QDialog::Rejected);
        }
    });
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(typed);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(w.patients()->selectedNhs(), QStringLiteral("9434765919"));

    auto record = cd::PatientRecord::load(t.db(), cd::Programme::scr(), kNewNumber, {2010, 3, 15});
    ASSERT_TRUE(record.ok()) << qPrintable(record.error().message);
    EXPECT_EQ(record->patient.familyName, QStringLiteral("Newcomer"));
    EXPECT_EQ(record->patient.title, QStringLiteral("Mrs"));
    EXPECT_EQ(record->patient.dateOfBirth, QDate(1970, 2, 1));
    EXPECT_EQ(record->patient.sex, QStringLiteral("F"));
    EXPECT_EQ(record->patient.postcode, QStringLiteral("LS1 4AP"));
    EXPECT_EQ(record->patient.address, QStringLiteral("1 High Street, Leeds"));
    EXPECT_TRUE(record->state.registered);
}

TEST_F(DeskTest, RegisterAndRecordAFormGoesStraightOnToTheirForm)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, TestDatabase::manager());
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QString formNumber;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<cd::NewPatientDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        ASSERT_TRUE(QTest::qWaitForWindowActive(dialog));
        typeRegistration(dialog, kNewNumber);
        // The record form opens once this dialog has closed (and the desk has refreshed): read it, then close it.
        auto* poll = new QTimer(&w);
        QObject::connect(poll, &QTimer::timeout, [&formNumber, poll] {
            if (auto* form = qobject_cast<cd::RecordFormDialog*>(QApplication::activeModalWidget())) {
                poll->stop();
                formNumber = form->findChild<QLineEdit*>()->text();
                form->reject();
            }
        });
        poll->start(20);
        QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier); // Register and recor&d a form
    });
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(formNumber, kNewNumber);
    EXPECT_EQ(w.patients()->selectedNhs(), QStringLiteral("9434765919"));
}

TEST_F(DeskTest, AReceptionistIsToldWhoRegistersAnUnknownNumberAndCannotOpenTheForm)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, TestDatabase::reception());
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    QTest::keyClicks(w.patients()->searchBox(), kNewNumber);
    EXPECT_TRUE(w.patients()->countText().contains(QStringLiteral("ask the practice manager")))
        << qPrintable(w.patients()->countText());
    bool opened = false;
    QTimer::singleShot(300, [&] {
        if (auto* dialog = qobject_cast<cd::NewPatientDialog*>(QApplication::activeModalWidget())) {
            opened = true;
            dialog->reject();
        }
    });
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(400);
    EXPECT_FALSE(opened);
}

TEST_F(DeskTest, TheNewPatientFormNamesAKnownNumberAndKeepsWhatWasTypedWhenRefused)
{
    cd::RegistrationService service(t.db(), t.clock());
    cd::NewPatientDialog dialog(service, TestDatabase::reception(), {2010, 3, 15});
    dialog.confirmDiscard = [](const QString&) {
        return false;
    };
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));

    // A number already on the list is named, so nobody registers them twice.
    const cd::Patient known = adultInWindow();
    auto* nhs = qobject_cast<QLineEdit*>(dialog.focusWidget());
    ASSERT_NE(nhs, nullptr);
    QTest::keyClicks(nhs, known.nhsNumber);
    EXPECT_TRUE(dialog.numberCheck().contains(known.displayName())) << qPrintable(dialog.numberCheck());
    nhs->clear();
    QTest::keyClicks(nhs, QStringLiteral("943476591"));
    EXPECT_EQ(dialog.numberCheck(), QStringLiteral("9 of 10 digits"));
    QTest::keyClicks(nhs, QStringLiteral("8"));
    EXPECT_TRUE(dialog.numberCheck().contains(QStringLiteral("not valid"))) << qPrintable(dialog.numberCheck());
    EXPECT_FALSE(dialog.numberCheck().contains(QStringLiteral("should"))); // never the digit that would pass
    nhs->clear();

    // No sex chosen: refused in place, nothing saved, everything typed still there.
    dialog.findChild<QComboBox*>()->setCurrentIndex(-1);
    nhs->setFocus();
    QTest::keyClicks(nhs, kNewNumber);
    auto before = counts();
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        if (b->isDefault()) {
            b->click();
        }
    }
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.message().contains(QStringLiteral("sex"))) << qPrintable(dialog.message());
    EXPECT_EQ(nhs->text(), kNewNumber);
    EXPECT_EQ(counts(), before);
    dialog.findChild<QComboBox*>()->setCurrentIndex(0);
    EXPECT_TRUE(dialog.message().isEmpty()); // the message goes once its cause is put right

    // Escape on a half-filled form asks first; answered No, the dialog stays with what was typed.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(nhs->text(), kNewNumber);
}

} // namespace
