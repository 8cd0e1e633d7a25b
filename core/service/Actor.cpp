#include "service/Actor.h"

namespace cd {

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::RecordForms:
        return true;
    case Permission::ReviewChoices:
        return role == Role::Clinician || role == Role::Manager;
    case Permission::VoidEvents:
    case Permission::ManagePractice:
        return role == Role::Manager;
    }
    return false;
}

} // namespace cd
