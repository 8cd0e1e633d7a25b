// The register import wizard, offscreen, driven from the keyboard: choose the file, check the mapping, see the dry
// run, apply, and read the counts and the rejected rows.
#include "import/ImportWizard.h"
#include "store/Stores.h"

#include "Screenshot.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

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

} // namespace
