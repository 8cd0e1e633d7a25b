// The commands that change data: each parses its options, calls one service, and reports.
#include "Cli.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/Region.h"
#include "service/ConsentService.h"
#include "service/CopyPractice.h"
#include "service/DemoService.h"
#include "service/MailoutService.h"
#include "service/PracticeService.h"
#include "service/Refusal.h"
#include "service/UserService.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

// An option's date, or an input error naming the option.
Result<QDate> dateOption(const ParsedOptions& opts, const QString& name)
{
    auto date = parseDate(opts.value(name));
    if (!date) {
        return invalid(QStringLiteral("--%1: %2").arg(name, date.error().message));
    }
    return date;
}

template <typename Enum>
Result<Enum> enumOption(const ParsedOptions& opts, const QString& name, std::optional<Enum> (*parse)(const QString&),
                        const QString& allowed)
{
    const auto value = parse(opts.value(name).trimmed().toLower());
    if (!value) {
        return invalid(QStringLiteral("--%1 \"%2\" is not one of %3.").arg(name, opts.value(name), allowed));
    }
    return *value;
}

void printJson(Context& ctx, const QJsonObject& object)
{
    ctx.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

// Reports a new event: a message on stderr, and with --json its id on stdout.
int reportEvent(Context& ctx, const ParsedOptions& opts, const Result<qint64>& id, const QString& what)
{
    if (!id) {
        return ctx.fail(id.error());
    }
    ctx.err << what << " (event " << *id << ").\n";
    if (opts.has(QStringLiteral("json"))) {
        printJson(ctx, {{QStringLiteral("event_id"), *id}});
    }
    return Done;
}

// After a void or a GP's override: a code keyed for the choice set aside is still in the clinical record.
void noteCodesToCorrect(Context& ctx, Database& db, qint64 eventId)
{
    auto event = EventStore(db).findById(eventId);
    auto rules = PracticeStore(db).rules();
    if (!event || !event->has_value() || !rules) {
        return;
    }
    auto patient = PatientStore(db).findById((*event)->patientId);
    auto events = EventStore(db).forPatient((*event)->patientId);
    if (!patient || !patient->has_value() || !events) {
        return;
    }
    const PatientState state =
        Ledger::fold(Programme::scr(), *events, (*patient)->dateOfBirth, ctx.clock().today(), *rules);
    for (const CodeToCorrect& c : state.codesToCorrect) {
        ctx.err << "The clinical record still holds " << c.readCode << ", keyed " << humanDate(c.codedOn)
                << ": take it out, then record it with 'code-removed' (it is on 'worklist codes-to-correct').\n";
    }
}

// Opens the practice, makes one service call that records an event, and reports it.
int recordWith(Context& ctx, const ParsedOptions& opts, const QString& what,
               const std::function<Result<qint64>(ConsentService&)>& call, bool mayLeaveCodes = false)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    ConsentService service(*db, ctx.clock());
    const Result<qint64> id = call(service);
    const int code = reportEvent(ctx, opts, id, what);
    if (id && mayLeaveCodes) {
        noteCodesToCorrect(ctx, *db, *id);
    }
    return code;
}

} // namespace

