#include "report/ReportDialog.h"
#include "export/PrivateFile.h"
#include "help/HelpKey.h"
#include "widgets/DateField.h"

#include "domain/Clock.h"
#include "report/LmcReportDocument.h"
#include "service/ExportService.h"
#include "service/PracticeOverview.h"
#include "stats/LmcReport.h"
#include "store/Stores.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cd {

ReportDialog::ReportDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Report for the LMC"));
    setHelpSection(this, HelpSection::LmcReport);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Aggregate figures only, under disclosure control: small counts are shown as \"*\", "
                                "the rest rounded, and a checker proves no hidden count can be worked out. The "
                                "report names no patient. The period is whole weeks or whole months."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QDate today = m_clock.today();
    QDate from = today.addMonths(-6);
    if (const QDate first = PracticeOverview::firstMailout(m_db); first.isValid()) {
        from = first.addMonths(-1);
    }
    m_from = new DateField(from, this);
    m_to = new DateField(today, this);
    m_from->setAccessibleName(tr("Report from"));
    m_to->setAccessibleName(tr("Report to"));
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To (figures as of):"), m_to);
    m_period = new QComboBox(this);
    m_period->addItem(tr("Whole weeks (Monday to Sunday)"), QStringLiteral("week"));
    m_period->addItem(tr("Whole months"), QStringLiteral("month"));
    m_period->setAccessibleName(tr("Period in whole"));
    form->addRow(tr("Period &in:"), m_period);
    m_method = new QComboBox(this);
    m_method->addItem(tr("Standard: 1 to 7 shown as *, the rest rounded to 5 (NHS Digital)"),
                      QStringLiteral("standard"));
    m_method->addItem(tr("Strict: 1 to 14 shown as *, the rest rounded to 10"), QStringLiteral("strict"));
    m_method->setAccessibleName(tr("Disclosure control"));
    m_method->setToolTip(tr("The practice's setting is the least this report may use; it may only be stricter."));
    if (auto overview = PracticeOverview::load(m_db); overview && overview->disclosure == QLatin1String("strict")) {
        m_method->setCurrentIndex(1);
        qobject_cast<QStandardItemModel*>(m_method->model())->item(0)->setEnabled(false);
    }
    form->addRow(tr("Disclos&ure control:"), m_method);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("A note for the meeting (no patient details)"));
    m_note->setAccessibleName(tr("Note for the meeting"));
    m_note->setTabChangesFocus(true);
    form->addRow(tr("&Note:"), m_note);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Report message"));
    layout->addWidget(m_message);
    for (DateField* date : {m_from, m_to}) {
        connect(date, &DateField::refused, this, [this](const QString& why) { m_message->setText(why); });
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* previewButton = buttons->addButton(tr("&Preview and print…"), QDialogButtonBox::ActionRole);
    auto* pdfButton = buttons->addButton(tr("Save P&DF…"), QDialogButtonBox::ActionRole);
    auto* csvButton = buttons->addButton(tr("Export tab&les (CSV)…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, [this, documents] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save the report"), QDir(documents).filePath(QStringLiteral("scr-lmc-report.pdf")),
            tr("PDF (*.pdf)"));
        if (!file.isEmpty()) {
            savePdf(file);
        }
    });
    connect(csvButton, &QPushButton::clicked, this, [this, documents] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the report's tables"), QDir(documents).filePath(QStringLiteral("scr-lmc-tables.csv")),
            tr("CSV (*.csv)"));
        if (!file.isEmpty()) {
            saveAggregates(file);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 420);
}

LmcReport::Options ReportDialog::options() const
{
    LmcReport::Options options;
    options.from = m_from->date();
    options.to = m_to->date();
    const auto method = DisclosureMethod::fromName(m_method->currentData().toString());
    options.method = method ? *method : DisclosureMethod::strict();
    options.note = m_note->toPlainText();
    options.period = m_period->currentData().toString() == QLatin1String("month") ? LmcReport::Period::Month
                                                                                  : LmcReport::Period::Week;
    return options;
}

std::optional<LmcReport> ReportDialog::gather(const QString& what)
{
    auto report = ExportService(m_db, m_clock).report(m_actor, options(), what);
    if (!report) {
        m_message->setText(report.error().message);
        return std::nullopt;
    }
    return *report;
}

bool ReportDialog::savePdf(const QString& file)
{
    const auto report = gather(QStringLiteral("PDF"));
    if (!report) {
        return false;
    }
    if (auto written = writeReportPdf(*report, file); !written) {
        m_message->setText(written.error().message);
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(file)));
    return true;
}

bool ReportDialog::saveAggregates(const QString& file)
{
    auto csv = ExportService(m_db, m_clock).aggregates(m_actor, options());
    const Status written = csv ? writePrivateFile(file, *csv) : Status(csv.error());
    if (!written) {
        m_message->setText(written.error().message);
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(file)));
    return true;
}

void ReportDialog::preview()
{
    const auto report = gather(QStringLiteral("print"));
    if (!report) {
        return;
    }
    auto doc = buildReportDocument(*report);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter* target) { doc->print(target); });
    dialog.exec();
}

} // namespace cd
