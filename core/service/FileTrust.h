#pragma once
// Trust in a practice file other than the one open: a backup before it is restored (issue #17 rule 7), or the
// backup today's history must extend (verify --against, rule 5). The file is checked on a private copy, so it is
// never changed, and migrated there first when it is from an older version this build knows.
#include "domain/Result.h"
#include "store/Chains.h"

#include <QHash>
#include <QStringList>

namespace cd {

class Database;

struct FileCheck
{
    QStringList problems;            // changed outside Consent Desk, or a damaged ledger; empty when sound
    QHash<QString, ChainHead> heads; // each chain's length and newest seal, as the file holds them
};

// How far a file is checked: wholly (its seals, schema, users and ledger: restore, verify --against), or only its
// chains' heads read (the desk's check on opening, which must not take seconds on a large practice).
enum class FileDepth { Full, HeadsOnly };

// A file that is not a Consent Desk practice, or is from a newer version, is an error; a changed one has problems.
Result<FileCheck> checkPracticeFile(const QString& file, FileDepth depth = FileDepth::Full);

// Whether today's history extends the backup's unchanged: every event and audit entry the backup holds is still
// here, in the same place, with the same seal. Each problem in words; empty when it does.
Result<QStringList> historyExtends(Database& db, const QString& backup, FileDepth depth = FileDepth::Full);

// The desk's check on opening: today's history against the newest backup in the practice's backup folder. Empty
// when it extends it (or there is no backup yet, or the practice is on a server); otherwise a warning for the banner.
QString newestBackupWarning(Database& db);

} // namespace cd
