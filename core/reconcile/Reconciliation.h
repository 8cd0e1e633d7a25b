#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "reconcile/ClinicalExport.h"
#include "service/Actor.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace cd {

class Database;

// How the desk's current choice and the clinical system's latest SCR code compare for one registered patient, in
// the order a practice should act on them.
enum class ReconcileOutcome {
    UploadAgainstWishes, // the desk holds an opt-out; the clinical system's latest code is not a dissent, or none
    CodeToRemove,        // the clinical system holds a code for a choice the desk voided or a GP overrode
    Differs,             // both hold express choices, and they differ
    NotOnDesk,           // the clinical system holds an express choice the desk does not
    NotCoded,            // the desk holds an express consent the clinical system has no code for
    Agrees,              // the same choice (legacy and CTV3 codes mapped)
    Default,             // no express choice on either side, or only 9Ndl
};
QString toString(ReconcileOutcome outcome); // "upload-against-wishes", ...
QString describe(ReconcileOutcome outcome); // in words for the desk
const QList<ReconcileOutcome>& allOutcomes();

struct ReconcileRow
{
    qint64 patientId = 0;
    QString nhs; // ten digits
    ReconcileOutcome outcome = ReconcileOutcome::Default;
    QString deskChoice;   // the programme's choice key when the desk holds an express choice, else empty
    QString deskState;    // the desk's state: "dissent", "implied", "in_window", ...
    QString clinicalCode; // the latest SCR code, as the programme spells it; empty when none
    QDate clinicalDate;
    int line = 0;             // the export's line of that code
    bool markedCoded = false; // agrees, and the reconciliation marked the desk's choice coded
};

struct ReconcileOptions
{
    bool dryRun = false;
    QHash<QString, QString> mapping;           // --map field=Header
    QString fileName;                          // for the audit trail and the record of the run (no path)
    std::function<bool(int percent)> progress; // false cancels (before the commit)
};

struct ReconcileReport
{
    QDate asOf;
    QDateTime ranAt;
    QString ranBy;
    QString encoding;
    QChar delimiter;
    QHash<QString, QString> mappingUsed;
    QMap<ReconcileOutcome, qint64> counts;
    QMap<QString, qint64> ignored; // codes that are not SCR consent codes, with their rows
    QList<UnusableRow> unmatched;  // rows unreadable, dated after the as-of date, or not on the register
    QList<ReconcileRow> rows;      // every outcome but default: upload-against-wishes first, then by NHS number
    qint64 markedCoded = 0;
    bool applied = false;

    [[nodiscard]] qint64 count(ReconcileOutcome o) const { return counts.value(o, 0); }
    // {"as_of", "counts": {...}, "ignored": [{"code","rows"}], "unmatched": [{"line","nhs","reason"}],
    //  "rows": [{"nhs","outcome","desk_choice","clinical_code","clinical_date", ...}], "marked_coded", "applied"}
    [[nodiscard]] QJsonObject toJson() const;
    // The rows as CSV for the manager (Excel-safe, UTF-8 with BOM, CRLF): NHS number, outcome, the two sides.
    [[nodiscard]] QByteArray rowsCsv(const QList<ReconcileRow>& rows) const;
};

// Compares every registered patient's current choice on the clinical clock's today with the clinical system's
// latest SCR code, and (unless a dry run) marks each agreeing choice coded, in one transaction, audited. The run
// is kept as the practice's latest reconciliation. Manager only.
Result<ReconcileReport> reconcile(Database& db, const Actor& actor, const Clock& clock, QIODevice& file,
                                  const ReconcileOptions& options);

// Records on the desk the express choices a reconciliation found only in the clinical system (its not-on-desk
// rows): each as a choice dated as coded, channel clinical-system, marked coded with the code found, in one
// transaction, audited. A row whose patient has a choice on the desk by now (or has left) is skipped, with why.
// Manager only.
struct NotOnDeskRecorded
{
    qint64 recorded = 0;
    QList<std::pair<QString, QString>> skipped; // NHS number, why
};
Result<NotOnDeskRecorded> recordNotOnDesk(Database& db, const Actor& actor, const Clock& clock,
                                          const QList<ReconcileRow>& rows);

// The latest reconciliation applied, as kept: when, by whom, as of which date, its counts and the internal ids of
// the patients it found at risk of an upload against their wishes.
struct LastReconciliation
{
    QDateTime at;
    QString by;
    QDate asOf;
    QMap<QString, qint64> counts; // by outcome name
    QList<qint64> atRisk;
};
Result<std::optional<LastReconciliation>> lastReconciliation(Database& db);

} // namespace cd
