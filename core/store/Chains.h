#pragma once
// Tamper evidence for the ledger and the audit trail (trust, issue #17 rule 4). Every row of consent_events and of
// audit_log carries its place in a chain (chain_seq, 1, 2, 3...) and a SHA-256 over the previous row's hash, its own
// id, its place and every column of its content (row_hash). chain_heads holds each chain's length and newest hash.
// Rewriting, removing or inserting a row with the sqlite3 tool or psql leaves a chain that no longer recomputes:
// verify says so. A chain makes a rewrite detectable, not impossible: whoever can write the whole file can rebuild
// every hash (see the README's security section), which a backup's recorded heads then reveal (verify --against).
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace cd {

class Database;

struct ChainHead
{
    qint64 seq = 0; // rows in the chain
    QString hash;   // the newest row's hash ("" for an empty chain)
};

class Chains
{
public:
    static const QString kEvents; // "consent_events"
    static const QString kAudit;  // "audit_log"
    // The content columns of each chain's table, in the order they are hashed (id and the chain's own columns apart).
    static const QStringList& contentColumns(const QString& chain);

    // The hash of a row: previous hash, id, place, then each content value as text (SQL NULL and '' alike: the
    // program never tells them apart), each length-prefixed so no two rows can run together.
    static QString link(const QString& previous, qint64 id, qint64 seq, const QVariantList& content);

    explicit Chains(Database& db)
        : m_db(db)
    {}
    // Takes the next `rows` places of the chain inside the caller's transaction (on PostgreSQL the row lock on
    // chain_heads orders concurrent writers) and returns the head before them.
    Result<ChainHead> reserve(const QString& chain, qint64 rows);
    Status setHead(const QString& chain, const QString& hash);
    // The text a row's recorded-at (an event's recorded_at, an audit entry's at) is stored and sealed with. A file
    // takes the desk's real clock; a server stamps its own, in UTC (schema 9's trigger), so the seal is computed over
    // the server's time for this transaction, read before the row is written.
    Result<QString> recordedAt(const QDateTime& deskTime);
    // copy --to: the rows of a whole practice copied into an empty server keep the times they were recorded at.
    Status beginHistoryLoad();
    Status endHistoryLoad();
    // An empty database takes a copied practice's chain as it stands (copy).
    Status adopt(const QString& chain, const ChainHead& head);
    Result<QHash<QString, ChainHead>> heads();
    // Seals, in id order, the rows a migration found without a seal (a database from before schema 8).
    Status sealUnsealed(const QString& chain);
    // Recomputes both chains; each problem names rows by id only.
    Result<QStringList> problems();

private:
    Result<QStringList> problems(const QString& chain, const ChainHead& head);
    Database& m_db;
};

} // namespace cd
