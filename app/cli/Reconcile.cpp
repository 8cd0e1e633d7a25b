// reconcile: the clinical system's SCR consent codes against the desk's choices, before the upload.
#include "Cli.h"
#include "export/PrivateFile.h"

#include "domain/Dates.h"
#include "reconcile/Reconciliation.h"
#include "register/ColumnMapping.h"
#include "service/Refusal.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace cd::cli {

int runReconcile(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    if (!allows(ctx.actor.role, Permission::ManagePractice)) {
        return ctx.fail(refuse(*db, ctx.clock(), ctx.actor, QStringLiteral("reconcile"),
                               QStringLiteral("Only a manager may reconcile with the clinical system.")));
    }
    QFile file(opts.positional);
    if (!file.open(QIODevice::ReadOnly)) {
        return ctx.fail(invalid(QStringLiteral("The export %1 cannot be read: %2. Nothing was changed.")
                                    .arg(opts.positional, file.errorString())));
    }
    ReconcileOptions options;
    options.dryRun = opts.has(QStringLiteral("dry-run"));
    options.fileName = QFileInfo(opts.positional).fileName();
    auto mapping = ColumnMapping::parseOverrides(opts.all.value(QStringLiteral("map")));
    if (!mapping) {
        return ctx.fail(mapping.error());
    }
    options.mapping = *mapping;
    // The rows name patients by NHS number: their file is owner-only, and a bad place is refused first.
    std::unique_ptr<PrivateFile> out;
    if (opts.has(QStringLiteral("out"))) {
        auto created = PrivateFile::create(opts.value(QStringLiteral("out")));
        if (!created) {
            return ctx.fail(created.error());
        }
        out = std::move(created).value();
    }
    auto report = reconcile(*db, ctx.actor, ctx.clock(), file, options);
    if (!report) {
        return ctx.fail(report.error());
    }
    // --record-not-on-desk: what only the clinical system holds is recorded on the desk, after the marks.
    std::optional<NotOnDeskRecorded> recorded;
    if (opts.has(QStringLiteral("record-not-on-desk")) && report->applied) {
        QList<ReconcileRow> notOnDesk;
        for (const ReconcileRow& r : std::as_const(report->rows)) {
            if (r.outcome == ReconcileOutcome::NotOnDesk) {
                notOnDesk << r;
            }
        }
        auto done = recordNotOnDesk(*db, ctx.actor, ctx.clock(), notOnDesk);
        if (!done) {
            return ctx.fail(done.error());
        }
        recorded = *done;
    }
    if (out) {
        const QByteArray csv = report->rowsCsv(report->rows);
        Status written =
            out->device().write(csv) == csv.size() ? out->commit() : Status(invalid(out->device().errorString()));
        if (!written) {
            ctx.err << "consentdesk-cli: the reconciliation ran, but its rows could not be written to "
                    << opts.value(QStringLiteral("out")) << ": " << written.error().message << '\n';
        }
    }
    if (opts.has(QStringLiteral("json"))) {
        QJsonObject o = report->toJson();
        if (recorded) {
            QJsonArray skipped;
            for (const auto& [nhs, why] : recorded->skipped) {
                skipped.append(QJsonObject{{QStringLiteral("nhs"), nhs}, {QStringLiteral("reason"), why}});
            }
            o.insert(QStringLiteral("recorded_from_clinical_system"), recorded->recorded);
            o.insert(QStringLiteral("not_recorded"), skipped);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const ReconcileRow& r : report->rows) {
            if (r.outcome == ReconcileOutcome::Agrees) {
                continue;
            }
            ctx.out << toString(r.outcome) << '\t' << r.nhs
                    << "\tdesk: " << (r.deskChoice.isEmpty() ? r.deskState : r.deskChoice) << "\tclinical system: "
                    << (r.clinicalCode.isEmpty() ? QStringLiteral("no code")
                                                 : r.clinicalCode + u' ' + isoDate(r.clinicalDate))
                    << '\n';
        }
        for (const UnusableRow& u : report->unmatched) {
            ctx.out << "line " << u.line << " (" << u.nhsAsWritten << "): " << u.reason << '\n';
        }
    }
    ctx.err << (report->applied ? "Reconciled" : "Dry run, nothing changed: reconciled") << " as of "
            << isoDate(report->asOf) << ':';
    for (const ReconcileOutcome o : allOutcomes()) {
        ctx.err << ' ' << toString(o) << ' ' << report->count(o) << (o == ReconcileOutcome::Default ? '.' : ',');
    }
    if (report->applied) {
        ctx.err << ' ' << report->markedCoded << " choices marked coded.";
    }
    if (recorded) {
        ctx.err << ' ' << recorded->recorded << " choices found only in the clinical system recorded on the desk";
        ctx.err << (recorded->skipped.isEmpty()
                        ? QStringLiteral(".")
                        : QStringLiteral(" (%1 not: see --json).").arg(recorded->skipped.size()));
    }
    if (report->count(ReconcileOutcome::UploadAgainstWishes) > 0) {
        ctx.err << " WARNING: " << report->count(ReconcileOutcome::UploadAgainstWishes)
                << " patients who opted out would be uploaded: key their dissent code before the upload.";
    }
    ctx.err << '\n';
    return Done;
}

} // namespace cd::cli
