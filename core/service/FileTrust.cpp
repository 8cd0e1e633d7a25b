#include "service/FileTrust.h"

#include "domain/Programme.h"
#include "service/BackupService.h"
#include "service/Verifier.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace cd {
namespace {

// A file of this schema version's chain heads, read through a read-only connection of its own; none when it is of
// another version or cannot be read so.
std::optional<QHash<QString, ChainHead>> headsWhereItLies(const QString& file)
{
    std::optional<QHash<QString, ChainHead>> heads;
    sql::readSqliteFile(file, [&heads](QSqlQuery* q) {
        if (q && q->exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && q->next() &&
            q->value(0).toInt() == Database::latestSchemaVersion() &&
            q->exec(QStringLiteral("SELECT chain, seq, head FROM chain_heads"))) {
            heads.emplace();
            while (q->next()) {
                heads->insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toString()});
            }
        }
    });
    return heads;
}

} // namespace

Result<FileCheck> checkPracticeFile(const QString& file, FileDepth depth)
{
    if (!QFileInfo(file).isFile()) {
        return invalid(QStringLiteral("%1 is not a file: give the path of a backup ('consentdesk-cli backups' lists "
                                      "them).")
                           .arg(file));
    }
    // The desk's check on opening reads a backup of this version where it lies, read-only: copying a large practice
    // file on every start would make the desk wait for it. Only an older one is copied and migrated.
    if (depth == FileDepth::HeadsOnly) {
        if (auto heads = headsWhereItLies(file)) {
            FileCheck check;
            check.heads = *heads;
            return check;
        }
    }
    QTemporaryDir dir; // owner-only, removed on return: the copy holds patient data
    const QString copy = dir.filePath(QStringLiteral("checked.sqlite"));
    if (!dir.isValid() || !QFile::copy(file, copy)) {
        return invalid(QStringLiteral("%1 could not be read: check it is there and you may read it.").arg(file));
    }
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    FileCheck check;
    {
        auto probe = Database::open(copy, Database::Mode::MustExist);
        if (!probe) {
            return invalid(QStringLiteral("%1 is not a practice file this version can use: %2")
                               .arg(QFileInfo(file).fileName(), probe.error().message));
        }
        Database& db = **probe;
        if (depth == FileDepth::Full) {
            auto report = verifyDatabase(db, Programme::scr());
            if (!report) {
                return report.error();
            }
            check.problems = report->changedOutside + report->ledgerProblems;
        }
        auto heads = Chains(db).heads();
        if (!heads) {
            return heads.error();
        }
        check.heads = *heads;
    }
    return check;
}

Result<QStringList> historyExtends(Database& db, const QString& backup, FileDepth depth)
{
    auto check = checkPracticeFile(backup, depth);
    if (!check) {
        return check.error();
    }
    const QString name = QFileInfo(backup).fileName();
    QStringList found;
    for (const QString& problem : check->problems) {
        found << QStringLiteral("the backup %1 itself: %2").arg(name, problem);
    }
    for (const QString& chain : {Chains::kEvents, Chains::kAudit}) {
        const ChainHead then = check->heads.value(chain);
        if (then.seq == 0) {
            continue;
        }
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT row_hash FROM %1 WHERE chain_seq = ?").arg(chain));
        q.addBindValue(then.seq);
        if (!q.exec()) {
            return sql::toError(q.lastError(), QStringLiteral("read the chain"));
        }
        const QString what = chain == Chains::kAudit ? QStringLiteral("audit trail") : QStringLiteral("events");
        if (!q.next()) {
            found << QStringLiteral("the %1 held %2 entries in the backup %3, and fewer are here now: some were "
                                    "removed")
                         .arg(what)
                         .arg(then.seq)
                         .arg(name);
        } else if (q.value(0).toString() != then.hash) {
            found << QStringLiteral("the %1 up to the backup %2 no longer match it: what it held was changed or "
                                    "rewritten since")
                         .arg(what, name);
        }
    }
    return found;
}

QString newestBackupWarning(Database& db)
{
    if (db.engine() != Engine::SQLite) {
        return QString();
    }
    const SystemClock clock;
    auto backups = BackupService(db, clock).list();
    if (!backups || backups->isEmpty()) {
        return QString();
    }
    const QString newest = backups->first().path;
    auto extends = historyExtends(db, newest, FileDepth::HeadsOnly);
    if (extends && extends->isEmpty()) {
        return QString();
    }
    return QStringLiteral("\u26A0 The practice's history no longer extends its newest backup (%1): %2. It may have "
                          "been changed outside Consent Desk. A manager runs 'consentdesk-cli verify --against' "
                          "that backup and tells the Caldicott guardian.")
        .arg(QFileInfo(newest).fileName(), extends ? extends->first() : extends.error().message);
}

} // namespace cd
