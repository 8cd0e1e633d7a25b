#pragma once

#include <QString>

namespace cd {

// The SQLite library in use (the About box), e.g. "3.40.1".
QString sqliteLibraryVersion();

} // namespace cd
