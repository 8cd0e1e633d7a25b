#pragma once

#include "service/Actor.h"
#include "store/TimelineStore.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd {

class DateField;

class Clock;
class Database;

// The figures the practice's rates are compared with (the national opt-out rate, a neighbour's), each kept with
// its source and date. Adding and removing are a manager's, audited.
class ReferenceFiguresDialog : public QDialog
{
    Q_OBJECT

public:
    ReferenceFiguresDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLineEdit* labelEdit() const { return m_label; }
    [[nodiscard]] QDoubleSpinBox* percentEdit() const { return m_percent; }
    [[nodiscard]] QLineEdit* sourceEdit() const { return m_source; }
    [[nodiscard]] DateField* dateEdit() const { return m_date; }
    [[nodiscard]] QLabel* message() const { return m_message; }
    [[nodiscard]] bool changedSomething() const { return m_changed; }

    bool addFromForm();
    bool removeSelected();

private:
    void load();

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QList<ReferenceFigure> m_figures;
    bool m_changed = false;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_label = nullptr;
    QComboBox* m_measure = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    QLineEdit* m_source = nullptr;
    DateField* m_date = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cd
