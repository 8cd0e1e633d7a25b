#pragma once

#include "domain/ConsentEvent.h"

#include <QString>

#include <optional>
#include <span>

namespace cd {

// What each role may do; enforced in the services, not only by hiding buttons, and on a practice server by the
// server itself (ServerRoles turns the same table into grants and the insert trigger's event permissions).
enum class Permission {
    RecordForms,        // forms, returned letters, codings
    ReviewChoices,      // a GP's review, a code taken out of the clinical record
    VoidEvents,         // setting a mistaken event aside
    ManagePractice,     // users, settings, mail-outs, the timeline, backups, exports of the whole practice
    ExportIdentifiable, // lists that name patients (the coding worklist, FHIR): GPs and managers
    RegisterPatients,   // patients joining or leaving the list (the register import, a desk registration)
};

// One row of the permission table: the permission's name (as the server stores it) and the roles that hold it.
struct PermissionRule
{
    Permission permission = Permission::RecordForms;
    const char* name = "";
    bool reception = false;
    bool clinician = false;
    bool manager = false;
};

// The one source of who may do what: allows(), the server's grants and its event permissions all come from here.
std::span<const PermissionRule> permissionTable();

// A table the desks write, the privileges the writing takes, and the permission that grants them (nullopt: every
// role, e.g. the audit trail, which the server stamps and checks row by row).
struct TableWrite
{
    const char* table = "";
    const char* privileges = "";
    std::optional<Permission> permission{};
};
std::span<const TableWrite> tableWrites();

bool allows(Role role, Permission permission);
// The permission that recording an event of this type takes.
Permission permissionToRecord(EventType type);
QString permissionName(Permission permission);

} // namespace cd
