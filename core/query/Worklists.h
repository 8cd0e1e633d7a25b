#pragma once

#include "domain/ConsentEvent.h"
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
    // Choices waiting for a GP's decision (a proxy's, or a child's alone), oldest first.
    static Result<QList<ChoiceItem>> gpReview(Database& db, const Programme& programme, QDate asOf);
};

} // namespace cd
