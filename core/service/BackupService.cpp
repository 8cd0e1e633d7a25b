#include "service/BackupService.h"
#include "service/FileTrust.h"
#include "service/Refusal.h"
#include "store/Sql.h"

#include "store/Database.h"
#include "store/Stores.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStorageInfo>

#include <sqlite3.h>

#include <algorithm>

namespace cd {
namespace {

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

// PRAGMA integrity_check on a file, read-only: "" when it says ok.
QString checkFile(const QString& file)
{
    QString problem = QStringLiteral("it cannot be opened");
    sql::readSqliteFile(file, [&problem](QSqlQuery* query) {
        if (!query) {
            return;
        }
        QSqlQuery& q = *query;
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next()) {
            problem = QStringLiteral("it is not an SQLite database");
        } else if (q.value(0).toString() != QLatin1String("ok")) {
            problem = q.value(0).toString();
        } else if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM practice")) || !q.next()) {
            problem = QStringLiteral("it is not a Consent Desk practice");
        } else if (q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) && q.next() &&
                   q.value(0).toInt() > Database::latestSchemaVersion()) {
            problem = QStringLiteral("it was written by a newer Consent Desk (schema %1); update this one first")
                          .arg(q.value(0).toInt());
        } else {
            problem.clear();
        }
    });
    return problem;
}

// The practice code a file holds; empty when it holds none (not a Consent Desk practice).
QString practiceCodeIn(const QString& file)
{
    QString code;
    sql::readSqliteFile(file, [&code](QSqlQuery* q) {
        if (q && q->exec(QStringLiteral("SELECT code FROM practice")) && q->next()) {
            code = q->value(0).toString();
        }
    });
    return code;
}

} // namespace

QString BackupService::defaultFolder() const
{
    return Database::backupFolderOf(m_db.path());
}

Status BackupService::refuse(const Actor& actor, const QString& action)
{
    return cd::refuse(m_db, m_clock, actor, QStringLiteral("backup"),
                      QStringLiteral("Only a manager may %1.").arg(action));
}

Result<BackupFile> BackupService::backup(const Actor& actor, const QString& folder, const QString& why)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(actor, QStringLiteral("make a backup")).error();
    }
    if (m_db.engine() != Engine::SQLite) {
        return invalid(QStringLiteral("A practice on a server is backed up on the server (pg_dump), or copied to a "
                                      "file with 'consentdesk-cli copy --to FILE'."));
    }
    const QString dir = folder.isEmpty() ? defaultFolder() : folder;
    const bool made = !QDir(dir).exists();
    if (!QDir().mkpath(dir)) {
        return invalid(QStringLiteral("The backup folder %1 cannot be made: check the path and your rights.").arg(dir));
    }
    if (made) { // a folder someone chose (--to) keeps its own rights
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QDateTime now = QDateTime::currentDateTime(); // a backup is named by the real time, whatever --as-of says
    const QString stem = QStringLiteral("%1-%2").arg(QFileInfo(m_db.path()).completeBaseName(), now.toString(kStamp));
    // Within one second, the next number after the highest there (the retention may have removed lower ones).
    int sequence = 0;
    if (auto existing = list(dir)) {
        for (const BackupFile& b : *existing) {
            if (b.made.toString(kStamp) == now.toString(kStamp)) {
                sequence = std::max(sequence, b.sequence);
            }
        }
    }
    const QString file = QDir(dir).filePath(sequence == 0 ? stem + QStringLiteral(".sqlite")
                                                          : QStringLiteral("%1-%2.sqlite").arg(stem).arg(sequence + 1));
    if (auto saved = m_db.backupTo(file); !saved) {
        return saved.error();
    }
    if (const QString problem = checkFile(file); !problem.isEmpty()) {
        QFile::remove(file);
        return Error{ErrorKind::Database,
                     QStringLiteral("The backup failed its check (%1) and was removed: run 'consentdesk-cli verify' "
                                    "and try again.")
                         .arg(problem)};
    }
    if (auto audited = m_db.write([&]() -> Status {
            return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("backup"), 0,
                                            0, QFileInfo(file).fileName() + (why.isEmpty() ? QString() : u' ' + why)});
        });
        !audited) {
        return audited.error();
    }
    if (auto pruned = prune(dir); !pruned) {
        return pruned.error();
    }
    return BackupFile{file, now, QFileInfo(file).size(), sequence + 1};
}

Result<QList<BackupFile>> BackupService::list(const QString& folder) const
{
    const QDir dir(folder.isEmpty() ? defaultFolder() : folder);
    // Only this practice file's own copies, by name: <file>[-before-<what>]-<stamp>[-n].sqlite. Whatever else is in
    // the folder (another practice's backups, a user's own files) is never listed, so never pruned.
    const QRegularExpression own(QStringLiteral("^%1(-before-(?:import|v\\d+))?-(\\d{8}-\\d{6})(-\\d+)?\\.sqlite$")
                                     .arg(QRegularExpression::escape(QFileInfo(m_db.path()).completeBaseName())));
    QList<BackupFile> files;
    for (const QFileInfo& info : dir.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto match = own.match(info.fileName());
        if (match.hasMatch()) {
            const int sequence = match.captured(3).isEmpty() ? 1 : match.captured(3).mid(1).toInt();
            files.append(
                {info.absoluteFilePath(), QDateTime::fromString(match.captured(2), kStamp), info.size(), sequence});
        }
    }
    std::sort(files.begin(), files.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.made != b.made ? a.made > b.made : a.sequence > b.sequence;
    });
    return files;
}

