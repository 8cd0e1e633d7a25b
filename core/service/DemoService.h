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
// The demo's three users, marked as demo data, each with the password kDemoPassword: demo-manager, demo-clinician,
// demo-reception (INTERFACES.md). Separate from the practice itself, which tests make by the hundred.
inline const QString kDemoPassword = QStringLiteral("demo-password");
Result<QList<std::pair<QString, Role>>> addDemoUsers(Database& db, const Actor& actor, const Clock& clock);

Result<DemoSummary> createDemoPractice(Database& db, const Actor& actor, const Clock& clock,
                                       const DemoOptions& options);

} // namespace cd
