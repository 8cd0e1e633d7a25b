#include "import/ImportWizard.h"
#include "export/PrivateFile.h"
#include "help/HelpKey.h"
#include "widgets/ExportFileWidgets.h"
#include "widgets/WorkerRun.h"

#include "register/ColumnMapping.h"
#include "register/CsvReader.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

QString fieldLabel(RegisterField field)
{
    switch (field) {
    case RegisterField::NhsNumber:
        return QObject::tr("NHS number");
    case RegisterField::Surname:
        return QObject::tr("Surname");
    case RegisterField::Forenames:
        return QObject::tr("Forename(s)");
    case RegisterField::DateOfBirth:
        return QObject::tr("Date of birth");
    case RegisterField::Sex:
        return QObject::tr("Sex");
    case RegisterField::Postcode:
        return QObject::tr("Postcode");
    case RegisterField::Registered:
        return QObject::tr("Registration date");
    case RegisterField::Title:
        return QObject::tr("Title");
    case RegisterField::Address:
        return QObject::tr("Address (first line)");
    case RegisterField::UsualGp:
        return QObject::tr("Usual GP");
    }
    return QString();
}

QString counts(const ImportReport& r)
{
    return QObject::tr("%1 added, %2 updated, %3 unchanged, %4 marked as left the practice (%5 returning), %6 rows "
                       "rejected.")
               .arg(r.added)
               .arg(r.updated)
               .arg(r.unchanged)
               .arg(r.left)
               .arg(r.returning)
               .arg(r.rejects.size()) +
           (r.awaitingRegister > 0
                ? QObject::tr(" %1 registered at the desk in the last four weeks and not in the file yet: kept on the "
                              "list.")
                      .arg(r.awaitingRegister)
                : QString());
}

} // namespace

ImportWizard::ImportWizard(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Import the practice register"));
    setHelpSection(this, HelpSection::Importing);
    setWizardStyle(QWizard::ClassicStyle);
    setPage(ChooseFile, buildChooseFilePage());
    setPage(Preview, buildPreviewPage());
    setPage(DryRun, buildDryRunPage());
    setPage(Finished, buildFinishedPage());
    resize(900, 600);
}

QWizardPage* ImportWizard::buildChooseFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Choose the register export"));
    page->setSubTitle(tr("Export the registered list from EMIS Web, SystmOne or Vision as CSV or text, then choose "
                         "that file."));
    auto* layout = new QVBoxLayout(page);
    m_path = addExportFileRow(page, layout, tr("Register file"), tr("Choose the register export"));
    m_loadProgress = new QProgressBar(page);
    m_loadProgress->setAccessibleName(tr("Reading progress"));
    m_loadProgress->hide();
    layout->addWidget(m_loadProgress);
    layout->addStretch(1);
    return page;
}

QWizardPage* ImportWizard::buildPreviewPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Check what was read"));
    page->setSubTitle(tr("The first rows as read, and which column gives each field. Change a field's column if it "
                         "was not recognised; the choice is remembered for the practice."));
    auto* layout = new QVBoxLayout(page);
    m_detected = new QLabel(page);
    m_sample = makeReadOnlyTable(page, {}, tr("First rows of the file"));
    m_mapping = makeReadOnlyTable(page, {tr("Field"), tr("Column in the file")}, tr("Column mapping"));
    m_readProgress = new QProgressBar(page);
    m_readProgress->setAccessibleName(tr("Checking progress"));
    m_readProgress->hide();
    layout->addWidget(m_detected);
    layout->addWidget(m_sample, 1);
    layout->addWidget(m_mapping, 1);
    layout->addWidget(m_readProgress);
    return page;
}

QWizardPage* ImportWizard::buildDryRunPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What the import would change"));
    page->setSubTitle(tr("Nothing has changed yet. Next applies it, all or nothing; Cancel stops it until the last "
                         "moment."));
    auto* layout = new QVBoxLayout(page);
    m_dryRunSummary = new QLabel(page);
    m_dryRunSummary->setWordWrap(true);
    m_allowDeductions = new QCheckBox(page);
    m_allowDeductions->hide();
    m_dryRunRejects =
        makeReadOnlyTable(page, {tr("Line"), tr("NHS number as written"), tr("Reason")}, tr("Rejected rows"));
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->hide();
    layout->addWidget(m_dryRunSummary);
    layout->addWidget(m_allowDeductions);
    layout->addWidget(m_dryRunRejects, 1);
    layout->addWidget(m_progress);
    return page;
}

