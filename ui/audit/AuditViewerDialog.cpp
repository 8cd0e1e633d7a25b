#include "audit/AuditViewerDialog.h"
#include "export/PrivateFile.h"
#include "help/HelpKey.h"
#include "widgets/DateField.h"

#include "domain/Clock.h"
#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "service/AuditService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

AuditViewerDialog::AuditViewerDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Audit trail"));
    setHelpSection(this, HelpSection::UsersAndAudit);
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    const auto field = [this](const QString& placeholder, const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(name);
        edit->setClearButtonEnabled(true);
        return edit;
    };
    m_user = field(tr("any user"), tr("User"));
    m_patient = field(tr("any patient (NHS number)"), tr("Patient's NHS number"));
    m_action = field(tr("any action (e.g. refused, record-choice)"), tr("Action"));
    m_from = new DateField(m_clock.today().addMonths(-1), this);
    m_to = new DateField(QDate::currentDate(), this);
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    auto* searchButton = new QPushButton(tr("&Search"), this);
    searchButton->setDefault(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_user, m_patient, m_action, m_from, m_to, searchButton}) {
        filters->addWidget(w);
    }
    layout->addLayout(filters);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("User"), tr("Role"), tr("Action"), tr("Patient"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Audit entries"));
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Audit message"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(searchButton, &QPushButton::clicked, this, &AuditViewerDialog::search);
    for (QLineEdit* e : {m_user, m_patient, m_action}) {
        connect(e, &QLineEdit::returnPressed, this, &AuditViewerDialog::search);
    }
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Export the audit trail"),
                                         QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                             .filePath(QStringLiteral("audit.csv")),
                                         tr("CSV (*.csv)"));
        if (!file.isEmpty()) {
            exportCsv(file);
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 600);
    search();
}

AuditFilter AuditViewerDialog::filter() const
{
    AuditFilter f;
    f.user = m_user->text().trimmed();
    f.action = m_action->text().trimmed();
    f.from = m_from->date();
    f.to = m_to->date();
    return f;
}

void AuditViewerDialog::search()
{
    auto rows = AuditService(m_db, m_clock).search(m_actor, filter(), m_patient->text());
    if (!rows) {
        m_message->setText(rows.error().message);
        m_table->setRowCount(0);
        return;
    }
    m_table->setRowCount(static_cast<int>(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const AuditRow& row = rows->at(r);
        const QStringList cells = {isoDateTime(row.entry.at).replace(u'T', u' '),
                                   row.entry.userName,
                                   toString(row.entry.role),
                                   row.entry.action,
                                   row.nhsNumber.isEmpty() ? QString() : NhsNumber::display(row.nhsNumber),
                                   row.entry.details};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_table->resizeColumnsToContents();
    m_message->setText(tr("%n entr(y|ies), newest first.", nullptr, static_cast<int>(rows->size())));
}

bool AuditViewerDialog::exportCsv(const QString& file)
{
    auto csv = AuditService(m_db, m_clock).exportCsv(m_actor, filter(), m_patient->text());
    const Status written = csv ? writePrivateFile(file, *csv) : Status(csv.error());
    if (!written) {
        m_message->setText(written.error().message);
        return false;
    }
    m_message->setText(
        tr("Saved %1. It names patients: keep it on the practice's systems.").arg(QDir::toNativeSeparators(file)));
    return true;
}

} // namespace cd
