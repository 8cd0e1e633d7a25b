#pragma once

#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"

namespace cd {

class Database;

struct DemoSummary
{
    qint64 patients = 0;
    qint64 events = 0;
};

// Fills a new database with the demo practice in one transaction, audited as one action of the actor.
Result<DemoSummary> createDemoPractice(Database& db, const Actor& actor, const Clock& clock,
                                       const DemoOptions& options);

} // namespace cd
