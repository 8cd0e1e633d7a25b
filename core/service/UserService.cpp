#include "service/UserService.h"
#include "service/Refusal.h"

#include "store/Database.h"
#include "store/ServerRoles.h"
#include "store/Stores.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace cd {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

const Clock& systemClock()
{
    static const SystemClock real;
    return real;
}

const QString kWrong = QStringLiteral("The user name or password is wrong (or the user is disabled). Check them and "
                                      "try again; a manager can reset a password.");

} // namespace

Status UserService::checkPassword(const QString& name, const QString& password)
{
    if (password.size() < 10) {
        return invalid(QStringLiteral("The password is too short: use at least 10 characters (a few words make a "
                                      "good one)."));
    }
    if (password.compare(name, Qt::CaseInsensitive) == 0) {
        return invalid(QStringLiteral("The password must not be the user's name."));
    }
    return Done{};
}

QString UserService::hash(const QString& password)
{
    if (!sodiumReady()) {
        return QString();
    }
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return QString(); // out of memory: refused below rather than stored weakly
    }
    return QString::fromLatin1(out);
}

bool UserService::verify(const QString& hash, const QString& password)
{
    if (!sodiumReady() || hash.isEmpty()) {
        return false;
    }
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

Status UserService::audit(const QString& user, Role role, const QString& action, const QString& details)
{
    return m_db.write([&]() -> Status {
        return AuditStore(m_db).append({m_clock.recordedNow(), user, role, action, 0, 0, details});
    });
}

Result<bool> UserService::hasUsers()
{
    if (onServer()) {
        return true; // a server's users are its logins, and someone has signed in as one
    }
    auto users = UserStore(m_db).all();
    if (!users) {
        return users.error();
    }
    if (!users->isEmpty()) {
        return true;
    }
    // A file that has ever had users never falls back to the operating-system user as manager: an emptied users
    // table (the sqlite3 tool) must not hand the practice to whoever opens it. The audit trail, sealed in its chain,
    // remembers every user added.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'user-add'")) || !q.next()) {
        return Error{ErrorKind::Database,
                     QStringLiteral("Could not read the audit trail: %1").arg(q.lastError().text())};
    }
    return q.value(0).toLongLong() > 0;
}

UserService::UserService(Database& db, const Clock& clock, const Clock* realTime)
    : m_db(db)
    , m_clock(clock)
    , m_realTime(realTime ? *realTime : systemClock())
{}

Result<Actor> UserService::signIn(const QString& name, const QString& password)
{
    if (onServer()) {
        return serverSignIn(name, password);
    }
    auto found = UserStore(m_db).find(name.trimmed());
    if (!found) {
        return found.error();
    }
    const std::optional<User>& user = *found;
    const QDateTime now = m_realTime.now().toUTC();
    // People type passwords into the name box: a name that is nobody's is never written down.
    const QString who = user ? user->name : QStringLiteral("unknown user");
    const Role role = user ? user->role : Role::Reception;
    const auto refused = [&](const QString& details, const QString& message) -> Result<Actor> {
        Q_UNUSED(audit(who, role, QStringLiteral("sign-in-failed"), details));
        return Error{ErrorKind::Forbidden, message};
    };

    if (user && user->lockedUntil.isValid() && now < user->lockedUntil) {
        const auto minutes = std::max<qint64>(1, (now.secsTo(user->lockedUntil) + 59) / 60);
        return refused(QStringLiteral("locked"),
                       QStringLiteral("This account is locked for %1 more minute(s) after %2 wrong passwords in a row. "
                                      "Wait, or ask a manager to unlock it (File > Users, or 'consentdesk-cli user "
                                      "unlock %3').")
                           .arg(minutes)
                           .arg(kLockAfter)
                           .arg(user->name));
    }
    if (user && user->nextTryAt.isValid() && now < user->nextTryAt) {
        const auto seconds = std::max<qint64>(1, now.secsTo(user->nextTryAt));
        return refused(
            QStringLiteral("too soon after %1 wrong passwords").arg(user->failedSignIns),
            QStringLiteral("Too many wrong passwords in a row: wait %1 second(s), then try again.").arg(seconds));
    }
    // The same Argon2id work whether or not the name is known or the user disabled: the time taken tells nothing.
    static const QString stranger = hash(QStringLiteral("no such user: the work of one sign-in"));
    const bool matches = verify(user ? user->passwordHash : stranger, password);
    if (!user || user->disabled || !matches) {
        if (!user || user->disabled) {
            return refused(user ? QStringLiteral("disabled") : QString(), kWrong);
        }
        const int failures = user->failedSignIns + 1;
        QDateTime nextTry;
        QDateTime lockedUntil;
        if (failures >= kLockAfter) {
            lockedUntil = now.addSecs(kLockMinutes * 60);
        } else if (failures >= kWaitAfter) {
            nextTry = now.addSecs(qint64{1} << (failures - kWaitAfter + 1)); // 2, 4, 8, 16, 32 seconds
        }
        Q_UNUSED(m_db.write([&]() -> Status {
            // A lock starts a fresh count: the next ten wrong passwords lock it again.
            if (auto done = UserStore(m_db).setSignInFailures(user->name, lockedUntil.isValid() ? 0 : failures, nextTry,
                                                              lockedUntil);
                !done) {
                return done;
            }
            auto store = AuditStore(m_db);
            if (auto done = store.append({m_clock.recordedNow(), who, role, QStringLiteral("sign-in-failed"), 0, 0,
                                          QStringLiteral("wrong password, %1 in a row").arg(failures)});
                !done) {
                return done;
            }
            if (!lockedUntil.isValid()) {
                return Done{};
            }
            return store.append(
                {m_clock.recordedNow(), who, role, QStringLiteral("account-locked"), 0, 0,
                 QStringLiteral("after %1 wrong passwords in a row, for %2 minutes").arg(failures).arg(kLockMinutes)});
        }));
        return Error{ErrorKind::Forbidden, kWrong};
    }
    const Actor actor{user->name, user->role};
    auto done = m_db.write([&]() -> Status {
        if (user->failedSignIns > 0 || user->nextTryAt.isValid() || user->lockedUntil.isValid()) {
            if (auto cleared = UserStore(m_db).setSignInFailures(user->name, 0, {}, {}); !cleared) {
                return cleared;
            }
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("sign-in"), 0, 0, QString()});
    });
    if (!done) {
        return done.error();
    }
    return actor;
}

