// Backups of the practice file: a checked, owner-only copy in the backups folder, kept to the retention; restore
// that keeps the current state first and refuses what is not a good backup; the daily backup once a day; managers
// only, audited; and the warning for a file on a network share or in a cloud folder.
#include "service/BackupService.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using cd::BackupService;
using cd::test::TestDatabase;

namespace {

class BackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        t.clock().set(QDateTime(QDate(2010, 6, 30), QTime(9, 0)));
        patient = cd::test::validNhsNumbers().at(0);
        t.sendPack(t.addPatient(patient, {1950, 5, 1}), {2010, 1, 4});
    }
    BackupService service() { return BackupService(t.db(), t.clock()); }
    qint64 forms()
    {
        auto events = cd::EventStore(t.db()).forPatient(1);
        EXPECT_TRUE(events.ok());
        return std::count_if(events->cbegin(), events->cend(),
                             [](const cd::ConsentEvent& e) { return e.type == cd::EventType::Choice; });
    }

    TestDatabase t;
    QString patient;
};

TEST_F(BackupTest, ABackupIsACheckedOwnerOnlyCopyBesideThePractice)
{
    auto made = service().backup(TestDatabase::manager());
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(QFileInfo(made->path).absolutePath(), QDir(t.dir().path()).filePath(QStringLiteral("backups")));
#ifndef Q_OS_WIN // owner-only is a POSIX mode; on Windows the profile's ACL keeps it private
    const auto permissions = QFile::permissions(made->path);
    EXPECT_TRUE(permissions & QFileDevice::ReadOwner);
    EXPECT_FALSE(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                                QFileDevice::WriteOther)); // it holds every patient's record
#endif
    auto listed = service().list();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->at(0).path, made->path);
}

TEST_F(BackupTest, OnlyTheNewestAreKept)
{
    ASSERT_TRUE(cd::PracticeStore(t.db()).setSetting(QStringLiteral("backup_retention"), QStringLiteral("3")).ok());
    QStringList made;
    for (int i = 0; i < 5; ++i) {
        auto b = service().backup(TestDatabase::manager());
        ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
        made << b->path;
    }
    auto listed = service().list();
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 3);
    EXPECT_EQ(listed->at(0).path, made.at(4)); // newest first, even within one second
    EXPECT_FALSE(QFile::exists(made.at(0)));
    EXPECT_FALSE(QFile::exists(made.at(1)));
}

