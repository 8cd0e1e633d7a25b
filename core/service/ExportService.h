#pragma once

#include "domain/Clock.h"
#include "domain/Programme.h"
#include "domain/Result.h"
#include "service/Actor.h"
#include "stats/LmcReport.h"

#include <QJsonObject>

namespace cd {

class Database;

// The report and the exports, each checked against the actor's role and written to the audit trail (refusals
// too): the LMC report and its aggregate CSV are a manager's; the identifiable lists (the coding worklist, FHIR) a
// GP's or a manager's.
class ExportService
{
public:
    ExportService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    Result<LmcReport> report(const Actor& actor, const LmcReport::Options& options, const QString& what);
    Result<QByteArray> aggregates(const Actor& actor, const LmcReport::Options& options);
    Result<QByteArray> codingWorklist(const Actor& actor, QDate asOf);
    Result<QJsonObject> fhirBundle(const Actor& actor);

private:
    Status check(const Actor& actor, Permission permission, const QString& action, const QString& what);
    Status audit(const Actor& actor, const QString& action, const QString& details);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace cd
