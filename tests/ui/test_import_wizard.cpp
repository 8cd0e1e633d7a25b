// The register import wizard, offscreen, driven from the keyboard: choose the file, check the mapping, see the dry
// run, apply, and read the counts and the rejected rows.
#include "domain/NhsNumber.h"
#include "import/ImportWizard.h"
#include "store/Stores.h"

#include "Screenshot.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

using cd::test::TestDatabase;

using cd::test::keepPicture;

namespace {

QString dataFile(const char* name)
{
    return QStringLiteral(CONSENTDESK_TEST_DATA "/register/") + QLatin1String(name);
}

void pressNext(QWizard& wizard)
{
    // As a person would: Enter on whatever has the focus presses the default button, Next.
    QWidget* focus = QApplication::focusWidget() ? QApplication::focusWidget() : &wizard;
    QTest::keyClick(focus, Qt::Key_Return);
}

TEST(ImportWizard, ImportsAnExportFromTheKeyboard)
{
    TestDatabase t;
    cd::ImportWizard wizard(t.db(), t.clock(), TestDatabase::manager());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));
    auto* path = wizard.findChild<QLineEdit*>();
    ASSERT_NE(path, nullptr);
    path->setFocus();
    QTest::keyClicks(path, dataFile("systmone.txt"));
    pressNext(wizard);
    ASSERT_EQ(wizard.currentId(), cd::ImportWizard::Preview);
    const auto labels = wizard.currentPage()->findChildren<QLabel*>();
    const bool described = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
        return l->text().contains(QStringLiteral("Windows-1252")) && l->text().contains(QStringLiteral("tab"));
    });
    EXPECT_TRUE(described);
    keepPicture(wizard, "import-preview.png");
    pressNext(wizard);
    ASSERT_EQ(wizard.currentId(), cd::ImportWizard::DryRun);
    keepPicture(wizard, "import-dry-run.png");
    EXPECT_EQ(wizard.lastReport().added, 4);
    EXPECT_FALSE(wizard.lastReport().applied);
    EXPECT_EQ(*cd::PatientStore(t.db()).count(), 0); // the dry run changed nothing
    pressNext(wizard);
    ASSERT_EQ(wizard.currentId(), cd::ImportWizard::Finished) << wizard.lastError().toStdString();
    EXPECT_TRUE(wizard.lastReport().applied);
    EXPECT_EQ(*cd::PatientStore(t.db()).count(), 4);
}

TEST(ImportWizard, ShowsRejectedRowsAndAsksBeforeMarkingManyAsLeft)
{
    TestDatabase t;
    ASSERT_TRUE(cd::importRegister(t.db(), TestDatabase::manager(), t.clock(),
                                   [] {
                                       QFile f(dataFile("emis-web.csv"));
                                       EXPECT_TRUE(f.open(QIODevice::ReadOnly));
                                       return f.readAll();
                                   }(),
                                   {})
                    .ok());
    cd::ImportWizard wizard(t.db(), t.clock(), TestDatabase::manager());
    wizard.setFile(dataFile("rejections.csv"));
    wizard.show();
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), cd::ImportWizard::DryRun);
    auto* confirm = wizard.currentPage()->findChild<QCheckBox*>();
    ASSERT_NE(confirm, nullptr);
    EXPECT_TRUE(confirm->isVisible()); // all 5 registered patients are missing from this file
    EXPECT_TRUE(confirm->text().contains(QStringLiteral("5 of the 5")));
    auto* rejects = wizard.currentPage()->findChild<QTableWidget*>();
    ASSERT_NE(rejects, nullptr);
    EXPECT_EQ(rejects->rowCount(), 12);
    confirm->setChecked(true);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), cd::ImportWizard::Finished) << wizard.lastError().toStdString();
    EXPECT_EQ(wizard.lastReport().left, 5);
}

