// Printing from the desk (issue #22): every worklist and a patient's history print through a preview or save as a
// PDF, each page says it contains patient data, for which practice, when and by whom, and each print is audited.
#include "mainwindow/MainWindow.h"
#include "patients/PatientsPage.h"
#include "print/PrintedList.h"
#include "service/AuditService.h"
#include "service/PatientRecord.h"
#include "worklists/ChoiceWorklistModel.h"
#include "worklists/ChoiceWorklistPage.h"

#include "DeskFixture.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

QString pdfText(const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

cd::AuditFilter printAudits()
{
    cd::AuditFilter filter;
    filter.action = QStringLiteral("print");
    return filter;
}

TEST_F(DeskTest, AWorklistSavedAsPdfCarriesThePatientDataFooterOnEveryPageAndIsAudited)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    cd::ChoiceWorklistPage* coding = w.awaitingCoding();
    coding->reload({2010, 3, 15});
    ASSERT_GT(coding->model()->rowCount(), 0);
    const auto list = cd::PrintedList::fromTable(QStringLiteral("Awaiting coding, as of 15 Mar 2010"), *coding->view());
    ASSERT_EQ(list.rows.size(), coding->model()->rowCount());
    EXPECT_TRUE(list.columns.contains(QStringLiteral("NHS number")));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("coding.pdf"));
    const auto before = counts();
    ASSERT_TRUE(cd::saveListAsPdf(nullptr, t.db(), t.clock(), TestDatabase::reception(), list, file));
    const QString text = pdfText(file);
    if (const QString keep = qEnvironmentVariable("CONSENTDESK_SCREENSHOTS"); !keep.isEmpty()) {
        QFile::copy(file, keep + QStringLiteral("/printed-worklist.pdf")); // to look at, as a person would
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Awaiting coding, as of 15 Mar 2010")));
    EXPECT_TRUE(text.contains(list.rows.first().at(1))) << qPrintable(text.left(400)); // the first NHS number
    EXPECT_TRUE(text.contains(QStringLiteral("Contains patient data: Forest Road Surgery (demo) (F99999)")))
        << qPrintable(text.right(400));
    EXPECT_TRUE(text.contains(QStringLiteral("by r.reception")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 1 of")));
    EXPECT_EQ(counts().at(QStringLiteral("audit_log")), before.at(QStringLiteral("audit_log")) + 1);
    auto audit = cd::AuditService(t.db(), t.clock()).search(TestDatabase::manager(), printAudits());
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    EXPECT_TRUE(audit->first().entry.details.contains(QStringLiteral("Awaiting coding")));
    EXPECT_EQ(audit->first().entry.userName, QStringLiteral("r.reception"));
#ifndef Q_OS_WIN
    EXPECT_EQ(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
#endif
}

QAction* action(const QWidget& w, const QString& text)
{
    for (QAction* a : w.findChildren<QAction*>()) {
        if (a->text() == text) {
            return a;
        }
    }
    return nullptr;
}

TEST_F(DeskTest, APatientsHistoryPrintsNewestFirstAndItsAuditNamesThePatient)
{
    cd::MainWindow w(t.db(), {2010, 3, 15}, QStringLiteral("j.smith"));
    QAction* print = action(w, QStringLiteral("&Print the list…"));
    ASSERT_NE(print, nullptr);
    EXPECT_FALSE(print->isEnabled()); // the patients page with nobody selected: nothing to print

    const cd::Patient p = adultInWindow();
    QTest::keyClicks(w.patients()->searchBox(), p.nhsNumber);
    ASSERT_EQ(w.patients()->selectedNhs(), p.nhsNumber);
    EXPECT_TRUE(print->isEnabled());

    auto record = cd::PatientRecord::load(t.db(), cd::Programme::scr(), p.nhsNumber, {2010, 3, 15});
    ASSERT_TRUE(record.ok());
    ASSERT_GE(record->history.size(), 2);
    const cd::PrintedList list = cd::PrintedList::history(*record, {2010, 3, 15});
    ASSERT_EQ(list.rows.size(), record->history.size());
    EXPECT_EQ(list.rows.first().at(1), QStringLiteral("#%1").arg(record->history.last().id)); // newest first
    EXPECT_EQ(list.rows.last().at(1), QStringLiteral("#%1").arg(record->history.first().id));
    EXPECT_TRUE(list.title.contains(p.displayName()));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("history.pdf"));
    ASSERT_TRUE(cd::saveListAsPdf(nullptr, t.db(), t.clock(), TestDatabase::reception(), list, file));
    EXPECT_TRUE(pdfText(file).contains(QStringLiteral("information pack sent")));
    auto audit = cd::AuditService(t.db(), t.clock()).search(TestDatabase::manager(), printAudits(), p.nhsNumber);
    ASSERT_TRUE(audit.ok());
    EXPECT_EQ(audit->size(), 1);
    // The audit names the patient by their record, never their name in the details.
    EXPECT_FALSE(audit->first().entry.details.contains(p.familyName));
}

TEST(PrintedList, ALongListRunsOverPagesEachWithTheFooter)
{
    cd::PrintedList list;
    list.title = QStringLiteral("Long list");
    list.columns = {QStringLiteral("Row")};
    for (int i = 0; i < 400; ++i) {
        list.rows << QStringList{QStringLiteral("row %1").arg(i)};
    }
    list.practice = QStringLiteral("Test Surgery (F84001)");
    list.printedBy = QStringLiteral("j.smith");
    list.printedAt = QDateTime(QDate(2010, 3, 15), QTime(10, 0));
    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("long.pdf")));
    const int pages = list.paint(printer);
    ASSERT_GT(pages, 1);
    const QString text = pdfText(dir.filePath(QStringLiteral("long.pdf")));
    EXPECT_EQ(text.count(
                  QStringLiteral("Contains patient data: Test Surgery (F84001), printed 15 Mar 2010 10:00 by j.smith")),
              pages);
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("row 399")));
}

} // namespace
