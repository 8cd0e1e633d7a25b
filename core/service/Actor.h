#pragma once

#include "domain/Permissions.h"

#include <QString>

namespace cd {

// Who is acting: the signed-in user, or on a practice server the login the server knows them by.
struct Actor
{
    QString user;
    Role role = Role::Reception;
};

// The operating-system user (USER, LOGNAME or USERNAME), for a database with no users yet.
QString operatingSystemUser();

} // namespace cd
