#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/PracticeService.h"

#include <QMap>
#include <QStringList>

namespace cd {

class Database;

struct ServerSetupCommand
{
    InitPracticeCommand practice{}; // used only when the schema holds no practice yet
    QString manager;                // the first manager's login
    QString managerPassword{};      // null when the manager's login exists already (a second run)
};

struct ServerSetupOutcome
{
    QString owner; // the login that ran it: the tables' owner
    Practice practice{};
    bool practiceCreated = false;
    QMap<Role, QString> groups{}; // the practice's three group roles, by role
    QStringList groupsCreated{};
    bool managerCreated = false;
    QStringList adopted{}; // users the practice brought (copy --to) given a login, with no password yet
    QStringList skipped{}; // users whose name is another login's on this server
    bool changed = false;  // false: a run again found everything as it should be
};

// server-setup: run once by the database's owner (a role with CREATEROLE) on a practice server, and safely again. It
// creates or migrates the practice's schema (Database::open did that), its three group roles and their grants from
// the permission table, and the first manager's login; users a practice brought with it get logins of their own.
class ServerSetup
{
public:
    ServerSetup(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}
    // Whether the manager's login must be made (so the caller knows to ask for a password).
    Result<bool> managerMissing(const QString& manager);
    Result<ServerSetupOutcome> run(const ServerSetupCommand& command);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cd
