#include "domain/Dates.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

namespace cd {

Status AuditStore::append(const AuditEntry& e)
{
    auto q = m_db.prepared(QStringLiteral("INSERT INTO audit_log (at, user_name, role, action, patient_id, event_id, "
                                          "details) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q,
                     {isoDateTime(e.at), e.userName, toString(e.role), e.action, sql::nullableId(e.patientId),
                      sql::nullableId(e.eventId), sql::text(e.details)},
                     QStringLiteral("write the audit trail"));
}

} // namespace cd
