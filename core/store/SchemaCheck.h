#pragma once
// The practice file's schema objects (tables and their columns, indexes, triggers, views) against exactly those this
// version of Consent Desk creates: a trigger dropped with the sqlite3 tool, an extra one, a table rebuilt by hand all
// show (trust, issue #17 rule 4). On a server the same holds for the practice's schema: tables, columns, indexes,
// constraints, triggers and whether they are enabled, functions, rules and policies.
#include "domain/Result.h"

#include <QStringList>

namespace cd {

class Database;

// Each difference in words, by object name; empty when the schema is exactly this version's.
Result<QStringList> schemaDifferences(Database& db);
// On a server, run by the owner (server-setup): records this version's schema in the practice, for a verify run by a
// manager, whose login may not create the probe schema the comparison otherwise uses. A no-op on a file.
Status recordExpectedSchema(Database& db);

} // namespace cd
