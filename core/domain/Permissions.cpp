#include "domain/Permissions.h"

#include <array>

namespace cd {
namespace {

// reception, clinician, manager
constexpr std::array kPermissions = {
    PermissionRule{Permission::RecordForms, "record-forms", true, true, true},
    PermissionRule{Permission::ReviewChoices, "review-choices", false, true, true},
    PermissionRule{Permission::ExportIdentifiable, "export-identifiable", false, true, true},
    PermissionRule{Permission::VoidEvents, "void-events", false, false, true},
    PermissionRule{Permission::ManagePractice, "manage-practice", false, false, true},
    PermissionRule{Permission::RegisterPatients, "register-patients", false, false, true},
};

// The event and audit tables are everyone's to insert into; the server's trigger then checks each row's type and
// stamps who and when. The derived state is re-derivable (verify --repair), so every desk may rewrite it.
constexpr std::array kTableWrites = {
    TableWrite{"consent_events", "INSERT", std::nullopt},
    TableWrite{"audit_log", "INSERT", std::nullopt},
    TableWrite{"chain_heads", "UPDATE", std::nullopt},
    TableWrite{"state_segments", "INSERT, UPDATE, DELETE", std::nullopt},
    TableWrite{"patients", "INSERT, UPDATE", Permission::RegisterPatients},
    TableWrite{"mailout_batches", "INSERT", Permission::ManagePractice},
    TableWrite{"settings", "INSERT, UPDATE, DELETE", Permission::ManagePractice},
    TableWrite{"practice", "UPDATE", Permission::ManagePractice},
    TableWrite{"milestones", "INSERT, UPDATE, DELETE", Permission::ManagePractice},
    TableWrite{"reference_figures", "INSERT, UPDATE, DELETE", Permission::ManagePractice},
};

} // namespace

std::span<const PermissionRule> permissionTable()
{
    return kPermissions;
}

std::span<const TableWrite> tableWrites()
{
    return kTableWrites;
}

bool allows(Role role, Permission permission)
{
    for (const PermissionRule& rule : kPermissions) {
        if (rule.permission == permission) {
            switch (role) {
            case Role::Reception:
                return rule.reception;
            case Role::Clinician:
                return rule.clinician;
            case Role::Manager:
                return rule.manager;
            }
        }
    }
    return false;
}

Permission permissionToRecord(EventType type)
{
    switch (type) {
    case EventType::Registered:
    case EventType::Left:
        return Permission::RegisterPatients;
    case EventType::PackSent:
        return Permission::ManagePractice;
    case EventType::LetterReturned:
    case EventType::Choice:
    case EventType::Coded:
        return Permission::RecordForms;
    case EventType::GpReview:
    case EventType::CodeRemoved:
        return Permission::ReviewChoices;
    case EventType::Void:
        return Permission::VoidEvents;
    }
    return Permission::ManagePractice;
}

QString permissionName(Permission permission)
{
    for (const PermissionRule& rule : kPermissions) {
        if (rule.permission == permission) {
            return QString::fromLatin1(rule.name);
        }
    }
    return QString();
}

} // namespace cd
