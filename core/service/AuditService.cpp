#include "service/AuditService.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "export/CsvWriter.h"
#include "service/Refusal.h"
#include "store/Database.h"

namespace cd {

Result<QList<AuditRow>> AuditService::search(const Actor& actor, AuditFilter filter, const QString& patientNhs)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("audit-view"),
                      QStringLiteral("Only a manager may read the audit trail."));
    }
    if (!patientNhs.trimmed().isEmpty()) {
        auto patient = PatientStore(m_db).require(patientNhs);
        if (!patient) {
            return patient.error();
        }
        filter.patientId = patient->id;
    }
    auto rows = AuditStore(m_db).find(filter);
    if (!rows) {
        return rows.error();
    }
    QList<AuditRow> list;
    list.reserve(rows->size());
    for (const auto& [entry, nhs] : *rows) {
        list.append({entry, nhs});
    }
    return list;
}

Result<QByteArray> AuditService::exportCsv(const Actor& actor, const AuditFilter& filter, const QString& patientNhs)
{
    auto rows = search(actor, filter, patientNhs);
    if (!rows) {
        return rows.error();
    }
    CsvWriter csv;
    csv.row({QStringLiteral("When"), QStringLiteral("User"), QStringLiteral("Role"), QStringLiteral("Action"),
             QStringLiteral("NHS number"), QStringLiteral("Event"), QStringLiteral("Details")});
    for (const AuditRow& r : *rows) {
        csv.row({isoDateTime(r.entry.at), r.entry.userName, toString(r.entry.role), r.entry.action,
                 r.nhsNumber.isEmpty() ? QString() : NhsNumber::display(r.nhsNumber),
                 r.entry.eventId ? QString::number(r.entry.eventId) : QString(), r.entry.details});
    }
    if (auto done = m_db.write([&]() -> Status {
            return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role,
                                            QStringLiteral("export-audit"), 0, 0,
                                            QStringLiteral("%1 entries").arg(rows->size())});
        });
        !done) {
        return done.error();
    }
    return csv.bytes();
}

Status AuditService::recordPrint(const Actor& actor, const QString& what, qint64 rows, const QString& patientNhs)
{
    qint64 patientId = 0;
    if (!patientNhs.isEmpty()) {
        auto patient = PatientStore(m_db).require(patientNhs);
        if (!patient) {
            return patient.error();
        }
        patientId = patient->id;
    }
    return m_db.write([&]() -> Status {
        return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("print"),
                                        patientId, 0, QStringLiteral("%1: %2 rows").arg(what).arg(rows)});
    });
}

} // namespace cd
