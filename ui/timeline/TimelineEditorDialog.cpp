#include "timeline/TimelineEditorDialog.h"
#include "export/PrivateFile.h"
#include "help/HelpKey.h"
#include "widgets/DateField.h"

#include "domain/Clock.h"
#include "domain/Region.h"
#include "service/TimelineService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {

TimelineEditorDialog::TimelineEditorDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Rollout timeline"));
    setHelpSection(this, HelpSection::TimelineAndCharts);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_scope = new QComboBox(this);
    m_scope->addItem(tr("England (national)"), kNationalScope);
    for (const Region& region : allRegions()) {
        m_scope->addItem(region.name, region.id);
    }
    m_scope->addItem(tr("This practice"), kPracticeScope);
    m_scope->setAccessibleName(tr("Region"));
    top->addRow(tr("&Region:"), m_scope);
    layout->addLayout(top);
    auto* note = new QLabel(tr("The practice's mail-outs, window end and planned upload come from its own records and "
                               "replace the region's on its charts."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Planned or actual"), tr("Kind"), tr("Milestone"), tr("Target")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Milestones"));
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_date = new DateField(QDate(), this);
    m_date->setAccessibleName(tr("Milestone date"));
    m_monthOnly = new QCheckBox(tr("Only the mo&nth is known"), this);
    m_monthOnly->setToolTip(tr("The source gives only the month (e.g. \"January 2010\"): the milestone is shown as "
                               "that month, not as its first day."));
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_monthOnly);
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dateRow);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Planned"), QStringLiteral("planned"));
    m_status->addItem(tr("Actual (it happened)"), QStringLiteral("actual"));
    m_status->setAccessibleName(tr("Planned or actual"));
    form->addRow(tr("&Status:"), m_status);
    m_kind = new QComboBox(this);
    m_kind->addItems(milestoneKinds());
    m_kind->setAccessibleName(tr("Kind of milestone"));
    form->addRow(tr("&Kind:"), m_kind);
    m_label = new QLineEdit(this);
    m_label->setAccessibleName(tr("Milestone label"));
    form->addRow(tr("&Label:"), m_label);
    m_percent = new QDoubleSpinBox(this);
    m_percent->setRange(-1.0, 100.0);
    m_percent->setDecimals(1);
    m_percent->setSpecialValueText(tr("none"));
    m_percent->setSuffix(QStringLiteral("%"));
    m_percent->setAccessibleName(tr("Target percentage"));
    form->addRow(tr("&Target:"), m_percent);
    m_source = new QLineEdit(this);
    m_source->setAccessibleName(tr("Source"));
    form->addRow(tr("S&ource:"), m_source);
    layout->addLayout(form);

    auto* rowButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add"), this);
    auto* remove = new QPushButton(tr("Re&move"), this);
    auto* importButton = new QPushButton(tr("&Import JSON…"), this);
    auto* exportButton = new QPushButton(tr("&Export JSON…"), this);
    for (QPushButton* b : {add, remove, importButton, exportButton}) {
        rowButtons->addWidget(b);
    }
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Timeline message"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &TimelineEditorDialog::showScope);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TimelineEditorDialog::showSelected);
    connect(m_date, &DateField::dateChanged, this, &TimelineEditorDialog::editSelected);
    connect(m_monthOnly, &QCheckBox::toggled, this, [this](bool) {
        // A month-only date keeps its day at the 1st: the milestone is shown as the month.
        editSelected();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &TimelineEditorDialog::editSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimelineEditorDialog::editSelected);
    connect(m_label, &QLineEdit::textEdited, this, &TimelineEditorDialog::editSelected);
    connect(m_percent, &QDoubleSpinBox::valueChanged, this, &TimelineEditorDialog::editSelected);
    connect(m_source, &QLineEdit::textEdited, this, &TimelineEditorDialog::editSelected);
    connect(add, &QPushButton::clicked, this, &TimelineEditorDialog::addMilestone);
    connect(remove, &QPushButton::clicked, this, &TimelineEditorDialog::removeSelected);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a timeline"), QString(),
                                                          tr("Timeline JSON (*.json);;All files (*)"));
        if (!file.isEmpty()) {
            importFile(file);
        }
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the timeline"), QStringLiteral("timeline.json"), tr("Timeline JSON (*.json)"));
        if (!file.isEmpty()) {
            exportFile(file);
        }
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(860, 620);
    load();
}

void TimelineEditorDialog::load()
{
    m_working.clear();
    m_dirty.clear();
    auto all = TimelineService(m_db, m_clock).timeline();
    if (!all) {
        m_message->setText(all.error().message);
        return;
    }
    for (const Milestone& m : *all) {
        m_working[m.scope].append(m);
    }
    showScope();
}

