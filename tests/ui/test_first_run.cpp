// The first-run wizard, driven from the keyboard as a practice manager would: each path, the refusals, and Cancel
// leaving nothing behind.
#include "firstrun/FirstRunWizard.h"
#include "help/UserGuideDialog.h"
#include "mainwindow/MainWindow.h"
#include "service/PracticeOverview.h"
#include "service/UserService.h"
#include "store/Database.h"
#include "store/DatabaseTarget.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

#include "Screenshot.h"
#include "TestDatabase.h"

#include <QMenuBar>
#include <QTimer>

using cd::FirstRunWizard;

namespace {

const QString kPassword = QStringLiteral("four sound words here");

// Where the window system sends a key: to an open popup (a list of matches) first, else to the focus.
QWidget* keyboardTarget()
{
    QWidget* popup = QApplication::activePopupWidget();
    return popup ? popup : QApplication::focusWidget();
}

// Types as a person at the keyboard does.
void type(const QString& text)
{
    for (const QChar c : text) {
        QWidget* target = keyboardTarget();
        ASSERT_NE(target, nullptr);
        QTest::keyClicks(target, QString(c));
    }
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = keyboardTarget();
    ASSERT_NE(target, nullptr);
    QTest::keyClick(target, k, modifiers);
}

QString focusName()
{
    QWidget* focus = QApplication::focusWidget();
    return focus ? focus->objectName() : QString();
}

class FirstRun : public ::testing::Test
{
protected:
    void open(FirstRunWizard::Start start = FirstRunWizard::Start::Choice)
    {
        wizard = std::make_unique<FirstRunWizard>(start);
        wizard->show();
        QApplication::setActiveWindow(wizard.get());
        ASSERT_TRUE(QTest::qWaitForWindowActive(wizard.get()));
    }
    // From the practice page: code, name, region (the third), the file's place; Enter goes on.
    void fillPractice(const QString& code, const QString& file)
    {
        ASSERT_EQ(wizard->currentId(), FirstRunWizard::PracticePage);
        ASSERT_EQ(focusName(), QStringLiteral("practiceCode"));
        type(code);
        key(Qt::Key_Tab);
        type(QStringLiteral("The Surgery, Ashby Road"));
        key(Qt::Key_Tab);
        ASSERT_EQ(focusName(), QStringLiteral("region"));
        type(QStringLiteral("east mid")); // without its "NHS", and not all of it
        key(Qt::Key_Tab);
        ASSERT_EQ(focusName(), QStringLiteral("plannedUpload"));
        type(QStringLiteral("20042010"));
        key(Qt::Key_Tab);
        ASSERT_EQ(focusName(), QStringLiteral("location"));
        key(Qt::Key_A, Qt::ControlModifier);
        type(file);
        key(Qt::Key_Return);
    }
    void fillManager(const QString& name, const QString& password, const QString& again)
    {
        ASSERT_EQ(wizard->currentId(), FirstRunWizard::ManagerPage);
        ASSERT_EQ(focusName(), QStringLiteral("managerName"));
        key(Qt::Key_A, Qt::ControlModifier);
        type(name);
        key(Qt::Key_Tab);
        type(password);
        key(Qt::Key_Tab);
        type(again);
        key(Qt::Key_Return);
    }

    QTemporaryDir dir;
    std::unique_ptr<FirstRunWizard> wizard;
};

TEST_F(FirstRun, ANewPracticeIsMadeFromTheKeyboardWithItsManagerSignedIn)
{
    open();
    const QString file = dir.filePath(QStringLiteral("practice/consentdesk.sqlite"));
    EXPECT_TRUE(wizard->findChild<QRadioButton*>(QStringLiteral("choice0"))->isChecked()); // new practice first
    cd::test::keepPicture(*wizard, "first-run-choice.png");
    key(Qt::Key_Return);
    fillPractice(QStringLiteral("f84001"), file);
    EXPECT_FALSE(QFileInfo::exists(file)); // nothing is written before Finish
    // Never the computer's account (nor "unknown" when it has none): the manager's own sign-in name.
    EXPECT_TRUE(wizard->findChild<QLineEdit*>(QStringLiteral("managerName"))->text().isEmpty());
    fillManager(QStringLiteral("p.manager"), kPassword, kPassword);
    ASSERT_EQ(wizard->result(), QDialog::Accepted) << wizard->problem().toStdString();

    EXPECT_EQ(wizard->outcome().choice, FirstRunWizard::Choice::NewPractice);
    EXPECT_EQ(wizard->outcome().target, file);
    EXPECT_EQ(wizard->outcome().manager, QStringLiteral("p.manager"));
#ifndef Q_OS_WIN
    EXPECT_EQ(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), 0);
#endif
    auto db = cd::Database::open(file, cd::Database::Mode::MustExist);
    ASSERT_TRUE(db.ok());
    auto practice = cd::PracticeOverview::load(**db);
    ASSERT_TRUE(practice.ok());
    EXPECT_EQ(practice->practice.code, QStringLiteral("F84001"));
    EXPECT_EQ(practice->practice.name, QStringLiteral("The Surgery, Ashby Road"));
    EXPECT_EQ(practice->practice.regionId, QStringLiteral("east-midlands"));
    EXPECT_EQ(practice->plannedUpload, QDate(2010, 4, 20));
    EXPECT_FALSE(practice->demo);
    const cd::SystemClock clock;
    auto manager = cd::UserService(**db, clock).signIn(QStringLiteral("p.manager"), kPassword);
    ASSERT_TRUE(manager.ok());
    EXPECT_EQ(manager->role, cd::Role::Manager);
}

