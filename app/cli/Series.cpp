// The timeline and charts' commands: series (the figures by day, week or month), timeline, timeline-import,
// timeline-export.
#include "Cli.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "rollout/TimelineJson.h"
#include "service/Refusal.h"
#include "service/TimelineService.h"
#include "stats/UptakeSeries.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

// A date option, or the fallback when it is absent; prints the problem and sets exit on a bad one.
std::optional<QDate> dateOption(Context& ctx, const ParsedOptions& opts, const QString& name, QDate fallback)
{
    if (!opts.has(name)) {
        return fallback;
    }
    auto date = parseDate(opts.value(name));
    if (!date) {
        ctx.err << "consentdesk-cli series: --" << name << ": " << date.error().message << '\n';
        return std::nullopt;
    }
    return *date;
}

QString percent(double value)
{
    return QString::number(value, 'f', 2).rightJustified(7);
}

QJsonObject milestoneJson(const Milestone& m)
{
    QJsonObject o{{QStringLiteral("region"), m.scope},
                  {QStringLiteral("kind"), m.kind},
                  {QStringLiteral("label"), m.label},
                  {QStringLiteral("date"), m.dateText()},
                  {QStringLiteral("status"), toString(m.status)},
                  {QStringLiteral("from_practice_data"), m.derived}};
    if (m.percent) {
        o.insert(QStringLiteral("percent"), *m.percent);
    }
    if (!m.source.isEmpty()) {
        o.insert(QStringLiteral("source"), m.source);
    }
    return o;
}

} // namespace

int runSeries(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    const QDate today = ctx.clock().today();
    const auto to = dateOption(ctx, opts, QStringLiteral("to"), today);
    const auto from = to ? dateOption(ctx, opts, QStringLiteral("from"), to->addYears(-1).addDays(1)) : std::nullopt;
    if (!from || !to) {
        return Usage;
    }
    const auto bucket = bucketFromString(opts.has(QStringLiteral("bucket")) ? opts.value(QStringLiteral("bucket"))
                                                                            : QStringLiteral("week"));
    if (!bucket) {
        ctx.err << "consentdesk-cli series: --bucket must be day, week or month, not \""
                << opts.value(QStringLiteral("bucket")) << "\".\n";
        return Usage;
    }
    const Programme& scr = Programme::scr();
    auto series = UptakeSeries::compute(*db, scr, *from, *to, *bucket);
    if (!series) {
        return ctx.fail(series.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(series->toJson()).toJson(QJsonDocument::Indented);
        return Done;
    }
    ctx.out << "Figures by " << toString(*bucket) << " from " << humanDate(*from) << " to " << humanDate(*to)
            << " (each as of the bucket's last day; forms received within it)\n\n"
            << "start       end          list  created%  opt-out%  not-informed  in-window  forms: "
               "dissent  core  core+add\n";
    for (const SeriesPoint& p : series->points) {
        ctx.out << isoDate(p.start) << "  " << isoDate(p.end) << QString::number(p.listSize).rightJustified(8) << "  "
                << percent(p.recordsCreatedPercent(scr)) << "   " << percent(p.optOutPercent(scr))
                << QString::number(p.state(scr, kNotInformed)).rightJustified(14)
                << QString::number(p.state(scr, kInWindow)).rightJustified(11)
                << QString::number(p.forms(scr, QStringLiteral("dissent"))).rightJustified(16)
                << QString::number(p.forms(scr, QStringLiteral("consent-core"))).rightJustified(6)
                << QString::number(p.forms(scr, QStringLiteral("consent-core-additional"))).rightJustified(10) << '\n';
    }
    return Done;
}

int runTimeline(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    auto milestones = TimelineService(*db, ctx.clock()).practiceTimeline(Programme::scr());
    if (!milestones) {
        return ctx.fail(milestones.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Milestone& m : *milestones) {
            list.append(milestoneJson(m));
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("milestones"), list}}).toJson(QJsonDocument::Indented);
        return Done;
    }
    for (const Milestone& m : *milestones) {
        const QString who = m.scope == kPracticeScope
                                ? QStringLiteral("practice")
                                : (m.scope == kNationalScope ? QStringLiteral("England") : QStringLiteral("region"));
        ctx.out << m.displayDate().leftJustified(24) << who.leftJustified(10) << m.label;
        if (m.percent) {
            ctx.out << " (" << *m.percent << "%)";
        }
        ctx.out << '\n';
    }
    return Done;
}

int runTimelineExport(Context& ctx, const ParsedOptions& /*opts*/)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    auto json = TimelineService(*db, ctx.clock()).exportJson();
    if (!json) {
        return ctx.fail(json.error());
    }
    ctx.out << QString::fromUtf8(*json);
    return Done;
}

int runTimelineImport(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    // The role before the file: a refused import is refused whatever the file holds, and audited.
    if (!allows(ctx.actor.role, Permission::ManagePractice)) {
        return ctx.fail(refuse(*db, ctx.clock(), ctx.actor, QStringLiteral("timeline-import"),
                               QStringLiteral("Only a manager may import a rollout timeline.")));
    }
    QFile file(opts.positional);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << "consentdesk-cli timeline-import: cannot read " << opts.positional << ": " << file.errorString()
                << ". Check the path; nothing was changed.\n";
        return Refused;
    }
    const QByteArray text = file.readAll();
    auto imported = TimelineService(*db, ctx.clock()).importJson(ctx.actor, text);
    if (!imported) {
        return ctx.fail(imported.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        ctx.out
            << QJsonDocument(QJsonObject{{QStringLiteral("milestones"), *imported}}).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << "Imported " << *imported << " milestones from " << opts.positional << ".\n";
    }
    return Done;
}

} // namespace cd::cli
