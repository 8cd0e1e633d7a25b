#pragma once

#include "domain/ConsentEvent.h"
#include "domain/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

class Database;

// A practice server's own enforcement of who may do what (PostgreSQL only; schema 10). Each person is a login role
// of the server and a member of one of the practice's three group roles; the groups' grants and the event
// permissions the insert trigger checks are written from the code's permission table (domain/Permissions.h), so the
// desk and the server cannot disagree. Passwords reach the server only as SCRAM-SHA-256 verifiers made here by libpq.
class ServerRoles
{
public:
    explicit ServerRoles(Database& db)
        : m_db(db)
    {}

    // Who this connection is on the server.
    struct Login
    {
        QString name;
        std::optional<Role> role{}; // from its group in this practice; none when it is in no group
        bool administrator = false; // the tables' owner or a superuser: the server holds it to nothing
        bool mayCreateRoles = false;
    };
    Result<Login> whoAmI();

    // The practice's group role for each role, as the server names it (database and schema).
    Result<QString> groupName(Role role);

    // Writes event_permissions from the permission table, inside the caller's transaction (owner only).
    Status writeEventPermissions();
    // Creates the three group roles if missing and grants each exactly what the permission table gives its role,
    // inside the caller's transaction (the owner, with CREATEROLE). Returns the groups it created.
    Result<QStringList> setUpGroups();
    // The groups, their members, grants and the event permissions as text: equal before and after a set-up that
    // changed nothing.
    Result<QString> snapshot();

    // A person of this practice: their login, group role and whether the server lets them log in.
    struct Person
    {
        Role role = Role::Reception;
        QString group;
        bool mayLogIn = false;
    };
    Result<QHash<QString, Person>> people();
    // Whether a login of this name exists anywhere on the server (another practice's, the server's own).
    Result<bool> loginExists(const QString& name);

    // The SCRAM-SHA-256 verifier of a password, made on the client by libpq (PQencryptPasswordConn).
    Result<QString> verifier(const QString& login, const QString& password);
    // Through the manager-only functions of schema 10, inside the caller's transaction.
    Result<qint64> addPerson(const QString& name, Role role, const QString& password, bool demo);
    Status setMayLogIn(const QString& name, bool mayLogIn);
    Status resetPassword(const QString& name, const QString& password);
    Status changeOwnPassword(const QString& name, const QString& password);
    // The owner sets a login's password directly (server-setup's first manager): no change is asked of them.
    Status setPassword(const QString& name, const QString& password);
    // A login for a user a practice brought with it (copy --to), in their group, with no password until a manager
    // resets one (owner only).
    Status adoptUser(const QString& name, Role role);

private:
    Database& m_db;
};

} // namespace cd
