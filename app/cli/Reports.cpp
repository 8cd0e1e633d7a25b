// The LMC report and the exports: report (a PDF, made without a display), export (aggregate CSV, the coding
// worklist, FHIR); and backups: backup, backups, restore. The services check the role and audit each one.
#include "Cli.h"
#include "export/PrivateFile.h"

#include "domain/Dates.h"
#include "report/LmcReportDocument.h"
#include "report/ReadinessDocument.h"
#include "service/BackupService.h"
#include "service/ExportService.h"
#include "service/Refusal.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

// The period: --from (default: a month before the first mail-out, else six months back) to --to (the as-of date),
// snapped by the report to whole weeks or months; --by; --disclosure (or the older --threshold), never weaker than
// the practice's choice.
std::optional<LmcReport::Options> periodOptions(Context& ctx, Database& db, const ParsedOptions& opts,
                                                const QString& command, int& exit)
{
    exit = Usage;
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
    const QString by = opts.has(QStringLiteral("by")) ? opts.value(QStringLiteral("by")) : QStringLiteral("week");
    if (by != QLatin1String("week") && by != QLatin1String("month")) {
        ctx.err << "consentdesk-cli " << command << ": --by takes week or month.\n";
        return std::nullopt;
    }
    options.period = by == QLatin1String("month") ? LmcReport::Period::Month : LmcReport::Period::Week;
    if (opts.has(QStringLiteral("disclosure"))) {
        auto method = DisclosureMethod::fromName(opts.value(QStringLiteral("disclosure")).trimmed().toLower());
        if (!method) {
            ctx.err << "consentdesk-cli " << command << ": " << method.error().message << '\n';
            exit = Refused; // a weaker method is refused, not merely misspelt
            return std::nullopt;
        }
        options.method = *method;
    }
    if (opts.has(QStringLiteral("threshold"))) {
        bool ok = false;
        const int threshold = opts.value(QStringLiteral("threshold")).toInt(&ok);
        auto method = ok ? DisclosureMethod::fromThreshold(threshold)
                         : Result<DisclosureMethod>(invalid(QStringLiteral("--threshold takes a whole number.")));
        if (!method) {
            ctx.err << "consentdesk-cli " << command << ": " << method.error().message << '\n';
            exit = ok ? Refused : Usage;
            return std::nullopt;
        }
        if (!options.method || method->suppressUpTo > options.method->suppressUpTo) {
            options.method = *method; // the stricter of the two
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

// Each "*" and rounded count with the range of true values everything published leaves possible.
void printDisclosureCheck(Context& ctx, const LmcReport& report, bool json)
{
    const qsizetype unsafe =
        std::count_if(report.disclosure.cbegin(), report.disclosure.cend(), [](const CellRange& r) { return !r.safe; });
    if (json) {
        QJsonArray cells;
        for (const CellRange& r : report.disclosure) {
            cells.append(QJsonObject{
                {QStringLiteral("key"), r.key},
                {QStringLiteral("label"), r.label},
                {QStringLiteral("published"), r.text},
                {QStringLiteral("low"), r.low},
                {QStringLiteral("high"), r.high < 0 ? QJsonValue() : QJsonValue(r.high)},
                {QStringLiteral("possible_values"), r.high < 0 ? QJsonValue() : QJsonValue(r.possibleValues())},
                {QStringLiteral("safe"), r.safe}});
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("method"), report.method.name()},
                                             {QStringLiteral("from"), isoDate(report.from)},
                                             {QStringLiteral("to"), isoDate(report.to)},
                                             {QStringLiteral("cells"), cells},
                                             {QStringLiteral("unsafe"), unsafe}})
                       .toJson(QJsonDocument::Indented);
        return;
    }
    ctx.out << report.method.sentence() << '\n'
            << "Period " << humanDate(report.from) << " to " << humanDate(report.to) << ". " << report.disclosure.size()
            << " hidden or rounded counts checked against everything the report publishes; " << unsafe
            << " can be narrowed.\n\n";
    for (const CellRange& r : report.disclosure) {
        ctx.out
            << QStringLiteral("%1  %2  %3%4\n")
                   .arg(r.text.rightJustified(6), r.label.leftJustified(60),
                        r.high < 0
                            ? QStringLiteral("%1 or more").arg(r.low)
                            : QStringLiteral("%1 to %2 (%3 possible)").arg(r.low).arg(r.high).arg(r.possibleValues()),
                        r.safe ? QString() : QStringLiteral("  NARROWED"));
    }
}

} // namespace

