// Alt+letter (mnemonics) reach one control each: unique among what a window shows at once, and never the letter of
// one of the window's menus (Alt+P must open the Patient menu, not press a button). Every window and dialog is
// walked page by page (each tab, each page of a stack or a wizard), and every menu's own items too.
#include "audit/AuditViewerDialog.h"
#include "connect/ConnectDialog.h"
#include "firstrun/FirstRunWizard.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "import/ImportWizard.h"
#include "reconcile/ReconcileWizard.h"
#include "mailout/MailoutDialog.h"
#include "mailout/ReturnedLettersDialog.h"
#include "mainwindow/MainWindow.h"
#include "patients/NewPatientDialog.h"
#include "query/Worklists.h"
#include "record/RecordFormDialog.h"
#include "report/ReportDialog.h"
#include "review/ReviewDialog.h"
#include "settings/PracticeSettingsDialog.h"
#include "signin/SignInDialog.h"
#include "timeline/ReferenceFiguresDialog.h"
#include "timeline/TimelineEditorDialog.h"
#include "users/UsersDialog.h"

#include "DeskFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QWizard>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i; // a literal ampersand
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// The mnemonics of what the window shows now, each with where it is.
QMultiHash<QChar, QString> shownMnemonics(QWidget& window)
{
    QMultiHash<QChar, QString> found;
    const auto add = [&](const QString& text, const QString& where) {
        if (const QChar m = mnemonicOf(text); !m.isNull()) {
            found.insert(m, where + QStringLiteral(" \"") + text + u'"');
        }
    };
    if (auto* main = qobject_cast<QMainWindow*>(&window)) {
        for (QAction* menu : main->menuBar()->actions()) {
            add(menu->text(), QStringLiteral("menu"));
        }
    }
    for (auto* button : window.findChildren<QAbstractButton*>()) {
        if (button->isVisible()) {
            add(button->text(), QStringLiteral("button"));
        }
    }
    for (auto* label : window.findChildren<QLabel*>()) {
        if (label->isVisible() && label->buddy()) {
            add(label->text(), QStringLiteral("label"));
        }
    }
    for (auto* box : window.findChildren<QGroupBox*>()) {
        if (box->isVisible()) {
            add(box->title(), QStringLiteral("group"));
        }
    }
    for (auto* tabs : window.findChildren<QTabBar*>()) {
        if (tabs->isVisible()) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i), QStringLiteral("tab"));
            }
        }
    }
    return found;
}

QStringList clashes(QWidget& window, const QString& page)
{
    QApplication::processEvents();
    const auto found = shownMnemonics(window);
    QStringList out;
    for (const QChar key : found.uniqueKeys()) {
        const QStringList where = found.values(key);
        if (where.size() > 1) {
            out << QStringLiteral("%1 %2: Alt+%3 is %4")
                       .arg(QString::fromLatin1(window.metaObject()->className()), page, key.toUpper(),
                            where.join(QStringLiteral(" and ")));
        }
    }
    return out;
}

// Every page of every tab widget, stack and wizard in turn; then each menu's items.
QStringList allClashes(QWidget& window)
{
    window.show();
    QStringList out = clashes(window, QStringLiteral("as opened"));
    if (auto* wizard = qobject_cast<QWizard*>(&window)) {
        for (const int id : wizard->pageIds()) {
            for (const int other : wizard->pageIds()) {
                wizard->page(other)->setVisible(other == id);
            }
            out << clashes(window, QStringLiteral("page %1").arg(id));
        }
    }
    for (auto* tabs : window.findChildren<QTabWidget*>()) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            out << clashes(window, QStringLiteral("tab %1").arg(tabs->tabText(i)));
        }
    }
    for (auto* stack : window.findChildren<QStackedWidget*>()) {
        if (qobject_cast<QTabWidget*>(stack->parentWidget())) {
            continue; // a tab widget's own stack: walked above
        }
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            out << clashes(window, QStringLiteral("page %1").arg(i));
        }
    }
    for (auto* menu : window.findChildren<QMenu*>()) {
        QMultiHash<QChar, QString> items;
        for (QAction* a : menu->actions()) {
            if (const QChar m = mnemonicOf(a->text()); !m.isNull()) {
                items.insert(m, a->text());
            }
        }
        for (const QChar key : items.uniqueKeys()) {
            if (items.values(key).size() > 1) {
                out << QStringLiteral("menu %1: Alt+%2 is %3")
                           .arg(menu->title(), key.toUpper(), items.values(key).join(QStringLiteral(" and ")));
            }
        }
    }
    window.hide();
    return out;
}

