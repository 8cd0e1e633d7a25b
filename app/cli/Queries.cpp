// The commands that only read: status, stats, verify.
#include "Cli.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "domain/Region.h"
#include "reconcile/UploadReadiness.h"
#include "service/FileTrust.h"
#include "service/PatientRecord.h"
#include "service/Verifier.h"
#include "stats/HeadlineFigures.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

QString row(const QString& label, const QString& value, int width = 40)
{
    return label.leftJustified(width) + value + u'\n';
}

QString flagsOf(const PatientState& s)
{
    QStringList flags;
    if (s.awaitingCoding) {
        flags << QStringLiteral("awaiting coding");
    }
    if (s.gpReview) {
        flags << QStringLiteral("GP review (%1)").arg(describe(s.reviewReason));
    }
    if (!s.codesToCorrect.isEmpty()) {
        flags << QStringLiteral("code to correct");
    }
    if (s.letterReturned) {
        flags << QStringLiteral("letter returned");
    }
    return flags.isEmpty() ? QStringLiteral("none") : flags.join(QStringLiteral(", "));
}

} // namespace

int runStatus(Context& ctx, const ParsedOptions& opts)
{
    if (auto nhs = NhsNumber::parse(opts.value(QStringLiteral("nhs"))); !nhs) {
        return ctx.fail(nhs.error());
    }
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    const Programme& scr = Programme::scr();
    auto record = PatientRecord::load(*db, scr, opts.value(QStringLiteral("nhs")), ctx.clock().today());
    if (!record) {
        return ctx.fail(record.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        ctx.out << QJsonDocument(record->toJson(scr)).toJson(QJsonDocument::Indented);
        return Done;
    }
    const Patient& p = record->patient;
    ctx.out << row(QStringLiteral("Patient"), QStringLiteral("%1 %2").arg(p.title, p.displayName()).trimmed(), 14)
            << row(QStringLiteral("NHS number"), NhsNumber::display(p.nhsNumber), 14)
            << row(QStringLiteral("Born"),
                   QStringLiteral("%1 (age %2), sex %3")
                       .arg(humanDate(p.dateOfBirth))
                       .arg(ageOn(p.dateOfBirth, record->asOf))
                       .arg(p.sex),
                   14)
            << row(QStringLiteral("As of"), humanDate(record->asOf), 14)
            << row(QStringLiteral("Registered"),
                   record->state.registered ? QStringLiteral("yes") : QStringLiteral("no"), 14)
            << row(QStringLiteral("State"), scr.stateLabel(record->state.state), 14)
            << row(QStringLiteral("Flags"), flagsOf(record->state), 14)
            << row(QStringLiteral("Summary"), record->summary(scr), 14) << "\nHistory, oldest first:\n";
    for (const ConsentEvent& e : record->history) {
        QString line =
            QStringLiteral("  #%1  %2  %3  [%4, %5, %6]")
                .arg(QString::number(e.id).leftJustified(5), isoDate(e.date), PatientRecord::describeEvent(e),
                     e.recordedBy, toString(e.recordedRole), isoDateTime(e.recordedAt));
        if (record->voided.contains(e.id)) {
            line += QStringLiteral("  VOID: %1").arg(record->voidReasons.value(e.id));
        }
        ctx.out << line << '\n';
    }
    return Done;
}

int runStats(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    const Programme& scr = Programme::scr();
    auto figures = HeadlineFigures::compute(*db, scr, ctx.clock().today());
    if (!figures) {
        return ctx.fail(figures.error());
    }
    auto readiness = UploadReadiness::compute(*db, ctx.clock().today());
    if (!readiness) {
        return ctx.fail(readiness.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        QJsonObject o = figures->toJson();
        o.insert(QStringLiteral("last_reconciled"),
                 readiness->last ? QJsonValue(isoDateTime(readiness->last->at)) : QJsonValue());
        o.insert(QStringLiteral("upload_at_risk"),
                 readiness->last ? QJsonValue(readiness->atRisk.size()) : QJsonValue());
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Done;
    }
    auto practice = PracticeStore(*db).practice();
    if (practice && practice->has_value()) {
        const auto region = findRegion((*practice)->regionId);
        ctx.out << (*practice)->name << " (" << (*practice)->code << ", " << (region ? region->name : QString())
                << ")\n";
    }
    const auto n = [](qint64 v) {
        return QString::number(v).rightJustified(8);
    };
    ctx.out << "Headline figures as of " << humanDate(figures->asOf) << "\n\n"
            << row(QStringLiteral("List size"), n(figures->listSize))
            << row(QStringLiteral("Informed"), n(figures->informed()));
    for (const QString& state : scr.stateNames()) {
        ctx.out << row(QStringLiteral("  ") + scr.stateLabel(state), n(figures->count(state)));
    }
    ctx.out << row(QStringLiteral("Awaiting coding in the clinical system"), n(figures->awaitingCoding))
            << row(QStringLiteral("Codes to take out of the clinical system"), n(figures->codesToCorrect))
            << row(QStringLiteral("Waiting for GP review"), n(figures->gpReview))
            << row(QStringLiteral("Letters returned undelivered"), n(figures->lettersReturned))
            << row(QStringLiteral("Uptake (records created)"),
                   QString::number(figures->uptakePercent(), 'f', 2).rightJustified(8) + u'%')
            << row(QStringLiteral("Opt-out rate"),
                   QString::number(figures->optOutPercent(), 'f', 2).rightJustified(8) + u'%')
            << row(QStringLiteral("Last reconciled with the clinical system"),
                   readiness->last ? humanDate(readiness->last->at.date()).rightJustified(8)
                                   : QStringLiteral("   never"))
            << row(QStringLiteral("At risk of upload against their wishes"),
                   readiness->last ? n(readiness->atRisk.size()) : QStringLiteral("  not known"))
            << '\n'
            << readiness->sentence(ctx.clock().today()) << '\n';
    return Done;
}

int runVerify(Context& ctx, const ParsedOptions& opts)
{
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    qint64 repaired = 0;
    if (opts.has(QStringLiteral("repair"))) {
        auto done = repairDerivedState(*db, ctx.actor, ctx.clock(), Programme::scr());
        if (!done) {
            return ctx.fail(done.error());
        }
        repaired = *done;
        ctx.err << "Derived the state of " << repaired << " patients again from the ledger.\n";
    }
    auto verified = verifyDatabase(*db, Programme::scr());
    if (!verified) {
        return ctx.fail(verified.error());
    }
    VerifyReport checked = *verified;
    VerifyReport* report = &checked;
    if (opts.has(QStringLiteral("against"))) {
        // Today's history must extend the backup's: nothing it held altered or removed, only added to.
        auto extends = historyExtends(*db, opts.value(QStringLiteral("against")));
        if (!extends) {
            return ctx.fail(extends.error());
        }
        report->changedOutside << *extends;
    }
    const QStringList problems = report->problems();
    if (opts.has(QStringLiteral("json"))) {
        QJsonArray stale;
        for (const qint64 id : report->staleState) {
            stale.append(id);
        }
        QJsonObject o{{QStringLiteral("ok"), report->ok()},
                      {QStringLiteral("patients"), report->patients},
                      {QStringLiteral("events"), report->events},
                      {QStringLiteral("schema_version"), db->schemaVersion()},
                      {QStringLiteral("ledger_damaged"), !report->ledgerProblems.isEmpty()},
                      {QStringLiteral("changed_outside"), !report->changedOutside.isEmpty()},
                      {QStringLiteral("changes_outside"), QJsonArray::fromStringList(report->changedOutside)},
                      {QStringLiteral("ledger_problems"), QJsonArray::fromStringList(report->ledgerProblems)},
                      {QStringLiteral("state_out_of_date"), stale},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
        if (opts.has(QStringLiteral("repair"))) {
            o.insert(QStringLiteral("repaired"), repaired);
        }
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        for (const QString& problem : problems) {
            ctx.out << problem << '\n';
        }
        ctx.out << "Checked " << report->patients << " patients and " << report->events << " events: "
                << (problems.isEmpty() ? QStringLiteral("no problems found.")
                                       : QStringLiteral("%1 problems found.").arg(problems.size()))
                << '\n';
    }
    if (!report->changedOutside.isEmpty()) {
        ctx.err << "consentdesk-cli: the practice file was changed outside Consent Desk (with the sqlite3 tool or "
                   "another program): its history can no longer be trusted as it stands. Keep this file for "
                   "investigation, tell the practice's Caldicott guardian, and restore the newest good backup "
                   "('consentdesk-cli backups', then 'restore').\n";
        return DatabaseProblem;
    }
    if (!report->ledgerProblems.isEmpty()) {
        ctx.err << "consentdesk-cli: the ledger itself is damaged: restore the newest good backup ('consentdesk-cli "
                   "backups', then 'restore') or ask for support before recording more forms.\n";
        return DatabaseProblem;
    }
    if (!report->staleState.isEmpty()) {
        ctx.err << "consentdesk-cli: the ledger is sound, but the derived state of " << report->staleState.size()
                << " patients is out of date: a manager runs 'consentdesk-cli verify --repair' to derive it again.\n";
        return DatabaseProblem;
    }
    return Done;
}

} // namespace cd::cli
