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
    int windowDays = 84; // the opt-out window runs this many days from the pack's date
};

// A patient's state in one programme on one date, derived from the events alone.
struct PatientState
{
    bool registered = false;     // on the practice's list on that date
    QString state;               // one of Programme::stateNames()
    int windowDaysLeft = -1;     // while in the window: days after today until it closes (0 = last day)
    QDate windowLastDay;         // the last day of the opt-out window, when informed
    qint64 currentChoiceId = 0;  // the choice that decides the state, if any
    qint64 packEventId = 0;      // the latest pack, if any
    bool gpReview = false;       // the current choice waits for a GP's review
    bool awaitingCoding = false; // the current choice is not yet coded in the clinical system
    bool letterReturned = false; // the latest pack came back undelivered

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

    friend bool operator==(const StateSegment&, const StateSegment&) = default;
};

// The one pure function that decides state (ARCHITECTURE.md rule 2).
class Ledger
{
public:
    // Events are a patient's whole history in any order; those dated after asOf are ignored.
    // The latest dated choice wins; on the same date the later recorded (higher id) wins; voided events and
    // choices a GP overrode are ignored.
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

    // Whether a choice needs a GP's judgement: made by someone other than the patient, or by a child under 16.
    static bool choiceNeedsReview(const ConsentEvent& choice, QDate dateOfBirth);
};

} // namespace cd
