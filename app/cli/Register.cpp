// register-patient: a new patient registered at the desk, so their form can be recorded the same day.
#include "Cli.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "service/RegistrationService.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {

int runRegisterPatient(Context& ctx, const ParsedOptions& opts)
{
    NewPatientCommand command;
    command.nhsNumber = opts.value(QStringLiteral("nhs"));
    command.title = opts.value(QStringLiteral("title"));
    command.givenName = opts.value(QStringLiteral("given"));
    command.familyName = opts.value(QStringLiteral("family"));
    command.sex = opts.value(QStringLiteral("sex"));
    command.address = opts.value(QStringLiteral("address"));
    command.postcode = opts.value(QStringLiteral("postcode"));
    for (const auto& [option, date] : {std::pair{QStringLiteral("dob"), &command.dateOfBirth},
                                       std::pair{QStringLiteral("registered"), &command.registeredOn}}) {
        if (!opts.has(option)) {
            continue;
        }
        auto parsed = parseDate(opts.value(option));
        if (!parsed) {
            return ctx.fail(invalid(QStringLiteral("--%1: %2").arg(option, parsed.error().message)));
        }
        *date = *parsed;
    }
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    if (!command.registeredOn.isValid()) {
        command.registeredOn = ctx.clock().today(); // the as-of date: the day they join, at the desk
    }
    RegistrationService service(*db, ctx.clock());
    auto done = service.registerPatient(ctx.actor, command);
    if (!done) {
        return ctx.fail(done.error());
    }
    ctx.err << (done->returning ? "Registered again (a returning patient, history kept): " : "Registered: ")
            << done->patient.displayName() << ", NHS number " << NhsNumber::display(done->patient.nhsNumber)
            << ", from " << humanDate(command.registeredOn)
            << ". The next register import matches them by NHS number.\n";
    if (opts.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("nhs"), done->patient.nhsNumber},
                                             {QStringLiteral("patient_id"), done->patient.id},
                                             {QStringLiteral("event_id"), done->eventId},
                                             {QStringLiteral("registered"), isoDate(command.registeredOn)},
                                             {QStringLiteral("returning"), done->returning}})
                       .toJson(QJsonDocument::Indented);
    }
    return Done;
}

} // namespace cd::cli
