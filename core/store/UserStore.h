#pragma once

#include "domain/ConsentEvent.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace cd {

class Database;

struct User
{
    qint64 id = 0;
    QString name;
    Role role = Role::Reception;
    QString passwordHash; // Argon2id, libsodium's crypto_pwhash_str form; never the password
    bool disabled = false;
    bool demo = false;
    bool mustChangePassword = false; // reset by a manager: the user sets their own at the next sign-in
    int failedSignIns = 0;           // wrong passwords in a row since the last sign-in
    QDateTime nextTryAt{};           // after the fifth, no try is taken before this (UTC); invalid when none
    QDateTime lockedUntil{};         // after the tenth, locked until this (UTC), even for the right password
    QString dbRole{};                // on a practice server: the login role the server knows them by
    QString dbGroup{};               // on a practice server: the practice's group role they are a member of
};

// The users table: people who sign in, with their role.
class UserStore
{
public:
    explicit UserStore(Database& db)
        : m_db(db)
    {}
    Result<qint64> insert(const User& user, const QDateTime& at);
    Result<std::optional<User>> find(const QString& name);
    Result<QList<User>> all();
    Result<qint64> countActive();
    Status setDisabled(const QString& name, bool disabled);
    Status setPassword(const QString& name, const QString& passwordHash, bool mustChange);
    // The failed sign-ins in a row, the earliest next try and the lock (invalid times clear them).
    Status setSignInFailures(const QString& name, int failures, const QDateTime& nextTryAt,
                             const QDateTime& lockedUntil);

private:
    Database& m_db;
};

} // namespace cd
