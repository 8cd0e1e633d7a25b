#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "register/RegisterRows.h"
#include "service/Actor.h"

#include <QIODevice>
#include <QJsonObject>

#include <atomic>
#include <functional>

namespace cd {

class Database;

struct ImportOptions
{
    bool dryRun = false;
    bool allowDeductions = false;              // confirm a file that marks more than 10% of the list as left
    QHash<QString, QString> mapping;           // --map field=Header; remembered for the practice once applied
    std::function<bool(int percent)> progress; // return false to cancel (only before the commit)
};

struct ImportReport
{
    QString encoding;
    QChar delimiter;
    QStringList columns;                 // the header as written
    QStringList ignoredColumns;          // columns that mean nothing to the import
    QHash<QString, QString> mappingUsed; // field -> header
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 left = 0;
    qint64 returning = 0;        // re-registered patients who had left (counted in added/updated/unchanged too)
    qint64 registeredBefore = 0; // the list size on the import date, before the import
    // Registered at the desk in the last four weeks and not in the file yet: kept on the list, not marked as left.
    qint64 awaitingRegister = 0;
    // Whether this would mark more than 10% of the list as left: refused unless confirmed.
    [[nodiscard]] bool needsDeductionConfirmation() const
    {
        return registeredBefore > 0 && left * 10 > registeredBefore;
    }
    QList<RegisterReject> rejects;
    bool applied = false;
    QString backup; // the copy taken before applying (SQLite)

    // {"added","updated","unchanged","left","rejected","rejects":[{"line","nhs","reason"}], ...}
    [[nodiscard]] QJsonObject toJson() const;
    // Rejected rows as CSV for the manager: line, NHS number as written, reason (Excel-safe, UTF-8 with BOM, CRLF).
    [[nodiscard]] QByteArray rejectsCsv() const;
};

// A register of 2 million patients is about 200 MB: a file over this is refused before it is read.
constexpr qint64 kMaxRegisterFileBytes = qint64{1} << 30;
// Why an opened register file is refused before it is read (a device or a pipe, which cannot be read twice and may
// never end, like /dev/zero; a file over 1 GB), or empty when it may be read.
QString registerFileProblem(const QIODevice& file);

// Reads a clinical system's register export and merges it into the practice in one transaction: new patients
// added, changed details updated (the change audited), patients missing from the file marked as left, returning
// patients registered again. A file that would mark more than 10% of the list as left is refused unless confirmed.
// Rejected rows are reported, never imported, and a patient whose row was rejected is never marked as left.
Result<ImportReport> importRegister(Database& db, const Actor& actor, const Clock& clock, const QByteArray& file,
                                    const ImportOptions& options);

// The same in two steps, for a screen that reads on a worker thread and writes on its own:
// 1. the column names the practice chose last time (--map), read from the database;
struct RegisterRead
{
    ImportReport report; // the encoding, delimiter, columns and mapping used; the counts are the merge's
    ValidatedRegister validated;
};
Result<QHash<QString, QString>> rememberedMapping(Database& db);
// 2. reading and checking the file, which touches no database: mapping is --map's; without it, the remembered one
//    where the file still has those columns. progress hears how far the reading is (0-100); false cancels it;
Result<RegisterRead> readRegister(QIODevice& file, QDate today, const QHash<QString, QString>& mapping,
                                  const QHash<QString, QString>& remembered,
                                  const std::function<bool(int percent)>& progress = {});
// 3. the merge, in one transaction, as importRegister does (options.progress hears the writing).
Result<ImportReport> mergeRegister(Database& db, const Actor& actor, const Clock& clock, RegisterRead&& read,
                                   const ImportOptions& options);
// The same read from a file a megabyte at a time (CsvReader::stream): the file is never held whole.
Result<ImportReport> importRegister(Database& db, const Actor& actor, const Clock& clock, QIODevice& file,
                                    const ImportOptions& options);

} // namespace cd
