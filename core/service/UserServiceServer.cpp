// UserService on a practice server: each user is a login role of the server, in one of the practice's group roles.
// Adding, disabling, enabling and resetting go through the manager-only functions of schema 10 (ServerRoles); the
// desk's own checks stay in front of them, and each change is audited in the same transaction.
#include "service/UserService.h"

#include "service/Refusal.h"
#include "store/Database.h"
#include "store/ServerRoles.h"
#include "store/Stores.h"

namespace cd {

bool UserService::onServer() const
{
    return m_db.engine() == Engine::PostgreSQL;
}

Result<Actor> UserService::serverActor()
{
    auto login = ServerRoles(m_db).whoAmI();
    if (!login) {
        return login.error();
    }
    if (login->role) {
        return Actor{login->name, *login->role};
    }
    if (login->administrator) {
        return Actor{login->name, Role::Manager}; // the owner, who could change any of it anyway
    }
    return Error{ErrorKind::Forbidden,
                 QStringLiteral("%1 is a login on this server but not one of this practice's users: ask a manager to "
                                "add you ('consentdesk-cli user add').")
                     .arg(login->name)};
}

Result<Actor> UserService::serverSignIn(const QString& name, const QString& password)
{
    if (auto connected = m_db.signInAs(name, password); !connected) {
        return connected.error();
    }
    return serverSession();
}

Result<Actor> UserService::serverSession()
{
    auto actor = serverActor();
    if (!actor) {
        return actor.error();
    }
    if (auto audited = audit(actor->user, actor->role, QStringLiteral("sign-in"), QString()); !audited) {
        return audited.error();
    }
    return *actor;
}

Result<qint64> UserService::serverAdd(const Actor& actor, const QString& name, Role role, const QString& password,
                                      bool demo)
{
    qint64 id = 0;
    auto written = m_db.write([&]() -> Status {
        auto added = ServerRoles(m_db).addPerson(name, role, password, demo);
        if (!added) {
            return added.error();
        }
        id = *added;
        return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("user-add"), 0, 0,
                                        QStringLiteral("%1 (%2)").arg(name, toString(role))});
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Status UserService::serverChange(const Actor& actor, const QString& action, const QString& details,
                                 const std::function<Status()>& change)
{
    return m_db.write([&]() -> Status {
        if (auto done = change(); !done) {
            return done;
        }
        return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role, action, 0, 0, details});
    });
}

Result<QList<User>> UserService::serverList()
{
    auto users = UserStore(m_db).all();
    auto people = ServerRoles(m_db).people();
    if (!users || !people) {
        return !users ? users.error() : people.error();
    }
    QList<User> listed = *users;
    for (User& user : listed) {
        if (const auto it = people->constFind(user.name); it != people->cend()) {
            user.dbRole = user.name;
            user.dbGroup = it->group;
            user.role = it->role; // the server's word on the role, should the two ever differ
            user.disabled = !it->mayLogIn;
        } else {
            user.disabled = true; // no login of this practice: nobody can sign in as them
        }
    }
    return listed;
}

} // namespace cd
