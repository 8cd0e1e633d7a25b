#pragma once

#include "store/DatabaseTarget.h"

#include <QSqlError>
#include <QString>

namespace cd::dialect {

// Where SQLite and PostgreSQL really differ, one function per topic. Everything else is shared SQL.

// Starts a write transaction: SQLite takes the write lock at once, so two desks queue rather than deadlock.
QString beginWrite(Engine engine);
// Lists the current schema's tables (name in column 0).
QString listTables(Engine engine);
// Locks one patient's rows for the rest of the transaction, so two desks writing for the same patient serialise
// (SQLite's write lock already covers the whole file: empty there).
QString lockPatient(Engine engine);
// Tells other desks that a patient changed, delivered when the transaction commits (empty: no such mechanism). On a
// server the channel is the practice's own (consentdesk_change_channel(), named from its schema) and the payload an
// internal id or a word, never a patient's identifiers.
QString notifyChange(Engine engine);
// After rows were inserted with explicit ids, the next generated id must follow them.
QString resyncIdentity(Engine engine, const QString& table);
// Ids for rows a bulk load inserts with explicit keys, reserved so no other desk can take them: one row per id.
// SQLite: the write lock is already exclusive, so the next ids after the largest (bind: the count). PostgreSQL: drawn
// from the identity's sequence (bind: the count), safe while other desks insert.
QString reserveIds(Engine engine, const QString& table);
// Busy (SQLite), serialisation failure or deadlock (PostgreSQL): the whole transaction may be tried again.
bool isRetryable(Engine engine, const QSqlError& error);
// The folder of resources/sql holding this engine's own part of each migration (resources/sql itself holds the part
// both engines share).
QString migrationsFolder(Engine engine);
// The shared migrations' two words that differ: ${ID}, a generated key, and ${ID_REF}, a column that refers to one.
QString expandSchemaTokens(Engine engine, QString sql);
// Appended to a text expression so comparisons are byte by byte, as prefix ranges need (and the search indexes
// are built): SQLite's default already is; PostgreSQL's database collation is not.
QString bytewise(Engine engine);

} // namespace cd::dialect
