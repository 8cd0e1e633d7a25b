#include "patients/PatientListModel.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"

#include <QHeaderView>
#include <QTableView>

namespace cd {

QString flagsText(const PatientRow& row)
{
    QStringList flags;
    if (row.awaitingCoding) {
        flags << QObject::tr("Awaiting coding");
    }
    if (row.gpReview) {
        flags << QObject::tr("GP review");
    }
    if (row.letterReturned) {
        flags << QObject::tr("Letter returned");
    }
    return flags.join(QStringLiteral(", "));
}

void fitPatientColumns(QTableView& view, const QString& stateSample)
{
    const QFontMetrics fm = view.fontMetrics();
    const int pad = fm.horizontalAdvance(QStringLiteral("MM"));
    const auto widthOf = [&](const QString& sample) {
        return fm.horizontalAdvance(sample) + pad;
    };
    view.verticalHeader()->setDefaultSectionSize(fm.height() + pad / 3);
    view.setColumnWidth(PatientListModel::NhsNumber, widthOf(QStringLiteral("999 999 9999")));
    view.setColumnWidth(PatientListModel::Name, widthOf(QStringLiteral("FITZGERALD-SMITH, Christopher (Mr)")));
    view.setColumnWidth(PatientListModel::DateOfBirth, widthOf(QStringLiteral("30 Sep 1999 (100)")));
    view.setColumnWidth(PatientListModel::Postcode, widthOf(QStringLiteral("SW1A 1AA")));
    view.setColumnWidth(PatientListModel::State, widthOf(stateSample));
    // The state straight after the name: on a small screen it is the column that must never be cut off.
    QHeaderView* header = view.horizontalHeader();
    header->moveSection(header->visualIndex(PatientListModel::State), header->visualIndex(PatientListModel::Name) + 1);
}

PatientListModel::PatientListModel(Database& db, QDate asOf, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_asOf(asOf)
{
    // Nothing is read until the list is asked for (setFilter or refresh): a window builds its pages first.
}

int PatientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int PatientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QList<PatientRow>* PatientListModel::page(qint64 number) const
{
    if (auto it = m_pages.constFind(number); it != m_pages.constEnd()) {
        m_recent.removeOne(number);
        m_recent.append(number);
        return &it.value();
    }
    auto rows = PatientQuery(m_db, m_asOf).page(m_filter, m_sort, m_descending, number * kPageSize, kPageSize);
    if (!rows) {
        return nullptr;
    }
    if (m_recent.size() >= kPagesKept) {
        m_pages.remove(m_recent.takeFirst());
    }
    m_recent.append(number);
    return &m_pages.insert(number, *rows).value();
}

PatientRow PatientListModel::patientAt(int row) const
{
    if (row < 0 || row >= m_count) {
        return {};
    }
    const QList<PatientRow>* rows = page(row / kPageSize);
    const qsizetype at = row % kPageSize;
    return rows && at < rows->size() ? rows->at(at) : PatientRow{};
}

int PatientListModel::rowOf(const QString& nhsNumber) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).nhsNumber == nhsNumber) {
                return static_cast<int>(it.key() * kPageSize + i);
            }
        }
    }
    return -1;
}

QVariant PatientListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_count) {
        return {};
    }
    const PatientRow p = patientAt(index.row());
    if (p.id == 0) {
        return {};
    }
    if (role == Qt::UserRole) {
        return p.nhsNumber;
    }
    if (role == Qt::ToolTipRole && index.column() == Flags) {
        return flagsText(p);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole) {
        return {};
    }
    switch (index.column()) {
    case NhsNumber:
        return cd::NhsNumber::display(p.nhsNumber);
    case Name: {
        const QString name = p.listName();
        return p.title.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, p.title);
    }
    case DateOfBirth:
        return tr("%1 (%2)").arg(humanDate(p.dateOfBirth)).arg(ageOn(p.dateOfBirth, m_asOf));
    case Postcode:
        return p.postcode;
    case State:
        if (!p.registered) {
            return tr("Not registered (left)");
        }
        // In the window-closing list a stretch ends exactly when the window does: say when.
        if (m_filter.windowClosesBy.isValid() && p.stateUntil.isValid()) {
            return tr("%1, closes %2").arg(Programme::scr().stateLabel(p.state), humanDate(p.stateUntil.addDays(-1)));
        }
        return Programme::scr().stateLabel(p.state);
    case Flags:
        return flagsText(p);
    default:
        return {};
    }
}

QVariant PatientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NhsNumber:
        return tr("NHS number");
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth (age)");
    case Postcode:
        return tr("Postcode");
    case State:
        return tr("SCR state");
    case Flags:
        return tr("Flags");
    default:
        return {};
    }
}

void PatientListModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, PatientSort> sorts = {{NhsNumber, PatientSort::NhsNumber},
                                                  {Name, PatientSort::Name},
                                                  {DateOfBirth, PatientSort::DateOfBirth},
                                                  {Postcode, PatientSort::Postcode},
                                                  {State, PatientSort::State}};
    if (!sorts.contains(column)) {
        return; // flags: no order to sort by
    }
    m_sort = sorts.value(column);
    m_descending = order == Qt::DescendingOrder;
    if (m_loaded) { // a view sorts as it is set up: no reading before the list is asked for
        reload();
    }
}

int PatientListModel::sortColumn() const
{
    switch (PatientQuery::orderFor(m_filter, m_sort)) {
    case PatientSort::NhsNumber:
        return NhsNumber;
    case PatientSort::DateOfBirth:
        return DateOfBirth;
    case PatientSort::Postcode:
        return Postcode;
    case PatientSort::State:
        return State;
    case PatientSort::Name:
        break;
    }
    return Name;
}

void PatientListModel::setFilter(const PatientFilter& filter)
{
    m_filter = filter;
    reload();
}

void PatientListModel::setAsOf(QDate asOf)
{
    m_asOf = asOf;
    if (m_loaded) {
        reload();
    }
}

void PatientListModel::refresh()
{
    reload();
}

void PatientListModel::reload()
{
    m_loaded = true;
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    const bool searching = m_filter.search.kind != PatientSearch::Kind::Everyone;
    auto counted = PatientQuery(m_db, m_asOf).count(m_filter, searching ? kSearchCap + 1 : -1);
    m_problem = counted ? QString() : counted.error().message;
    const qint64 n = counted ? *counted : 0;
    m_capped = searching && n > kSearchCap;
    m_count = m_capped ? kSearchCap : n;
    endResetModel();
    Q_EMIT countChanged(m_count, m_capped);
}

} // namespace cd
