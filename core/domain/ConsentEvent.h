#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd {

enum class Role { Reception, Clinician, Manager };

enum class EventType {
    Registered,     // joined the practice's list on the date
    Left,           // left the list on the date (off the list from that day)
    PackSent,       // information pack mailed (batch, addressed to the patient or a parent)
    LetterReturned, // the pack came back undelivered (target: the pack event)
    Choice,         // a form: the patient's (or a proxy's) choice for a programme
    Coded,          // the choice was coded in the clinical system (target: the choice event)
    GpReview,       // a GP upheld or overrode a choice that needed review (target: the choice event)
    Void,           // a mistaken event is set aside, with a reason (target: the voided event)
    CodeRemoved,    // a code keyed for a choice that no longer holds was taken out of the clinical record
                    // (target: the coded event)
};

enum class Submitter { Patient, Parent, Attorney, Deputy };
// ClinicalSystem: a choice found coded in the clinical system by a reconciliation and recorded on the desk from it
// (never typed at the desk: recordChoice refuses it).
enum class Channel { Post, Desk, MailHouse, Email, ClinicalSystem };
enum class ReviewOutcome { Upheld, Overridden };

// One row of the append-only ledger. Only the fields of its type are set.
struct ConsentEvent
{
    qint64 id = 0;
    qint64 patientId = 0;
    EventType type = EventType::Registered;
    QString programme; // empty for registration events, which belong to every programme
    QDate date;        // when it happened: pack date, date received, date coded, ...

    // Choice
    QString choice; // the programme's choice key, e.g. "dissent"
    Submitter submittedBy = Submitter::Patient;
    Channel channel = Channel::Post;
    bool identityChecked = false;
    bool signaturePresent = false;
    QDate signedOn;            // the date the form was signed; invalid: the date received (forms before it was asked)
    QString proxyName;         // who chose, when not the patient: "Mary Smith"
    QString proxyRelationship; // and how they are related: "mother", "attorney (health and welfare LPA)"

    // PackSent
    qint64 batchId = 0;
    bool addressedToParent = false;
    int windowDays = 0; // the window its letter told the patient, fixed with the batch; 0: not known

    // Coded, CodeRemoved
    QString readCode;
    // GpReview
    ReviewOutcome outcome = ReviewOutcome::Upheld;

    qint64 targetEventId = 0; // LetterReturned, Coded, GpReview, Void, CodeRemoved
    QString reason;           // GpReview, Void
    QString note;             // Choice, free text

    QString recordedBy;
    Role recordedRole = Role::Reception;
    QDateTime recordedAt;

    // A choice's age and proxy rules are judged on the day the form was signed.
    [[nodiscard]] QDate signedDate() const { return signedOn.isValid() ? signedOn : date; }
};

// The words used in the database, the CLI and JSON for each enum value.
QString toString(EventType type);
QString toString(Submitter submitter);
QString toString(Channel channel);
QString toString(ReviewOutcome outcome);
QString toString(Role role);
std::optional<EventType> eventTypeFromString(const QString& text);
std::optional<Submitter> submitterFromString(const QString& text);
std::optional<Channel> channelFromString(const QString& text);
std::optional<ReviewOutcome> reviewOutcomeFromString(const QString& text);
std::optional<Role> roleFromString(const QString& text);

// The event with that id in a history, or nullptr.
const ConsentEvent* findEvent(const QList<ConsentEvent>& events, qint64 id);

// Plain words for people: "a parent", "post".
QString describe(Submitter submitter);
QString describe(Channel channel);

} // namespace cd
