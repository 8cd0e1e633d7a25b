// The charts, offscreen: a chart view built from a series exports PNG and SVG; the Charts tab draws the four charts
// of the demo practice, follows the range and bucket chosen, and updates when a form is recorded; the timeline editor
// and the reference figures change only what Save or Add say, and refuse bad input with the reason.
// CONSENTDESK_SCREENSHOTS=DIR also keeps pictures of each chart in light and dark palettes for the README.
#include "charts/ChartView.h"
#include "charts/ChartsPage.h"
#include "desk/DeskActions.h"
#include "mainwindow/MainWindow.h"
#include "report/LmcReportDocument.h"
#include "report/ReportDialog.h"
#include "service/ConsentService.h"
#include "service/DemoService.h"
#include "service/TimelineService.h"
#include "timeline/ReferenceFiguresDialog.h"
#include "timeline/TimelineEditorDialog.h"

#include "DeskFixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using cd::ChartSpec;
using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            colours.insert(image.pixel(x, y));
        }
    }
    return static_cast<int>(colours.size());
}

ChartSpec twoLines()
{
    ChartSpec spec;
    spec.title = QStringLiteral("Uptake over time");
    spec.from = {2010, 1, 1};
    spec.to = {2010, 6, 30};
    ChartSpec::Series created{QStringLiteral("Records created"), {}, {}, QStringLiteral("%")};
    ChartSpec::Series optedOut{QStringLiteral("Opted out"), {}, {}, QStringLiteral("%"), true};
    for (int week = 0; week < 26; ++week) {
        created.points.append({spec.from.addDays(7 * week), week < 13 ? 0.0 : 90.0});
        optedOut.points.append({spec.from.addDays(7 * week), 0.05 * week});
    }
    spec.series = {created, optedOut};
    spec.markers = {{QDate(2010, 1, 15), QStringLiteral("Packs mailed"), false, true},
                    {QDate(2010, 4, 9), QStringLiteral("Window closes"), true, true}};
    spec.targets = {{100.0, QDate(2011, 12, 31), QStringLiteral("Target")}};
    return spec;
}

TEST(ChartViewTest, ASeriesBuildsAChartThatExportsPngAndSvg)
{
    QTemporaryDir dir;
    std::unique_ptr<cd::ChartView> view(cd::ChartView::create());
    view->setSpec(twoLines());
    const QString png = dir.filePath(QStringLiteral("uptake.png"));
    const QString svg = dir.filePath(QStringLiteral("uptake.svg"));
    ASSERT_TRUE(view->exportPng(png, {900, 500}));
    ASSERT_TRUE(view->exportSvg(svg, {900, 500}));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(900, 500));
    EXPECT_GT(distinctColours(image), 20); // lines, labels, axes: not a blank page
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("Uptake over time"));
    EXPECT_TRUE(text.contains("<polyline") || text.contains("<path"));
}

TEST(ChartViewTest, AnExportToAFolderThatIsNotThereSaysSo)
{
    std::unique_ptr<cd::ChartView> view(cd::ChartView::create());
    view->setSpec(twoLines());
    QString error;
    EXPECT_FALSE(view->exportPng(QStringLiteral("/nonexistent-folder/chart.png"), {400, 300}, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("could not be written"))) << error.toStdString();
}

TEST(ChartViewTest, AnEmptySeriesSaysWhyInsteadOfDrawingAxes)
{
    ChartSpec spec = twoLines();
    spec.series.clear();
    spec.emptyText = QStringLiteral("No forms were received in this range.");
    std::unique_ptr<cd::ChartView> view(cd::ChartView::create());
    view->setSpec(spec);
    EXPECT_TRUE(spec.isEmpty());
    const auto labels = view->findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(), [&](QLabel* l) { return l->text() == spec.emptyText; }));
}

class ChartsTest : public DeskTest
{
protected:
    void open()
    {
        window = std::make_unique<cd::MainWindow>(t.db(), QDate(2010, 3, 15), QStringLiteral("j.smith"));
        window->resize(1280, 800);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QTest::keyClick(window.get(), Qt::Key_7, Qt::ControlModifier);
        ASSERT_EQ(window->tabs()->currentWidget(), window->charts());
    }
    const ChartSpec& chart(int i) { return window->charts()->charts().at(i)->spec(); }
    std::unique_ptr<cd::MainWindow> window;
};