QString TimelineEditorDialog::scope() const
{
    return m_scope->currentData().toString();
}

void TimelineEditorDialog::selectScope(const QString& scope)
{
    m_scope->setCurrentIndex(m_scope->findData(scope));
}

void TimelineEditorDialog::fillRow(int row, const Milestone& m)
{
    const QStringList cells = {m.displayDate().remove(tr(" (planned)")), toString(m.status), m.kind, m.label,
                               m.percent ? QStringLiteral("%1%").arg(*m.percent) : QString()};
    for (int c = 0; c < cells.size(); ++c) {
        m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
}

void TimelineEditorDialog::showScope()
{
    const QList<Milestone>& list = m_working[scope()];
    m_table->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        fillRow(row, list.at(row));
    }
    m_table->resizeColumnsToContents();
    if (!list.isEmpty()) {
        m_table->selectRow(0);
    }
    showSelected();
}

void TimelineEditorDialog::showSelected()
{
    const int row = m_table->currentRow();
    const QList<Milestone>& list = m_working[scope()];
    const bool any = row >= 0 && row < list.size();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_date, m_monthOnly, m_status, m_kind, m_label, m_percent, m_source}) {
        w->setEnabled(any);
    }
    if (!any) {
        return;
    }
    const Milestone& m = list.at(row);
    m_filling = true;
    m_date->setDate(m.date);
    m_monthOnly->setChecked(m.precision == Milestone::Precision::Month);
    m_status->setCurrentIndex(m.status == Milestone::Status::Actual ? 1 : 0);
    m_kind->setCurrentText(m.kind);
    m_label->setText(m.label);
    m_percent->setValue(m.percent.value_or(-1.0));
    m_source->setText(m.source);
    m_filling = false;
}

void TimelineEditorDialog::editSelected()
{
    const int row = m_table->currentRow();
    QList<Milestone>& list = m_working[scope()];
    if (m_filling || row < 0 || row >= list.size()) {
        return;
    }
    Milestone& m = list[row];
    m.precision = m_monthOnly->isChecked() ? Milestone::Precision::Month : Milestone::Precision::Day;
    m.date = m.precision == Milestone::Precision::Month ? QDate(m_date->date().year(), m_date->date().month(), 1)
                                                        : m_date->date();
    m.status = m_status->currentIndex() == 1 ? Milestone::Status::Actual : Milestone::Status::Planned;
    m.kind = m_kind->currentText();
    m.label = m_label->text();
    m.percent = m_percent->value() < 0.0 ? std::nullopt : std::optional<double>(m_percent->value());
    m.source = m_source->text();
    m_dirty.insert(scope());
    fillRow(row, m);
}

void TimelineEditorDialog::addMilestone()
{
    Milestone m;
    m.scope = scope();
    m.kind = QStringLiteral("other");
    m.label = tr("New milestone");
    m.date = m_clock.today();
    m_working[scope()].append(m);
    m_dirty.insert(scope());
    showScope();
    m_table->selectRow(m_table->rowCount() - 1);
    m_label->setFocus();
    m_label->selectAll();
}

void TimelineEditorDialog::removeSelected()
{
    const int row = m_table->currentRow();
    QList<Milestone>& list = m_working[scope()];
    if (row < 0 || row >= list.size()) {
        return;
    }
    list.removeAt(row);
    m_dirty.insert(scope());
    showScope();
}

bool TimelineEditorDialog::save()
{
    TimelineService service(m_db, m_clock);
    for (const QString& dirty : std::as_const(m_dirty)) {
        if (auto done = service.replaceScope(m_actor, dirty, m_working.value(dirty)); !done) {
            selectScope(dirty);
            m_message->setText(done.error().message);
            return false;
        }
        m_saved = true;
    }
    m_dirty.clear();
    return true;
}

bool TimelineEditorDialog::importFile(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_message->setText(tr("%1 cannot be read: %2").arg(file, f.errorString()));
        return false;
    }
    auto imported = TimelineService(m_db, m_clock).importJson(m_actor, f.readAll());
    if (!imported) {
        m_message->setText(imported.error().message);
        return false;
    }
    m_saved = true;
    load();
    m_message->setText(tr("Imported %n milestone(s).", nullptr, *imported));
    return true;
}

bool TimelineEditorDialog::exportFile(const QString& file)
{
    auto json = TimelineService(m_db, m_clock).exportJson();
    const Status written = json ? writePrivateFile(file, *json) : Status(json.error());
    if (!written) {
        m_message->setText(written.error().message);
        return false;
    }
    m_message->setText(tr("Saved the timeline to %1 (the saved timeline, without unsaved edits).").arg(file));
    return true;
}

} // namespace cd
