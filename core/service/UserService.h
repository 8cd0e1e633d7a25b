#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"
#include "store/UserStore.h"

#include <functional>

namespace cd {

class Database;

// Who may sign in, and signing in. Passwords are hashed with Argon2id through libsodium (crypto_pwhash_str, the
// INTERACTIVE limits: a fraction of a second and 64 MiB per sign-in), never stored or logged in clear. Every
// sign-in, failed sign-in and change to the users is audited.
class UserService
{
public:
    // realTime times the waits and locks after failed sign-ins: the real clock, never --as-of or a view date, which a
    // user chooses (tests pass their own).
    UserService(Database& db, const Clock& clock, const Clock* realTime = nullptr);

    // After this many wrong passwords in a row each further try waits longer; after kLockAfter the account is locked
    // for kLockMinutes, even for the right password, unless a manager unlocks it.
    static constexpr int kWaitAfter = 5;
    static constexpr int kLockAfter = 10;
    static constexpr int kLockMinutes = 15;

    // A database with no users yet is worked as the operating-system user, manager (INTERFACES.md, sign-in).
    Result<bool> hasUsers();
    // The user, if the name and password match an active, unlocked user. An unknown or disabled name costs the same
    // Argon2id work as a wrong password and gets the same message; the audit names the user only when known.
    Result<Actor> signIn(const QString& name, const QString& password);
    // A manager lifts the lock (and the count of failures) from an account.
    Status unlock(const Actor& actor, const QString& name);
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

    // On a practice server: who this connection is, as the server sees them (the login and its group's role; the
    // tables' owner acts as a manager). Refused for a login that is none of the practice's people.
    Result<Actor> serverActor();
    // serverActor() for a connection just made (a command, the desk's start): its sign-in goes in the audit trail.
    Result<Actor> serverSession();

private:
    // A practice server's logins are its users (UserServiceServer.cpp): the server checks every password and keeps
    // no hash of the desk's.
    [[nodiscard]] bool onServer() const;
    Result<Actor> serverSignIn(const QString& name, const QString& password);
    Result<qint64> serverAdd(const Actor& actor, const QString& name, Role role, const QString& password, bool demo);
    Status serverChange(const Actor& actor, const QString& action, const QString& details,
                        const std::function<Status()>& change);
    Result<QList<User>> serverList();
    Status audit(const QString& user, Role role, const QString& action, const QString& details);
    // Finds the named user for a manager's change, inside the caller's transaction.
    Result<User> requireUser(const QString& name);
    Result<qint64> insert(const Actor& actor, const QString& name, Role role, const QString& password, bool demo);

    Database& m_db;
    const Clock& m_clock;
    const Clock& m_realTime;
};

} // namespace cd