QWizardPage* ImportWizard::buildFinishedPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Register imported"));
    page->setFinalPage(true);
    auto* layout = new QVBoxLayout(page);
    m_finishedSummary = new QLabel(page);
    m_finishedSummary->setWordWrap(true);
    m_rejects = makeReadOnlyTable(page, {tr("Line"), tr("NHS number as written"), tr("Reason")}, tr("Rejected rows"));
    auto* save = new QPushButton(tr("&Save rejected rows as CSV…"), page);
    connect(save, &QPushButton::clicked, this, &ImportWizard::saveRejects);
    layout->addWidget(m_finishedSummary);
    layout->addWidget(m_rejects, 1);
    layout->addWidget(save, 0, Qt::AlignLeft);
    return page;
}

void ImportWizard::setFile(const QString& path)
{
    m_path->setText(path);
}

bool ImportWizard::loadFile()
{
    m_cancelled = false;
    const QString path = m_path->text().trimmed();
    // Streamed on a worker thread: the preview keeps its first rows and counts the rest, so a file of any size is
    // never held whole, and the window keeps painting while a large one is read.
    QString problem;
    CsvTable table;
    qsizetype rows = 0;
    setBusy(true, m_loadProgress);
    runOnWorker(
        [&](std::atomic<int>& percent) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problem = tr("%1 cannot be read: %2.").arg(path, file.errorString());
                return;
            }
            if (problem = registerFileProblem(file); !problem.isEmpty()) {
                return;
            }
            CsvReader::stream(
                file, table,
                [&](CsvRecord&& record) {
                    if (table.records.size() < 8) {
                        table.records.append(std::move(record));
                    }
                    ++rows;
                },
                [&](int done) {
                    percent = done;
                    return !m_cancelled;
                });
        },
        m_loadProgress);
    setBusy(false, m_loadProgress);
    if (problem.isEmpty()) {
        problem = table.refusal;
    }
    if (!problem.isEmpty()) {
        if (!m_cancelled) {
            QMessageBox::warning(this, windowTitle(), problem);
        }
        return false;
    }
    m_file = path;
    if (table.header.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("The file is empty: export the registered list again."));
        return false;
    }
    const QString delimiter = table.delimiter == u'\t'  ? tr("tabs")
                              : table.delimiter == u';' ? tr("semicolons")
                              : table.delimiter == u'|' ? tr("vertical bars")
                                                        : tr("commas");
    m_detected->setText(tr("Read as %1, columns separated by %2: %n row(s).", nullptr, static_cast<int>(rows))
                            .arg(table.encoding, delimiter));
    m_sample->setColumnCount(static_cast<int>(table.header.size()));
    m_sample->setHorizontalHeaderLabels(table.header);
    const int shown = static_cast<int>(std::min<qsizetype>(8, table.records.size()));
    m_sample->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        for (int c = 0; c < table.records[r].fields.size() && c < table.header.size(); ++c) {
            m_sample->setItem(r, c, new QTableWidgetItem(table.records[r].fields[c]));
        }
    }
    const auto recognised = ColumnMapping::fromHeader(table.header);
    m_recognised.clear();
    const QList<RegisterField>& fields = allRegisterFields();
    m_mapping->setRowCount(static_cast<int>(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        m_mapping->setItem(r, 0, new QTableWidgetItem(fieldLabel(fields[r])));
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("(not in the file)"));
        combo->addItems(table.header);
        combo->setAccessibleName(tr("Column for %1").arg(fieldLabel(fields[r])));
        if (recognised && recognised->has(fields[r])) {
            m_recognised.insert(fields[r], recognised->column(fields[r]));
            combo->setCurrentIndex(recognised->column(fields[r]) + 1);
        }
        m_mapping->setCellWidget(r, 1, combo);
    }
    return true;
}

ImportOptions ImportWizard::options(bool dryRun, int writingFrom)
{
    ImportOptions o;
    o.dryRun = dryRun;
    o.allowDeductions = dryRun || m_allowDeductions->isChecked();
    // Only fields the manager moved off what recognition chose become overrides (address keeps all its lines).
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1));
        const RegisterField field = allRegisterFields().at(r);
        const int chosen = combo ? combo->currentIndex() - 1 : -1;
        const int usual = m_recognised.value(field, -1);
        if (chosen >= 0 && chosen != usual) {
            o.mapping.insert(fieldName(field), combo->currentText());
        }
    }
    if (!dryRun) {
        // The writing holds the database's connection, which belongs to this thread: it stays here and lets the
        // window paint between batches.
        o.progress = [this, writingFrom](int percent) {
            m_progress->setValue(writingFrom + percent * (100 - writingFrom) / 100);
            QApplication::processEvents();
            return !m_cancelled;
        };
    }
    return o;
}

