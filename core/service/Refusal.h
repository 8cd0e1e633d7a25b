#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"

namespace cd {

class Database;

// A command the actor's role may not run. The refusal itself goes to the audit trail, in a transaction of its own
// (who tried what is part of the record), and comes back as a Forbidden error saying why; nothing else changes.
Error refuse(Database& db, const Clock& clock, const Actor& actor, const QString& action, const QString& why);

} // namespace cd
