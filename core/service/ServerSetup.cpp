#include "service/ServerSetup.h"

#include "service/UserService.h"
#include "store/Database.h"
#include "store/SchemaCheck.h"
#include "store/ServerRoles.h"
#include "store/Sql.h"
#include "store/Stores.h"

#include <QSqlQuery>

#include <algorithm>

namespace cd {
Result<bool> ServerSetup::managerMissing(const QString& manager)
{
    auto people = ServerRoles(m_db).people();
    if (!people) {
        return people.error();
    }
    const auto it = people->constFind(manager);
    return it == people->cend() || it->role != Role::Manager;
}

Result<ServerSetupOutcome> ServerSetup::run(const ServerSetupCommand& command)
{
    if (m_db.engine() != Engine::PostgreSQL) {
        return invalid(QStringLiteral("server-setup sets up a practice on a PostgreSQL server; a practice file is set "
                                      "up with 'consentdesk-cli init'."));
    }
    ServerRoles roles(m_db);
    auto login = roles.whoAmI();
    if (!login) {
        return login.error();
    }
    if (!login->administrator || !login->mayCreateRoles) {
        return Error{ErrorKind::Forbidden,
                     QStringLiteral("server-setup is run by the database's owner, a role that may create roles "
                                    "(CREATEROLE); %1 is not. Nothing was changed.")
                         .arg(login->name)};
    }
    ServerSetupOutcome outcome;
    outcome.owner = login->name;
    const Actor owner{login->name, Role::Manager};

    auto existing = PracticeStore(m_db).practice();
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        outcome.practice = **existing;
        if (!command.practice.code.isEmpty() &&
            outcome.practice.code.compare(command.practice.code.trimmed(), Qt::CaseInsensitive) != 0) {
            return Error{ErrorKind::Conflict,
                         QStringLiteral("This database holds practice %1, not %2: check --db (and its ?schema=). "
                                        "Nothing was changed.")
                             .arg(outcome.practice.code, command.practice.code.trimmed())};
        }
    } else {
        auto made = PracticeService(m_db, m_clock).init(owner, command.practice);
        if (!made) {
            return made.error();
        }
        outcome.practice = *made;
        outcome.practiceCreated = true;
    }

    // This version's schema, for a manager's verify (a desk login may not make the probe schema it compares with).
    if (auto recorded = recordExpectedSchema(m_db); !recorded) {
        return recorded.error();
    }
    auto before = roles.snapshot();
    if (!before) {
        return before.error();
    }
    const Status written = m_db.write([&]() -> Status {
        auto created = roles.setUpGroups();
        if (!created) {
            return created.error();
        }
        outcome.groupsCreated = *created;
        for (const Role role : {Role::Reception, Role::Clinician, Role::Manager}) {
            auto name = roles.groupName(role);
            if (!name) {
                return name.error();
            }
            outcome.groups.insert(role, *name);
        }
        auto people = roles.people();
        auto users = UserStore(m_db).all();
        if (!people || !users) {
            return !people ? people.error() : users.error();
        }
        // The first manager.
        const QString manager = command.manager.trimmed();
        const auto person = people->constFind(manager);
        if (person == people->cend()) {
            auto taken = roles.loginExists(manager);
            if (!taken) {
                return taken.error();
            }
            if (*taken) {
                return Error{ErrorKind::Conflict,
                             QStringLiteral("A login called %1 already exists on this server and is not one of this "
                                            "practice's people: choose another --manager name. Nothing was changed.")
                                 .arg(manager)};
            }
            if (command.managerPassword.isNull()) {
                return invalid(QStringLiteral("Give the new manager's password in CONSENTDESK_NEW_PASSWORD."));
            }
            if (auto strong = UserService::checkPassword(manager, command.managerPassword); !strong) {
                return strong;
            }
            const bool listed =
                std::any_of(users->cbegin(), users->cend(), [&](const User& u) { return u.name == manager; });
            if (listed) {
                if (auto adopted = roles.adoptUser(manager, Role::Manager); !adopted) {
                    return adopted;
                }
                if (auto set = roles.setPassword(manager, command.managerPassword); !set) {
                    return set;
                }
            } else if (auto added = roles.addPerson(manager, Role::Manager, command.managerPassword, false); !added) {
                return added.error();
            }
            outcome.managerCreated = true;
        } else if (person->role != Role::Manager) {
            return Error{ErrorKind::Conflict, QStringLiteral("%1 is this practice's %2, not a manager: choose another "
                                                             "--manager name. Nothing was changed.")
                                                  .arg(manager, toString(person->role))};
        }
        // Users a practice file brought with it: a login each, in their group, with no password until a manager
        // resets one. The desk's password hashes are not kept on a server.
        for (const User& user : *users) {
            if (user.name == manager || people->contains(user.name)) {
                continue;
            }
            auto taken = roles.loginExists(user.name);
            if (!taken) {
                return taken.error();
            }
            if (*taken) {
                outcome.skipped << user.name;
                continue;
            }
            if (auto adopted = roles.adoptUser(user.name, user.role); !adopted) {
                return adopted;
            }
            if (user.disabled) {
                if (auto off = roles.setMayLogIn(user.name, false); !off) {
                    return off;
                }
            }
            outcome.adopted << user.name;
        }
        QSqlQuery clear(m_db.connection());
        if (!clear.exec(QStringLiteral("UPDATE users SET password_hash = NULL WHERE password_hash IS NOT NULL"))) {
            return sql::toError(clear.lastError(), QStringLiteral("clear the desk's password hashes"));
        }
        outcome.changed = clear.numRowsAffected() > 0;
        auto after = roles.snapshot();
        if (!after) {
            return after.error();
        }
        outcome.changed = outcome.changed || *after != *before || outcome.practiceCreated || outcome.managerCreated;
        if (!outcome.changed) {
            return Done{};
        }
        // The first manager is added as any user is (verify finds each user's addition in the audit trail).
        if (outcome.managerCreated) {
            if (auto added =
                    AuditStore(m_db).append({m_clock.recordedNow(), owner.user, owner.role, QStringLiteral("user-add"),
                                             0, 0, QStringLiteral("%1 (%2)").arg(manager, toString(Role::Manager))});
                !added) {
                return added;
            }
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), owner.user, owner.role, QStringLiteral("server-setup"), 0, 0,
             QStringLiteral("groups %1%2%3")
                 .arg(outcome.groups.values().join(QStringLiteral(", ")),
                      outcome.managerCreated ? QStringLiteral("; first manager %1").arg(manager) : QString(),
                      outcome.adopted.isEmpty()
                          ? QString()
                          : QStringLiteral("; logins for %1").arg(outcome.adopted.join(QStringLiteral(", "))))});
    });
    if (!written) {
        return written.error();
    }
    return outcome;
}

} // namespace cd
