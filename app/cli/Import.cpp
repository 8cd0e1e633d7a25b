// import-register: the practice's registered list in from the clinical system's export.
#include "Cli.h"
#include "export/PrivateFile.h"

#include "domain/Dates.h"
#include "register/RegisterImport.h"
#include "service/Refusal.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonDocument>

namespace cd::cli {

int runImportRegister(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    // The role before the file: a refused import is refused whatever the file holds, and audited.
    if (!allows(ctx.actor.role, Permission::ManagePractice)) {
        return ctx.fail(refuse(*db, ctx.clock(), ctx.actor, QStringLiteral("import-register"),
                               QStringLiteral("Only a manager may import the register.")));
    }
    QFile file(opts.positional);
    if (!file.open(QIODevice::ReadOnly)) {
        return ctx.fail(invalid(
            QStringLiteral("The register file %1 cannot be read: %2.").arg(opts.positional, file.errorString())));
    }
    if (const QString problem = registerFileProblem(file); !problem.isEmpty()) {
        return ctx.fail(invalid(problem));
    }
    ImportOptions options;
    options.dryRun = opts.has(QStringLiteral("dry-run"));
    options.allowDeductions = opts.has(QStringLiteral("allow-deductions"));
    auto mapping = ColumnMapping::parseOverrides(opts.all.value(QStringLiteral("map")));
    if (!mapping) {
        return ctx.fail(mapping.error());
    }
    options.mapping = *mapping;
    // The rejects name patients: their file is made owner-only, and a bad place (a symbolic link, a missing folder)
    // is refused before anything is imported.
    std::unique_ptr<PrivateFile> rejects;
    if (opts.has(QStringLiteral("rejects-out"))) {
        auto created = PrivateFile::create(opts.value(QStringLiteral("rejects-out")));
        if (!created) {
            return ctx.fail(created.error());
        }
        rejects = std::move(created).value();
    }
    auto report = importRegister(*db, ctx.actor, ctx.clock(), file, options);
    if (!report) {
        return ctx.fail(report.error());
    }
    if (rejects) {
        const QByteArray csv = report->rejectsCsv();
        Status written = rejects->device().write(csv) == csv.size() ? rejects->commit()
                                                                    : Status(invalid(rejects->device().errorString()));
        if (!written) {
            ctx.err << "consentdesk-cli: the register was imported, but the rejected rows could not be written to "
                    << opts.value(QStringLiteral("rejects-out")) << ": " << written.error().message << '\n';
        }
    }
    if (opts.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    } else {
        for (const RegisterReject& r : report->rejects) {
            ctx.out << "line " << r.line << " ("
                    << (r.nhsAsWritten.isEmpty() ? QStringLiteral("no NHS number") : r.nhsAsWritten)
                    << "): " << r.reason << '\n';
        }
    }
    ctx.err << (report->applied ? "Imported " : "Dry run, nothing changed: would import ") << "the register ("
            << report->encoding << "): " << report->added << " added, " << report->updated << " updated, "
            << report->unchanged << " unchanged, " << report->left << " marked as left, " << report->returning
            << " returning, " << report->rejects.size() << " rejected.";
    if (report->awaitingRegister > 0) {
        ctx.err << ' ' << report->awaitingRegister
                << " registered at the desk in the last four weeks and not in the file yet: kept on the list.";
    }
    if (!report->ignoredColumns.isEmpty()) {
        ctx.err << " Columns ignored: " << report->ignoredColumns.join(QStringLiteral(", ")) << '.';
    }
    ctx.err << '\n';
    return Done;
}

} // namespace cd::cli