bool ImportWizard::runImport(bool dryRun)
{
    m_cancelled = false;
    // The reading and checking run on a worker thread (no database there); the merge runs here, on the thread that
    // owns the connection. A dry run's bar is all reading; an import's is two-fifths reading, then the writing.
    QProgressBar* bar = dryRun ? m_readProgress : m_progress;
    const int readingTo = dryRun ? 100 : 40;
    const ImportOptions chosen = options(dryRun, readingTo);
    auto remembered = rememberedMapping(m_db);
    std::optional<Result<RegisterRead>> read;
    setBusy(true, bar);
    if (remembered) {
        const QString path = m_file;
        const QDate today = m_clock.today();
        runOnWorker(
            [&](std::atomic<int>& percent) {
                QFile file(path);
                if (!file.open(QIODevice::ReadOnly)) {
                    read = Result<RegisterRead>(invalid(tr("%1 cannot be read: %2.").arg(path, file.errorString())));
                    return;
                }
                read = readRegister(file, today, chosen.mapping, *remembered, [&](int done) {
                    percent = done;
                    return !m_cancelled;
                });
            },
            bar, 0, readingTo);
    }
    Result<ImportReport> report = !remembered ? Result<ImportReport>(remembered.error())
                                  : !*read    ? Result<ImportReport>(read->error())
                                              : mergeRegister(m_db, m_actor, m_clock, std::move(*read).value(), chosen);
    setBusy(false, bar);
    if (!report) {
        m_error = report.error().message;
        QMessageBox::warning(this, windowTitle(), m_error);
        return false;
    }
    m_error.clear();
    m_report = *report;
    return true;
}

void ImportWizard::setBusy(bool busy, QProgressBar* bar)
{
    m_busy = busy;
    bar->setValue(0);
    bar->setVisible(busy);
    for (const WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton}) {
        if (QAbstractButton* shown = button(b)) {
            shown->setEnabled(!busy);
        }
    }
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ImportWizard::fillRejects(QTableWidget* table)
{
    table->setRowCount(static_cast<int>(m_report.rejects.size()));
    for (int r = 0; r < m_report.rejects.size(); ++r) {
        const RegisterReject& reject = m_report.rejects[r];
        table->setItem(r, 0, new QTableWidgetItem(QString::number(reject.line)));
        table->setItem(r, 1, new QTableWidgetItem(reject.nhsAsWritten));
        table->setItem(r, 2, new QTableWidgetItem(reject.reason));
    }
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
}

void ImportWizard::initializePage(int id)
{
    setButtonText(QWizard::NextButton, id == DryRun ? tr("&Import") : tr("&Next >"));
    if (id == DryRun) {
        m_dryRunSummary->setText(tr("The import would make these changes: %1%2")
                                     .arg(counts(m_report), m_report.rejects.isEmpty()
                                                                ? QString()
                                                                : tr(" The rejected rows, below, are not imported.")));
        const bool confirm = m_report.needsDeductionConfirmation();
        m_allowDeductions->setVisible(confirm);
        m_allowDeductions->setChecked(false);
        m_allowDeductions->setText(
            tr("\u26A0 %1 of the %2 registered patients would be marked as left. This is usual only for a complete "
               "list: tick to confirm that this file is the whole register.")
                .arg(m_report.left)
                .arg(m_report.registeredBefore));
        fillRejects(m_dryRunRejects);
    } else if (id == Finished) {
        m_finishedSummary->setText(
            tr("Imported: %1 A copy of the practice was kept first: %2")
                .arg(counts(m_report), m_report.backup.isEmpty() ? tr("(server)") : m_report.backup));
        fillRejects(m_rejects);
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case ChooseFile:
        return loadFile();
    case Preview:
        return runImport(true);
    case DryRun: {
        if (m_report.needsDeductionConfirmation() && !m_allowDeductions->isChecked()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Tick the confirmation first, or cancel and export the "
                                    "whole register."));
            return false;
        }
        return runImport(false);
    }
    default:
        return true;
    }
}

void ImportWizard::reject()
{
    if (m_busy) {
        m_cancelled = true;
        return;
    }
    QWizard::reject();
}

void ImportWizard::saveRejects()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save the rejected rows"),
                                                      QStringLiteral("rejected.csv"), tr("CSV (*.csv)"));
    if (file.isEmpty()) {
        return;
    }
    if (auto written = writePrivateFile(file, m_report.rejectsCsv()); !written) {
        QMessageBox::warning(this, windowTitle(), written.error().message);
    }
}

} // namespace cd
