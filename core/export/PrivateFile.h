#pragma once
// Files that hold patient data (exports, the rejects CSV, the audit export, PDFs): created owner-only (0600) under a
// temporary name in the target's folder, renamed into place only once whole, and never written through a symbolic
// link. A reader never sees half a file, and nobody else on the machine can read it at any moment.
#include "domain/Result.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace cd {

class PrivateFile
{
public:
    // Refuses (ErrorKind::Invalid, exit 2) a symbolic link at the target, a folder, or a folder that does not
    // exist; nothing is written then.
    static Result<std::unique_ptr<PrivateFile>> create(const QString& target);
    ~PrivateFile();
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;

    // Write here...
    QIODevice& device() { return m_temp; }
    // ...or give this name to a writer that opens files itself (QPrinter); the device is closed first.
    QString temporaryPath();
    // Flushes to disk and renames over the target. Without it the temporary file is removed and the target untouched.
    Status commit();

private:
    explicit PrivateFile(QString target);
    QString m_target;
    QTemporaryFile m_temp;
};

// The whole of bytes, as above.
Status writePrivateFile(const QString& target, const QByteArray& bytes);

} // namespace cd