TEST_F(FirstRun, ARegionIsFoundByAnyPartOfItsNameThatOnlyItHas)
{
    open(FirstRunWizard::Start::NewPractice);
    ASSERT_EQ(focusName(), QStringLiteral("practiceCode"));
    type(QStringLiteral("F84001"));
    key(Qt::Key_Tab);
    type(QStringLiteral("The Surgery"));
    key(Qt::Key_Tab);
    type(QStringLiteral("east"));                          // East of England or East Midlands: not enough
    ASSERT_NE(QApplication::activePopupWidget(), nullptr); // both are offered
    key(Qt::Key_Return);                                   // closes the list, taking neither
    ASSERT_EQ(QApplication::activePopupWidget(), nullptr);
    key(Qt::Key_Return); // Next
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::PracticePage);
    EXPECT_TRUE(wizard->problem().contains(QStringLiteral("region"))) << qPrintable(wizard->problem());
    auto* region = wizard->findChild<QComboBox*>(QStringLiteral("region"));
    ASSERT_NE(region, nullptr);
    EXPECT_EQ(focusName(), QStringLiteral("region")); // the refusal puts the cursor where the fix is
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("yorkshire"));
    key(Qt::Key_Tab);
    EXPECT_EQ(focusName(), QStringLiteral("plannedUpload"));
    EXPECT_FALSE(region->completer()->popup()->isVisible());
    EXPECT_EQ(region->currentData().toString(), QStringLiteral("yorkshire-and-the-humber"));
    EXPECT_EQ(region->currentText(), QStringLiteral("NHS Yorkshire and the Humber"));
}

TEST_F(FirstRun, ABadPracticeCodeIsRefusedOnItsPage)
{
    open(FirstRunWizard::Start::NewPractice);
    const QString file = dir.filePath(QStringLiteral("consentdesk.sqlite"));
    fillPractice(QStringLiteral("12345X"), file);
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::PracticePage);
    EXPECT_TRUE(wizard->problem().contains(QStringLiteral("F84001"))) << wizard->problem().toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(FirstRun, AnExistingFileIsNeverOverwritten)
{
    open(FirstRunWizard::Start::NewPractice);
    const QString file = dir.filePath(QStringLiteral("consentdesk.sqlite"));
    QFile existing(file);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("someone's data");
    existing.close();
    fillPractice(QStringLiteral("F84001"), file);
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::PracticePage);
    EXPECT_TRUE(wizard->problem().contains(QStringLiteral("already a file"))) << wizard->problem().toStdString();
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), QByteArray("someone's data"));
}

TEST_F(FirstRun, AWeakOrMistypedPasswordIsRefusedAndNothingIsMade)
{
    open(FirstRunWizard::Start::NewPractice);
    const QString file = dir.filePath(QStringLiteral("consentdesk.sqlite"));
    fillPractice(QStringLiteral("F84001"), file);
    fillManager(QStringLiteral("p.manager"), QStringLiteral("short"), QStringLiteral("short"));
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::ManagerPage);
    EXPECT_TRUE(wizard->problem().contains(QStringLiteral("too short"))) << wizard->problem().toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));

    wizard->findChild<QLineEdit*>(QStringLiteral("managerName"))->setFocus();
    fillManager(QStringLiteral("p.manager"), kPassword, kPassword + QStringLiteral("x"));
    EXPECT_TRUE(wizard->problem().contains(QStringLiteral("differ"))) << wizard->problem().toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

TEST_F(FirstRun, CancelLeavesNothingBehind)
{
    open();
    const QString folder = dir.filePath(QStringLiteral("not-yet"));
    const QString file = folder + QStringLiteral("/consentdesk.sqlite");
    key(Qt::Key_Return);
    fillPractice(QStringLiteral("F84001"), file);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::ManagerPage);
    key(Qt::Key_Escape);
    EXPECT_EQ(wizard->result(), QDialog::Rejected);
    EXPECT_FALSE(QFileInfo::exists(file));
    EXPECT_FALSE(QFileInfo::exists(folder));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST_F(FirstRun, TheDemoIsTheThirdChoiceAndSaysHowToSignIn)
{
    open();
    key(Qt::Key_Down);
    key(Qt::Key_Down);
    EXPECT_TRUE(wizard->findChild<QRadioButton*>(QStringLiteral("choice2"))->isChecked());
    key(Qt::Key_Return);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::DemoPage); // says what the demo is, then Finish
    key(Qt::Key_Return);
    ASSERT_EQ(wizard->result(), QDialog::Accepted);
    EXPECT_EQ(wizard->outcome().choice, FirstRunWizard::Choice::Demo);
    EXPECT_TRUE(wizard->outcome().target.endsWith(QStringLiteral("demo.sqlite")));
}