// The names of the classes in ui/ that derive from QDialog or QWizard, read from their headers.
QStringList dialogClassesInSource()
{
    QStringList names;
    const QRegularExpression declaration(QStringLiteral(R"(class (\w+) : public Q(Dialog|Wizard)\b)"));
    QDirIterator it(QStringLiteral(QT_TESTCASE_SOURCEDIR "/../ui"), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile header(it.next());
        if (header.open(QIODevice::ReadOnly)) {
            auto match = declaration.globalMatch(QString::fromUtf8(header.readAll()));
            while (match.hasNext()) {
                names << match.next().captured(1);
            }
        }
    }
    EXPECT_GE(names.size(), 10) << "the ui folder was not found";
    return names;
}

TEST_F(DeskTest, EveryMnemonicReachesOneControlAndNoneStealsAMenusLetter)
{
    cd::MainWindow w(t.db(), QDate(2010, 3, 15), TestDatabase::manager());
    const cd::Actor manager = TestDatabase::manager();
    const QDate day(2010, 3, 15);
    std::vector<std::unique_ptr<QWidget>> screens;
    screens.push_back(std::make_unique<cd::ShortcutsDialog>(&w));
    screens.push_back(
        std::make_unique<cd::RecordFormDialog>(t.db(), w.service(), manager, day, adultInWindow().nhsNumber));
    screens.push_back(std::make_unique<cd::MailoutDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::ReturnedLettersDialog>(t.db(), w.service(), manager, day));
    screens.push_back(std::make_unique<cd::ReportDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::AuditViewerDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::TimelineEditorDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::ReferenceFiguresDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::PracticeSettingsDialog>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::ImportWizard>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::ReconcileWizard>(t.db(), t.clock(), manager));
    screens.push_back(std::make_unique<cd::SignInDialog>(t.db(), t.clock(), cd::SignInDialog::Mode::SignIn));
    screens.push_back(std::make_unique<cd::SignInDialog>(t.db(), t.clock(), cd::SignInDialog::Mode::FirstManager));
    screens.push_back(std::make_unique<cd::ConnectDialog>());
    screens.push_back(std::make_unique<cd::FirstRunWizard>());
    screens.push_back(std::make_unique<cd::UserGuideDialog>());
    screens.push_back(std::make_unique<cd::ReviewDialog>(
        t.db(), w.service(), manager, day,
        cd::Worklists::gpReview(t.db(), cd::Programme::scr(), day)->first().patient.nhsNumber));
    cd::RegistrationService registration(t.db(), t.clock());
    screens.push_back(std::make_unique<cd::NewPatientDialog>(registration, manager, day));
    screens.push_back(std::make_unique<cd::UsersDialog>(t.db(), t.clock(), manager));
    QStringList found = allClashes(w);
    QSet<QString> walked;
    for (auto& screen : screens) {
        found << allClashes(*screen);
        walked.insert(QString::fromLatin1(screen->metaObject()->className()).section(QStringLiteral("::"), -1));
    }
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
    // Every dialog and wizard of the desk is walked: a new one cannot be forgotten here.
    for (const QString& name : dialogClassesInSource()) {
        EXPECT_TRUE(walked.contains(name)) << qPrintable(name) << " is not walked by this test";
    }
}

// A new practice shows its prompt to import the register above every tab: its button's letter is free on each.
TEST(EmptyPracticeMnemonics, TheImportButtonStealsNoLetter)
{
    TestDatabase empty(true);
    cd::MainWindow w(empty.db(), QDate(2010, 3, 15), TestDatabase::manager());
    const QStringList found = allClashes(w);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
    EXPECT_FALSE(w.emptyPracticePrompt().isEmpty());
}

} // namespace
