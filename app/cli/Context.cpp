#include "Cli.h"

#include "domain/Dates.h"
#include "service/BackupService.h"
#include "service/PracticeService.h"
#include "service/UserService.h"
#include "store/Database.h"
#include "store/Stores.h"

namespace cd::cli {

Database* Context::open(bool create, int& exit)
{
    if (!m_db) {
        const auto mode = create ? Database::Mode::CreateIfMissing : Database::Mode::MustExist;
        // On a server the connection is the sign-in: --user (or CONSENTDESK_USER) is the login, and its password is
        // CONSENTDESK_PASSWORD, else CONSENTDESK_DB_PASSWORD, PGPASSWORD or ~/.pgpass, else a prompt on a terminal.
        ServerLogin login{requestedUser};
        if (qEnvironmentVariableIsSet("CONSENTDESK_PASSWORD")) {
            login.password = qEnvironmentVariable("CONSENTDESK_PASSWORD");
        }
        auto db = Database::open(dbPath, mode, login);
        if (!db && db.error().kind == ErrorKind::Forbidden && !login.password) {
            const QString user = requestedUser.isEmpty() ? QStringLiteral("the server") : requestedUser;
            login.password = readPassword("CONSENTDESK_PASSWORD", QStringLiteral("Password for %1: ").arg(user), err);
            if (!login.password->isNull()) {
                db = Database::open(dbPath, mode, login);
            }
        }
        if (!db) {
            exit = fail(db.error());
            return nullptr;
        }
        m_db = std::move(db).value();
        if (m_db->engine() == Engine::PostgreSQL && create) {
            actor.user = m_db->target().user; // init, demo and server-setup on a server act as the login itself
        }
        if (m_db->engine() == Engine::SQLite) {
            if (const QString warning = storageWarning(m_db->path()); !warning.isEmpty()) {
                err << "consentdesk-cli: warning: " << warning << '\n';
            }
        }
        if (!create) {
            // A practice database records the real time, whatever the environment says: a fixed clock (and the
            // demo's stored date) only on a demo or training database.
            auto allowed = fixedClockAllowed(*m_db);
            if (!allowed) {
                exit = fail(allowed.error());
                m_db.reset();
                return nullptr;
            }
            m_fixedClockAllowed = *allowed;
            if (!m_fixedClockAllowed && !qEnvironmentVariableIsEmpty("CONSENTDESK_NOW")) {
                exit = fail(invalid(kFixedClockRefused));
                m_db.reset();
                return nullptr;
            }
            // Nothing is dated after the real today, whatever --as-of says.
            if (!m_fixedClockAllowed && asOf && *asOf > QDate::currentDate()) {
                exit = fail(invalid(QStringLiteral("--as-of %1 is after today, %2: a practice is viewed, and forms "
                                                   "are recorded, as of today or a day before it.")
                                        .arg(humanDate(*asOf), humanDate(QDate::currentDate()))));
                m_db.reset();
                return nullptr;
            }
            // Every command but init and demo works on a practice that has been set up.
            auto practice = PracticeStore(*m_db).practice();
            if (!practice || !practice->has_value()) {
                exit = fail(practice ? Error{ErrorKind::Conflict,
                                             QStringLiteral("%1 has no practice yet: set it up with 'consentdesk-cli "
                                                            "init' or create the demo with 'consentdesk-cli demo'.")
                                                 .arg(dbPath)}
                                     : practice.error());
                m_db.reset();
                return nullptr;
            }
            if (!signIn(exit)) {
                m_db.reset();
                return nullptr;
            }
        }
    }
    exit = Done;
    return m_db.get();
}

bool Context::signIn(int& exit)
{
    UserService users(*m_db, clock());
    if (m_db->engine() == Engine::PostgreSQL) {
        auto session = users.serverSession();
        if (!session) {
            exit = fail(session.error());
            return false;
        }
        actor = *session;
        return mustChangeChecked(users, exit);
    }
    auto any = users.hasUsers();
    if (!any) {
        exit = fail(any.error());
        return false;
    }
    if (!*any) {
        return true; // no users yet: the operating-system user, manager (INTERFACES.md)
    }
    if (requestedUser.isEmpty()) {
        exit =
            fail({ErrorKind::Forbidden, QStringLiteral("This practice has users: give --user NAME (or "
                                                       "CONSENTDESK_USER) and the password in CONSENTDESK_PASSWORD.")});
        return false;
    }
    const QString password =
        readPassword("CONSENTDESK_PASSWORD", QStringLiteral("Password for %1: ").arg(requestedUser), err);
    if (password.isNull()) {
        exit = fail({ErrorKind::Forbidden, QStringLiteral("Give the password for %1 in CONSENTDESK_PASSWORD (there is "
                                                          "no terminal to ask on).")
                                               .arg(requestedUser)});
        return false;
    }
    auto signedIn = users.signIn(requestedUser, password);
    if (!signedIn) {
        exit = fail(signedIn.error());
        return false;
    }
    actor = *signedIn;
    return mustChangeChecked(users, exit);
}

bool Context::mustChangeChecked(UserService& users, int& exit)
{
    auto mustChange = users.mustChangePassword(actor.user);
    if (!mustChange) {
        exit = fail(mustChange.error());
        return false;
    }
    if (*mustChange && !changingOwnPassword) {
        exit = fail({ErrorKind::Forbidden,
                     QStringLiteral("A manager reset the password of %1: set your own first with 'consentdesk-cli "
                                    "user password' (the new one in CONSENTDESK_NEW_PASSWORD).")
                         .arg(actor.user)});
        return false;
    }
    return true;
}

const Clock& Context::clock()
{
    if (!m_clock) {
        std::optional<QDate> date = asOf;
        if (!date && m_db && m_fixedClockAllowed) {
            // The demo practice lives in 2010: without --as-of it opens on its own date.
            const auto demoDate = PracticeStore(*m_db).setting(QStringLiteral("default_as_of"));
            if (demoDate && !demoDate->isEmpty()) {
                date = QDate::fromString(*demoDate, Qt::ISODate);
            }
        }
        // CONSENTDESK_NOW fixes the clock to the second, for golden files and training scripts.
        const QDateTime fixed = QDateTime::fromString(qEnvironmentVariable("CONSENTDESK_NOW"), Qt::ISODate);
        if (fixed.isValid()) {
            // Viewed as of another day, what is recorded still carries the fixed moment.
            m_clock = std::make_unique<FixedClock>(date ? QDateTime(*date, fixed.time()) : fixed, fixed);
        } else if (date) {
            m_clock = std::make_unique<AsOfClock>(*date);
        } else {
            m_clock = std::make_unique<SystemClock>();
        }
    }
    return *m_clock;
}

int Context::fail(const Error& error)
{
    err << "consentdesk-cli: " << error.message << '\n';
    switch (error.kind) {
    case ErrorKind::Invalid:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
        return Refused;
    case ErrorKind::Forbidden:
        return SignInRefused;
    case ErrorKind::Database:
        return DatabaseProblem;
    }
    return DatabaseProblem;
}

} // namespace cd::cli
