#include "service/Actor.h"

namespace cd {

QString operatingSystemUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        if (const QString user = qEnvironmentVariable(name); !user.isEmpty()) {
            return user;
        }
    }
    return QStringLiteral("unknown");
}

} // namespace cd