// A register of that many patients, "NHS Number,Surname,Date of Birth", written to a file in dir.
QString largeRegister(const QTemporaryDir& dir, int rows)
{
    QString text = QStringLiteral("NHS Number,Surname,Forename,Date of Birth,Address,Postcode\n");
    qint64 base = 999600000;
    for (int written = 0; written < rows; ++base) {
        const QString nine = QString::number(base);
        if (const int check = cd::NhsNumber::checkDigitFor(nine); check >= 0) {
            text += QStringLiteral("%1%2,Surname%3,Forename,01/01/1980,\"%3 High Street, Leyton\",E10 5AB\n")
                        .arg(nine)
                        .arg(check)
                        .arg(written++);
        }
    }
    const QString path = dir.filePath(QStringLiteral("large.csv"));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
    return path;
}

// Watches the wizard every 5 ms while it works: whether the event loop ran (the window painted), the bar moved,
// and Next stayed disabled.
struct BusyWatch
{
    explicit BusyWatch(QWizard& wizard)
    {
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, &wizard, [this, &wizard] {
            for (auto* bar : wizard.findChildren<QProgressBar*>()) {
                if (bar->isVisible()) {
                    ++ticksWhileBusy;
                    furthest = std::max(furthest, bar->value());
                    nextEnabledWhileBusy = nextEnabledWhileBusy || wizard.button(QWizard::NextButton)->isEnabled();
                    if (onBusy) {
                        onBusy();
                    }
                }
            }
        });
        timer.start();
    }
    QTimer timer;
    int ticksWhileBusy = 0;
    int furthest = 0;
    bool nextEnabledWhileBusy = false;
    std::function<void()> onBusy;
};

TEST(ImportWizard, ReadsAndChecksOnAWorkerWhileTheWindowKeepsPainting)
{
    TestDatabase t;
    QTemporaryDir dir;
    cd::ImportWizard wizard(t.db(), t.clock(), TestDatabase::manager());
    wizard.setFile(largeRegister(dir, 60000));
    wizard.show();
    BusyWatch loading(wizard);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), cd::ImportWizard::Preview);
    EXPECT_GT(loading.ticksWhileBusy, 0) << "the window did not paint while the file was read";
    EXPECT_FALSE(loading.nextEnabledWhileBusy);
    BusyWatch checking(wizard);
    bool pictured = false;
    checking.onBusy = [&] {
        if (!pictured && checking.furthest > 20) {
            keepPicture(wizard, "import-checking.png");
            pictured = true;
        }
    };
    wizard.next();
    ASSERT_EQ(wizard.currentId(), cd::ImportWizard::DryRun) << wizard.lastError().toStdString();
    EXPECT_GT(checking.ticksWhileBusy, 0) << "the window did not paint while the rows were checked";
    EXPECT_GT(checking.furthest, 0);
    EXPECT_FALSE(checking.nextEnabledWhileBusy);
    EXPECT_EQ(wizard.lastReport().added, 60000);
}

TEST(ImportWizard, CancelWhileTheRowsAreCheckedStopsAndChangesNothing)
{
    TestDatabase t;
    QTemporaryDir dir;
    cd::ImportWizard wizard(t.db(), t.clock(), TestDatabase::manager());
    wizard.setFile(largeRegister(dir, 60000));
    wizard.show();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), cd::ImportWizard::Preview);
    BusyWatch watch(wizard);
    watch.onBusy = [&wizard] {
        wizard.button(QWizard::CancelButton)->click();
    };                      // as soon as the checking shows
    QTimer closeTheMessage; // the wizard says it was cancelled; the manager reads it and presses OK
    QObject::connect(&closeTheMessage, &QTimer::timeout, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->accept();
        }
    });
    closeTheMessage.start(20);
    wizard.next();
    EXPECT_EQ(wizard.currentId(), cd::ImportWizard::Preview); // stayed, with the file still chosen
    EXPECT_TRUE(wizard.lastError().contains(QStringLiteral("cancelled"))) << wizard.lastError().toStdString();
    EXPECT_TRUE(wizard.isVisible());
    EXPECT_EQ(*cd::PatientStore(t.db()).count(), 0);
    EXPECT_TRUE(wizard.button(QWizard::NextButton)->isEnabled());
}

} // namespace