namespace {

// report --upload-readiness --pdf FILE: the internal one-page record, manager only, audited.
int runReadinessReport(Context& ctx, Database& db, const ParsedOptions& opts)
{
    if (!allows(ctx.actor.role, Permission::ManagePractice)) {
        return ctx.fail(refuse(db, ctx.clock(), ctx.actor, QStringLiteral("report-upload-readiness"),
                               QStringLiteral("Only a manager may make the upload readiness record: it names "
                                              "patients.")));
    }
    if (!opts.has(QStringLiteral("pdf"))) {
        ctx.err << "consentdesk-cli report --upload-readiness: give --pdf FILE.\n";
        return Usage;
    }
    ReadinessRecord record;
    record.today = ctx.clock().today();
    record.produced = ctx.clock().recordedNow();
    record.producedBy = ctx.actor.user;
    auto readiness = UploadReadiness::compute(db, record.today);
    if (!readiness) {
        return ctx.fail(readiness.error());
    }
    record.readiness = *readiness;
    auto practice = PracticeStore(db).practice();
    if (practice && practice->has_value()) {
        record.practiceName = (*practice)->name;
        record.practiceCode = (*practice)->code;
    }
    for (const qint64 id : readiness->atRisk) {
        auto patient = PatientStore(db).findById(id);
        if (patient && patient->has_value()) {
            const QString& d = (*patient)->nhsNumber;
            record.atRiskNhs << d.left(3) + u' ' + d.mid(3, 3) + u' ' + d.mid(6);
        }
    }
    const QString file = opts.value(QStringLiteral("pdf"));
    if (auto written = writeReadinessPdf(record, file); !written) {
        return ctx.fail(written.error());
    }
    if (auto s = AuditStore(db).append({record.produced, ctx.actor.user, ctx.actor.role,
                                        QStringLiteral("report-upload-readiness"), 0, 0,
                                        QStringLiteral("%1 at risk").arg(record.atRiskNhs.size())});
        !s) {
        return ctx.fail(s.error());
    }
    ctx.err << "Wrote the upload readiness record (internal, names " << record.atRiskNhs.size()
            << " patients at risk) to " << file << ".\n"
            << readiness->sentence(record.today) << '\n';
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
    if (opts.has(QStringLiteral("upload-readiness"))) {
        return runReadinessReport(ctx, *db, opts);
    }
    int refused = Usage;
    const auto options = periodOptions(ctx, *db, opts, QStringLiteral("report"), refused);
    if (!options) {
        return refused;
    }
    const bool check = opts.has(QStringLiteral("check-disclosure"));
    if (!check && !opts.has(QStringLiteral("pdf"))) {
        ctx.err << "consentdesk-cli report: give --pdf FILE, or --check-disclosure to see what a reader could work "
                   "out. See 'consentdesk-cli report --help'.\n";
        return Usage;
    }
    auto report = ExportService(*db, ctx.clock())
                      .report(ctx.actor, *options, check ? QStringLiteral("disclosure check") : QStringLiteral("PDF"));
    if (!report) {
        return ctx.fail(report.error());
    }
    if (opts.has(QStringLiteral("pdf"))) {
        const QString file = opts.value(QStringLiteral("pdf"));
        if (auto written = writeReportPdf(*report, file); !written) {
            return ctx.fail(written.error());
        }
        ctx.err << "Wrote the LMC report for " << humanDate(report->from) << " to " << humanDate(report->to) << " to "
                << file << ".\n";
    }
    if (check) {
        printDisclosureCheck(ctx, *report, opts.has(QStringLiteral("json")));
    }
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
        int refused = Usage;
        const auto options = periodOptions(ctx, *db, opts, QStringLiteral("export"), refused);
        if (!options) {
            return refused;
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