int runInit(Context& ctx, const ParsedOptions& opts)
{
    InitPracticeCommand command;
    command.code = opts.value(QStringLiteral("practice-code"));
    command.name = opts.value(QStringLiteral("practice-name"));
    command.region = opts.value(QStringLiteral("region"));
    if (opts.has(QStringLiteral("window-days"))) {
        bool ok = false;
        command.windowDays = opts.value(QStringLiteral("window-days")).toInt(&ok);
        if (!ok) {
            return ctx.fail(invalid(QStringLiteral("--window-days must be a whole number of days.")));
        }
    }
    if (opts.has(QStringLiteral("planned-upload"))) {
        auto date = dateOption(opts, QStringLiteral("planned-upload"));
        if (!date) {
            return ctx.fail(date.error());
        }
        command.plannedUpload = *date;
    }
    command.training = opts.has(QStringLiteral("training"));
    // A practice database always records the real time: a fixed clock is for demo and training databases.
    if (!command.training && !qEnvironmentVariableIsEmpty("CONSENTDESK_NOW")) {
        return ctx.fail(invalid(kFixedClockRefused));
    }
    // Check the input before a file is created for it.
    if (auto valid = PracticeService::validate(command); !valid) {
        return ctx.fail(valid.error());
    }
    const QString manager = opts.value(QStringLiteral("manager")).trimmed();
    if (!manager.isEmpty() && ctx.dbPath.trimmed().startsWith(QLatin1String("postgres"))) {
        // A server's people are its logins, made by its owner: refuse before anything is created.
        return ctx.fail(invalid(QStringLiteral("On a practice server the first manager is a login of the server: set "
                                               "the practice up with 'consentdesk-cli server-setup --manager NAME' "
                                               "instead. Nothing was created.")));
    }
    QString password;
    if (!manager.isEmpty()) {
        password = readPassword("CONSENTDESK_PASSWORD", QStringLiteral("New password for %1: ").arg(manager), ctx.err);
        if (password.isNull()) {
            return ctx.fail(invalid(QStringLiteral("Give the first manager's password in CONSENTDESK_PASSWORD (there "
                                                   "is no terminal to ask on). Nothing was created.")));
        }
        if (auto ok = UserService::checkPassword(manager, password); !ok) {
            return ctx.fail(ok.error());
        }
    }
    int exit = Done;
    Database* db = ctx.open(true, exit);
    if (!db) {
        return exit;
    }
    auto practice = PracticeService(*db, ctx.clock()).init(ctx.actor, command);
    if (!practice) {
        return ctx.fail(practice.error());
    }
    if (!manager.isEmpty()) {
        if (auto added = UserService(*db, ctx.clock()).addFirstManager(manager, password); !added) {
            return ctx.fail(added.error());
        }
        ctx.err << manager << " is the practice's first manager: sign in with --user " << manager << ".\n";
    }
    ctx.err << "Set up " << practice->name << " (" << practice->code << ", " << findRegion(practice->regionId)->name
            << ") in " << db->path() << (command.training ? QStringLiteral(", for training") : QString()) << ".\n";
    return Done;
}

int runDemo(Context& ctx, const ParsedOptions& opts)
{
    DemoOptions options;
    bool ok = true;
    if (opts.has(QStringLiteral("patients"))) {
        options.patients = opts.value(QStringLiteral("patients")).toInt(&ok);
    }
    if (ok && opts.has(QStringLiteral("seed"))) {
        options.seed = opts.value(QStringLiteral("seed")).toULongLong(&ok);
    }
    if (!ok || options.patients < 1 || options.patients > 200000) {
        return ctx.fail(invalid(QStringLiteral("--patients takes a whole number from 1 to 200000 and --seed a whole "
                                               "number.")));
    }
    int exit = Done;
    Database* db = ctx.open(true, exit);
    if (!db) {
        return exit;
    }
    auto summary = createDemoPractice(*db, ctx.actor, ctx.clock(), options);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    auto users = addDemoUsers(*db, ctx.actor, ctx.clock());
    if (!users) {
        return ctx.fail(users.error());
    }
    ctx.err << "Created the demo practice in " << db->path() << ": " << summary->patients << " patients, "
            << summary->events << " events. It opens as of " << humanDate(DemoTimeline::asOf()) << ".\n";
    if (users->isEmpty()) {
        ctx.err << "On a practice server the users are the server's logins: its owner runs 'server-setup', then a "
                   "manager adds people with 'user add'.\n";
    } else {
        ctx.err << "Demo users, each with the password " << kDemoPassword << ":";
    }
    QJsonArray userList;
    for (const auto& [name, role] : *users) {
        ctx.err << ' ' << name << " (" << toString(role) << ')';
        userList.append(QJsonObject{{QStringLiteral("name"), name},
                                    {QStringLiteral("role"), toString(role)},
                                    {QStringLiteral("password"), kDemoPassword}});
    }
    if (!users->isEmpty()) {
        ctx.err << ".\nSign in with --user demo-manager and CONSENTDESK_PASSWORD=" << kDemoPassword << ".\n";
    }
    if (opts.has(QStringLiteral("json"))) {
        printJson(ctx, {{QStringLiteral("db"), db->path()},
                        {QStringLiteral("patients"), summary->patients},
                        {QStringLiteral("events"), summary->events},
                        {QStringLiteral("as_of"), isoDate(DemoTimeline::asOf())},
                        {QStringLiteral("users"), userList}});
    }
    return Done;
}