TEST_F(FirstRun, AServerThatDoesNotAnswerIsSaidAndTheWizardWaits)
{
    open();
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::ServerPage);
    ASSERT_EQ(focusName(), QStringLiteral("host"));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("127.0.0.1"));
    key(Qt::Key_Tab);
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("1")); // nothing listens on port 1
    key(Qt::Key_Return);
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::ServerPage);
    EXPECT_FALSE(wizard->problem().isEmpty());
    EXPECT_TRUE(wizard->isVisible());
}

TEST_F(FirstRun, APracticeOnTheServerIsConnectedTo)
{
    if (const QString missing = cd::test::TestDatabase::serverMissingReason(); !missing.isEmpty()) {
        GTEST_SKIP() << missing.toStdString();
    }
    cd::test::TestDatabase server(true, cd::Engine::PostgreSQL); // a practice in a schema of its own
    auto target = cd::DatabaseTarget::parse(server.path());
    ASSERT_TRUE(target.ok());
    open();
    key(Qt::Key_Down);
    key(Qt::Key_Return);
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::ServerPage);
    const auto fill = [&](const char* name, const QString& text) {
        auto* edit = wizard->findChild<QLineEdit*>(QLatin1String(name));
        ASSERT_NE(edit, nullptr) << name;
        edit->setFocus();
        key(Qt::Key_A, Qt::ControlModifier);
        type(text);
    };
    fill("host", target->host);
    fill("database", target->database);
    fill("user", target->user);
    fill("password", qEnvironmentVariable("CONSENTDESK_DB_PASSWORD"));
    fill("schema", target->schema);
    auto* port = wizard->findChild<QSpinBox*>(QStringLiteral("port"));
    ASSERT_NE(port, nullptr);
    port->setFocus();
    key(Qt::Key_A, Qt::ControlModifier);
    type(QString::number(target->port));
    key(Qt::Key_Return);
    ASSERT_EQ(wizard->result(), QDialog::Accepted) << wizard->problem().toStdString();
    EXPECT_EQ(wizard->outcome().choice, FirstRunWizard::Choice::Server);
    auto opened = cd::DatabaseTarget::parse(wizard->outcome().target);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->schema, target->schema);
    EXPECT_EQ(opened->port, target->port);
    EXPECT_EQ(wizard->outcome().password, qEnvironmentVariable("CONSENTDESK_DB_PASSWORD"));
}

TEST_F(FirstRun, ACloudFolderIsWarnedOf)
{
    open(FirstRunWizard::Start::NewPractice);
    auto* location = wizard->findChild<QLineEdit*>(QStringLiteral("location"));
    wizard->findChild<QLineEdit*>(QStringLiteral("practiceCode"))->setText(QStringLiteral("F84001"));
    wizard->findChild<QLineEdit*>(QStringLiteral("practiceName"))->setText(QStringLiteral("The Surgery, Ashby Road"));
    location->setText(QStringLiteral("/home/practice/OneDrive/Practice/consentdesk.sqlite"));
    EXPECT_TRUE(wizard->storageWarningText().contains(QStringLiteral("OneDrive")));
    cd::test::keepPicture(*wizard, "first-run-practice.png");
    location->setText(dir.filePath(QStringLiteral("consentdesk.sqlite")));
    EXPECT_TRUE(wizard->storageWarningText().isEmpty());
}

TEST_F(FirstRun, F1OpensTheGuideAtTheFirstRun)
{
    open();
    key(Qt::Key_F1);
    auto* guide = wizard->findChild<cd::UserGuideDialog*>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_EQ(guide->currentSection(), QStringLiteral("The first run"));
    guide->close();
}

TEST(FirstRunLater, TheFileMenuOffersTheSameChoicesAndNewPracticeStartsAtThePractice)
{
    cd::test::TestDatabase t;
    cd::MainWindow w(t.db(), QDate(2010, 3, 15), cd::test::TestDatabase::manager());
    QMenu* file = w.menuBar()->actions().first()->menu();
    QStringList items;
    QAction* newPractice = nullptr;
    for (QAction* action : file->actions()) {
        const QString text = action->text().remove(u'&');
        items << text;
        if (text.startsWith(QStringLiteral("New practice"))) {
            newPractice = action;
        }
    }
    for (const char* wanted :
         {"New practice…", "Open practice file…", "Connect to server…", "Open the demo practice"}) {
        EXPECT_TRUE(items.contains(QString::fromUtf8(wanted))) << wanted;
    }
    ASSERT_NE(newPractice, nullptr);
    int page = -1;
    QTimer::singleShot(0, [&] {
        if (auto* wizard = qobject_cast<FirstRunWizard*>(QApplication::activeModalWidget())) {
            page = wizard->currentId();
            wizard->reject(); // cancelled: no desk is started
        }
    });
    newPractice->trigger();
    EXPECT_EQ(page, FirstRunWizard::PracticePage);
}

} // namespace
