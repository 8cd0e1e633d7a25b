// The LMC report and the exports: report (a PDF, made without a display), export (aggregate CSV, the coding
// worklist, FHIR); and backups: backup, backups, restore. The services check the role and audit each one.
#include "Cli.h"
#include "export/PrivateFile.h"

#include "domain/Dates.h"
#include "report/LmcReportDocument.h"
#include "service/BackupService.h"
#include "service/ExportService.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

// The period: --from (default: a month before the first mail-out, else six months back) to --to (the as-of date).
std::optional<LmcReport::Options> periodOptions(Context& ctx, Database& db, const ParsedOptions& opts,
                                                const QString& command)
{
    LmcReport::Options options;
    options.to = ctx.clock().today();
    options.from = options.to.addMonths(-6);
    if (auto batches = EventStore(db).batches(Programme::scr().id); batches && !batches->isEmpty()) {
        options.from = batches->constFirst().sentOn.addMonths(-1);
    }
    for (const auto& [name, target] :
         {std::pair{QStringLiteral("from"), &options.from}, std::pair{QStringLiteral("to"), &options.to}}) {
        if (opts.has(name)) {
            auto date = parseDate(opts.value(name));
            if (!date) {
                ctx.err << "consentdesk-cli " << command << ": --" << name << ": " << date.error().message << '\n';
                return std::nullopt;
            }
            *target = *date;
        }
    }
    if (opts.has(QStringLiteral("threshold"))) {
        bool ok = false;
        options.threshold = opts.value(QStringLiteral("threshold")).toInt(&ok);
        if (!ok || options.threshold < 2 || options.threshold > 50) {
            ctx.err << "consentdesk-cli " << command << ": --threshold must be a whole number from 2 to 50.\n";
            return std::nullopt;
        }
    }
    options.note = opts.value(QStringLiteral("note"));
    return options;
}

// Exports name patients: owner-only, whole or not at all, never through a symbolic link (exit 2 with nothing written).
int writeFile(Context& ctx, const QString& file, const QByteArray& bytes)
{
    if (auto written = writePrivateFile(file, bytes); !written) {
        return ctx.fail(written.error());
    }
    return Done;
}

} // namespace

int runReport(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    const auto options = periodOptions(ctx, *db, opts, QStringLiteral("report"));
    if (!options) {
        return Usage;
    }
    auto report = ExportService(*db, ctx.clock()).report(ctx.actor, *options, QStringLiteral("PDF"));
    if (!report) {
        return ctx.fail(report.error());
    }
    const QString file = opts.value(QStringLiteral("pdf"));
    if (auto written = writeReportPdf(*report, file); !written) {
        return ctx.fail(written.error());
    }
    ctx.err << "Wrote the LMC report for " << humanDate(options->from) << " to " << humanDate(options->to) << " to "
            << file << ".\n";
    return Done;
}

int runExport(Context& ctx, const ParsedOptions& opts)
{
    const QStringList kinds = {QStringLiteral("aggregates-csv"), QStringLiteral("coding-worklist"),
                               QStringLiteral("fhir")};
    QStringList given;
    for (const QString& kind : kinds) {
        if (opts.has(kind)) {
            given << kind;
        }
    }
    if (given.size() != 1) {
        ctx.err << "consentdesk-cli export: give one of --aggregates-csv FILE, --coding-worklist FILE or --fhir FILE. "
                   "See 'consentdesk-cli export --help'.\n";
        return Usage;
    }
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    ExportService service(*db, ctx.clock());
    const QString kind = given.constFirst();
    const QString file = opts.value(kind);
    if (kind == QLatin1String("aggregates-csv")) {
        const auto options = periodOptions(ctx, *db, opts, QStringLiteral("export"));
        if (!options) {
            return Usage;
        }
        auto csv = service.aggregates(ctx.actor, *options);
        return csv ? writeFile(ctx, file, *csv) : ctx.fail(csv.error());
    }
    if (kind == QLatin1String("coding-worklist")) {
        auto csv = service.codingWorklist(ctx.actor, ctx.clock().today());
        return csv ? writeFile(ctx, file, *csv) : ctx.fail(csv.error());
    }
    auto bundle = service.fhirBundle(ctx.actor);
    return bundle ? writeFile(ctx, file, QJsonDocument(*bundle).toJson(QJsonDocument::Indented))
                  : ctx.fail(bundle.error());
}

} // namespace cd::cli

namespace cd::cli {
namespace {

QJsonObject backupJson(const BackupFile& b)
{
    return QJsonObject{{QStringLiteral("path"), b.path},
                       {QStringLiteral("made"), b.made.toString(Qt::ISODate)},
                       {QStringLiteral("bytes"), b.bytes}};
}

} // namespace

int runBackup(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    auto made = BackupService(*db, ctx.clock()).backup(ctx.actor, opts.value(QStringLiteral("to")));
    if (!made) {
        return ctx.fail(made.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(backupJson(*made)).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << "Backed up to " << made->path << " (" << made->bytes / 1024 << " KiB, checked).\n";
    }
    return Done;
}

int runBackups(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    BackupService service(*db, ctx.clock());
    auto files = service.list(opts.value(QStringLiteral("in")));
    if (!files) {
        return ctx.fail(files.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const BackupFile& b : *files) {
            list.append(backupJson(b));
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("backups"), list}}).toJson(QJsonDocument::Indented);
        return Done;
    }
    if (files->isEmpty()) {
        ctx.out << "No backups in "
                << (opts.has(QStringLiteral("in")) ? opts.value(QStringLiteral("in")) : service.defaultFolder())
                << " yet: make one with 'consentdesk-cli backup'.\n";
    }
    for (const BackupFile& b : *files) {
        ctx.out << b.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) << "  "
                << QString::number(b.bytes / 1024).rightJustified(8) << " KiB  " << b.path << '\n';
    }
    return Done;
}

int runRestore(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    if (!opts.has(QStringLiteral("yes"))) {
        ctx.err << "consentdesk-cli restore: this replaces the whole practice with " << opts.positional
                << " (the current state is kept as a backup first). Add --yes to go ahead.\n";
        return Usage;
    }
    auto kept = BackupService(*db, ctx.clock()).restore(ctx.actor, opts.positional);
    if (!kept) {
        return ctx.fail(kept.error());
    }
    ctx.out << "Restored " << opts.positional << ". The practice as it was before is kept in " << kept->path << ".\n";
    return Done;
}

} // namespace cd::cli