TEST_F(ChartsTest, TheChartsTabDrawsTheFourChartsOfThePractice)
{
    open();
    const ChartSpec& uptake = chart(0);
    EXPECT_EQ(uptake.kind, ChartSpec::Kind::DateLines);
    ASSERT_EQ(uptake.series.size(), 3);
    EXPECT_FALSE(uptake.series.at(0).points.isEmpty());
    EXPECT_TRUE(std::any_of(uptake.markers.cbegin(), uptake.markers.cend(), [](const ChartSpec::Marker& m) {
        return m.practice && m.label.startsWith(QStringLiteral("Packs mailed"));
    }));
    EXPECT_EQ(uptake.to, QDate(2010, 3, 15)); // to the as-of date
    EXPECT_FALSE(chart(1).isEmpty());         // forms arrived after the January mail-out
    EXPECT_EQ(chart(2).kind, ChartSpec::Kind::StackedPercent);
    EXPECT_GE(chart(2).categories.size(), 12); // six bands by at least two sexes
    EXPECT_EQ(chart(3).categories.size(), 2);  // the practice and England's rate from the demo
}

TEST_F(ChartsTest, TheRangeAndBucketChosenAreDrawn)
{
    open();
    cd::ChartsPage* page = window->charts();
    page->setRange({2009, 12, 1}, {2010, 3, 14});
    page->bucketBox()->setFocus();
    QTest::keyClick(page->bucketBox(), Qt::Key_Down); // week -> month
    ASSERT_EQ(page->bucketBox()->currentData().toString(), QStringLiteral("month"));
    EXPECT_EQ(chart(0).series.at(0).points.size(), 4); // December to March
    EXPECT_EQ(chart(0).from, QDate(2009, 12, 1));
    QTemporaryDir dir;
    page->chartTabs()->setCurrentIndex(2);
    ASSERT_TRUE(page->exportCurrent(dir.filePath(QStringLiteral("mix.png"))));
    EXPECT_EQ(QImage(dir.filePath(QStringLiteral("mix.png"))).size(), QSize(1200, 700));
    EXPECT_TRUE(page->status()->text().startsWith(QStringLiteral("Saved")));
}

TEST_F(ChartsTest, TheConsentMixCanShowTheExpressChoicesAlone)
{
    open();
    cd::ChartsPage* page = window->charts();
    const ChartSpec all = chart(2);
    page->choicesOnlyBox()->setFocus();
    QTest::keyClick(page->choicesOnlyBox(), Qt::Key_Space);
    ASSERT_TRUE(page->choicesOnlyBox()->isChecked());
    const ChartSpec& choices = chart(2);
    EXPECT_EQ(choices.kind, ChartSpec::Kind::Stacked);
    ASSERT_EQ(choices.series.size(), 3); // the three express choices
    EXPECT_EQ(choices.categories, all.categories);
    // Each value is that choice's share of its group: the dissent share matches the counts of the 100% chart.
    const int dissentAll = static_cast<int>(all.series.size()) - 1; // the programme's states end with dissent
    for (qsizetype c = 0; c < all.categories.size(); ++c) {
        double group = 0.0;
        for (const auto& s : all.series) {
            group += s.values.at(c);
        }
        EXPECT_NEAR(choices.series.at(2).values.at(c), 100.0 * all.series.at(dissentAll).values.at(c) / group, 0.01);
    }
}

TEST_F(ChartsTest, TheUptakeChartMovesWhenAFormIsRecorded)
{
    open();
    const double before = chart(0).series.at(1).points.constLast().second; // opted out, as of 15 March
    cd::RecordChoiceCommand cmd;
    cmd.nhsNumber = adultInWindow().nhsNumber;
    cmd.choice = QStringLiteral("dissent");
    cmd.received = {2010, 3, 15};
    ASSERT_TRUE(window->service().recordChoice(TestDatabase::reception(), cmd).ok());
    Q_EMIT window->actions()->changed(); // what the record dialog's Save does
    const double after = chart(0).series.at(1).points.constLast().second;
    EXPECT_NEAR(after - before, 100.0 / 1500.0, 0.02);
}