Status UserService::unlock(const Actor& actor, const QString& name)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("user-unlock"),
                      QStringLiteral("Only a manager may unlock accounts."));
    }
    if (onServer()) {
        return Error{ErrorKind::Conflict, QStringLiteral("A practice server checks passwords itself and locks nobody: "
                                                         "nothing to unlock (a disabled user is enabled with 'user "
                                                         "enable').")};
    }
    return m_db.write([&]() -> Status {
        auto user = requireUser(name);
        if (!user) {
            return user.error();
        }
        if (user->failedSignIns == 0 && !user->lockedUntil.isValid() && !user->nextTryAt.isValid()) {
            return Error{ErrorKind::Conflict, QStringLiteral("%1 is not locked: nothing to unlock.").arg(user->name)};
        }
        if (auto done = UserStore(m_db).setSignInFailures(user->name, 0, {}, {}); !done) {
            return done;
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("user-unlock"), 0, 0, user->name});
    });
}

Result<qint64> UserService::insert(const Actor& actor, const QString& name, Role role, const QString& password,
                                   bool demo)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{1,63}$"));
    const QString trimmed = name.trimmed();
    if (!shape.match(trimmed).hasMatch()) {
        return invalid(QStringLiteral("\"%1\" is not a user name: use 2 to 64 letters, digits, dots, hyphens or "
                                      "underscores, e.g. j.smith.")
                           .arg(name));
    }
    if (auto ok = checkPassword(trimmed, password); !ok) {
        return ok.error();
    }
    if (onServer()) {
        return serverAdd(actor, trimmed, role, password, demo);
    }
    const QString hashed = hash(password);
    if (hashed.isEmpty()) {
        return Error{ErrorKind::Database, QStringLiteral("The password could not be hashed (not enough memory?): "
                                                         "nothing was saved; try again.")};
    }
    qint64 id = 0;
    auto written = m_db.write([&]() -> Status {
        auto existing = UserStore(m_db).find(trimmed);
        if (!existing) {
            return existing.error();
        }
        if (existing->has_value()) {
            return Error{ErrorKind::Conflict, QStringLiteral("There is already a user called %1.").arg(trimmed)};
        }
        auto inserted = UserStore(m_db).insert({0, trimmed, role, hashed, false, demo}, m_clock.recordedNow());
        if (!inserted) {
            return inserted.error();
        }
        id = *inserted;
        return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("user-add"), 0, 0,
                                        QStringLiteral("%1 (%2)").arg(trimmed, toString(role))});
    });
    if (!written) {
        return written.error();
    }
    return id;
}

Result<qint64> UserService::addFirstManager(const QString& name, const QString& password)
{
    if (onServer()) {
        return Error{ErrorKind::Conflict, QStringLiteral("On a practice server the first manager is made by the "
                                                         "server's owner with 'consentdesk-cli server-setup'.")};
    }
    auto any = hasUsers();
    if (!any) {
        return any.error();
    }
    if (*any) {
        return Error{ErrorKind::Conflict, QStringLiteral("This practice already has users: a manager adds more with "
                                                         "'consentdesk-cli user add'.")};
    }
    return insert({name.trimmed(), Role::Manager}, name, Role::Manager, password, false);
}

Result<qint64> UserService::addUser(const Actor& actor, const QString& name, Role role, const QString& password,
                                    bool demo)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("user-add"),
                      QStringLiteral("Only a manager may add users."));
    }
    return insert(actor, name, role, password, demo);
}