int runRecord(Context& ctx, const ParsedOptions& opts)
{
    RecordChoiceCommand command;
    command.nhsNumber = opts.value(QStringLiteral("nhs"));
    command.choice = opts.value(QStringLiteral("choice")).trimmed().toLower();
    auto received = dateOption(opts, QStringLiteral("received"));
    auto by = enumOption(opts, QStringLiteral("by"), &submitterFromString,
                         QStringLiteral("patient, parent, attorney, deputy"));
    auto channel =
        enumOption(opts, QStringLiteral("channel"), &channelFromString, QStringLiteral("post, desk, mailhouse, email"));
    for (const Error* e :
         {received ? nullptr : &received.error(), by ? nullptr : &by.error(), channel ? nullptr : &channel.error()}) {
        if (e) {
            return ctx.fail(*e);
        }
    }
    command.received = *received;
    command.submittedBy = *by;
    command.channel = *channel;
    command.identityChecked = opts.has(QStringLiteral("identity-checked"));
    // "--signed DATE": signed, on that day; a bare "--signed" (as before dates were asked): signed, day unknown.
    command.signaturePresent = opts.has(QStringLiteral("signed"));
    if (!opts.value(QStringLiteral("signed")).isEmpty()) {
        auto signedOn = dateOption(opts, QStringLiteral("signed"));
        if (!signedOn) {
            return ctx.fail(signedOn.error());
        }
        command.signedOn = *signedOn;
    }
    command.note = opts.value(QStringLiteral("note"));
    command.proxyName = opts.value(QStringLiteral("proxy-name"));
    command.proxyRelationship = opts.value(QStringLiteral("relationship"));
    return recordWith(ctx, opts,
                      QStringLiteral("Recorded %1, received %2").arg(command.choice, humanDate(command.received)),
                      [&](ConsentService& service) { return service.recordChoice(ctx.actor, command); });
}

int runLetterReturned(Context& ctx, const ParsedOptions& opts)
{
    auto date = dateOption(opts, QStringLiteral("date"));
    if (!date) {
        return ctx.fail(date.error());
    }
    return recordWith(ctx, opts, QStringLiteral("Recorded the returned letter"), [&](ConsentService& service) {
        return service.recordLetterReturned(ctx.actor, opts.value(QStringLiteral("nhs")), *date);
    });
}