TEST_F(ChartsTest, OnlyAManagerIsOfferedTheTimelineAndReferenceFigures)
{
    cd::ChartsPage page(t.db(), t.clock(), TestDatabase::reception());
    int offered = 0;
    for (QPushButton* b : page.findChildren<QPushButton*>()) {
        if (b->accessibleName().startsWith(QStringLiteral("Edit the"))) {
            EXPECT_FALSE(b->isEnabled()) << b->accessibleName().toStdString();
            ++offered;
        }
    }
    EXPECT_EQ(offered, 2);
}

TEST_F(ChartsTest, TheTimelineEditorSavesOnlyOnSave)
{
    const auto before = t.rowCounts();
    {
        cd::TimelineEditorDialog cancelled(t.db(), t.clock(), TestDatabase::manager());
        cancelled.selectScope(QStringLiteral("london"));
        cancelled.addMilestone();
        cancelled.reject();
    }
    EXPECT_EQ(t.rowCounts(), before);

    cd::TimelineEditorDialog dialog(t.db(), t.clock(), TestDatabase::manager());
    dialog.selectScope(QStringLiteral("london"));
    const int rows = dialog.table()->rowCount();
    dialog.addMilestone();
    ASSERT_EQ(dialog.table()->rowCount(), rows + 1);
    QTest::keyClicks(dialog.labelEdit(), QStringLiteral("Practice meeting on the SCR"));
    ASSERT_TRUE(dialog.save());
    auto saved = cd::TimelineService(t.db(), t.clock()).timeline();
    ASSERT_TRUE(saved.ok());
    EXPECT_TRUE(std::any_of(saved->cbegin(), saved->cend(), [](const cd::Milestone& m) {
        return m.scope == QLatin1String("london") && m.label == QLatin1String("Practice meeting on the SCR");
    }));
}

TEST_F(ChartsTest, ABadTimelineFileIsRefusedWithItsLineAndChangesNothing)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("timeline.json"));
    QFile out(file);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": \"consentdesk-timeline\", \"version\": 1, \"regions\": [\n"
              "{\"region\": \"london\", \"milestones\": [\n"
              "{\"kind\": \"mailout\", \"label\": \"Packs\", \"date\": \"31/01/2010\", \"status\": \"actual\"}]}]}");
    out.close();
    const auto before = t.rowCounts();
    cd::TimelineEditorDialog dialog(t.db(), t.clock(), TestDatabase::manager());
    EXPECT_FALSE(dialog.importFile(file));
    EXPECT_TRUE(dialog.message()->text().startsWith(QStringLiteral("Line 3:")))
        << dialog.message()->text().toStdString();
    EXPECT_EQ(t.rowCounts(), before);
}

