#include "timeline/ReferenceFiguresDialog.h"
#include "help/HelpKey.h"
#include "widgets/DateField.h"

#include "domain/Clock.h"
#include "domain/Dates.h"
#include "service/TimelineService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

ReferenceFiguresDialog::ReferenceFiguresDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Reference figures"));
    setHelpSection(this, HelpSection::TimelineAndCharts);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Figure"), tr("Measure"), tr("Value"), tr("Date"), tr("Source")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Reference figures"));
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_label = new QLineEdit(this);
    m_label->setPlaceholderText(tr("e.g. England"));
    m_label->setAccessibleName(tr("Reference label"));
    form->addRow(tr("&Figure:"), m_label);
    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Opt-out rate"), QStringLiteral("opt_out_percent"));
    m_measure->addItem(tr("Uptake (records created)"), QStringLiteral("uptake_percent"));
    m_measure->setAccessibleName(tr("Measure"));
    form->addRow(tr("&Measure:"), m_measure);
    m_percent = new QDoubleSpinBox(this);
    m_percent->setRange(0.0, 100.0);
    m_percent->setDecimals(2);
    m_percent->setSuffix(QStringLiteral("%"));
    m_percent->setAccessibleName(tr("Reference value"));
    form->addRow(tr("&Value:"), m_percent);
    m_date = new DateField(m_clock.today(), this);
    m_date->setAccessibleName(tr("Reference date"));
    form->addRow(tr("&Date:"), m_date);
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("where the figure comes from"));
    m_source->setAccessibleName(tr("Reference source"));
    form->addRow(tr("&Source:"), m_source);
    layout->addLayout(form);
    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("&Remove selected"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Reference figures message"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, &ReferenceFiguresDialog::addFromForm);
    connect(remove, &QPushButton::clicked, this, &ReferenceFiguresDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 460);
    load();
}

void ReferenceFiguresDialog::load()
{
    auto figures = TimelineService(m_db, m_clock).referenceFigures();
    if (!figures) {
        m_message->setText(figures.error().message);
        return;
    }
    m_figures = *figures;
    m_table->setRowCount(static_cast<int>(m_figures.size()));
    for (int row = 0; row < m_figures.size(); ++row) {
        const ReferenceFigure& f = m_figures.at(row);
        const QStringList cells = {f.label,
                                   f.measure == QLatin1String("opt_out_percent") ? tr("Opt-out rate") : tr("Uptake"),
                                   QStringLiteral("%1%").arg(f.percent, 0, 'f', 2), humanDate(f.asOf), f.source};
        for (int c = 0; c < cells.size(); ++c) {
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        }
    }
    m_table->resizeColumnsToContents();
}

bool ReferenceFiguresDialog::addFromForm()
{
    ReferenceFigure f;
    f.label = m_label->text().trimmed();
    f.measure = m_measure->currentData().toString();
    f.percent = m_percent->value();
    f.source = m_source->text().trimmed();
    f.asOf = m_date->date();
    auto added = TimelineService(m_db, m_clock).addReferenceFigure(m_actor, f);
    if (!added) {
        m_message->setText(added.error().message); // the form keeps what was typed
        return false;
    }
    m_changed = true;
    m_label->clear();
    m_source->clear();
    m_message->setText(tr("Added %1.").arg(f.label));
    load();
    return true;
}

bool ReferenceFiguresDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_figures.size()) {
        m_message->setText(tr("Select a figure to remove first."));
        return false;
    }
    const ReferenceFigure f = m_figures.at(row);
    if (auto done = TimelineService(m_db, m_clock).removeReferenceFigure(m_actor, f.id); !done) {
        m_message->setText(done.error().message);
        return false;
    }
    m_changed = true;
    m_message->setText(tr("Removed %1.").arg(f.label));
    load();
    return true;
}

} // namespace cd
