#include "patients/PatientsPage.h"

#include "domain/Programme.h"
#include "patients/PatientListModel.h"
#include "patients/PatientPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cd {

PatientsPage::PatientsPage(Database& db, Actor actor, QDate asOf, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_asOf(asOf)
    , m_mayRegister(allows(actor.role, Permission::RegisterPatients))
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* findLabel = new QLabel(tr("Fin&d:"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("NHS number, surname or forename, date of birth (dd/mm/yyyy) or postcode"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find a patient"));
    findLabel->setBuddy(m_search);
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("Show patients in this state"));
    m_state->setToolTip(tr("Show only patients in this Summary Care Record state."));
    m_state->addItem(tr("Every state"), QString());
    for (const QString& state : Programme::scr().stateNames()) {
        m_state->addItem(Programme::scr().stateLabel(state), state);
    }
    m_flag = new QComboBox(this);
    m_flag->setAccessibleName(tr("Show patients with this flag"));
    m_flag->setToolTip(tr("Show only patients with something outstanding: a choice to code, a GP review, a "
                          "returned letter."));
    m_flag->addItem(tr("Any flag"), static_cast<int>(PatientFilter::Flag::Any));
    m_flag->addItem(tr("Awaiting coding"), static_cast<int>(PatientFilter::Flag::AwaitingCoding));
    m_flag->addItem(tr("GP review"), static_cast<int>(PatientFilter::Flag::GpReview));
    m_flag->addItem(tr("Letter returned"), static_cast<int>(PatientFilter::Flag::LetterReturned));
    m_includeLeft = new QCheckBox(tr("Include patients who &left"), this);
    m_includeLeft->setToolTip(tr("Also list patients who have left the practice; their history is kept."));
    bar->addWidget(findLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_flag);
    bar->addWidget(m_includeLeft);
    layout->addLayout(bar);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("How many patients are listed"));
    layout->addWidget(m_count);

    m_model = new PatientListModel(db, asOf, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(PatientListModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Patients"));
    fitPatientColumns(*m_view, QStringLiteral("Express consent (core only)"));
    m_panel = new PatientPanel(db, std::move(actor), this);
    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The list as wide as its columns, the panel the rest.
    int listWidth = 0;
    for (int c = 0; c < PatientListModel::ColumnCount; ++c) {
        listWidth += m_view->columnWidth(c);
    }
    m_splitter->setSizes({listWidth, 40 * fontMetrics().horizontalAdvance(u'M')});
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_search, m_state);
    setTabOrder(m_state, m_flag);
    setTabOrder(m_flag, m_includeLeft);
    setTabOrder(m_includeLeft, m_view);

    connect(m_search, &QLineEdit::textChanged, this, &PatientsPage::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &PatientsPage::applyFilter);
    connect(m_flag, &QComboBox::currentIndexChanged, this, &PatientsPage::applyFilter);
    connect(m_includeLeft, &QCheckBox::toggled, this, &PatientsPage::applyFilter);
    connect(m_model, &PatientListModel::countChanged, this, [this] {
        const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
        if (!m_model->problem().isEmpty()) {
            m_count->setText(tr("\u26A0 %1").arg(m_model->problem()));
        } else if (m_model->filter().search.kind == PatientSearch::Kind::Incomplete) {
            m_count->setText(m_model->filter().search.hint);
        } else if (m_model->capped()) {
            m_count->setText(tr("More than %1 patients match: type more to narrow the search.")
                                 .arg(uk.toString(PatientListModel::kSearchCap)));
        } else if (m_model->rowCount() == 0 && m_model->filter().search.kind == PatientSearch::Kind::NhsNumber) {
            // A valid number nobody has: most often someone new to the practice.
            m_count->setText(m_mayRegister ? tr("No patient has this NHS number. New to the practice? Register them "
                                                "with Patient > Register a new patient (Ctrl+Shift+N).")
                                           : tr("No patient has this NHS number. New to the practice? Keep the form "
                                                "and ask the practice manager to register them."));
        } else {
            m_count->setText(tr("%n patient(s)", nullptr, m_model->rowCount()));
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatientsPage::selectionChanged);
    connect(m_panel, &PatientPanel::recordRequested, this, &PatientsPage::recordRequested);
    // Enter on the list records a form for the patient; Down from the search box goes to the list.
    m_view->installEventFilter(this);
    m_search->installEventFilter(this);
    // The list is read by the first refresh(), once the window is built.
}

bool PatientsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (const QString nhs = selectedNhs(); !nhs.isEmpty()) {
                Q_EMIT recordRequested(nhs);
                return true;
            }
        }
        if (watched == m_search &&
            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            if (m_model->rowCount() > 0) {
                m_view->setFocus();
                m_view->selectRow(0);
                return true;
            }
        }
        if (watched == m_view && key->text() == QLatin1String("/")) {
            focusSearch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PatientsPage::applyFilter()
{
    PatientFilter filter;
    filter.search = PatientSearch::parse(m_search->text());
    filter.state = m_state->currentData().toString();
    filter.flag = static_cast<PatientFilter::Flag>(m_flag->currentData().toInt());
    filter.includeLeft = m_includeLeft->isChecked();
    const QString keep = selectedNhs();
    m_model->setFilter(filter);
    // Show the order the list is really in (a number or postcode search lists in that order), without re-sorting.
    QHeaderView* header = m_view->horizontalHeader();
    const QSignalBlocker quiet(header);
    header->setSortIndicator(m_model->sortColumn(), header->sortIndicatorOrder());
    header->viewport()->update();
    // A single match is selected at once: type the number, press Enter, record.
    reselect(keep, m_model->rowCount() == 1);
}

void PatientsPage::reselect(const QString& nhs, bool onlyMatch)
{
    // The patient selected before stays selected if the list still holds them; if not, nobody is: the panel clears
    // and its actions are disabled, so nothing is ever recorded for whoever now sits in the row they were in.
    const int row = onlyMatch ? 0 : rowListing(nhs);
    {
        const QSignalBlocker quietSelection(m_view->selectionModel());
        m_view->selectionModel()->clear();
        if (row >= 0) {
            m_view->selectRow(row);
        }
    }
    if (selectedNhs() == m_panel->nhsNumber()) {
        m_panel->reload(); // the same patient, read again: their state may have changed
    }
    selectionChanged();
}

int PatientsPage::rowListing(const QString& nhs) const
{
    if (nhs.isEmpty()) {
        return -1;
    }
    // A search lists at most kSearchCap patients; a whole list is looked at only as far as it has been read.
    const int reach = std::min(m_model->rowCount(), static_cast<int>(PatientListModel::kSearchCap));
    for (int first = 0; first < reach; first += static_cast<int>(PatientListModel::kPageSize)) {
        (void)m_model->patientAt(first); // reads that page
        if (const int row = m_model->rowOf(nhs); row >= 0) {
            return row;
        }
    }
    return m_model->rowOf(nhs);
}

void PatientsPage::selectionChanged()
{
    const QString nhs = selectedNhs();
    if (nhs != m_panel->nhsNumber()) {
        m_panel->showPatient(nhs, m_asOf); // empty: the panel clears
    }
    Q_EMIT selectedChanged(nhs);
}

QString PatientsPage::selectedNhs() const
{
    // The selected row, not merely the current one: after a search nothing may be selected, and then no action
    // has a patient to act on.
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->patientAt(rows.first().row()).nhsNumber;
}

QString PatientsPage::countText() const
{
    return m_count->text();
}

void PatientsPage::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    const QString shown = m_panel->nhsNumber();
    m_model->setAsOf(asOf);
    m_panel->showPatient(QString(), asOf);
    reselect(shown);
}

void PatientsPage::refresh()
{
    // Select the same patient again, not the same row: rows move when others are added or states change, and
    // Enter must record for the patient the panel shows.
    const QString shown = m_panel->nhsNumber();
    const int row = m_view->currentIndex().row();
    m_model->refresh();
    if (!shown.isEmpty() && row >= 0) {
        (void)m_model->patientAt(row); // reads the page where they were
    }
    reselect(shown);
}

void PatientsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void PatientsPage::showPatient(const QString& nhs)
{
    m_search->setText(nhs); // the search by number lists that patient alone, selected
    if (selectedNhs() != nhs && m_model->rowCount() > 0) {
        m_view->selectRow(0);
    }
}

} // namespace cd
