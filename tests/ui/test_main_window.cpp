// The first window, offscreen: it shows the practice, the as-of date and the same figures as `stats`.
#include "demo/DemoGenerator.h"
#include "import/ImportWizard.h"
#include "mainwindow/MainWindow.h"
#include "overview/FigureTile.h"
#include "service/DemoService.h"
#include "service/PracticeService.h"
#include "stats/HeadlineFigures.h"

#include "Screenshot.h"
#include "TestDatabase.h"

#include "widgets/DateField.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

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
    auto* edit = w.findChild<cd::DateField*>();
    ASSERT_NE(edit, nullptr);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("15052010")); // a whole date replaces the one shown: after the window closed
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

#include "connect/ConnectDialog.h"
#include "service/ConsentService.h"

#include <QLineEdit>
#include <QSpinBox>

namespace {

TEST_F(MainWindowTest, AFormRecordedAtAnotherDeskShowsWithinTwoSeconds)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    const QString before = w.tile(QStringLiteral("dissent"))->value();
    // Another desk: its own connection to the same file, recording an opt-out for a patient still in the window.
    auto other = cd::Database::open(t.path(), cd::Database::Mode::MustExist);
    ASSERT_TRUE(other.ok());
    QString nhs;
    for (const auto& p : cd::DemoGenerator::generate({1500, 4})) {
        if (p.events.size() == 2 && p.events.last().type == cd::EventType::PackSent) {
            nhs = p.patient.nhsNumber;
            break;
        }
    }
    cd::ConsentService desk(**other, t.clock());
    cd::RecordChoiceCommand form;
    form.nhsNumber = nhs;
    form.choice = QStringLiteral("dissent");
    form.received = QDate(2010, 3, 1);
    ASSERT_TRUE(desk.recordChoice(TestDatabase::reception(), form).ok());
    const QString expected = count(figures({2010, 3, 15}).count(QStringLiteral("dissent")));
    ASSERT_NE(expected, before);
    EXPECT_TRUE(QTest::qWaitFor([&] { return w.tile(QStringLiteral("dissent"))->value() == expected; }, 2000));
}

// A new practice has no patients until its register comes in: the desk says so and offers the import at once.
TEST(EmptyPractice, TheDeskAsksForTheRegisterFirst)
{
    TestDatabase empty(true);
    cd::MainWindow w(empty.db(), {2010, 3, 15}, TestDatabase::manager());
    w.resize(1024, 700);
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    cd::test::keepPicture(w, "empty-practice.png");
    EXPECT_TRUE(w.emptyPracticePrompt().contains(QStringLiteral("importing the register")))
        << qPrintable(w.emptyPracticePrompt());
    auto* importNow = w.findChild<QPushButton*>(QStringLiteral("importNow"));
    ASSERT_NE(importNow, nullptr);
    ASSERT_TRUE(importNow->isVisible());

    bool wizardOpened = false;
    QTimer::singleShot(0, [&] {
        (void)QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; });
        auto* wizard = qobject_cast<cd::ImportWizard*>(QApplication::activeModalWidget());
        wizardOpened = wizard != nullptr;
        if (QApplication::activeModalWidget()) {
            QApplication::activeModalWidget()->close();
        }
    });
    QTest::mouseClick(importNow, Qt::LeftButton);
    EXPECT_TRUE(wizardOpened);
}

TEST(EmptyPractice, ReceptionIsToldWhoImportsTheRegister)
{
    TestDatabase empty(true);
    cd::MainWindow w(empty.db(), {2010, 3, 15}, TestDatabase::reception());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    EXPECT_TRUE(w.emptyPracticePrompt().contains(QStringLiteral("the practice manager imports")));
    EXPECT_FALSE(w.findChild<QPushButton*>(QStringLiteral("importNow"))->isVisible());
}

TEST_F(MainWindowTest, APracticeWithPatientsHasNoEmptyPrompt)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, TestDatabase::manager());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    EXPECT_TRUE(w.emptyPracticePrompt().isEmpty());
}

// A training database says so in the title, as the demo does: nobody mistakes it for the practice's own.
TEST(TrainingPractice, TheTitleSaysTraining)
{
    TestDatabase training(false);
    cd::InitPracticeCommand command;
    command.code = QStringLiteral("F84001");
    command.name = QStringLiteral("Training Surgery");
    command.region = QStringLiteral("london");
    command.training = true;
    ASSERT_TRUE(cd::PracticeService(training.db(), training.clock()).init(TestDatabase::manager(), command).ok());
    cd::MainWindow w(training.db(), {2010, 3, 15}, TestDatabase::manager());
    EXPECT_TRUE(w.windowTitle().endsWith(QStringLiteral("Training Surgery \u2014 Training")))
        << qPrintable(w.windowTitle());

    TestDatabase practice(true); // the practice's own: no such word
    cd::MainWindow own(practice.db(), {2010, 3, 15}, TestDatabase::manager());
    EXPECT_FALSE(own.windowTitle().contains(QStringLiteral("Training"))) << qPrintable(own.windowTitle());
}

TEST(ConnectDialog, BuildsTheServerUrlWithoutThePassword)
{
    cd::ConnectDialog dialog;
    const auto edit = [&](const char* name) {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    };
    edit("host")->clear();
    QTest::keyClicks(edit("host"), QStringLiteral("db.practice.nhs.uk"));
    edit("user")->clear();
    QTest::keyClicks(edit("user"), QStringLiteral("reception1"));
    QTest::keyClicks(edit("password"), QStringLiteral("s3cret-passw0rd"));
    dialog.findChild<QSpinBox*>()->setValue(6543);
    EXPECT_EQ(dialog.url(),
              QStringLiteral("postgresql://reception1@db.practice.nhs.uk:6543/consentdesk?sslmode=prefer"));
    EXPECT_FALSE(dialog.url().contains(QStringLiteral("s3cret")));
    EXPECT_EQ(dialog.password(), QStringLiteral("s3cret-passw0rd"));
}

} // namespace
