#include "service/Actor.h"

namespace cd {

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::RecordForms:
        return true;
    case Permission::ReviewChoices:
    case Permission::ExportIdentifiable:
        return role == Role::Clinician || role == Role::Manager;
    case Permission::VoidEvents:
    case Permission::ManagePractice:
        return role == Role::Manager;
    }
    return false;
}

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
