#pragma once

#include "domain/Clock.h"
#include "domain/ConsentEvent.h"
#include "domain/Ledger.h"
#include "domain/Patient.h"
#include "domain/Programme.h"
#include "domain/Result.h"
#include "service/Actor.h"

#include <QObject>

#include <functional>

namespace cd {

class Database;

struct RecordChoiceCommand
{
    QString nhsNumber; // as typed: spaces and hyphens are fine
    QString choice;    // a choice key of the programme: "dissent", "consent-core", "consent-core-additional"
    QDate received;
    QDate signedOn; // the date on the form's signature; invalid: the date received
    Submitter submittedBy = Submitter::Patient;
    QString proxyName;         // who chose for the patient (a parent, an attorney, a deputy): their name
    QString proxyRelationship; // and how they are related to the patient
    Channel channel = Channel::Post;
    bool identityChecked = false;
    bool signaturePresent = false;
    QString note;
};

// The commands that change consent data. Each checks the actor's role and the input, then writes the event, its
// audit row and the patient's derived state in one transaction, and only then tells listeners. A refused command
// changes nothing and says why.
class ConsentService : public QObject
{
    Q_OBJECT

public:
    ConsentService(Database& db, const Clock& clock, const Programme& programme = Programme::scr(),
                   QObject* parent = nullptr);

    Result<qint64> recordChoice(const Actor& actor, const RecordChoiceCommand& command);
    Result<qint64> recordLetterReturned(const Actor& actor, const QString& nhsNumber, QDate date);
    // Marks the patient's current choice (as the ledger folds it today) as coded; the code must be that choice's
    // (or its legacy code), spelt exactly. A choice that is not current can never be marked coded.
    Result<qint64> markCoded(const Actor& actor, const QString& nhsNumber, const QString& readCode, QDate date);
    // Records that a code on the codes-to-correct list was taken out of the clinical record (GP or manager).
    Result<qint64> recordCodeRemoved(const Actor& actor, const QString& nhsNumber, const QString& readCode, QDate date);
    // Settles what waits for a GP's review: a proxy's or a child's choice, a parent's choice once the patient is
    // 16, or the standing one of two conflicting forms.
    // expectedChoiceId (when not 0): the choice the reviewer saw; refused if it is no longer the one waiting.
    Result<qint64> recordReview(const Actor& actor, const QString& nhsNumber, ReviewOutcome outcome,
                                const QString& reason, qint64 expectedChoiceId = 0);
    Result<qint64> voidEvent(const Actor& actor, qint64 eventId, const QString& reason);

    // Tests only: called after each step inside a write, so a test can simulate a crash half-way.
    void setStepHook(std::function<void(const char* step)> hook) { m_stepHook = std::move(hook); }

Q_SIGNALS:
    void patientChanged(qint64 patientId);

private:
    Status checkDate(QDate date, const QString& what);
    Result<PracticeRules> rules();
    Status refuse(const Actor& actor, const QString& action, qint64 patientId, const QString& why);
    // Builds the event from the patient's history, or refuses; runs inside the write transaction.
    using Prepare = std::function<Result<ConsentEvent>(const QList<ConsentEvent>& history)>;
    // In one transaction, under the patient's lock: prepare the event from the history, append it, its audit row
    // and the refreshed state, and notify other desks.
    Result<qint64> append(const Actor& actor, const Patient& patient, const QString& action, const Prepare& prepare);

    Database& m_db;
    const Clock& m_clock;
    const Programme& m_programme;
    std::function<void(const char*)> m_stepHook;
};

} // namespace cd
