#pragma once

#include "domain/Clock.h"
#include "domain/Patient.h"
#include "domain/Result.h"
#include "service/Actor.h"

#include <QDate>
#include <QObject>

namespace cd {

class Database;

// A new patient as the desk takes them down from the registration form (GMS1).
struct NewPatientCommand
{
    QString nhsNumber; // as typed: spaces and hyphens are fine; checked
    QString title;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString sex; // M, F, U or I (or the words: Male, Female, Unknown, Indeterminate)
    QString address;
    QString postcode;
    QDate registeredOn; // the day they joined the list
};

struct RegisteredPatient
{
    Patient patient;
    qint64 eventId = 0;     // the registration event
    bool returning = false; // they had been on the list before and left: their history is kept
};

// How long a patient registered at the desk is kept on the list by a register import that does not list them yet:
// the clinical system's export may have been taken before they were added there.
constexpr int kDeskRegistrationGraceDays = 28;

// Registers a patient at the desk, so a form that comes with the registration can be recorded the same day. The
// register import later matches them by NHS number (their details updated from the clinical system), never adding
// them twice. A number already on the list is refused; a number of a former patient with another date of birth is
// refused as a likely mistyped number; a former patient with the same date of birth is registered again.
class RegistrationService : public QObject
{
    Q_OBJECT

public:
    RegistrationService(Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<RegisteredPatient> registerPatient(const Actor& actor, const NewPatientCommand& command);

    // The command's fields checked and tidied, before anything is read or written; what the dialog checks too.
    Result<Patient> checked(const NewPatientCommand& command) const;
    // The patient who already has this NHS number (10 digits), if anyone: the dialog names them as it is typed.
    Result<std::optional<Patient>> known(const QString& nhsDigits) const;

Q_SIGNALS:
    void patientChanged(qint64 patientId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cd