Status UserService::disable(const Actor& actor, const QString& name)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("user-disable"),
                      QStringLiteral("Only a manager may disable users."));
    }
    if (onServer()) {
        return serverChange(actor, QStringLiteral("user-disable"), name.trimmed(),
                            [&] { return ServerRoles(m_db).setMayLogIn(name.trimmed(), false); });
    }
    return m_db.write([&]() -> Status {
        UserStore store(m_db);
        auto user = store.find(name.trimmed());
        auto users = store.all();
        if (!user || !users) {
            return !user ? user.error() : users.error();
        }
        if (!user->has_value()) {
            return Error{ErrorKind::NotFound, QStringLiteral("There is no user called %1.").arg(name)};
        }
        const auto activeManagers = std::count_if(users->cbegin(), users->cend(),
                                                  [](const User& u) { return u.role == Role::Manager && !u.disabled; });
        if ((*user)->role == Role::Manager && !(*user)->disabled && activeManagers <= 1) {
            return Error{ErrorKind::Conflict, QStringLiteral("%1 is the last manager: add another manager first, or "
                                                             "nobody could manage the practice.")
                                                  .arg(name)};
        }
        if (auto done = store.setDisabled((*user)->name, true); !done) {
            return done;
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("user-disable"), 0, 0, (*user)->name});
    });
}

Result<User> UserService::requireUser(const QString& name)
{
    auto user = UserStore(m_db).find(name.trimmed());
    if (!user) {
        return user.error();
    }
    if (!user->has_value()) {
        return Error{ErrorKind::NotFound, QStringLiteral("There is no user called %1.").arg(name.trimmed())};
    }
    return **user;
}

Status UserService::enable(const Actor& actor, const QString& name)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("user-enable"),
                      QStringLiteral("Only a manager may enable users."));
    }
    if (onServer()) {
        return serverChange(actor, QStringLiteral("user-enable"), name.trimmed(),
                            [&] { return ServerRoles(m_db).setMayLogIn(name.trimmed(), true); });
    }
    return m_db.write([&]() -> Status {
        auto user = requireUser(name);
        if (!user) {
            return user.error();
        }
        if (!user->disabled) {
            return Error{ErrorKind::Conflict, QStringLiteral("%1 is not disabled: nothing to enable.").arg(user->name)};
        }
        if (auto done = UserStore(m_db).setDisabled(user->name, false); !done) {
            return done;
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("user-enable"), 0, 0, user->name});
    });
}

Status UserService::resetPassword(const Actor& actor, const QString& name, const QString& newPassword)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("user-reset"),
                      QStringLiteral("Only a manager may reset passwords."));
    }
    if (auto ok = checkPassword(name.trimmed(), newPassword); !ok) {
        return ok;
    }
    if (onServer()) {
        return serverChange(actor, QStringLiteral("user-reset"), name.trimmed(),
                            [&] { return ServerRoles(m_db).resetPassword(name.trimmed(), newPassword); });
    }
    const QString hashed = hash(newPassword);
    if (hashed.isEmpty()) {
        return Error{ErrorKind::Database, QStringLiteral("The password could not be hashed (not enough memory?): "
                                                         "nothing was saved; try again.")};
    }
    return m_db.write([&]() -> Status {
        auto user = requireUser(name);
        if (!user) {
            return user.error();
        }
        if (auto done = UserStore(m_db).setPassword(user->name, hashed, true); !done) {
            return done;
        }
        if (auto done = UserStore(m_db).setSignInFailures(user->name, 0, {}, {}); !done) { // a new start
            return done;
        }
        // The password itself is never in the audit trail: only that it was reset, by whom.
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("user-reset"), 0, 0, user->name});
    });
}

Status UserService::changeOwnPassword(const Actor& actor, const QString& newPassword)
{
    if (auto ok = checkPassword(actor.user, newPassword); !ok) {
        return ok;
    }
    if (onServer()) {
        return serverChange(actor, QStringLiteral("user-password"), QString(),
                            [&] { return ServerRoles(m_db).changeOwnPassword(actor.user, newPassword); });
    }
    const QString hashed = hash(newPassword);
    if (hashed.isEmpty()) {
        return Error{ErrorKind::Database, QStringLiteral("The password could not be hashed (not enough memory?): "
                                                         "nothing was saved; try again.")};
    }
    return m_db.write([&]() -> Status {
        auto user = requireUser(actor.user);
        if (!user) {
            return user.error();
        }
        if (user->disabled) {
            return Error{ErrorKind::Forbidden, QStringLiteral("%1 is disabled: ask a manager.").arg(user->name)};
        }
        if (verify(user->passwordHash, newPassword)) {
            return invalid(QStringLiteral("That is the password you have now: choose a new one."));
        }
        if (auto done = UserStore(m_db).setPassword(user->name, hashed, false); !done) {
            return done;
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("user-password"), 0, 0, QString()});
    });
}

Result<bool> UserService::mustChangePassword(const QString& name)
{
    auto user = UserStore(m_db).find(name.trimmed());
    if (!user) {
        return user.error();
    }
    return user->has_value() && (*user)->mustChangePassword;
}

Result<QList<User>> UserService::list(const Actor& actor)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("user-list"),
                      QStringLiteral("Only a manager may list the users."));
    }
    return onServer() ? serverList() : UserStore(m_db).all();
}

} // namespace cd
