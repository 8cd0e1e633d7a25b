#pragma once

#include "service/Actor.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace cd {

class Database;
class PatientListModel;
class PatientPanel;

// The screen a receptionist lives in: one search box (Ctrl+F or /) that filters as you type, state and flag
// filters beside it, the list, and the selected patient's panel. Enter on a patient records a form.
class PatientsPage : public QWidget
{
    Q_OBJECT

public:
    PatientsPage(Database& db, Actor actor, QDate asOf, QWidget* parent = nullptr);

    void setAsOf(QDate asOf);
    // After a change (here or at another desk): the list and the panel read again.
    void refresh();
    void focusSearch();
    // Shows the patient in the panel, searching for them by NHS number.
    void showPatient(const QString& nhs);
    [[nodiscard]] QString selectedNhs() const;

    [[nodiscard]] QLineEdit* searchBox() const { return m_search; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] PatientListModel* model() const { return m_model; }
    [[nodiscard]] PatientPanel* panel() const { return m_panel; }
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }
    [[nodiscard]] QString countText() const;

Q_SIGNALS:
    void recordRequested(const QString& nhs);
    // The patient the list has selected changed (empty: nobody): the panel and every action follow it.
    void selectedChanged(const QString& nhs);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void selectionChanged();
    // After the list was read again: the same patient selected if still listed (or the only match), else nobody.
    void reselect(const QString& nhs, bool onlyMatch = false);
    // The row of a patient in what a new search lists (as far as a search lists), or -1.
    int rowListing(const QString& nhs) const;

    Database& m_db;
    QDate m_asOf;
    PatientListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_flag = nullptr;
    QCheckBox* m_includeLeft = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    PatientPanel* m_panel = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_mayRegister = false; // a manager's: the hint for an unknown number says who registers them
};

} // namespace cd