TEST_F(ChartsTest, AReferenceFigureNeedsItsSourceAndThenJoinsTheChart)
{
    cd::ReferenceFiguresDialog dialog(t.db(), t.clock(), TestDatabase::manager());
    const int rows = dialog.table()->rowCount();
    QTest::keyClicks(dialog.labelEdit(), QStringLiteral("Neighbouring practice"));
    dialog.percentEdit()->setValue(2.5);
    EXPECT_FALSE(dialog.addFromForm());
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("source")));
    EXPECT_EQ(dialog.labelEdit()->text(), QStringLiteral("Neighbouring practice")); // kept for the correction
    QTest::keyClicks(dialog.sourceEdit(), QStringLiteral("LMC meeting, May 2010"));
    ASSERT_TRUE(dialog.addFromForm());
    EXPECT_EQ(dialog.table()->rowCount(), rows + 1);
    open();
    EXPECT_TRUE(std::any_of(chart(3).categories.cbegin(), chart(3).categories.cend(),
                            [](const QString& c) { return c.startsWith(QStringLiteral("Neighbouring practice")); }));
}

} // namespace

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b2b2b));
    p.setColor(QPalette::WindowText, QColor(0xe6e6e6));
    p.setColor(QPalette::Base, QColor(0x1e1e1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2d2d2d));
    p.setColor(QPalette::Text, QColor(0xe6e6e6));
    p.setColor(QPalette::Button, QColor(0x353535));
    p.setColor(QPalette::ButtonText, QColor(0xe6e6e6));
    p.setColor(QPalette::Mid, QColor(0x5a5a5a));
    p.setColor(QPalette::Highlight, QColor(0x3d7bd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// The README's pictures: each chart of the 8,000-patient demo, light and dark, as the Charts tab shows it.
TEST(ChartScreens, EachChartOfTheDemoInLightAndDark)
{
    TestDatabase t{false};
    ASSERT_TRUE(cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {}).ok());
    const QString dir = qEnvironmentVariable("CONSENTDESK_SCREENSHOTS");
    const QPalette original = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : original);
        cd::MainWindow w(t.db(), {2010, 6, 30}, QStringLiteral("j.smith"));
        w.resize(1024, 700); // a small reception screen: legends and labels must still be whole
        w.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
        w.tabs()->setCurrentWidget(w.charts());
        w.charts()->setRange({2009, 11, 2}, {2010, 6, 30});
        const auto keep = [&](QWidget& widget, const QString& name) {
            if (!dir.isEmpty()) {
                QApplication::processEvents();
                widget.grab().save(
                    QStringLiteral("%1/%2%3.png").arg(dir, name, dark ? QStringLiteral("-dark") : QString()));
            }
        };
        const char* names[] = {"uptake", "forms", "mix", "reference"};
        for (int i = 0; i < 4; ++i) {
            w.charts()->chartTabs()->setCurrentIndex(i);
            EXPECT_FALSE(w.charts()->charts().at(i)->spec().isEmpty()) << names[i];
            keep(w, QStringLiteral("chart-") + QLatin1String(names[i]));
        }
        w.charts()->chartTabs()->setCurrentIndex(2);
        w.charts()->choicesOnlyBox()->setChecked(true);
        keep(w, QStringLiteral("chart-mix-choices"));
        cd::TimelineEditorDialog editor(t.db(), t.clock(), TestDatabase::manager(), &w);
        editor.selectScope(QStringLiteral("london"));
        editor.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&editor));
        keep(editor, QStringLiteral("timeline-editor"));
    }
    QApplication::setPalette(original);
}

} // namespace

namespace {

// The LMC report dialog: a manager saves the PDF and the tables; anyone else is told why not, and nothing is written.
TEST_F(ChartsTest, TheReportDialogSavesThePdfAndTablesForAManagerOnly)
{
    QTemporaryDir dir;
    cd::ReportDialog dialog(t.db(), t.clock(), TestDatabase::manager());
    dialog.methodBox()->setCurrentIndex(1); // strict
    QTest::keyClicks(dialog.noteEdit(), QStringLiteral("For the June meeting"));
    ASSERT_TRUE(dialog.savePdf(dir.filePath(QStringLiteral("report.pdf"))));
    QFile pdf(dir.filePath(QStringLiteral("report.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.readAll().startsWith("%PDF"));
    ASSERT_TRUE(dialog.saveAggregates(dir.filePath(QStringLiteral("tables.csv"))));
    QFile csv(dir.filePath(QStringLiteral("tables.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains("\"header\",\"disclosure_method\",\"\",\"strict\"")); // the method chosen
    EXPECT_FALSE(dialog.savePdf(QStringLiteral("/nonexistent-folder/report.pdf")));
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("does not exist")));

    cd::ReportDialog reception(t.db(), t.clock(), TestDatabase::reception());
    EXPECT_FALSE(reception.savePdf(dir.filePath(QStringLiteral("refused.pdf"))));
    EXPECT_TRUE(reception.message()->text().contains(QStringLiteral("Only a manager")));
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("refused.pdf"))));
}

TEST(ReportDocument, TheManagersNoteIsTextNotMarkup)
{
    cd::LmcReport report;
    report.practiceName = QStringLiteral("Test <b>Practice</b>");
    report.from = {2010, 1, 1};
    report.to = {2010, 3, 31};
    report.note = QStringLiteral("<img src=x> & \"quotes\"");
    const auto doc = cd::buildReportDocument(report);
    const QString text = doc->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Test <b>Practice</b>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=x> & \"quotes\"")));
}

} // namespace
