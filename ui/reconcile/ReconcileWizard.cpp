#include "reconcile/ReconcileWizard.h"

#include "export/PrivateFile.h"
#include "help/HelpKey.h"
#include "register/CsvReader.h"
#include "widgets/ExportFileWidgets.h"

#include "domain/Dates.h"
#include "domain/Permissions.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>

namespace cd {
namespace {

// The fields a manager may point at a column, with their --map names.
const QList<std::pair<const char*, const char*>>& mappableFields()
{
    static const QList<std::pair<const char*, const char*>> fields{{"nhs", QT_TR_NOOP("NHS number")},
                                                                   {"code", QT_TR_NOOP("Code")},
                                                                   {"date", QT_TR_NOOP("Date of the entry")},
                                                                   {"term", QT_TR_NOOP("Term (optional)")}};
    return fields;
}

} // namespace

ReconcileWizard::ReconcileWizard(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Reconcile with the clinical system"));
    setHelpSection(this, HelpSection::Importing);
    setWizardStyle(QWizard::ClassicStyle);
    setPage(ChooseFile, buildChooseFilePage());
    setPage(Mapping, buildMappingPage());
    setPage(Results, buildResultsPage());
    setPage(Finished, buildFinishedPage());
    resize(960, 640);
}

QWizardPage* ReconcileWizard::buildChooseFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Choose the export of SCR consent codes"));
    page->setSubTitle(tr("In EMIS Web, SystmOne or Vision, search for the SCR consent codes (9Ndl, 9Ndm, 9Ndn, 9Ndo, "
                         "93C2, 93C3, XaXj6, XaKRy) of every registered patient, export the result as CSV or text, "
                         "and choose that file."));
    auto* layout = new QVBoxLayout(page);
    m_path = addExportFileRow(page, layout, tr("Export file"), tr("Choose the export"));
    layout->addStretch(1);
    return page;
}

QWizardPage* ReconcileWizard::buildMappingPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Check which column gives what"));
    page->setSubTitle(tr("Change a field's column if it was not recognised."));
    auto* layout = new QVBoxLayout(page);
    m_detected = new QLabel(page);
    m_detected->setWordWrap(true);
    m_mapping = makeReadOnlyTable(page, {tr("Field"), tr("Column in the file")}, tr("Column mapping"));
    layout->addWidget(m_detected);
    layout->addWidget(m_mapping, 1);
    return page;
}

QWizardPage* ReconcileWizard::buildResultsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What the clinical system and the desk say"));
    page->setSubTitle(tr("Nothing has changed yet. Apply marks each agreeing choice coded and keeps this "
                         "reconciliation for the Overview."));
    auto* layout = new QVBoxLayout(page);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    auto* controls = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("&Show:"), page);
    m_outcome = new QComboBox(page);
    m_outcome->setAccessibleName(tr("Outcome shown"));
    showLabel->setBuddy(m_outcome);
    auto* filterLabel = new QLabel(tr("&Filter:"), page);
    m_filter = new QLineEdit(page);
    m_filter->setPlaceholderText(tr("NHS number, code or choice"));
    m_filter->setAccessibleName(tr("Filter the rows"));
    filterLabel->setBuddy(m_filter);
    auto* exportButton = new QPushButton(tr("&Export these rows…"), page);
    // Choices coded only in the clinical system: recorded on the desk from it, one at a time or all at once.
    m_recordOne = new QPushButton(tr("Record this &one on the desk"), page);
    m_recordAll = new QPushButton(tr("Record e&very one on the desk"), page);
    for (QPushButton* b : {m_recordOne, m_recordAll}) {
        b->setToolTip(tr("Records the choice found coded in the clinical system as a form from the clinical system, "
                         "dated and marked as coded"));
    }
    connect(m_recordOne, &QPushButton::clicked, this, [this] {
        const QList<ReconcileRow> shown = shownRows();
        const int row = m_rows->currentRow();
        if (row >= 0 && row < shown.size()) {
            recordOnDesk({shown.at(row)});
        }
    });
    connect(m_recordAll, &QPushButton::clicked, this, [this] { recordOnDesk(shownRows()); });
    controls->addWidget(showLabel);
    controls->addWidget(m_outcome, 1);
    controls->addWidget(filterLabel);
    controls->addWidget(m_filter, 1);
    controls->addWidget(exportButton);
    m_rows = makeReadOnlyTable(
        page, {tr("NHS number"), tr("Outcome"), tr("On the desk"), tr("Clinical code"), tr("Coded on")},
        tr("Reconciliation rows"));
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->verticalHeader()->hide();
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] { fillResults(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { fillResults(); });
    connect(exportButton, &QPushButton::clicked, this, &ReconcileWizard::exportShown);
    auto* recording = new QHBoxLayout;
    recording->addWidget(m_recordOne);
    recording->addWidget(m_recordAll);
    recording->addStretch(1);
    layout->addWidget(m_summary);
    layout->addLayout(controls);
    layout->addWidget(m_rows, 1);
    layout->addLayout(recording);
    return page;
}

