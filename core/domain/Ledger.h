#pragma once

#include "domain/ConsentEvent.h"
#include "domain/Programme.h"

#include <QDate>
#include <QList>
#include <QSet>

#include <optional>

namespace cd {

// The practice's rules that the fold needs.
struct PracticeRules
{
    // The window of a pack whose batch does not say (every pack recorded since schema 4 carries its own).
    int windowDays = 84;
};

// Why a patient is on the GP's review list (INTERFACES.md: gp-review items' `reason`).
enum class ReviewReason {
    None,
    Proxy,            // a parent, an attorney or a deputy chose for the patient
    Child,            // a child under 16 on the day they signed chose alone
    TurnedSixteen,    // the patient's current choice was a parent's, and they are now 16: offer them their own
    ConflictingForms, // two different choices with the same date: the most restrictive stands until a GP decides
};
QString toString(ReviewReason reason); // "proxy", "child", "turned-16", "conflicting-forms"
QString describe(ReviewReason reason); // for people

// A code keyed in the clinical system for a choice that no longer holds, and that no newer choice has replaced:
// the clinical system still holds it (its latest-dated code wins there) until someone takes it out.
struct CodeToCorrect
{
    enum class Why { Voided, Overridden };
    qint64 codedEventId = 0;
    qint64 choiceEventId = 0;
    QString readCode; // exactly as it was keyed
    QDate codedOn;
    Why why = Why::Voided;

    friend bool operator==(const CodeToCorrect&, const CodeToCorrect&) = default;
};
QString toString(CodeToCorrect::Why why); // "voided", "overridden"

// A patient's state in one programme on one date, derived from the events alone.
struct PatientState
{
    bool registered = false;    // on the practice's list on that date
    QString state;              // one of Programme::stateNames()
    int windowDaysLeft = -1;    // while in the window: days after today until it closes (0 = last day)
    QDate windowLastDay;        // the last day of the opt-out window, when informed at this registration
    qint64 currentChoiceId = 0; // the choice that decides the state, if any
    qint64 pendingChoiceId = 0; // a consent that takes effect only once a GP upholds it
    qint64 packEventId = 0;     // the latest pack sent at this registration, if any
    bool gpReview = false;      // something waits for a GP's decision (see reviewReason)
    ReviewReason reviewReason = ReviewReason::None;
    qint64 reviewChoiceId = 0;   // the choice the GP is asked to decide on
    bool awaitingCoding = false; // the current choice is not yet coded in the clinical system
    bool letterReturned = false; // the latest pack came back undelivered
    QList<CodeToCorrect> codesToCorrect;

    friend bool operator==(const PatientState&, const PatientState&) = default;
};

// A stretch of days [from, to) with one state: what the store keeps so stats on any date is a range count.
struct StateSegment
{
    QDate from;
    QDate to; // exclusive; invalid = open-ended
    QString state;
    bool gpReview = false;
    bool awaitingCoding = false;
    bool letterReturned = false;
    int codesToCorrect = 0;

    friend bool operator==(const StateSegment&, const StateSegment&) = default;
};

// The one pure function that decides state (ARCHITECTURE.md rule 2; README "How state is decided").
class Ledger
{
public:
    // Raised whenever a rule below changes what fold() answers: every database derives its stored state again
    // the first time this version opens it. 2: the clinical-safety rules (issue #16).
    static constexpr int kRulesVersion = 2;

    // Events are a patient's whole history in any order; those dated after asOf are ignored, but a void applies
    // whatever its date (it says the event never should have been). In short:
    // - the latest dated choice wins; two different choices on one date: the most restrictive stands (an opt-out
    //   over a consent) and a GP is asked; the same choice twice: the later recorded;
    // - a choice made by a proxy or by a child under 16 on the day signed waits for a GP: an opt-out holds at once,
    //   a consent only once a GP upholds it; a choice a GP overrode is set aside;
    // - the window runs from the latest pack sent since the patient's latest registration, for the days its batch
    //   told them; no pack at this registration, or a returned one, means not informed.
    static PatientState fold(const Programme& programme, const QList<ConsentEvent>& events, QDate dateOfBirth,
                             QDate asOf, const PracticeRules& rules);

    // The same fold, laid out over time: the registered stretches of the patient's history, each with the
    // state that fold() gives on every day inside it.
    static QList<StateSegment> segments(const Programme& programme, const QList<ConsentEvent>& events,
                                        QDate dateOfBirth, const PracticeRules& rules);

    // The ledger's order: by date, then by the order recorded (id). True when a comes after b.
    static bool laterThan(const ConsentEvent& a, const ConsentEvent& b);
    // The ids of the events that a void sets aside (voids apply whatever their date: they correct mistakes).
    static QSet<qint64> voidedIds(const QList<ConsentEvent>& events);

    // Whether a choice needs a GP's judgement: made by someone other than the patient, or by a child under 16 on
    // the day the form was signed.
    static bool choiceNeedsReview(const ConsentEvent& choice, QDate dateOfBirth);
    // The reason such a choice is on the GP's list: Child when a child signed alone, else Proxy.
    static ReviewReason reviewReasonOf(const ConsentEvent& choice, QDate dateOfBirth);
    // The first day on which the patient is 16.
    static QDate sixteenthBirthday(QDate dateOfBirth);
};

} // namespace cd
