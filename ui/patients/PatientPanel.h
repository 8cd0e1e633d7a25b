#pragma once

#include "service/Actor.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace cd {

class Database;
struct PatientRecord;

// One patient as a GP or receptionist needs them: who, the state in plain words (with the days left in the window),
// the whole history newest first (voided entries struck through with the reason), and what this user may do next.
class PatientPanel : public QWidget
{
    Q_OBJECT

public:
    PatientPanel(Database& db, Actor actor, QWidget* parent = nullptr);

    // Shows the patient as of the date; an empty NHS number clears the panel.
    void showPatient(const QString& nhsNumber, QDate asOf);
    void reload() { showPatient(m_nhs, m_asOf); }
    [[nodiscard]] QString nhsNumber() const { return m_nhs; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString historyText() const;

Q_SIGNALS:
    void recordRequested(const QString& nhs);
    void markCodedRequested(const QString& nhs);
    void reviewRequested(const QString& nhs);
    void letterReturnedRequested(const QString& nhs);
    void voidRequested(const QString& nhs);

private:
    void render(const PatientRecord& record);

    Database& m_db;
    Actor m_actor;
    QString m_nhs;
    QDate m_asOf;
    QLabel* m_heading = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_history = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_coded = nullptr;
    QPushButton* m_review = nullptr;
    QPushButton* m_returned = nullptr;
    QPushButton* m_void = nullptr;
};

} // namespace cd
