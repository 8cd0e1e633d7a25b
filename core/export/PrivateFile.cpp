#include "export/PrivateFile.h"

#include <QDir>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace cd {

namespace {

QString shortName(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

PrivateFile::PrivateFile(QString target)
    : m_target(std::move(target))
{
    const QFileInfo info(m_target);
    // A dot-name beside the target: same folder, so the rename is atomic and never crosses a file system.
    m_temp.setFileTemplate(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
}

PrivateFile::~PrivateFile() = default; // QTemporaryFile removes an uncommitted file

Result<std::unique_ptr<PrivateFile>> PrivateFile::create(const QString& target)
{
    if (target.trimmed().isEmpty()) {
        return invalid(QStringLiteral("No file name was given: say where to write."));
    }
    const QFileInfo info(target);
    if (info.isSymLink()) {
        return invalid(QStringLiteral("%1 is a symbolic link, and Consent Desk never writes patient data through one "
                                      "(it could point anywhere). Give the name of a real file, or a new one.")
                           .arg(shortName(target)));
    }
    if (info.isDir()) {
        return invalid(QStringLiteral("%1 is a folder: give a file name inside it.").arg(shortName(target)));
    }
    if (!info.absoluteDir().exists()) {
        return invalid(QStringLiteral("The folder %1 does not exist: create it first, or choose another.")
                           .arg(shortName(info.absolutePath())));
    }
    std::unique_ptr<PrivateFile> file(new PrivateFile(target));
    // QTemporaryFile creates its file owner-only (0600) and exclusively: it cannot be a link planted in advance.
    if (!file->m_temp.open()) {
        return invalid(QStringLiteral("%1 could not be written (%2): check you may write to the folder.")
                           .arg(shortName(target), file->m_temp.errorString()));
    }
    return file;
}

QString PrivateFile::temporaryPath()
{
    m_temp.close(); // the file stays (and stays 0600) until commit or destruction
    return m_temp.fileName();
}

Status PrivateFile::commit()
{
    const QString temp = m_temp.fileName();
    if (m_temp.isOpen()) {
        if (!m_temp.flush()) {
            return invalid(QStringLiteral("%1 could not be written (%2): check there is room on the disk.")
                               .arg(shortName(m_target), m_temp.errorString()));
        }
#ifdef Q_OS_UNIX
        ::fsync(m_temp.handle()); // on the disk before it takes the target's name
#endif
        m_temp.close();
    }
    // Checked again: a link planted since create() is replaced by rename(2), never followed, but say so rather than
    // quietly replace it.
    if (QFileInfo(m_target).isSymLink()) {
        return invalid(QStringLiteral("%1 became a symbolic link while it was being written: nothing was written "
                                      "there. Give the name of a real file.")
                           .arg(shortName(m_target)));
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
                            std::filesystem::path(m_target.toStdU16String()), error);
    if (error) {
        return invalid(QStringLiteral("%1 could not be written (%2): check you may write to it.")
                           .arg(shortName(m_target), QString::fromStdString(error.message())));
    }
    m_temp.setAutoRemove(false); // it has become the target
    return Done{};
}

Status writePrivateFile(const QString& target, const QByteArray& bytes)
{
    auto file = PrivateFile::create(target);
    if (!file) {
        return file.error();
    }
    if ((*file)->device().write(bytes) != bytes.size()) {
        return invalid(QStringLiteral("%1 could not be written (%2): check there is room on the disk.")
                           .arg(shortName(target), (*file)->device().errorString()));
    }
    return (*file)->commit();
}

} // namespace cd
