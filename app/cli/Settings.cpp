// settings: the practice's settings, shown to anyone and changed by a manager.
#include "Cli.h"

#include "domain/Dates.h"
#include "service/PracticeOverview.h"
#include "service/PracticeService.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

QJsonObject settingsJson(const PracticeOverview& o)
{
    return {{QStringLiteral("practice_code"), o.practice.code},
            {QStringLiteral("practice_name"), o.practice.name},
            {QStringLiteral("region"), o.practice.regionId},
            {QStringLiteral("region_name"), o.regionName},
            {QStringLiteral("window_days"), o.windowDays},
            {QStringLiteral("planned_upload"),
             o.plannedUpload.isValid() ? QJsonValue(isoDate(o.plannedUpload)) : QJsonValue()},
            {QStringLiteral("upload_done"), o.uploadDone.isValid() ? QJsonValue(isoDate(o.uploadDone)) : QJsonValue()},
            {QStringLiteral("disclosure_method"), o.disclosure},
            {QStringLiteral("lock_minutes"), o.lockMinutes},
            {QStringLiteral("demo"), o.demo}};
}

// A date option that may also be "none" (to clear the setting): unset when absent, an invalid date for "none".
Result<std::optional<QDate>> dateOrNone(const ParsedOptions& opts, const QString& name, const QString& noneMeans)
{
    if (!opts.has(name)) {
        return std::optional<QDate>();
    }
    const QString text = opts.value(name).trimmed();
    if (text.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        return std::optional<QDate>(QDate());
    }
    auto date = parseDate(text);
    if (!date) {
        return invalid(QStringLiteral("--%1: %2 (or none, %3)").arg(name, date.error().message, noneMeans));
    }
    return std::optional<QDate>(*date);
}

} // namespace

int runSettings(Context& ctx, const ParsedOptions& opts)
{
    // Read and check what is to change before anything is opened.
    std::optional<int> windowDays;
    if (opts.has(QStringLiteral("window-days"))) {
        bool ok = false;
        windowDays = opts.value(QStringLiteral("window-days")).trimmed().toInt(&ok);
        if (!ok) {
            return ctx.fail(invalid(QStringLiteral("--window-days takes a whole number of days, 1 to 365 (84 is "
                                                   "usual).")));
        }
    }
    auto upload = dateOrNone(opts, QStringLiteral("planned-upload"), QStringLiteral("to clear it"));
    auto uploadDone = dateOrNone(opts, QStringLiteral("upload-done"), QStringLiteral("if it was recorded by mistake"));
    if (!upload || !uploadDone) {
        return ctx.fail(!upload ? upload.error() : uploadDone.error());
    }
    const std::optional<QDate> plannedUpload = *upload;
    const std::optional<QDate> doneOn = *uploadDone;
    std::optional<QString> disclosure;
    if (opts.has(QStringLiteral("disclosure"))) {
        disclosure = opts.value(QStringLiteral("disclosure")).trimmed().toLower();
    }
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    auto overview = PracticeOverview::load(*db);
    if (!overview) {
        return ctx.fail(overview.error());
    }
    if (windowDays || plannedUpload || doneOn || disclosure) {
        InitPracticeCommand command;
        command.code = overview->practice.code;
        command.name = overview->practice.name;
        command.region = overview->practice.regionId;
        command.windowDays = windowDays.value_or(overview->windowDays);
        command.plannedUpload = plannedUpload.value_or(overview->plannedUpload);
        command.lockMinutes = overview->lockMinutes;
        command.uploadDone = doneOn.value_or(overview->uploadDone);
        command.disclosure = disclosure.value_or(overview->disclosure);
        if (auto saved = PracticeService(*db, ctx.clock()).update(ctx.actor, command); !saved) {
            return ctx.fail(saved.error());
        }
        if (windowDays && *windowDays != overview->windowDays) {
            ctx.err << "The opt-out window is now " << *windowDays
                    << " days for mail-outs recorded from now on; packs already posted keep the window their "
                       "letters gave.\n";
        }
        if (plannedUpload) {
            ctx.err << (plannedUpload->isValid()
                            ? QStringLiteral("The planned upload is now %1.\n").arg(humanDate(*plannedUpload))
                            : QStringLiteral("The planned upload date is cleared.\n"));
        }
        if (doneOn) {
            ctx.err << (doneOn->isValid()
                            ? QStringLiteral("The upload is recorded as done on %1.\n").arg(humanDate(*doneOn))
                            : QStringLiteral("The upload is no longer recorded as done.\n"));
        }
        overview = PracticeOverview::load(*db);
        if (!overview) {
            return ctx.fail(overview.error());
        }
    }
    if (opts.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(settingsJson(*overview)).toJson(QJsonDocument::Indented);
        return Done;
    }
    const auto line = [&](const QString& label, const QString& value) {
        ctx.out << label.leftJustified(34) << value << '\n';
    };
    line(QStringLiteral("Practice"),
         QStringLiteral("%1 (%2), %3").arg(overview->practice.name, overview->practice.code, overview->regionName));
    line(QStringLiteral("Opt-out window of new mail-outs"), QStringLiteral("%1 days").arg(overview->windowDays));
    line(QStringLiteral("Planned upload"),
         overview->plannedUpload.isValid() ? humanDate(overview->plannedUpload) : QStringLiteral("not set"));
    line(QStringLiteral("Upload done"),
         overview->uploadDone.isValid() ? humanDate(overview->uploadDone) : QStringLiteral("not recorded"));
    line(QStringLiteral("LMC report disclosure control"), overview->disclosure);
    line(QStringLiteral("Desk locks after"), overview->lockMinutes > 0
                                                 ? QStringLiteral("%1 idle minutes").arg(overview->lockMinutes)
                                                 : QStringLiteral("never"));
    return Done;
}

} // namespace cd::cli
