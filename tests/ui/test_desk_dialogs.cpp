// The desk's mail-out dialogs, offscreen: returned letters typed one after another, a mail-out with its count.
#include "domain/NhsNumber.h"
#include "mailout/MailoutDialog.h"
#include "mailout/ReturnedLettersDialog.h"
#include "service/ConsentService.h"
#include "service/MailoutService.h"
#include "service/PatientRecord.h"

#include "DeskFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

TEST_F(DeskTest, ReturnedLettersAreTypedOneAfterAnotherEachConfirmedByName)
{
    cd::ConsentService service(t.db(), t.clock());
    const cd::Patient p = adultInWindow();
    cd::ReturnedLettersDialog dialog(t.db(), service, TestDatabase::reception(), {2010, 3, 15});
    dialog.show();
    QTest::keyClicks(dialog.input(), cd::NhsNumber::parse(p.nhsNumber)->formatted());
    QTest::keyClick(dialog.input(), Qt::Key_Return);
    ASSERT_EQ(dialog.lines().size(), 1);
    EXPECT_TRUE(dialog.lines().first().contains(p.displayName())) << qPrintable(dialog.lines().first());
    EXPECT_TRUE(dialog.input()->text().isEmpty()); // ready for the next
    QTest::keyClicks(dialog.input(), QStringLiteral("123 456 7890"));
    QTest::keyClick(dialog.input(), Qt::Key_Return);
    ASSERT_EQ(dialog.lines().size(), 2);
    EXPECT_TRUE(dialog.lines().first().startsWith(u'\u26A0'));         // newest first, refused with the reason
    EXPECT_EQ(dialog.input()->text(), QStringLiteral("123 456 7890")); // kept to correct
    auto record = cd::PatientRecord::load(t.db(), cd::Programme::scr(), p.nhsNumber, {2010, 3, 15});
    ASSERT_TRUE(record.ok());
    EXPECT_TRUE(record->state.letterReturned);
    EXPECT_EQ(record->state.state, QStringLiteral("not_informed"));
}

TEST_F(DeskTest, AMailoutIsRecordedWithItsCountShownFirst)
{
    cd::MailoutCommand everyone;
    everyone.sentOn = {2010, 3, 15};
    const qint64 waiting = cd::previewMailout(t.db(), everyone)->packs;
    ASSERT_GT(waiting, 0); // the demo's late registrations were never sent a pack
    cd::MailoutDialog dialog(t.db(), t.clock(), TestDatabase::manager());
    dialog.show();
    EXPECT_TRUE(dialog.preview().startsWith(QStringLiteral("%1 pack").arg(waiting))) << qPrintable(dialog.preview());
    EXPECT_TRUE(dialog.preview().contains(QStringLiteral("close on 7 Jun 2010"))) << qPrintable(dialog.preview());
    // The demo's upload is on 26 April: 84-day windows from 15 March outlast it, and the dialog says so first.
    EXPECT_TRUE(dialog.warning().contains(QStringLiteral("after the planned upload on 26 Apr 2010")))
        << qPrintable(dialog.warning());
    QString asked;
    dialog.confirm = [&](const QString& question) {
        asked = question;
        return false; // "No": nothing is recorded
    };
    const auto before = t.rowCounts();
    dialog.record();
    EXPECT_TRUE(asked.contains(QStringLiteral("Record the mail-out anyway?")));
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(t.rowCounts(), before);
    dialog.confirm = [](const QString&) {
        return true;
    };
    dialog.record();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << qPrintable(dialog.message());
    EXPECT_EQ(cd::previewMailout(t.db(), everyone)->packs, 0);
    // A reception desk may not.
    cd::MailoutDialog refused(t.db(), t.clock(), TestDatabase::reception());
    refused.confirm = [](const QString&) {
        return true;
    };
    refused.record();
    EXPECT_NE(refused.result(), QDialog::Accepted);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("manager")));
}

} // namespace