int runMailout(Context& ctx, const ParsedOptions& opts)
{
    auto date = dateOption(opts, QStringLiteral("date"));
    if (!date) {
        return ctx.fail(date.error());
    }
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    if (opts.has(QStringLiteral("all")) && opts.has(QStringLiteral("returned"))) {
        return ctx.fail(invalid(QStringLiteral("Give --all or --returned, not both: --returned sends packs only to "
                                               "those whose pack came back.")));
    }
    MailoutCommand command;
    command.sentOn = *date;
    command.selection = opts.has(QStringLiteral("all"))        ? MailoutCommand::Selection::EveryRegistered
                        : opts.has(QStringLiteral("returned")) ? MailoutCommand::Selection::ReturnedLetters
                                                               : MailoutCommand::Selection::NeverSent;
    command.name = opts.value(QStringLiteral("name"));
    // Said before it is recorded: the windows would still be open on the upload date.
    if (auto preview = previewMailout(*db, command);
        preview && preview->packs > 0 && preview->windowsEndAfterUpload()) {
        ctx.err << "Warning: " << preview->warning() << '\n';
    }
    auto done = recordMailout(*db, ctx.actor, ctx.clock(), command);
    if (!done) {
        return ctx.fail(done.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        const MailoutPreview& p = done->preview;
        ctx.out << QJsonDocument(
                       QJsonObject{{QStringLiteral("batch_id"), done->batchId},
                                   {QStringLiteral("packs"), done->packs},
                                   {QStringLiteral("to_parents"), done->toParents},
                                   {QStringLiteral("window_days"), p.windowDays},
                                   {QStringLiteral("window_last_day"), isoDate(p.windowLastDay)},
                                   {QStringLiteral("planned_upload"),
                                    p.plannedUpload.isValid() ? QJsonValue(isoDate(p.plannedUpload)) : QJsonValue()},
                                   {QStringLiteral("windows_end_after_upload"), p.windowsEndAfterUpload()}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
    } else {
        ctx.err << "Recorded a mail-out of " << done->packs << " packs posted on " << humanDate(*date) << " ("
                << done->toParents << " to parents of children under 16), batch " << done->batchId
                << "; their windows close on " << humanDate(done->preview.windowLastDay) << ".\n";
    }
    return Done;
}

int runCoded(Context& ctx, const ParsedOptions& opts)
{
    auto date = dateOption(opts, QStringLiteral("date"));
    if (!date) {
        return ctx.fail(date.error());
    }
    const QString code = opts.value(QStringLiteral("code"));
    return recordWith(ctx, opts, QStringLiteral("Marked as coded %1 on %2").arg(code.trimmed(), humanDate(*date)),
                      [&](ConsentService& service) {
                          return service.markCoded(ctx.actor, opts.value(QStringLiteral("nhs")), code, *date);
                      });
}

int runCodeRemoved(Context& ctx, const ParsedOptions& opts)
{
    auto date = dateOption(opts, QStringLiteral("date"));
    if (!date) {
        return ctx.fail(date.error());
    }
    const QString code = opts.value(QStringLiteral("code")).trimmed();
    return recordWith(
        ctx, opts,
        QStringLiteral("Recorded that %1 was taken out of the clinical record on %2").arg(code, humanDate(*date)),
        [&](ConsentService& service) {
            return service.recordCodeRemoved(ctx.actor, opts.value(QStringLiteral("nhs")), code, *date);
        });
}

int runReview(Context& ctx, const ParsedOptions& opts)
{
    auto outcome =
        enumOption(opts, QStringLiteral("outcome"), &reviewOutcomeFromString, QStringLiteral("upheld, overridden"));
    if (!outcome) {
        return ctx.fail(outcome.error());
    }
    return recordWith(
        ctx, opts, QStringLiteral("Recorded the GP review: %1").arg(toString(*outcome)),
        [&](ConsentService& service) {
            return service.recordReview(ctx.actor, opts.value(QStringLiteral("nhs")), *outcome,
                                        opts.value(QStringLiteral("reason")));
        },
        *outcome == ReviewOutcome::Overridden);
}

int runVoid(Context& ctx, const ParsedOptions& opts)
{
    bool ok = false;
    const qint64 id = opts.value(QStringLiteral("event")).toLongLong(&ok);
    if (!ok || id <= 0) {
        return ctx.fail(invalid(QStringLiteral("--event takes an event id, a whole number shown by 'status'.")));
    }
    return recordWith(
        ctx, opts, QStringLiteral("Voided event %1").arg(id),
        [&](ConsentService& service) { return service.voidEvent(ctx.actor, id, opts.value(QStringLiteral("reason"))); },
        true);
}

int runCopy(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* source = ctx.open(false, exit);
    if (!source) {
        return exit;
    }
    // The role first: a refused copy opens (and so creates) nothing.
    if (!allows(ctx.actor.role, Permission::ManagePractice)) {
        return ctx.fail(refuse(*source, ctx.clock(), ctx.actor, QStringLiteral("copy"),
                               QStringLiteral("Only a manager may copy the practice.")));
    }
    const QString to = opts.value(QStringLiteral("to"));
    auto target = DatabaseTarget::parse(to);
    if (!target) {
        return ctx.fail(target.error());
    }
    const bool newFile = target->engine == Engine::SQLite && !QFileInfo::exists(target->path);
    if (target->engine == Engine::SQLite && QFileInfo(target->path).absoluteFilePath() == source->path()) {
        return ctx.fail(
            invalid(QStringLiteral("--to names the database being copied: give another file or a server.")));
    }
    auto opened = Database::open(to, Database::Mode::CreateIfMissing);
    if (!opened) {
        return ctx.fail(opened.error());
    }
    std::unique_ptr<Database> destination = std::move(opened).value();
    const QString shown = destination->path();
    auto report = copyPractice(*source, *destination, ctx.actor, ctx.clock());
    if (!report) {
        destination.reset();
        if (newFile) {
            // The file was made for this copy: leave nothing half-made behind.
            for (const char* suffix : {"", "-wal", "-shm"}) {
                QFile::remove(target->path + QLatin1String(suffix));
            }
        }
        return ctx.fail(report.error());
    }
    QJsonObject tables;
    for (const auto& [table, rows] : report->rowsPerTable) {
        tables.insert(table, rows);
    }
    QJsonArray dates;
    for (const QDate& day : report->datesCompared) {
        dates.append(isoDate(day));
    }
    if (!report->signInNote.isEmpty()) {
        ctx.err << report->signInNote << '\n';
    }
    ctx.err << "Copied the practice into " << shown << ": " << tables.value(QStringLiteral("patients")).toInteger()
            << " patients, " << tables.value(QStringLiteral("consent_events")).toInteger()
            << " events; every table's rows and the figures on " << dates.size() << " dates checked equal.\n";
    if (opts.has(QStringLiteral("json"))) {
        printJson(ctx, {{QStringLiteral("target"), shown},
                        {QStringLiteral("tables"), tables},
                        {QStringLiteral("dates_compared"), dates}});
    }
    return Done;
}

int runUser(Context& ctx, const ParsedOptions& opts)
{
    const QString action = opts.positionals.value(0);
    const QString name = opts.positionals.value(1);
    static const QStringList kActions = {
        QStringLiteral("add"),   QStringLiteral("disable"),  QStringLiteral("enable"), QStringLiteral("unlock"),
        QStringLiteral("reset"), QStringLiteral("password"), QStringLiteral("list")};
    if (!kActions.contains(action)) {
        ctx.err << "consentdesk-cli user: the action is add, disable, enable, unlock, reset, password or list, not \""
                << action << "\". See 'consentdesk-cli user --help'.\n";
        return Usage;
    }
    if (action != QLatin1String("list") && action != QLatin1String("password") && name.isEmpty()) {
        ctx.err << "consentdesk-cli user " << action << ": give the user's NAME.\n";
        return Usage;
    }
    std::optional<Role> role;
    if (action == QLatin1String("add")) {
        role = roleFromString(opts.value(QStringLiteral("role")));
        if (!role) {
            ctx.err << "consentdesk-cli user add: --role must be reception, clinician or manager.\n";
            return Usage;
        }
    }
    ctx.changingOwnPassword = action == QLatin1String("password");
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    UserService users(*db, ctx.clock());
    if (action == QLatin1String("reset") || action == QLatin1String("password")) {
        const QString who = action == QLatin1String("reset") ? name : ctx.actor.user;
        const QString password =
            readPassword("CONSENTDESK_NEW_PASSWORD", QStringLiteral("New password for %1: ").arg(who), ctx.err);
        if (password.isNull()) {
            return ctx.fail(invalid(QStringLiteral("Give the new password in CONSENTDESK_NEW_PASSWORD (there is no "
                                                   "terminal to ask on). Nothing was changed.")));
        }
        const Status done = action == QLatin1String("reset") ? users.resetPassword(ctx.actor, name, password)
                                                             : users.changeOwnPassword(ctx.actor, password);
        if (!done) {
            return ctx.fail(done.error());
        }
        ctx.err
            << (action == QLatin1String("reset")
                    ? QStringLiteral("Reset the password of %1: they choose their own at the next sign-in.\n").arg(name)
                    : QStringLiteral("Your password is changed.\n"));
        return Done;
    }
    if (action == QLatin1String("unlock")) {
        if (auto done = users.unlock(ctx.actor, name); !done) {
            return ctx.fail(done.error());
        }
        ctx.err << "Unlocked " << name << ": they can sign in again now.\n";
        return Done;
    }
    if (action == QLatin1String("enable")) {
        if (auto done = users.enable(ctx.actor, name); !done) {
            return ctx.fail(done.error());
        }
        ctx.err << "Enabled " << name << ": they can sign in again.\n";
        return Done;
    }
    if (action == QLatin1String("add")) {
        const QString password =
            readPassword("CONSENTDESK_NEW_PASSWORD", QStringLiteral("New password for %1: ").arg(name), ctx.err);
        if (password.isNull()) {
            return ctx.fail(invalid(QStringLiteral("Give the new user's password in CONSENTDESK_NEW_PASSWORD (there is "
                                                   "no terminal to ask on). Nothing was changed.")));
        }
        auto added = users.addUser(ctx.actor, name, *role, password);
        if (!added) {
            return ctx.fail(added.error());
        }
        ctx.err << "Added " << name << " (" << toString(*role) << ").\n";
        return Done;
    }
    if (action == QLatin1String("disable")) {
        if (auto done = users.disable(ctx.actor, name); !done) {
            return ctx.fail(done.error());
        }
        ctx.err << "Disabled " << name << ": they can no longer sign in; their work stays in the history.\n";
        return Done;
    }
    auto list = users.list(ctx.actor);
    if (!list) {
        return ctx.fail(list.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        QJsonArray array;
        for (const User& u : *list) {
            array.append(QJsonObject{
                {QStringLiteral("name"), u.name},
                {QStringLiteral("role"), toString(u.role)},
                {QStringLiteral("disabled"), u.disabled},
                {QStringLiteral("must_change_password"), u.mustChangePassword},
                {QStringLiteral("failed_signins"), u.failedSignIns},
                {QStringLiteral("locked"), u.lockedUntil.isValid() && QDateTime::currentDateTimeUtc() < u.lockedUntil},
                {QStringLiteral("demo"), u.demo},
                // On a practice server: the login role the server knows them by, and the practice group it is in.
                {QStringLiteral("db_role"), u.dbRole.isEmpty() ? QJsonValue() : QJsonValue(u.dbRole)},
                {QStringLiteral("db_group"), u.dbGroup.isEmpty() ? QJsonValue() : QJsonValue(u.dbGroup)}});
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("users"), array}}).toJson(QJsonDocument::Indented);
        return Done;
    }
    for (const User& u : *list) {
        ctx.out << u.name.leftJustified(24) << toString(u.role).leftJustified(11)
                << (u.disabled ? QStringLiteral("disabled") : QStringLiteral("active"))
                << (u.mustChangePassword ? QStringLiteral(", password reset") : QString())
                << (u.lockedUntil.isValid() && QDateTime::currentDateTimeUtc() < u.lockedUntil
                        ? QStringLiteral(", locked after wrong passwords")
                        : QString())
                << (u.demo ? QStringLiteral(" (demo)") : QString())
                << (u.dbGroup.isEmpty() ? QString() : QStringLiteral("  [server login, in %1]").arg(u.dbGroup)) << '\n';
    }
    return Done;
}

} // namespace cd::cli
