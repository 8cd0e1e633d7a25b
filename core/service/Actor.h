#pragma once

#include "domain/ConsentEvent.h"

#include <QString>

namespace cd {

// Who is acting. Until sign-in lands (the access issue) the CLI acts as the operating-system user, manager.
struct Actor
{
    QString user;
    Role role = Role::Reception;
};

// What each role may do; enforced in the services, not only by hiding buttons.
enum class Permission {
    RecordForms,
    ReviewChoices,
    VoidEvents,
    ManagePractice,
    ExportIdentifiable, // lists that name patients (the coding worklist, FHIR): GPs and managers
};

bool allows(Role role, Permission permission);

// The operating-system user (USER, LOGNAME or USERNAME), until sign-in names the person.
QString operatingSystemUser();

} // namespace cd