#include "connect/ConnectDialog.h"
#include "firstrun/FirstRunWizard.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "mainwindow/MainWindow.h"
#include "record/RecordFormDialog.h"
#include "report/ReportDialog.h"
#include "settings/PracticeSettingsDialog.h"
#include "timeline/ReferenceFiguresDialog.h"
#include "timeline/TimelineEditorDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QTabWidget>
#include <QTextEdit>

namespace {

// Every control a screen reader lands on has a name: its own accessible name, its text, or a label naming it.
QStringList unnamedControls(QWidget& root)
{
    QSet<QWidget*> labelled;
    for (QLabel* label : root.findChildren<QLabel*>()) {
        if (label->buddy()) {
            labelled.insert(label->buddy());
        }
    }
    QStringList unnamed;
    for (QWidget* w : root.findChildren<QWidget*>()) {
        const bool control = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                             qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                             qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractButton*>(w);
        if (!control || w->parentWidget() == nullptr || qobject_cast<QLineEdit*>(w->parentWidget()) ||
            qobject_cast<QAbstractItemView*>(w->parentWidget()) || // a table's headers are the table's
            qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget())) {
            continue; // a spin box's or combo box's own inner line edit is named through its owner
        }
        const auto* button = qobject_cast<QAbstractButton*>(w);
        const bool named = !w->accessibleName().isEmpty() || labelled.contains(w) ||
                           (button && !button->text().isEmpty()) || !w->isVisibleTo(&root);
        if (!named && w->objectName() != QLatin1String("qt_scrollarea_viewport")) {
            unnamed << QStringLiteral("%1 in %2")
                           .arg(QLatin1String(w->metaObject()->className()),
                                QLatin1String(w->parentWidget()->metaObject()->className()));
        }
    }
    return unnamed;
}

TEST_F(DeskTest, EveryControlOnTheDeskHasANameForScreenReaders)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    for (int tab = 0; tab < w.tabs()->count(); ++tab) { // hidden pages are checked as each is shown
        w.tabs()->setCurrentIndex(tab);
        EXPECT_EQ(unnamedControls(w), QStringList()) << "on tab " << tab;
    }
    cd::ConsentService service(t.db(), t.clock());
    cd::RecordFormDialog form(t.db(), service, TestDatabase::reception(), {2010, 3, 15}, QString());
    form.show();
    EXPECT_EQ(unnamedControls(form), QStringList());
    cd::PracticeSettingsDialog settings(t.db(), t.clock(), TestDatabase::manager());
    settings.show();
    EXPECT_EQ(unnamedControls(settings), QStringList());
    cd::TimelineEditorDialog timeline(t.db(), t.clock(), TestDatabase::manager());
    timeline.show();
    EXPECT_EQ(unnamedControls(timeline), QStringList());
    cd::ReferenceFiguresDialog references(t.db(), t.clock(), TestDatabase::manager());
    references.show();
    EXPECT_EQ(unnamedControls(references), QStringList());
    cd::ReportDialog report(t.db(), t.clock(), TestDatabase::manager());
    report.show();
    EXPECT_EQ(unnamedControls(report), QStringList());
    cd::FirstRunWizard wizard;
    wizard.show();
    for (const int page : wizard.pageIds()) { // each page as it is shown
        wizard.setStartId(page);
        wizard.restart();
        EXPECT_EQ(unnamedControls(wizard), QStringList()) << "on the wizard's page " << page;
    }
    cd::ConnectDialog connect;
    connect.show();
    EXPECT_EQ(unnamedControls(connect), QStringList());
    cd::UserGuideDialog guide;
    guide.show();
    EXPECT_EQ(unnamedControls(guide), QStringList());
    cd::ShortcutsDialog shortcuts(&w);
    shortcuts.show();
    EXPECT_EQ(unnamedControls(shortcuts), QStringList());
}

} // namespace