QWizardPage* ReconcileWizard::buildFinishedPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Reconciled"));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_finished = new QLabel(page);
    m_finished->setWordWrap(true);
    layout->addWidget(m_finished);
    layout->addStretch(1);
    return page;
}

void ReconcileWizard::setFile(const QString& path)
{
    m_path->setText(path);
}

bool ReconcileWizard::readHeader()
{
    QFile file(m_path->text().trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("%1 cannot be read: %2.").arg(file.fileName(), file.errorString()));
        return false;
    }
    CsvTable table;
    // Only the header: the reading stops after its first megabyte.
    CsvReader::stream(
        file, table, [](CsvRecord&&) {}, [](int) { return false; });
    if (table.header.isEmpty() || (!table.refusal.isEmpty() && table.refusal != CsvReader::kCancelled)) {
        QMessageBox::warning(this, windowTitle(),
                             table.refusal.isEmpty() || table.refusal == CsvReader::kCancelled
                                 ? tr("The file is empty: export the search again.")
                                 : table.refusal);
        return false;
    }
    m_header = table.header;
    m_detected->setText(
        tr("Read as %1. Its columns: %2.").arg(table.encoding, table.header.join(QStringLiteral(", "))));
    const QList<std::pair<const char*, const char*>>& fields = mappableFields();
    m_mapping->setRowCount(static_cast<int>(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        m_mapping->setItem(r, 0, new QTableWidgetItem(tr(fields[r].second)));
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("(recognise it)"));
        combo->addItems(table.header);
        combo->setAccessibleName(tr("Column for %1").arg(tr(fields[r].second)));
        m_mapping->setCellWidget(r, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
    return true;
}

bool ReconcileWizard::run(bool dryRun)
{
    QFile file(m_path->text().trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be read: %2.").arg(file.fileName(), file.errorString());
        QMessageBox::warning(this, windowTitle(), m_error);
        return false;
    }
    ReconcileOptions options;
    options.dryRun = dryRun;
    options.fileName = QFileInfo(file.fileName()).fileName();
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
        if (combo && combo->currentIndex() > 0) {
            options.mapping.insert(QString::fromLatin1(mappableFields().at(r).first), combo->currentText());
        }
    }
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto report = reconcile(m_db, m_actor, m_clock, file, options);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_error = report.error().message;
        QMessageBox::warning(this, windowTitle(), m_error);
        return false;
    }
    m_error.clear();
    m_report = *report;
    return true;
}

QList<ReconcileRow> ReconcileWizard::shownRows() const
{
    QList<ReconcileRow> shown;
    if (m_outcome->currentData().toInt() < 0) {
        return {}; // the export's leftovers, not rows of the comparison
    }
    const auto wanted = static_cast<ReconcileOutcome>(m_outcome->currentData().toInt());
    const QString filter = m_filter->text().trimmed().remove(u' ');
    for (const ReconcileRow& r : m_report.rows) {
        if (r.outcome != wanted) {
            continue;
        }
        if (!filter.isEmpty() && !r.nhs.contains(filter) && !r.clinicalCode.contains(filter, Qt::CaseInsensitive) &&
            !r.deskChoice.contains(filter, Qt::CaseInsensitive)) {
            continue;
        }
        shown << r;
    }
    return shown;
}

void ReconcileWizard::showOutcome(ReconcileOutcome outcome)
{
    m_outcome->setCurrentIndex(m_outcome->findData(static_cast<int>(outcome)));
}

void ReconcileWizard::setFilter(const QString& text)
{
    m_filter->setText(text);
}

namespace {
constexpr int kUnmatchedList = -1;
constexpr int kIgnoredList = -2;
} // namespace

void ReconcileWizard::fillResults()
{
    const bool notOnDesk = m_outcome->currentData().toInt() == static_cast<int>(ReconcileOutcome::NotOnDesk);
    m_recordOne->setEnabled(notOnDesk && allows(m_actor.role, Permission::ManagePractice));
    m_recordAll->setEnabled(m_recordOne->isEnabled());
    // The export's own leftovers, listed like the rest: rows not matched (with their line and why) and other codes.
    const int list = m_outcome->currentData().toInt();
    if (list == kUnmatchedList || list == kIgnoredList) {
        const QString filter = m_filter->text().trimmed();
        QList<QStringList> lines;
        if (list == kUnmatchedList) {
            for (const UnusableRow& u : m_report.unmatched) {
                lines << QStringList{u.nhsAsWritten, tr("not matched"), u.reason, QString(), tr("line %1").arg(u.line)};
            }
        } else {
            for (auto it = m_report.ignored.cbegin(); it != m_report.ignored.cend(); ++it) {
                lines << QStringList{QString(), tr("ignored"), tr("%n row(s)", nullptr, static_cast<int>(it.value())),
                                     it.key(), QString()};
            }
        }
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [&](const QStringList& l) {
                                       return !filter.isEmpty() && !l.join(u' ').contains(filter, Qt::CaseInsensitive);
                                   }),
                    lines.end());
        m_rows->setRowCount(static_cast<int>(lines.size()));
        for (int i = 0; i < lines.size(); ++i) {
            for (int c = 0; c < lines[i].size(); ++c) {
                m_rows->setItem(i, c, new QTableWidgetItem(lines[i][c]));
            }
        }
        m_rows->resizeColumnsToContents();
        return;
    }
    const QList<ReconcileRow> shown = shownRows();
    m_rows->setRowCount(static_cast<int>(shown.size()));
    const Programme& scr = Programme::scr();
    for (int i = 0; i < shown.size(); ++i) {
        const ReconcileRow& r = shown[i];
        const QString desk = r.deskChoice.isEmpty()     ? scr.stateLabel(r.deskState)
                             : scr.choice(r.deskChoice) ? scr.choice(r.deskChoice)->label
                                                        : r.deskChoice;
        const QStringList cells{r.nhs.left(3) + u' ' + r.nhs.mid(3, 3) + u' ' + r.nhs.mid(6), toString(r.outcome), desk,
                                r.clinicalCode.isEmpty() ? tr("(no code)") : r.clinicalCode, humanDate(r.clinicalDate)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (r.outcome == ReconcileOutcome::UploadAgainstWishes) {
                item->setForeground(QColor(0xB0, 0x00, 0x20)); // the harm this software exists to prevent
                item->setToolTip(describe(r.outcome));
            }
            m_rows->setItem(i, c, item);
        }
    }
    m_rows->resizeColumnsToContents();
}

