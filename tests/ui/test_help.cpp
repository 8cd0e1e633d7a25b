// Help: the user guide inside the program, F1 at the section of the screen in use, and the shortcuts list read from
// the actions themselves.
#include "DeskFixture.h"

#include "help/HelpKey.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "mainwindow/MainWindow.h"
#include "record/RecordFormDialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include "Screenshot.h"

using cd::UserGuideDialog;

namespace {

TEST(UserGuide, HasASectionForEveryScreenThatOpensOne)
{
    UserGuideDialog guide;
    const QStringList headings = guide.headings();
    ASSERT_GT(headings.size(), 20);
    for (cd::HelpSection section : cd::allHelpSections()) {
        EXPECT_TRUE(headings.contains(cd::helpHeading(section))) << cd::helpHeading(section).toStdString();
    }
}

TEST(UserGuide, ShowsItsScreenshotsFromInsideTheProgram)
{
    UserGuideDialog guide;
    QTextDocument* doc = guide.browser()->document();
    int images = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (!it.fragment().charFormat().isImageFormat()) {
                continue;
            }
            const QString name = it.fragment().charFormat().toImageFormat().name();
            const QUrl url = QUrl(QStringLiteral("qrc:/guide/user-guide.md")).resolved(QUrl(name));
            const QVariant image = doc->resource(QTextDocument::ImageResource, url);
            EXPECT_TRUE(image.isValid() && !image.value<QImage>().isNull()) << name.toStdString();
            ++images;
        }
    }
    EXPECT_GE(images, 8);
}

TEST(UserGuide, NeedsNoSidewaysScrolling)
{
    UserGuideDialog guide;
    guide.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&guide));
    for (const int width : {1000, 800, 640}) { // down to a small laptop screen with the contents beside
        guide.resize(width, 600);
        QScrollBar* sideways = guide.browser()->horizontalScrollBar();
        // The scroll range follows the layout a moment later: the pictures follow the pane, the code blocks wrap.
        EXPECT_TRUE(QTest::qWaitFor([&] { return sideways->maximum() == 0; }, 1000))
            << width << " wide: " << sideways->maximum() << " px to scroll sideways";
    }
}

TEST(UserGuide, OpensAtTheSectionAskedForAndSaysWhenThereIsNone)
{
    UserGuideDialog guide;
    guide.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&guide));
    ASSERT_TRUE(guide.showSection(QStringLiteral("Importing the register")));
    EXPECT_EQ(guide.currentSection(), QStringLiteral("Importing the register"));
    ASSERT_TRUE(guide.showSection(QStringLiteral("Recording a form")));
    EXPECT_EQ(guide.currentSection(), QStringLiteral("Recording a form"));
    EXPECT_FALSE(guide.showSection(QStringLiteral("No such section")));
    EXPECT_EQ(guide.currentSection(), QStringLiteral("Recording a form")); // unmoved
}

class DeskHelp : public cd::test::DeskTest
{
protected:
    std::unique_ptr<cd::MainWindow> openDesk()
    {
        auto w = std::make_unique<cd::MainWindow>(t.db(), QDate(2010, 3, 15), cd::test::TestDatabase::manager());
        w->show();
        QApplication::setActiveWindow(w.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(w.get()));
        return w;
    }
};

TEST_F(DeskHelp, F1OpensTheGuideAtTheSectionForThePageInView)
{
    auto w = openDesk();
    const struct
    {
        int tab;
        QString heading;
    } pages[] = {{0, QStringLiteral("Finding a patient")},
                 {2, QStringLiteral("Awaiting coding")},
                 {3, QStringLiteral("GP review")},
                 {6, QStringLiteral("The rollout timeline and charts")}};
    for (const auto& page : pages) {
        w->tabs()->setCurrentIndex(page.tab);
        QTest::keyClick(w.get(), Qt::Key_F1);
        auto* guide = w->findChild<UserGuideDialog*>();
        ASSERT_NE(guide, nullptr);
        EXPECT_TRUE(guide->isVisible());
        EXPECT_EQ(guide->currentSection(), page.heading);
        if (page.tab == 2) {
            cd::test::keepPicture(*guide, "user-guide.png");
        }
        QApplication::setActiveWindow(w.get());
    }
    EXPECT_EQ(w->findChildren<UserGuideDialog*>().size(), 1); // one guide, moved, not one per key press
}

