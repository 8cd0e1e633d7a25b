#pragma once

#include "service/Actor.h"
#include "store/Stores.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd {

class DateField;

class Clock;
class Database;

// The manager's audit viewer: who did what, when, to which patient, filtered by user, patient, action and date;
// exported to CSV (an export that is itself audited).
class AuditViewerDialog : public QDialog
{
    Q_OBJECT

public:
    AuditViewerDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* userEdit() const { return m_user; }
    [[nodiscard]] QLineEdit* patientEdit() const { return m_patient; }
    [[nodiscard]] QLineEdit* actionEdit() const { return m_action; }
    [[nodiscard]] DateField* fromEdit() const { return m_from; }
    [[nodiscard]] DateField* toEdit() const { return m_to; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* message() const { return m_message; }

    void search();
    bool exportCsv(const QString& file);

private:
    // What the filter fields say (the patient is looked up by the service).
    [[nodiscard]] AuditFilter filter() const;

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_patient = nullptr;
    QLineEdit* m_action = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cd
