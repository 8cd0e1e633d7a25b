// Files that hold patient data: owner-only from the first byte, whole or not at all, never through a symlink.
#include "export/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace {

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void put(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

unsigned modeOf(const QString& path)
{
    struct stat st
    {
    };
    EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &st), 0);
    return st.st_mode & 0777U;
}

// Nothing but the named files: no temporary file left behind.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

class PrivateFileTest : public ::testing::Test
{
protected:
    QTemporaryDir dir;
    QString at(const char* name) const { return dir.filePath(QLatin1String(name)); }
};

TEST_F(PrivateFileTest, IsOwnerOnlyAndWhole)
{
    ASSERT_TRUE(cd::writePrivateFile(at("export.csv"), "a,b\r\n1,2\r\n").ok());
    EXPECT_EQ(contents(at("export.csv")), QByteArray("a,b\r\n1,2\r\n"));
    EXPECT_EQ(modeOf(at("export.csv")), 0600U);
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("export.csv")});
}

TEST_F(PrivateFileTest, AWorldReadableFileIsReplacedByAnOwnerOnlyOne)
{
    put(at("old.csv"), "yesterday's list");
    ASSERT_EQ(::chmod(QFile::encodeName(at("old.csv")).constData(), 0644), 0);
    ASSERT_TRUE(cd::writePrivateFile(at("old.csv"), "today's list").ok());
    EXPECT_EQ(contents(at("old.csv")), QByteArray("today's list"));
    EXPECT_EQ(modeOf(at("old.csv")), 0600U);
}

TEST_F(PrivateFileTest, ASymlinkAtTheTargetIsRefusedAndNothingIsWritten)
{
    put(at("elsewhere.txt"), "not yours");
    ASSERT_TRUE(QFile::link(at("elsewhere.txt"), at("export.csv")));
    auto written = cd::writePrivateFile(at("export.csv"), "patients");
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().kind, cd::ErrorKind::Invalid); // exit 2
    EXPECT_TRUE(written.error().message.contains(QStringLiteral("symbolic link")))
        << qPrintable(written.error().message);
    EXPECT_EQ(contents(at("elsewhere.txt")), QByteArray("not yours"));
    EXPECT_TRUE(QFileInfo(at("export.csv")).isSymLink());
    EXPECT_EQ(entries(dir.path()).size(), 2); // the link and its target: no temporary file
}

TEST_F(PrivateFileTest, ADanglingSymlinkIsRefusedAndNotCreatedThrough)
{
    ASSERT_TRUE(QFile::link(at("would-be-created.txt"), at("export.csv")));
    EXPECT_FALSE(cd::writePrivateFile(at("export.csv"), "patients").ok());
    EXPECT_FALSE(QFileInfo::exists(at("would-be-created.txt")));
}

TEST_F(PrivateFileTest, AFolderOrAMissingFolderIsRefusedWithWhatToDo)
{
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    auto folder = cd::writePrivateFile(at("sub"), "x");
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().message.contains(QStringLiteral("is a folder")));
    auto missing = cd::writePrivateFile(at("no-such-folder/export.csv"), "x");
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("does not exist")));
}

TEST_F(PrivateFileTest, WithoutCommitTheOldFileStaysAndNoTemporaryIsLeft)
{
    put(at("report.pdf"), "last month's report");
    {
        auto file = cd::PrivateFile::create(at("report.pdf"));
        ASSERT_TRUE(file.ok());
        (*file)->device().write("half a rep");
        EXPECT_EQ(modeOf((*file)->temporaryPath()), 0600U); // owner-only before a byte of it is complete
    }                                                       // abandoned: the writer failed part way
    EXPECT_EQ(contents(at("report.pdf")), QByteArray("last month's report"));
    EXPECT_EQ(entries(dir.path()), QStringList{QStringLiteral("report.pdf")});
}

TEST_F(PrivateFileTest, AWriterThatTakesAFileNameGetsTheTemporaryOne)
{
    auto file = cd::PrivateFile::create(at("list.pdf"));
    ASSERT_TRUE(file.ok());
    const QString temp = (*file)->temporaryPath();
    EXPECT_EQ(QFileInfo(temp).absolutePath(), QFileInfo(at("list.pdf")).absolutePath()); // same folder: atomic rename
    put(temp, "%PDF-1.4");                                                               // as QPrinter would, by name
    ASSERT_TRUE((*file)->commit().ok());
    EXPECT_EQ(contents(at("list.pdf")), QByteArray("%PDF-1.4"));
    EXPECT_EQ(modeOf(at("list.pdf")), 0600U);
    EXPECT_FALSE(QFileInfo::exists(temp));
}

} // namespace
