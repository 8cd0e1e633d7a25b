#include "worklists/PatientWorklistPage.h"

#include "domain/Dates.h"
#include "patients/PatientListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

PatientWorklistPage::PatientWorklistPage(Kind kind, Database& db, QDate asOf, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_asOf(asOf)
{
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    bar->addWidget(m_heading, 1);
    if (kind == Kind::NotInformed) {
        m_which = new QComboBox(this);
        m_which->addItem(tr("Letters returned undelivered"));
        m_which->addItem(tr("Every patient not informed"));
        m_which->setAccessibleName(tr("Which patients to list"));
        connect(m_which, &QComboBox::currentIndexChanged, this, &PatientWorklistPage::applyFilter);
        bar->addWidget(m_which);
    }
    layout->addLayout(bar);
    m_model = new PatientListModel(db, asOf, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(PatientListModel::Name, Qt::AscendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAccessibleName(kind == Kind::NotInformed ? tr("Patients not informed")
                                                        : tr("Patients whose window closes soon"));
    fitPatientColumns(*m_view, kind == Kind::WindowClosing ? QStringLiteral("In the opt-out window, closes 30 Sep 2010")
                                                           : QStringLiteral("Express consent (core only)"));
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT patientActivated(m_model->patientAt(index.row()).nhsNumber); });
    connect(m_model, &PatientListModel::countChanged, this, [this](qint64 count) {
        if (m_kind == Kind::WindowClosing) {
            m_heading->setText(tr("%n patient(s) whose opt-out window closes by %1 with no choice recorded.", nullptr,
                                  static_cast<int>(count))
                                   .arg(humanDate(m_asOf.addDays(kClosingDays))));
        } else if (m_which->currentIndex() == 0) {
            m_heading->setText(tr("%n patient(s) whose information pack came back undelivered: check the address "
                                  "and send another.",
                                  nullptr, static_cast<int>(count)));
        } else {
            m_heading->setText(
                tr("%n patient(s) not informed: no pack sent, or it came back.", nullptr, static_cast<int>(count)));
        }
    });
    // Read when first shown (reload), not while the window is built.
}

void PatientWorklistPage::applyFilter()
{
    PatientFilter filter;
    if (m_kind == Kind::WindowClosing) {
        filter.windowClosesBy = m_asOf.addDays(kClosingDays);
    } else if (m_which->currentIndex() == 0) {
        filter.flag = PatientFilter::Flag::LetterReturned;
    } else {
        filter.state = QStringLiteral("not_informed");
    }
    m_model->setFilter(filter);
}

void PatientWorklistPage::reload(QDate asOf)
{
    m_asOf = asOf;
    if (m_model->asOf() != asOf) {
        m_model->setAsOf(asOf);
    }
    applyFilter();
}

} // namespace cd