// backup --to a folder that holds other things (another practice's backups, a user's files, a file named like ours
// but holding another practice): only this practice's own copies are ever pruned, and a folder it did not make
// keeps its own rights.
TEST_F(BackupTest, ABackupFolderSharedWithOtherFilesLosesNothingButOurOwnOldCopies)
{
    ASSERT_TRUE(cd::PracticeStore(t.db()).setSetting(QStringLiteral("backup_retention"), QStringLiteral("1")).ok());
    QTemporaryDir shared;
    ASSERT_TRUE(QFile::setPermissions(shared.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                         QFileDevice::ExeGroup));
    const auto put = [&](const QString& name, const QByteArray& bytes) {
        QFile f(QDir(shared.path()).filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    const QString base = QFileInfo(t.path()).completeBaseName();
    put(QStringLiteral("holiday-20100101-120000.sqlite"), "someone's file");
    put(QStringLiteral("notes.txt"), "minutes");
    // Named as ours, but another practice's: a real practice file with another code.
    const QString lookalike = QDir(shared.path()).filePath(base + QStringLiteral("-20090101-000000.sqlite"));
    ASSERT_TRUE(t.db().backupTo(lookalike).ok());
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {lookalike, QStringLiteral("UPDATE practice SET code = 'Y99999';")});
    ASSERT_TRUE(sqlite.waitForFinished(30000));
    ASSERT_EQ(sqlite.exitCode(), 0);
    QStringList made;
    for (int i = 0; i < 3; ++i) {
        auto b = service().backup(TestDatabase::manager(), shared.path());
        ASSERT_TRUE(b.ok()) << b.error().message.toStdString();
        made << b->path;
    }
    EXPECT_TRUE(QFile::exists(made.at(2)));
    EXPECT_FALSE(QFile::exists(made.at(0)));
    EXPECT_FALSE(QFile::exists(made.at(1)));
    for (const char* kept : {"holiday-20100101-120000.sqlite", "notes.txt"}) {
        EXPECT_TRUE(QFile::exists(QDir(shared.path()).filePath(QLatin1String(kept)))) << kept;
    }
    EXPECT_TRUE(QFile::exists(QDir(shared.path()).filePath(base + QStringLiteral("-20090101-000000.sqlite"))))
        << "another practice's file, though named like ours";
    EXPECT_TRUE(QFile::permissions(shared.path()) & QFileDevice::ReadGroup); // not ours to change
}

TEST_F(BackupTest, RestoreBringsBackTheBackupAndKeepsWhatWasThere)
{
    t.choose(patient, "dissent", {2010, 2, 1});
    auto backup = service().backup(TestDatabase::manager());
    ASSERT_TRUE(backup.ok());
    t.choose(patient, "consent-core", {2010, 3, 1}); // after the backup
    ASSERT_EQ(forms(), 2);
    auto kept = service().restore(TestDatabase::manager(), backup->path);
    ASSERT_TRUE(kept.ok()) << kept.error().message.toStdString();
    EXPECT_EQ(forms(), 1);
    // The state before the restore is itself a backup, with both forms in it.
    auto before = cd::Database::open(kept->path, cd::Database::Mode::MustExist);
    ASSERT_TRUE(before.ok());
    auto events = cd::EventStore(**before).forPatient(1);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(std::count_if(events->cbegin(), events->cend(),
                            [](const cd::ConsentEvent& e) { return e.type == cd::EventType::Choice; }),
              2);
}

TEST_F(BackupTest, WhatIsNotAGoodBackupIsRefusedAndNothingChanges)
{
    t.choose(patient, "dissent", {2010, 2, 1});
    const QString junk = QDir(t.dir().path()).filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database");
    f.close();
    const auto before = t.rowCounts();
    auto refused = service().restore(TestDatabase::manager(), junk);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("Nothing was changed")))
        << refused.error().message.toStdString();
    auto missing = service().restore(TestDatabase::manager(), junk + QStringLiteral(".gone"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(t.rowCounts(), before);
    EXPECT_EQ(forms(), 1);
}

TEST_F(BackupTest, OnlyAManagerBacksUpOrRestoresAndRefusalsAreAudited)
{
    const qint64 audits = t.rowCounts().at(QStringLiteral("audit_log"));
    auto refused = service().backup(TestDatabase::reception());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, cd::ErrorKind::Forbidden);
    auto restore = service().restore(TestDatabase::clinician(), QStringLiteral("/nowhere.sqlite"));
    ASSERT_FALSE(restore.ok());
    EXPECT_EQ(restore.error().kind, cd::ErrorKind::Forbidden);
    EXPECT_EQ(t.rowCounts().at(QStringLiteral("audit_log")), audits + 2);
    EXPECT_TRUE(service().list()->isEmpty());
}

TEST_F(BackupTest, TheDailyBackupIsMadeOnceADay)
{
    auto first = service().dailyIfDue(TestDatabase::manager());
    ASSERT_TRUE(first.ok());
    EXPECT_TRUE(first->has_value());
    auto second = service().dailyIfDue(TestDatabase::manager());
    ASSERT_TRUE(second.ok());
    EXPECT_FALSE(second->has_value());
    EXPECT_EQ(service().list()->size(), 1);
}

TEST(StorageWarning, ACloudFolderIsNamedAndALocalFolderIsNot)
{
    EXPECT_TRUE(cd::storageWarning(QStringLiteral("/home/pm/OneDrive - Practice/consentdesk.sqlite"))
                    .contains(QStringLiteral("OneDrive")));
    EXPECT_TRUE(
        cd::storageWarning(QStringLiteral("/home/pm/Dropbox/practice.sqlite")).contains(QStringLiteral("cloud")));
    EXPECT_EQ(cd::storageWarning(QDir::temp().filePath(QStringLiteral("practice.sqlite"))), QString());
}

TEST(StorageWarning, AWindowsShareByItsUncPathIsANetworkShare)
{
    EXPECT_TRUE(cd::storageWarning(QStringLiteral("\\\\surgery-nas\\practice\\consentdesk.sqlite"))
                    .contains(QStringLiteral("network share")));
    EXPECT_TRUE(cd::storageWarning(QStringLiteral("//surgery-nas/practice/consentdesk.sqlite"))
                    .contains(QStringLiteral("network share")));
}

} // namespace