void ReconcileWizard::recordOnDesk(const QList<ReconcileRow>& rows)
{
    if (rows.isEmpty()) {
        return;
    }
    if (m_confirm && QMessageBox::question(this, windowTitle(),
                                           tr("Record %n choice(s) found coded in the clinical system on the desk, "
                                              "each dated as coded and marked coded?",
                                              nullptr, static_cast<int>(rows.size()))) != QMessageBox::Yes) {
        return;
    }
    auto recorded = recordNotOnDesk(m_db, m_actor, m_clock, rows);
    if (!recorded) {
        QMessageBox::warning(this, windowTitle(), recorded.error().message);
        return;
    }
    QStringList skipped;
    for (const auto& [nhs, why] : recorded->skipped) {
        skipped << tr("%1: %2").arg(nhs, why);
    }
    m_error = skipped.join(u'\n');
    // The lists are read again: what was recorded now agrees.
    const int shown = m_outcome->currentIndex();
    if (run(true)) {
        initializePage(Results);
        m_outcome->setCurrentIndex(std::min(shown, m_outcome->count() - 1));
    }
    if (!skipped.isEmpty()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Recorded %1. Not recorded:\n%2").arg(recorded->recorded).arg(skipped.join(u'\n')));
    }
}

void ReconcileWizard::exportShown()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the rows"), QStringLiteral("reconciliation.csv"),
                                                      tr("CSV (*.csv)"));
    if (file.isEmpty()) {
        return;
    }
    if (auto written = writePrivateFile(file, m_report.rowsCsv(shownRows())); !written) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
    }
}

void ReconcileWizard::initializePage(int id)
{
    setButtonText(QWizard::NextButton, id == Results ? tr("&Apply") : tr("&Next >"));
    if (id == Results || id == Finished) {
        const qint64 atRisk = m_report.count(ReconcileOutcome::UploadAgainstWishes);
        QString text = atRisk > 0 ? tr("<b style='color:#b00020'>\u26A0 %n patient(s) who opted out would be uploaded "
                                       "against their wishes: key their dissent code before the upload.</b><br>",
                                       nullptr, static_cast<int>(atRisk))
                                  : QString();
        QStringList counts;
        for (const ReconcileOutcome o : allOutcomes()) {
            counts << tr("%1: %2").arg(toString(o)).arg(m_report.count(o));
        }
        text += tr("As of %1: %2. %3 rows of other codes ignored; %4 rows not matched.")
                    .arg(humanDate(m_report.asOf), counts.join(QStringLiteral(", ")))
                    .arg(std::accumulate(m_report.ignored.cbegin(), m_report.ignored.cend(), qint64{0}))
                    .arg(m_report.unmatched.size());
        if (id == Results) {
            m_summary->setText(text);
            m_outcome->blockSignals(true);
            m_outcome->clear();
            for (const ReconcileOutcome o : allOutcomes()) {
                if (o != ReconcileOutcome::Default) {
                    m_outcome->addItem(tr("%1 (%2)").arg(toString(o)).arg(m_report.count(o)), static_cast<int>(o));
                }
            }
            m_outcome->addItem(tr("rows not matched (%1)").arg(m_report.unmatched.size()), kUnmatchedList);
            m_outcome->addItem(tr("other codes, ignored (%1)").arg(m_report.ignored.size()), kIgnoredList);
            m_outcome->blockSignals(false);
            fillResults();
        } else {
            m_finished->setText(
                tr("Applied: %n choice(s) marked coded. ", nullptr, static_cast<int>(m_report.markedCoded)) + text +
                tr("<br>The Overview shows this reconciliation and its date."));
        }
    }
    QWizard::initializePage(id);
}

bool ReconcileWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ChooseFile:
        return readHeader();
    case Mapping:
        return run(true);
    case Results:
        return run(false);
    default:
        return true;
    }
}

} // namespace cd
