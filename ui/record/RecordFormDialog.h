#pragma once

#include "service/Actor.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace cd {

class DateField;

class ConsentService;
class Database;

// Recording a form that came in: the NHS number (checked as typed, the patient's name and date of birth shown to
// confirm who it is), the choice, the dates received and signed, and how it came; then a summary to confirm, saved
// in one action. Warns before the same choice again within 30 days, for a patient who has left, and for a parent
// choosing for someone 16 or over; says when a GP will review it; a refused save keeps everything typed.
class RecordFormDialog : public QDialog
{
    Q_OBJECT

public:
    RecordFormDialog(Database& db, ConsentService& service, Actor actor, QDate today, const QString& nhsNumber,
                     QWidget* parent = nullptr);

    [[nodiscard]] QString message() const;     // the error or warning shown now
    [[nodiscard]] QString summaryText() const; // the confirmation page's text
    [[nodiscard]] qint64 savedEventId() const { return m_savedId; }
    [[nodiscard]] bool onSummary() const;

    // How the dialog asks before throwing away a half-filled form (Escape, Cancel): replaced in tests.
    std::function<bool(const QString& question)> confirmDiscard;
    // Escape and Cancel: asks first when the form was changed.
    void reject() override;

private:
    void checkNumber();
    void showSummary();
    void save();
    void back();
    [[nodiscard]] QStringList warnings() const;
    [[nodiscard]] QString formState() const; // everything the form holds, to tell a changed form from an untouched one

    Database& m_db;
    ConsentService& m_service;
    Actor m_actor;
    QDate m_today;
    qint64 m_savedId = 0;
    bool m_patientKnown = false;
    QString m_opened; // formState() as opened

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_nhs = nullptr;
    QLabel* m_identity = nullptr;
    QComboBox* m_choice = nullptr;
    DateField* m_received = nullptr;
    DateField* m_signed = nullptr; // follows the date received until someone changes it
    bool m_signedEdited = false;
    QComboBox* m_submittedBy = nullptr;
    QLineEdit* m_proxyName = nullptr;
    QLineEdit* m_proxyRelationship = nullptr;
    QComboBox* m_channel = nullptr;
    QCheckBox* m_identityChecked = nullptr;
    QCheckBox* m_signature = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_back = nullptr;
};

} // namespace cd
