// The first window, offscreen: it shows the practice, the as-of date and the same figures as `stats`.
#include "mainwindow/MainWindow.h"
#include "overview/FigureTile.h"
#include "service/DemoService.h"
#include "stats/HeadlineFigures.h"

#include "TestDatabase.h"

#include <QDateEdit>
#include <QLabel>
#include <QLocale>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

QString count(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {1500, 4}).ok());
    }
    cd::HeadlineFigures figures(QDate asOf)
    {
        auto f = cd::HeadlineFigures::compute(t.db(), cd::Programme::scr(), asOf);
        EXPECT_TRUE(f.ok());
        return *f;
    }
    QString statusText(cd::MainWindow& w)
    {
        QStringList parts;
        for (QLabel* label : w.statusBar()->findChildren<QLabel*>()) {
            parts << label->text();
        }
        return parts.join(u'|');
    }

    TestDatabase t{false};
};

TEST_F(MainWindowTest, ShowsTheSameFiguresAsStats)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    const auto f = figures({2010, 3, 15});
    EXPECT_EQ(w.tile(QStringLiteral("list_size"))->value(), count(f.listSize));
    EXPECT_EQ(w.tile(QStringLiteral("in_window"))->value(), count(f.count(QStringLiteral("in_window"))));
    EXPECT_EQ(w.tile(QStringLiteral("dissent"))->value(), count(f.count(QStringLiteral("dissent"))));
    EXPECT_EQ(w.tile(QStringLiteral("awaiting_coding"))->value(), count(f.awaitingCoding));
    EXPECT_EQ(w.tile(QStringLiteral("uptake_percent"))->value(), QString::number(f.uptakePercent(), 'f', 2) + u'%');
    EXPECT_TRUE(w.windowTitle().contains(QStringLiteral("Forest Road Surgery (demo)")));
}

TEST_F(MainWindowTest, StatusBarShowsAsOfPracticeAndUser)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    const QString status = statusText(w);
    EXPECT_TRUE(status.contains(QStringLiteral("As of 15 Mar 2010"))) << qPrintable(status);
    EXPECT_TRUE(status.contains(QStringLiteral("Forest Road Surgery (demo) (F99999) (demo data)")));
    EXPECT_TRUE(status.contains(QStringLiteral("Signed in as j.smith")));
}

TEST_F(MainWindowTest, TypingADateInTheAsOfBoxMovesTheFigures)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    auto* edit = w.findChild<QDateEdit*>();
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->setSelectedSection(QDateTimeEdit::MonthSection);
    QTest::keyClick(edit, Qt::Key_Up); // March to April: the window closes on 9 April
    QTest::keyClick(edit, Qt::Key_Up); // May
    EXPECT_EQ(w.asOf(), QDate(2010, 5, 15));
    const auto f = figures({2010, 5, 15});
    EXPECT_EQ(f.count(QStringLiteral("in_window")), 0);
    EXPECT_EQ(w.tile(QStringLiteral("implied"))->value(), count(f.count(QStringLiteral("implied"))));
    EXPECT_TRUE(statusText(w).contains(QStringLiteral("As of 15 May 2010")));
}

TEST_F(MainWindowTest, UncodedFormsNearTheUploadDateCarryAWarningInWords)
{
    cd::MainWindow w(t.db(), {2010, 4, 5}, QStringLiteral("j.smith"));
    ASSERT_GT(figures({2010, 4, 5}).awaitingCoding, 0);
    EXPECT_TRUE(w.uploadBanner().contains(QStringLiteral("26 Apr 2010, 21 days away"))) << qPrintable(w.uploadBanner());
    EXPECT_TRUE(w.uploadBanner().contains(
        QStringLiteral("Information packs mailed 15 Jan 2010; the opt-out window closes on 9 Apr 2010 (4 days left).")))
        << qPrintable(w.uploadBanner());
    EXPECT_TRUE(w.tile(QStringLiteral("awaiting_coding"))->warning().contains(QStringLiteral("before the upload")));

    w.setAsOf({2010, 1, 20}); // months before the upload: no warning
    EXPECT_TRUE(w.tile(QStringLiteral("awaiting_coding"))->warning().isEmpty());
}

} // namespace
