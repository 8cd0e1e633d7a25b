#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Database;

struct BackupFile
{
    QString path;
    QDateTime made; // from the file's name
    qint64 bytes = 0;
    int sequence = 1; // the second backup within one second is "-2", and so on
};

// Backups of an SQLite practice file: consistent copies (VACUUM INTO, safe while other desks write), checked with
// integrity_check before they count, owner-only, kept to a retention (the newest 30 by default); and restore,
// which first keeps the current file as a backup. A manager's, audited. A server is backed up on the server.
class BackupService
{
public:
    BackupService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // The practice's backup folder: "backups" beside the database file.
    [[nodiscard]] QString defaultFolder() const;
    // A new backup in `folder` (default: defaultFolder()), named after the file and the time.
    Result<BackupFile> backup(const Actor& actor, const QString& folder = QString(), const QString& why = {});
    // The backups in a folder, newest first.
    Result<QList<BackupFile>> list(const QString& folder = QString()) const;
    // Today's backup, made on the first start of the day (the desk calls it on opening); nothing when one exists.
    Result<std::optional<BackupFile>> dailyIfDue(const Actor& actor);
    // Replaces the practice with a backup, after keeping the current state as a backup of its own.
    Result<BackupFile> restore(const Actor& actor, const QString& file);

    static constexpr int kDefaultRetention = 30;

private:
    Status prune(const QString& folder);
    Status refuse(const Actor& actor, const QString& action);

    Database& m_db;
    const Clock& m_clock;
};

// Where SQLite's locking cannot be trusted: a network share (NFS, SMB/CIFS, sshfs...) or a folder a cloud client
// synchronises (OneDrive, Dropbox, Google Drive, iCloud, Nextcloud, ownCloud). Empty when the place looks safe.
QString storageWarning(const QString& databaseFile);

} // namespace cd
