// server-setup: a practice on a PostgreSQL server, its group roles, their grants and its first manager (issue #18).
#include "Cli.h"

#include "domain/Dates.h"
#include "domain/Region.h"
#include "service/ServerSetup.h"
#include "store/DatabaseTarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

int runServerSetup(Context& ctx, const ParsedOptions& opts)
{
    auto target = DatabaseTarget::parse(ctx.dbPath);
    if (!target) {
        return ctx.fail(target.error());
    }
    if (target->engine != Engine::PostgreSQL) {
        return ctx.fail(invalid(QStringLiteral("server-setup sets up a practice on a PostgreSQL server: give --db "
                                               "postgresql://OWNER@HOST/DBNAME. A practice file is set up with "
                                               "'consentdesk-cli init'.")));
    }
    ServerSetupCommand command;
    command.practice.code = opts.value(QStringLiteral("practice-code"));
    command.practice.name = opts.value(QStringLiteral("practice-name"));
    command.practice.region = opts.value(QStringLiteral("region"));
    if (opts.has(QStringLiteral("window-days"))) {
        bool ok = false;
        command.practice.windowDays = opts.value(QStringLiteral("window-days")).toInt(&ok);
        if (!ok) {
            return ctx.fail(invalid(QStringLiteral("--window-days must be a whole number of days.")));
        }
    }
    if (opts.has(QStringLiteral("planned-upload"))) {
        auto date = parseDate(opts.value(QStringLiteral("planned-upload")));
        if (!date) {
            return ctx.fail(invalid(QStringLiteral("--planned-upload: ") + date.error().message));
        }
        command.practice.plannedUpload = *date;
    }
    if (auto valid = PracticeService::validate(command.practice); !valid) {
        return ctx.fail(valid.error());
    }
    command.manager = opts.value(QStringLiteral("manager")).trimmed();
    int exit = Done;
    Database* db = ctx.open(true, exit);
    if (!db) {
        return exit;
    }
    ServerSetup setup(*db, ctx.clock());
    auto missing = setup.managerMissing(command.manager);
    if (!missing) {
        return ctx.fail(missing.error());
    }
    if (*missing) {
        command.managerPassword = readPassword("CONSENTDESK_NEW_PASSWORD",
                                               QStringLiteral("New password for %1: ").arg(command.manager), ctx.err);
        if (command.managerPassword.isNull()) {
            return ctx.fail(invalid(QStringLiteral("Give the first manager's password in CONSENTDESK_NEW_PASSWORD "
                                                   "(there is no terminal to ask on). Nothing was changed.")));
        }
    }
    auto outcome = setup.run(command);
    if (!outcome) {
        return ctx.fail(outcome.error());
    }
    const ServerSetupOutcome& done = *outcome;
    if (!done.changed) {
        ctx.err << "Already set up: " << done.practice.name << " (" << done.practice.code << ") on " << db->path()
                << " has its groups, grants and manager as this version sets them. Nothing was changed.\n";
    } else {
        ctx.err << (done.practiceCreated ? "Set up " : "Updated ") << done.practice.name << " (" << done.practice.code
                << ") on " << db->path() << ", owned by " << done.owner << ".\n";
        if (done.managerCreated) {
            ctx.err << command.manager << " is its first manager: sign in with --user " << command.manager
                    << " and your password.\n";
        }
    }
    ctx.err << "Group roles: reception " << done.groups.value(Role::Reception) << ", clinician "
            << done.groups.value(Role::Clinician) << ", manager " << done.groups.value(Role::Manager) << ".\n";
    if (!done.adopted.isEmpty()) {
        ctx.err << "Logins made for the practice's users, with no password yet (a manager gives each one with "
                   "'user reset NAME'): "
                << done.adopted.join(QStringLiteral(", ")) << ".\n";
    }
    if (!done.skipped.isEmpty()) {
        ctx.err << "Not made, as another login of the server has the name (add them under another name): "
                << done.skipped.join(QStringLiteral(", ")) << ".\n";
    }
    if (opts.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("practice_code"), done.practice.code},
                                   {QStringLiteral("owner"), done.owner},
                                   {QStringLiteral("changed"), done.changed},
                                   {QStringLiteral("practice_created"), done.practiceCreated},
                                   {QStringLiteral("manager_created"), done.managerCreated},
                                   {QStringLiteral("groups"),
                                    QJsonObject{{QStringLiteral("reception"), done.groups.value(Role::Reception)},
                                                {QStringLiteral("clinician"), done.groups.value(Role::Clinician)},
                                                {QStringLiteral("manager"), done.groups.value(Role::Manager)}}},
                                   {QStringLiteral("groups_created"), QJsonArray::fromStringList(done.groupsCreated)},
                                   {QStringLiteral("adopted"), QJsonArray::fromStringList(done.adopted)},
                                   {QStringLiteral("skipped"), QJsonArray::fromStringList(done.skipped)}})
                       .toJson(QJsonDocument::Indented);
    }
    return Done;
}

} // namespace cd::cli
