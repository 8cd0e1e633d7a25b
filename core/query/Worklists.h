#pragma once

#include "domain/ConsentEvent.h"
#include "domain/Ledger.h"
#include "domain/Result.h"
#include "query/PatientQuery.h"

namespace cd {

class Database;
struct Programme;

// How close a recorded choice is to being uploaded uncoded: the harm this software exists to prevent.
enum class Urgency { Due, AtRisk, Overdue };
QString describe(Urgency urgency);
QString toString(Urgency urgency); // "due", "at-risk", "overdue"

// One recorded choice waiting for someone: to be coded in the clinical system, or for a GP's review.
struct ChoiceItem
{
    PatientRow patient;
    qint64 choiceEventId = 0;
    QString choice;   // "dissent", ...
    QString label;    // "Express dissent (opted out)"
    QString readCode; // the code to key in: "9Ndo"
    QDate received;
    Submitter submittedBy = Submitter::Patient;
    int ageOnReceipt = 0;
    QDate upload;         // the practice's planned upload date (invalid when none)
    int daysToUpload = 0; // from the list's date; negative once it has passed
    Urgency urgency = Urgency::Due;
    // GP review: why it waits, whether the choice is in force yet (a proxy's or a child's consent is not until a GP
    // upholds it), and when it was coded, if it was.
    ReviewReason reviewReason = ReviewReason::None;
    bool inForce = true;
    QDate choiceCodedOn;
    // Codes to correct: the entry keyed in the clinical system that must come out (readCode is the code keyed).
    qint64 codedEventId = 0;
    QDate codedOn;
    CodeToCorrect::Why correctionWhy = CodeToCorrect::Why::Voided;
};

// The desk's worklists of choices. The lists of patients (returned letters, not informed, windows closing) are
// patient-list filters instead (PatientFilter), read a page at a time.
class Worklists
{
public:
    // Days before the upload date from which an uncoded choice is at risk.
    static constexpr int kAtRiskDays = 14;

    // Uncoded choices: overdue first, then at risk; opt-outs before consents; oldest received first.
    static Result<QList<ChoiceItem>> awaitingCoding(Database& db, const Programme& programme, QDate asOf);
    // Choices waiting for a GP's decision (a proxy's, a child's alone, a parent's once the patient is 16, the
    // standing one of two conflicting forms), oldest first; each with its reason.
    static Result<QList<ChoiceItem>> gpReview(Database& db, const Programme& programme, QDate asOf);
    // Codes keyed in the clinical system for choices that were voided or overridden, and that no newer choice has
    // replaced: consent codes first (they could upload a patient who opted out), then oldest coded first.
    static Result<QList<ChoiceItem>> codesToCorrect(Database& db, const Programme& programme, QDate asOf);
};

} // namespace cd
