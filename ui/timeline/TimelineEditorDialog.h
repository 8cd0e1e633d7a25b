#pragma once

#include "rollout/Milestone.h"
#include "service/Actor.h"

#include <QDialog>
#include <QSet>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd {

class DateField;

class Clock;
class Database;

// A manager's editor of the rollout timeline, a region (or the nation, or the practice) at a time: add, change and
// remove milestones, then Save; import and export the whole timeline as JSON. Nothing is written until Save, and
// Cancel leaves the timeline as it was.
class TimelineEditorDialog : public QDialog
{
    Q_OBJECT

public:
    TimelineEditorDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);

    void selectScope(const QString& scope);
    [[nodiscard]] QString scope() const;
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLineEdit* labelEdit() const { return m_label; }
    [[nodiscard]] DateField* dateEdit() const { return m_date; }
    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }
    [[nodiscard]] QLabel* message() const { return m_message; }
    // The working copy of the scope shown, with unsaved edits.
    [[nodiscard]] QList<Milestone> milestones() const { return m_working.value(scope()); }
    [[nodiscard]] bool changedSomething() const { return m_saved; }

    void addMilestone();
    void removeSelected();
    // Saves every scope edited; false (with the reason shown) when the service refuses, keeping the edits.
    bool save();
    // Replaces the scopes the file names (a manager's import); false with the line and reason shown.
    bool importFile(const QString& file);
    bool exportFile(const QString& file);

private:
    void load();
    void showScope();
    void showSelected();
    void editSelected();
    void fillRow(int row, const Milestone& m);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QHash<QString, QList<Milestone>> m_working; // scope -> milestones, as edited
    QSet<QString> m_dirty;
    bool m_saved = false;
    bool m_filling = false;
    QComboBox* m_scope = nullptr;
    QTableWidget* m_table = nullptr;
    DateField* m_date = nullptr;
    QCheckBox* m_monthOnly = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_label = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    QLineEdit* m_source = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cd
