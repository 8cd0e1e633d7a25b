#include "charts/ChartsPage.h"
#include "widgets/DateField.h"

#include "charts/ChartView.h"
#include "charts/UptakeCharts.h"
#include "domain/Clock.h"
#include "domain/Dates.h"
#include "service/PracticeOverview.h"
#include "service/TimelineService.h"
#include "stats/ConsentMix.h"
#include "stats/UptakeSeries.h"
#include "store/Stores.h"
#include "timeline/ReferenceFiguresDialog.h"
#include "timeline/TimelineEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cd {

ChartsPage::ChartsPage(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    auto* layout = new QVBoxLayout(this);
    auto* controls = new QHBoxLayout;
    const auto dateEdit = [this](const QString& name) {
        auto* edit = new DateField(QDate(), this);
        edit->setAccessibleName(name);
        return edit;
    };
    m_from = dateEdit(tr("Charts from"));
    m_to = dateEdit(tr("Charts to"));
    m_bucket = new QComboBox(this);
    m_bucket->addItem(tr("Day"), QStringLiteral("day"));
    m_bucket->addItem(tr("Week"), QStringLiteral("week"));
    m_bucket->addItem(tr("Month"), QStringLiteral("month"));
    m_bucket->setCurrentIndex(1);
    m_bucket->setAccessibleName(tr("One point per"));
    m_bucket->setToolTip(tr("One point of the charts per day, week (Monday to Sunday) or calendar month."));
    auto* fromLabel = new QLabel(tr("Fro&m"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    auto* bucketLabel = new QLabel(tr("by"), this);
    bucketLabel->setBuddy(m_bucket);
    auto* exportButton = new QPushButton(tr("E&xport chart…"), this);
    exportButton->setAccessibleName(tr("Export the chart as PNG or SVG"));
    auto* timelineButton = new QPushButton(tr("T&imeline…"), this);
    timelineButton->setAccessibleName(tr("Edit the rollout timeline"));
    auto* referencesButton = new QPushButton(tr("Refere&nce figures…"), this);
    referencesButton->setAccessibleName(tr("Edit the reference figures"));
    const bool manager = allows(m_actor.role, Permission::ManagePractice);
    timelineButton->setEnabled(manager);
    referencesButton->setEnabled(manager);
    if (!manager) {
        timelineButton->setToolTip(tr("Only a manager may change the timeline."));
        referencesButton->setToolTip(tr("Only a manager may change the reference figures."));
    }
    for (QWidget* w : std::initializer_list<QWidget*>{fromLabel, m_from, toLabel, m_to, bucketLabel, m_bucket}) {
        controls->addWidget(w);
    }
    m_choicesOnly = new QCheckBox(tr("Consent mix: express choices onl&y"), this);
    m_choicesOnly->setToolTip(tr("Leave out implied consent, which is most of the list, so the opt-outs and express "
                                 "consents can be seen."));
    m_choicesOnly->setToolTip(tr("Leave out implied consent, so the small shares of opt-outs and express consents "
                                 "can be compared between age bands."));
    controls->addWidget(m_choicesOnly);
    controls->addStretch(1);
    controls->addWidget(exportButton);
    controls->addWidget(timelineButton);
    controls->addWidget(referencesButton);
    layout->addLayout(controls);

    m_chartTabs = new QTabWidget(this);
    m_chartTabs->setAccessibleName(tr("Charts"));
    const QStringList names = {tr("Uptake"), tr("Forms received"), tr("Consent mix"), tr("Opt-out rate compared")};
    for (const QString& name : names) {
        ChartView* chart = ChartView::create(m_chartTabs);
        chart->setAccessibleName(name);
        m_charts.append(chart);
        m_chartTabs->addTab(chart, name);
    }
    layout->addWidget(m_chartTabs, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Charts status"));
    layout->addWidget(m_status);

    // editingFinished also fires when focus merely leaves (even as the window closes): redraw only for a new range.
    const auto chosen = [this] {
        if (m_from->date() != m_drawnFrom || m_to->date() != m_drawnTo) {
            m_rangeChosen = true;
            reload();
        }
    };
    connect(m_from, &DateField::editingFinished, this, chosen);
    connect(m_to, &DateField::editingFinished, this, chosen);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &ChartsPage::reload);
    connect(m_choicesOnly, &QCheckBox::toggled, this, &ChartsPage::reload);
    connect(exportButton, &QPushButton::clicked, this, &ChartsPage::chooseExport);
    connect(timelineButton, &QPushButton::clicked, this, &ChartsPage::editTimeline);
    connect(referencesButton, &QPushButton::clicked, this, &ChartsPage::editReferences);
}

ChartView* ChartsPage::currentChart() const
{
    return m_charts.value(m_chartTabs->currentIndex());
}

void ChartsPage::setRange(QDate from, QDate to)
{
    m_rangeChosen = true;
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void ChartsPage::defaultRange()
{
    // Until someone picks a range: from two months before the first mail-out (or a year back) to the as-of date.
    const QDate asOf = m_clock.today();
    QDate from = asOf.addYears(-1);
    if (const QDate first = PracticeOverview::firstMailout(m_db); first.isValid()) {
        from = std::min(from, first.addMonths(-2));
    }
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(asOf);
}

void ChartsPage::reload()
{
    if (!m_rangeChosen) {
        defaultRange();
    }
    const Programme& scr = Programme::scr();
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_drawnFrom = from;
    m_drawnTo = to;
    const Bucket bucket = bucketFromString(m_bucket->currentData().toString()).value_or(Bucket::Week);
    auto series = UptakeSeries::compute(m_db, scr, from, to, bucket);
    TimelineService timeline(m_db, m_clock);
    auto milestones = timeline.practiceTimeline(scr);
    auto references = timeline.referenceFigures();
    auto mix = ConsentMix::compute(m_db, scr, to);
    if (!series || !milestones || !references || !mix) {
        const Error& e = !series
                             ? series.error()
                             : (!milestones ? milestones.error() : (!references ? references.error() : mix.error()));
        m_status->setText(e.message);
        return;
    }
    m_charts.at(0)->setSpec(uptakeChart(*series, *milestones));
    m_charts.at(1)->setSpec(formsChart(*series, *milestones));
    m_charts.at(2)->setSpec(consentMixChart(*mix, m_choicesOnly->isChecked()));
    m_charts.at(3)->setSpec(referenceChart(*series, *references));
    const SeriesPoint& last = series->points.constLast();
    m_status->setText(tr("As of %1: %2 on the list, records created for %3%, %4% opted out. Hover over a line or bar "
                         "for its values.")
                          .arg(humanDate(to))
                          .arg(last.listSize)
                          .arg(last.recordsCreatedPercent(scr), 0, 'f', 2)
                          .arg(last.optOutPercent(scr), 0, 'f', 2));
}

bool ChartsPage::exportCurrent(const QString& file)
{
    ChartView* chart = currentChart();
    const QSize size(1200, 700);
    QString error;
    const bool svg = QFileInfo(file).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const bool done = svg ? chart->exportSvg(file, size, &error) : chart->exportPng(file, size, &error);
    m_status->setText(done ? tr("Saved %1.").arg(QDir::toNativeSeparators(file)) : error);
    return done;
}

void ChartsPage::chooseExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString name = m_chartTabs->tabText(m_chartTabs->currentIndex()).toLower().replace(u' ', u'-');
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export the chart"), QDir(folder).filePath(name + QStringLiteral(".png")),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"));
    if (!file.isEmpty()) {
        exportCurrent(file);
    }
}

void ChartsPage::editTimeline()
{
    TimelineEditorDialog dialog(m_db, m_clock, m_actor, this);
    if (dialog.exec() == QDialog::Accepted || dialog.changedSomething()) {
        reload();
        Q_EMIT timelineChanged();
    }
}

void ChartsPage::editReferences()
{
    ReferenceFiguresDialog dialog(m_db, m_clock, m_actor, this);
    dialog.exec();
    if (dialog.changedSomething()) {
        reload();
        Q_EMIT timelineChanged();
    }
}

} // namespace cd
