#pragma once

#include "query/PatientQuery.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

class QTableView;

namespace cd {

class Database;

// The register as a table, read a page at a time through core's PatientQuery: a 100,000-patient list never sits in
// memory, only the pages around what is on screen. A search (anything typed) shows at most kSearchCap matches,
// so each keystroke answers at once; the whole list (nothing typed) is counted exactly.
class PatientListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NhsNumber, Name, DateOfBirth, Postcode, State, Flags, ColumnCount };
    static constexpr int kPageSize = static_cast<int>(PatientQuery::kPageSize);
    static constexpr int kPagesKept = 16;
    static constexpr qint64 kSearchCap = PatientQuery::kSearchCap;

    // Empty until setFilter() or refresh() reads the list.
    PatientListModel(Database& db, QDate asOf, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const PatientFilter& filter);
    void setAsOf(QDate asOf);
    // Re-reads the current view (after a change here or at another desk), keeping filter and sort.
    void refresh();
    [[nodiscard]] const PatientFilter& filter() const { return m_filter; }
    // The column the list is in order of now: a number or postcode search lists in that order.
    [[nodiscard]] int sortColumn() const;
    [[nodiscard]] QDate asOf() const { return m_asOf; }
    // The row's patient; an empty row (id 0) when out of range or unreadable.
    [[nodiscard]] PatientRow patientAt(int row) const;
    // The row of a patient among the pages read so far, or -1.
    [[nodiscard]] int rowOf(const QString& nhsNumber) const;
    // True when a search matched more patients than are shown.
    [[nodiscard]] bool capped() const { return m_capped; }
    // Why the list could not be read, or empty.
    [[nodiscard]] QString problem() const { return m_problem; }
    // Pages held now: for tests of the memory bound.
    [[nodiscard]] qsizetype pagesHeld() const { return m_pages.size(); }

Q_SIGNALS:
    void countChanged(qint64 count, bool capped);

private:
    const QList<PatientRow>* page(qint64 number) const;
    void reload();

    Database& m_db;
    QDate m_asOf;
    PatientFilter m_filter;
    PatientSort m_sort = PatientSort::Name;
    bool m_descending = false;
    qint64 m_count = 0;
    bool m_loaded = false;
    bool m_capped = false;
    QString m_problem;
    // Pages read so far, and the order they were last used in (the oldest is dropped past kPagesKept).
    mutable QHash<qint64, QList<PatientRow>> m_pages;
    mutable QList<qint64> m_recent;
};

QString flagsText(const PatientRow& row);

// Compact rows, and columns as wide as their usual contents in the view's font (so 200% scaling holds), for a
// table over a PatientListModel; stateSample is the longest state text the table is expected to show.
void fitPatientColumns(QTableView& view, const QString& stateSample);

} // namespace cd
