// The reconcile wizard, offscreen: the file typed and Enter pressed, the dry run's lists by outcome (opt-outs at
// risk first and in red), a filter, then Apply; the banner says whether the practice is ready.
#include "mainwindow/MainWindow.h"
#include "overview/FigureTile.h"
#include "reconcile/ReconcileWizard.h"
#include "reconcile/UploadReadiness.h"

#include "ReconcilePractice.h"
#include "Screenshot.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using cd::ReconcileOutcome;
using cd::test::TestDatabase;

namespace {

void pressEnter()
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

TEST(ReconcileWizard, FindsEveryOutcomeAndAppliesTheMarksFromTheKeyboard)
{
    TestDatabase t;
    cd::test::makeReconcilePractice(t);
    cd::ReconcileWizard wizard(t.db(), t.clock(), TestDatabase::manager());
    wizard.show();
    QApplication::setActiveWindow(&wizard);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&wizard));
    auto* path = wizard.findChild<QLineEdit*>();
    path->setFocus();
    QTest::keyClicks(path, QStringLiteral(CONSENTDESK_TEST_DATA "/reconcile/systmone-consent-codes.txt"));
    pressEnter();
    ASSERT_EQ(wizard.currentId(), cd::ReconcileWizard::Mapping);
    pressEnter();
    ASSERT_EQ(wizard.currentId(), cd::ReconcileWizard::Results) << wizard.lastError().toStdString();
    EXPECT_FALSE(wizard.lastReport().applied);
    // At risk first, red, and said at the top.
    const auto* summary = wizard.currentPage()->findChild<QLabel*>();
    EXPECT_TRUE(summary->text().contains(QStringLiteral("3 patient(s) who opted out would be uploaded")))
        << summary->text().toStdString();
    const auto* rows = wizard.currentPage()->findChild<QTableWidget*>();
    ASSERT_EQ(rows->rowCount(), 3);
    EXPECT_EQ(rows->item(0, 1)->text(), QStringLiteral("upload-against-wishes"));
    EXPECT_EQ(rows->item(0, 0)->foreground().color(), QColor(0xB0, 0x00, 0x20));
    cd::test::keepPicture(wizard, "reconcile-results.png");
    wizard.setFilter(QStringLiteral("9991200126"));
    EXPECT_EQ(wizard.shownRows().size(), 1);
    wizard.setFilter(QString());
    wizard.showOutcome(ReconcileOutcome::NotOnDesk);
    ASSERT_EQ(wizard.shownRows().size(), 1);
    EXPECT_EQ(wizard.shownRows().first().clinicalCode, QStringLiteral("XaXj6"));
    // Recorded on the desk from the clinical system, it agrees when the lists are read again.
    wizard.recordShownWithoutAsking();
    EXPECT_EQ(wizard.lastReport().count(ReconcileOutcome::NotOnDesk), 0);
    EXPECT_EQ(wizard.lastReport().count(ReconcileOutcome::Agrees), 4);
    wizard.showOutcome(ReconcileOutcome::CodeToRemove);
    EXPECT_EQ(wizard.shownRows().size(), 1);
    // The rows it could not match are listed with their line and why.
    auto* show = wizard.currentPage()->findChild<QComboBox*>();
    show->setCurrentIndex(show->findData(-1));
    EXPECT_EQ(rows->rowCount(), 3);
    QStringList reasons;
    for (int r = 0; r < rows->rowCount(); ++r) {
        reasons << rows->item(r, 2)->text();
    }
    EXPECT_TRUE(reasons.join(u'\n').contains(QStringLiteral("Modulus 11"))) << reasons.join(u'\n').toStdString();
    wizard.next(); // Apply
    ASSERT_EQ(wizard.currentId(), cd::ReconcileWizard::Finished) << wizard.lastError().toStdString();
    EXPECT_TRUE(wizard.lastReport().applied);
    EXPECT_EQ(wizard.lastReport().markedCoded, 2); // 1 and 4: the one recorded from the clinical system was coded
    auto readiness = cd::UploadReadiness::compute(t.db(), t.clock().today());
    ASSERT_TRUE(readiness.ok());
    EXPECT_TRUE(readiness->reconciled());
    EXPECT_EQ(readiness->atRisk.size(), 3);
    EXPECT_TRUE(readiness->sentence(t.clock().today()).startsWith(QStringLiteral("NOT READY")));
    // The Overview shows the reconciliation with its date, and the banner says the practice is not ready.
    cd::MainWindow w(t.db(), t.clock().today(), TestDatabase::manager());
    w.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
    QApplication::processEvents();
    EXPECT_EQ(w.tile(QStringLiteral("upload_at_risk"))->value(), QStringLiteral("3"));
    EXPECT_TRUE(w.uploadBanner().contains(QStringLiteral("NOT READY"))) << w.uploadBanner().toStdString();
}

} // namespace
