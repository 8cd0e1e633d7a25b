#pragma once

#include "domain/Clock.h"
#include "domain/Programme.h"
#include "domain/Result.h"
#include "service/Actor.h"

#include <QStringList>

namespace cd {

class Database;

struct VerifyReport
{
    qint64 patients = 0;
    qint64 events = 0;
    // Damage to the file or to the ledger itself (a reference to the wrong kind of event, a coding that does not
    // match its choice, an unknown choice): only a backup puts it right. Patients named by internal id only.
    QStringList ledgerProblems;
    // Patients whose stored state no longer equals a fresh fold of their events: out of date, not damaged;
    // `verify --repair` derives it again.
    QList<qint64> staleState;
    // Signs of a change made outside Consent Desk (the sqlite3 tool, psql): a chain of seals that no longer
    // recomputes, or schema objects that are not exactly this version's. Rows named by id only.
    QStringList changedOutside;

    [[nodiscard]] bool ok() const
    {
        return ledgerProblems.isEmpty() && staleState.isEmpty() && changedOutside.isEmpty();
    }
    // Every problem in words, the ledger's first.
    [[nodiscard]] QStringList problems() const;
};

// SQLite's own checks plus the ledger's invariants: every reference points at an event of the right kind for the
// same patient, every coding and code removal matches what it refers to, and the derived state equals a fresh fold
// of the events.
Result<VerifyReport> verifyDatabase(Database& db, const Programme& programme);

// Users that do not match the audit trail's record of who was added (with which role), or that were deleted:
// Consent Desk adds users only through an audited action and never deletes one. Part of verifyDatabase.
Result<QStringList> userProblems(Database& db);

// `verify --repair` (a manager's action, audited): derives again, in one transaction, the state of every patient
// whose stored state is out of date, and returns how many. Refused, changing nothing, when the ledger itself is
// damaged: that needs a backup, not a repair.
Result<qint64> repairDerivedState(Database& db, const Actor& actor, const Clock& clock, const Programme& programme);

} // namespace cd
