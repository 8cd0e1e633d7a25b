#pragma once

#include "domain/Programme.h"
#include "domain/Result.h"

#include <QStringList>

namespace cd {

class Database;

struct VerifyReport
{
    qint64 patients = 0;
    qint64 events = 0;
    QStringList problems; // empty when the database is sound; patients named by internal id only
};

// SQLite's own checks plus the ledger's invariants: every reference points at an event of the right kind for the
// same patient, every coding matches its choice, and the derived state equals a fresh fold of the events.
Result<VerifyReport> verifyDatabase(Database& db, const Programme& programme);

} // namespace cd