TEST_F(DeskHelp, F1InADialogOpensItsOwnSectionBesideIt)
{
    auto w = openDesk();
    const cd::Patient patient = adultInWindow();
    cd::RecordFormDialog dialog(t.db(), w->service(), cd::test::TestDatabase::manager(), QDate(2010, 3, 15),
                                patient.nhsNumber, w.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(&dialog, Qt::Key_F1);
    auto* guide = dialog.findChild<UserGuideDialog*>();
    ASSERT_NE(guide, nullptr);
    EXPECT_EQ(guide->currentSection(), QStringLiteral("Recording a form"));
}

TEST_F(DeskHelp, TheShortcutsListHasEveryMenuShortcut)
{
    auto w = openDesk();
    cd::ShortcutsDialog dialog(w.get());
    QStringList listed;
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        listed << dialog.table()->item(row, 0)->text() + QStringLiteral(" = ") + dialog.table()->item(row, 1)->text();
    }
    int withShortcut = 0;
    for (QAction* menu : w->menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->shortcut().isEmpty()) {
                continue;
            }
            ++withShortcut;
            const QString row = action->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(" = ") +
                                action->text().remove(u'&');
            EXPECT_TRUE(listed.contains(row)) << row.toStdString();
        }
    }
    EXPECT_GE(withShortcut, 15);
    EXPECT_TRUE(listed.contains(QStringLiteral("/ = Find a patient")));
    EXPECT_TRUE(listed.contains(QStringLiteral("Ctrl+K = Mark the selected choices coded")));
    EXPECT_TRUE(listed.contains(QStringLiteral("F1 = User guide")));
}

TEST_F(DeskHelp, TheGuidesShortcutTableHasEveryMenuShortcut)
{
    auto w = openDesk();
    QFile guide(QStringLiteral(":/guide/user-guide.md"));
    ASSERT_TRUE(guide.open(QIODevice::ReadOnly));
    QStringList keys; // the first cell of each row of the guide's tables, "Ctrl+F or /" as two
    for (const QString& line : QString::fromUtf8(guide.readAll()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("| ")) && line.count(u'|') >= 3) {
            for (const QString& key : line.section(u'|', 1, 1).trimmed().split(QStringLiteral(" or "))) {
                keys << key.section(QStringLiteral(" ("), 0, 0).trimmed();
            }
        }
    }
    for (QAction* menu : w->menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            const QString key = action->shortcut().toString(QKeySequence::PortableText);
            if (!key.isEmpty()) {
                EXPECT_TRUE(keys.contains(key)) << key.toStdString() << " (" << action->text().toStdString()
                                                << ") is not in the guide's table of shortcuts";
            }
        }
    }
}

TEST_F(DeskHelp, TheAboutBoxSaysTheVersionsTheDatabaseAndTheLicence)
{
    auto w = openDesk();
    QAction* about = nullptr;
    for (QAction* menu : w->menuBar()->actions()) {
        for (QAction* action : menu->menu()->actions()) {
            if (action->text().remove(u'&').startsWith(QStringLiteral("About"))) {
                about = action;
            }
        }
    }
    ASSERT_NE(about, nullptr);
    QString shown;
    QTimer::singleShot(0, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    about->trigger();
    EXPECT_TRUE(shown.contains(QStringLiteral(CONSENTDESK_VERSION))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion()))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("SQLite 3."))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(t.db().path().toHtmlEscaped())) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Schema version %1").arg(t.db().schemaVersion()))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("GNU General Public License"))) << shown.toStdString();
}

} // namespace
