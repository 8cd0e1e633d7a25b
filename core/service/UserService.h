#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"
#include "store/UserStore.h"

namespace cd {

class Database;

// Who may sign in, and signing in. Passwords are hashed with Argon2id through libsodium (crypto_pwhash_str, the
// INTERACTIVE limits: a fraction of a second and 64 MiB per sign-in), never stored or logged in clear. Every
// sign-in, failed sign-in and change to the users is audited.
class UserService
{
public:
    UserService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // A database with no users yet is worked as the operating-system user, manager (INTERFACES.md, sign-in).
    Result<bool> hasUsers();
    // The user, if the name and password match an active user; the same message for every failure, audited.
    Result<Actor> signIn(const QString& name, const QString& password);
    // The first manager of a database with no users (init --manager, the desk's first start).
    Result<qint64> addFirstManager(const QString& name, const QString& password);
    Result<qint64> addUser(const Actor& actor, const QString& name, Role role, const QString& password,
                           bool demo = false);
    Status disable(const Actor& actor, const QString& name);
    // A disabled user may sign in again (manager).
    Status enable(const Actor& actor, const QString& name);
    // A manager sets a new password for someone who forgot theirs; they must change it at their next sign-in.
    Status resetPassword(const Actor& actor, const QString& name, const QString& newPassword);
    // The signed-in user sets their own password (after signing in with the old one, or the one a manager reset).
    Status changeOwnPassword(const Actor& actor, const QString& newPassword);
    // Whether the user's password was reset and must be changed before they work.
    Result<bool> mustChangePassword(const QString& name);
    Result<QList<User>> list(const Actor& actor);

    // At least 10 characters, and not the user's name.
    static Status checkPassword(const QString& name, const QString& password);
    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);

private:
    Status audit(const QString& user, Role role, const QString& action, const QString& details);
    // Finds the named user for a manager's change, inside the caller's transaction.
    Result<User> requireUser(const QString& name);
    Result<qint64> insert(const Actor& actor, const QString& name, Role role, const QString& password, bool demo);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace cd
