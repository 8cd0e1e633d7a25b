#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"
#include "store/Stores.h"

namespace cd {

class Database;

struct AuditRow
{
    AuditEntry entry;
    QString nhsNumber; // of the patient the entry names, if any
};

// The manager's view of the audit trail: who did what, when, to which patient, filtered; and its export to CSV
// (which names patients, so it is itself audited).
class AuditService
{
public:
    AuditService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}
    // patientNhs: an NHS number as typed, or empty for every patient.
    Result<QList<AuditRow>> search(const Actor& actor, AuditFilter filter, const QString& patientNhs = QString());
    Result<QByteArray> exportCsv(const Actor& actor, const AuditFilter& filter, const QString& patientNhs = QString());
    // Something the desk printed or saved as a PDF (what, how many rows, and the patient when it is one patient's
    // history): paper with patients' details on it is part of the record of who saw what. Any role may print.
    Status recordPrint(const Actor& actor, const QString& what, qint64 rows, const QString& patientNhs = QString());

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cd
