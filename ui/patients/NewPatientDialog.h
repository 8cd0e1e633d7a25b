#pragma once

#include "service/Actor.h"
#include "service/RegistrationService.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class DateField;

// Registers a new patient at the desk from their registration form: NHS number (checked as typed, and looked up:
// one already on the list is named, so nobody registers them twice), name, date of birth, sex, address and the day
// they joined. "Register and record a form" goes straight on to the form that came with the registration.
class NewPatientDialog : public QDialog
{
    Q_OBJECT

public:
    NewPatientDialog(RegistrationService& service, Actor actor, QDate today, QWidget* parent = nullptr);

    [[nodiscard]] const RegisteredPatient& registered() const { return m_registered; }
    // True when the user chose "Register and record a form".
    [[nodiscard]] bool recordFormNext() const { return m_recordNext; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString numberCheck() const;
    // Asks before a half-filled form is thrown away; tests answer it themselves.
    std::function<bool(const QString& question)> confirmDiscard;

public Q_SLOTS:
    void reject() override;

private:
    void checkNumber();
    void save(bool recordNext);
    [[nodiscard]] NewPatientCommand command() const;
    [[nodiscard]] bool changed() const;

    RegistrationService& m_service;
    Actor m_actor;
    QDate m_today;
    QLineEdit* m_nhs = nullptr;
    QLabel* m_numberCheck = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    DateField* m_born = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    DateField* m_registeredOn = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_register = nullptr;
    RegisteredPatient m_registered;
    bool m_recordNext = false;
};

} // namespace cd