Status BackupService::prune(const QString& folder)
{
    auto retention =
        PracticeStore(m_db).setting(QStringLiteral("backup_retention"), QString::number(kDefaultRetention));
    auto files = list(folder);
    if (!retention || !files) {
        return !retention ? retention.error() : files.error();
    }
    const int keep = std::max(1, retention->toInt());
    auto practice = PracticeStore(m_db).practice();
    if (!practice) {
        return practice.error();
    }
    const QString ours = practice->has_value() ? (**practice).code : QString();
    for (qsizetype i = keep; i < files->size(); ++i) {
        // By what is inside too: a file only removed when it is a copy of this practice.
        if (!ours.isEmpty() && practiceCodeIn(files->at(i).path) == ours) {
            QFile::remove(files->at(i).path);
        }
    }
    return Done{};
}

Result<std::optional<BackupFile>> BackupService::dailyIfDue(const Actor& actor)
{
    if (m_db.engine() != Engine::SQLite || !allows(actor.role, Permission::ManagePractice)) {
        return std::optional<BackupFile>();
    }
    auto files = list();
    if (!files) {
        return files.error();
    }
    if (!files->isEmpty() && files->constFirst().made.date() == QDate::currentDate()) {
        return std::optional<BackupFile>();
    }
    auto made = backup(actor, QString(), QStringLiteral("(daily)"));
    if (!made) {
        return made.error();
    }
    return std::optional<BackupFile>(*made);
}

Result<BackupFile> BackupService::restore(const Actor& actor, const QString& file)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(actor, QStringLiteral("restore a backup")).error();
    }
    if (m_db.engine() != Engine::SQLite) {
        return invalid(QStringLiteral("A practice on a server is restored on the server."));
    }
    if (!QFileInfo::exists(file)) {
        return invalid(QStringLiteral("%1 does not exist: give the path of a backup ('consentdesk-cli backups' lists "
                                      "them).")
                           .arg(file));
    }
    if (const QString problem = checkFile(file); !problem.isEmpty()) {
        return invalid(QStringLiteral("%1 cannot be restored: %2. Nothing was changed.").arg(file, problem));
    }
    // Only a file whose seals, schema and users are exactly as Consent Desk left them (a crafted "backup" with an
    // extra trigger or an extra manager is refused), of a version this build knows.
    auto trusted = checkPracticeFile(file);
    if (!trusted) {
        return invalid(QStringLiteral("%1 cannot be restored: %2 Nothing was changed.")
                           .arg(QFileInfo(file).fileName(), trusted.error().message));
    }
    if (!trusted->problems.isEmpty()) {
        return invalid(QStringLiteral("%1 cannot be restored: it was changed outside Consent Desk (%2). Nothing was "
                                      "changed; restore an earlier backup.")
                           .arg(QFileInfo(file).fileName(), trusted->problems.first()));
    }
    // The current state is kept first, so a restore can itself be undone.
    auto kept = backup(actor, QString(), QStringLiteral("(before restoring %1)").arg(QFileInfo(file).fileName()));
    if (!kept) {
        return kept.error();
    }
    sqlite3* target = m_db.sqliteConnection();
    sqlite3* source = nullptr;
    const QByteArray path = file.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        // SQLite's online backup API copies the pages into the open database as one consistent change.
        sqlite3_backup* copy = sqlite3_backup_init(target, "main", source, "main");
        rc = copy ? sqlite3_backup_step(copy, -1) : sqlite3_errcode(target);
        if (copy) {
            sqlite3_backup_finish(copy);
        }
    }
    sqlite3_close(source);
    if (rc != SQLITE_DONE) {
        return Error{ErrorKind::Database, QStringLiteral("The restore failed (%1); the practice is as it was, and its "
                                                         "state before the attempt is in %2.")
                                              .arg(QString::fromUtf8(sqlite3_errstr(rc)), kept->path)};
    }
    if (auto audited = m_db.write([&]() -> Status {
            return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("restore"), 0,
                                            0,
                                            QStringLiteral("from %1; the state before kept in %2")
                                                .arg(QFileInfo(file).fileName(), QFileInfo(kept->path).fileName())});
        });
        !audited) {
        return audited.error();
    }
    return *kept;
}

QString storageWarning(const QString& databaseFile)
{
    const QString path = QFileInfo(databaseFile).absoluteFilePath();
    static const QStringList clouds = {QStringLiteral("OneDrive"),     QStringLiteral("Dropbox"),
                                       QStringLiteral("Google Drive"), QStringLiteral("GoogleDrive"),
                                       QStringLiteral("iCloud"),       QStringLiteral("Nextcloud"),
                                       QStringLiteral("ownCloud"),     QStringLiteral("Box Sync")};
    for (const QString& cloud : clouds) {
        if (path.contains(cloud, Qt::CaseInsensitive)) {
            return QStringLiteral("The practice file is in a %1 folder: a cloud client can copy it half-written or "
                                  "overwrite it. Move it to a local folder, or put the practice on a server.")
                .arg(cloud);
        }
    }
    // A Windows share named by its UNC path (\\server\share) is one whatever the file system behind it reports.
    const bool unc = databaseFile.startsWith(QLatin1String("//")) || databaseFile.startsWith(QLatin1String("\\\\"));
    const QByteArray type =
        unc ? QByteArray("UNC path") : QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    static const QList<QByteArray> network = {"nfs", "nfs4",  "cifs",        "smb3",  "smbfs", "fuse.sshfs",
                                              "9p",  "davfs", "fuse.davfs2", "afpfs", "ncpfs"};
    if (unc || network.contains(type)) {
        return QStringLiteral("The practice file is on a network share (%1), where SQLite's locking cannot be trusted "
                              "and two desks can damage it. Keep it on this computer, or put the practice on a "
                              "server.")
            .arg(QString::fromLatin1(type));
    }
    return QString();
}

} // namespace cd
