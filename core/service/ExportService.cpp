#include "service/ExportService.h"
#include "service/Refusal.h"

#include "domain/Dates.h"
#include "export/Exports.h"
#include "store/Database.h"
#include "store/Stores.h"

namespace cd {

Status ExportService::audit(const Actor& actor, const QString& action, const QString& details)
{
    return m_db.write([&]() -> Status {
        return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role, action, 0, 0, details});
    });
}

Status ExportService::check(const Actor& actor, Permission permission, const QString& action, const QString& what)
{
    if (allows(actor.role, permission)) {
        return Done{};
    }
    const QString why = permission == Permission::ExportIdentifiable
                            ? QStringLiteral("Only a GP or a manager may %1: it names patients.").arg(what)
                            : QStringLiteral("Only a manager may %1.").arg(what);
    return refuse(m_db, m_clock, actor, action, why);
}

Result<LmcReport> ExportService::report(const Actor& actor, const LmcReport::Options& options, const QString& what)
{
    if (auto allowed = check(actor, Permission::ManagePractice, QStringLiteral("report"),
                             QStringLiteral("produce the LMC report"));
        !allowed) {
        return allowed.error();
    }
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from) {
        return invalid(QStringLiteral("The report's period must run forwards: %1 to %2.")
                           .arg(isoDate(options.from), isoDate(options.to)));
    }
    auto gathered = LmcReport::gather(m_db, Programme::scr(), m_clock.recordedNow(), options);
    if (!gathered) {
        return gathered.error();
    }
    if (auto done = audit(actor, QStringLiteral("report"),
                          QStringLiteral("%1, %2 to %3, %4 disclosure control")
                              .arg(what, isoDate(gathered->from), isoDate(gathered->to), gathered->method.name()));
        !done) {
        return done.error();
    }
    return gathered;
}

Result<QByteArray> ExportService::aggregates(const Actor& actor, const LmcReport::Options& options)
{
    auto r = report(actor, options, QStringLiteral("aggregate CSV"));
    if (!r) {
        return r.error();
    }
    return aggregatesCsv(*r);
}

Result<QByteArray> ExportService::codingWorklist(const Actor& actor, QDate asOf)
{
    if (auto allowed = check(actor, Permission::ExportIdentifiable, QStringLiteral("export-coding-worklist"),
                             QStringLiteral("export the coding worklist"));
        !allowed) {
        return allowed.error();
    }
    qint64 rows = 0;
    auto csv = codingWorklistCsv(m_db, Programme::scr(), asOf, &rows);
    if (!csv) {
        return csv.error();
    }
    if (auto done = audit(actor, QStringLiteral("export-coding-worklist"),
                          QStringLiteral("%1 choices awaiting coding as of %2").arg(rows).arg(isoDate(asOf)));
        !done) {
        return done.error();
    }
    return csv;
}

Result<QJsonObject> ExportService::fhirBundle(const Actor& actor)
{
    if (auto allowed = check(actor, Permission::ExportIdentifiable, QStringLiteral("export-fhir"),
                             QStringLiteral("export FHIR Consent resources"));
        !allowed) {
        return allowed.error();
    }
    qint64 resources = 0;
    auto bundle = fhirConsentBundle(m_db, Programme::scr(), m_clock.now(), &resources);
    if (!bundle) {
        return bundle.error();
    }
    if (auto done = audit(actor, QStringLiteral("export-fhir"), QStringLiteral("%1 Consent resources").arg(resources));
        !done) {
        return done.error();
    }
    return bundle;
}

} // namespace cd
