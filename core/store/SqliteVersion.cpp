#include "store/SqliteVersion.h"

#include <sqlite3.h>

namespace cd {

QString sqliteLibraryVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace cd
