#include "reconcile/Reconciliation.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/Permissions.h"
#include "domain/Programme.h"
#include "service/Refusal.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Stores.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <numeric>

namespace cd {
namespace {

const QString kLastReconciliationSetting = QStringLiteral("last_reconciliation");

struct KnownPatient
{
    QString nhs;
    QDate dateOfBirth;
};

// The choices a GP overrode (reviews not themselves voided) and the events voided: set aside on the desk.
QSet<qint64> setAside(const QList<ConsentEvent>& events)
{
    QSet<qint64> ids = Ledger::voidedIds(events);
    for (const ConsentEvent& e : events) {
        if (e.type == EventType::GpReview && e.outcome == ReviewOutcome::Overridden && !ids.contains(e.id)) {
            ids.insert(e.targetEventId);
        }
    }
    return ids;
}

ReconcileOutcome compare(const Programme& programme, const PatientState& state, const QList<ConsentEvent>& events,
                         const ClinicalEntry* clinical)
{
    const ConsentEvent* current = findEvent(events, state.currentChoiceId);
    const ChoiceDefinition* desk = current ? programme.choice(current->choice) : nullptr;
    const ChoiceDefinition* coded = clinical ? choiceForClinicalCode(programme, clinical->code) : nullptr;
    const bool clinicalExpress = coded && coded != &programme.defaultState;
    const bool deskDissent = desk && !desk->permit;
    if (deskDissent && !(clinicalExpress && !coded->permit)) {
        return ReconcileOutcome::UploadAgainstWishes;
    }
    if (desk && clinicalExpress && desk->key == coded->key) {
        return ReconcileOutcome::Agrees;
    }
    if (clinicalExpress) {
        const QSet<qint64> aside = setAside(events);
        for (const ConsentEvent& e : events) {
            if (e.type == EventType::Choice && e.programme == programme.id && aside.contains(e.id) &&
                e.choice == coded->key) {
                return ReconcileOutcome::CodeToRemove;
            }
        }
        return desk ? ReconcileOutcome::Differs : ReconcileOutcome::NotOnDesk;
    }
    return desk ? ReconcileOutcome::NotCoded : ReconcileOutcome::Default;
}

Status applyMarks(Database& db, const Programme& programme, const Actor& actor, const QDateTime& at,
                  ReconcileReport& report, const QHash<qint64, qint64>& choiceOf, const ReconcileOptions& options)
{
    qsizetype done = 0;
    for (ReconcileRow& row : report.rows) {
        if (!row.markedCoded) {
            continue;
        }
        ConsentEvent e;
        e.type = EventType::Coded;
        e.programme = programme.id;
        e.patientId = row.patientId;
        e.targetEventId = choiceOf.value(row.patientId);
        auto target = EventStore(db).findById(e.targetEventId);
        if (!target || !target->has_value()) {
            return target ? Error{ErrorKind::Database, QStringLiteral("A choice vanished during the reconciliation.")}
                          : target.error();
        }
        // Coded in a consultation before the form reached the desk: the desk's record says coded from receipt.
        e.date = std::max(row.clinicalDate, (*target)->date);
        e.readCode = row.clinicalCode;
        e.recordedBy = actor.user;
        e.recordedRole = actor.role;
        e.recordedAt = at;
        auto id = EventStore(db).append(e);
        if (!id) {
            return id.error();
        }
        if (auto s = SegmentStore(db).rebuild(row.patientId, programme); !s) {
            return s;
        }
        if (auto s = AuditStore(db).append({at, actor.user, actor.role, QStringLiteral("coded"), row.patientId, *id,
                                            QStringLiteral("%1 found in the clinical system by reconciliation (line "
                                                           "%2)")
                                                .arg(row.clinicalCode)
                                                .arg(row.line)});
            !s) {
            return s;
        }
        if (options.progress && ++done % 200 == 0 &&
            !options.progress(static_cast<int>(100 * done / std::max<qint64>(report.markedCoded, 1)))) {
            return Error{ErrorKind::Conflict, QStringLiteral("The reconciliation was cancelled: nothing was changed.")};
        }
    }
    return Done{};
}

QString countsText(const ReconcileReport& report)
{
    QStringList parts;
    for (const ReconcileOutcome o : allOutcomes()) {
        parts << QStringLiteral("%1 %2").arg(toString(o)).arg(report.count(o));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

Result<ReconcileReport> reconcile(Database& db, const Actor& actor, const Clock& clock, QIODevice& file,
                                  const ReconcileOptions& options)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(db, clock, actor, QStringLiteral("reconcile"),
                      QStringLiteral("Only a manager may reconcile with the clinical system."));
    }
    const Programme& programme = Programme::scr();
    ReconcileReport report;
    report.asOf = clock.today();
    report.ranAt = clock.recordedNow();
    report.ranBy = actor.user;
    auto read = readClinicalExport(file, programme, report.asOf, options.mapping);
    if (!read) {
        return read.error();
    }
    report.encoding = read->encoding;
    report.delimiter = read->delimiter;
    report.mappingUsed = read->mappingUsed;
    report.ignored = read->ignoredCodes;
    report.unmatched = read->unusable;
    auto rules = PracticeStore(db).rules();
    if (!rules) {
        return rules.error();
    }
    QHash<qint64, KnownPatient> patients;
    if (auto s = PatientStore(db).forEach([&](const Patient& p) {
            patients.insert(p.id, {p.nhsNumber, p.dateOfBirth});
        });
        !s) {
        return s.error();
    }
    QSet<qint64> matched;           // NHS numbers of the export's patients who are on the register
    QHash<qint64, qint64> choiceOf; // patient -> the desk's current choice, for the marks
    QSet<qint64> seen;              // patients with any event (every registered patient has one)
    for (const ReconcileOutcome o : allOutcomes()) {
        report.counts.insert(o, 0);
    }
    if (auto s = EventStore(db).forEachPatient([&](qint64 patientId, const QList<ConsentEvent>& events) {
            seen.insert(patientId);
            const KnownPatient known = patients.value(patientId);
            const PatientState state = Ledger::fold(programme, events, known.dateOfBirth, report.asOf, *rules);
            if (!state.registered) {
                return;
            }
            const qint64 nhs = known.nhs.toLongLong();
            const auto entry = read->latest.constFind(nhs);
            const ClinicalEntry* clinical = entry == read->latest.constEnd() ? nullptr : &*entry;
            if (clinical) {
                matched.insert(nhs);
            }
            const ReconcileOutcome outcome = compare(programme, state, events, clinical);
            ++report.counts[outcome];
            if (outcome == ReconcileOutcome::Default) {
                return;
            }
            const ConsentEvent* current = findEvent(events, state.currentChoiceId);
            ReconcileRow row;
            row.patientId = patientId;
            row.nhs = known.nhs;
            row.outcome = outcome;
            row.deskChoice = current ? current->choice : QString();
            row.deskState = state.state;
            row.clinicalCode = clinical ? clinical->code : QString();
            row.clinicalDate = clinical ? clinical->date : QDate();
            row.line = clinical ? clinical->line : 0;
            row.markedCoded = outcome == ReconcileOutcome::Agrees && state.awaitingCoding;
            if (row.markedCoded) {
                choiceOf.insert(patientId, state.currentChoiceId);
                ++report.markedCoded;
            }
            report.rows.append(row);
        });
        !s) {
        return s.error();
    }
    for (auto it = read->latest.cbegin(); it != read->latest.cend(); ++it) {
        if (!matched.contains(it.key())) {
            report.unmatched.append({it->line, QString::number(it.key()).rightJustified(10, u'0'),
                                     QStringLiteral("Not on the practice's register on %1: check the NHS number, or "
                                                    "import the register first.")
                                         .arg(humanDate(report.asOf))});
        }
    }
    std::sort(report.unmatched.begin(), report.unmatched.end(),
              [](const UnusableRow& a, const UnusableRow& b) { return a.line < b.line; });
    std::sort(report.rows.begin(), report.rows.end(), [](const ReconcileRow& a, const ReconcileRow& b) {
        return a.outcome != b.outcome ? a.outcome < b.outcome : a.nhs < b.nhs;
    });
    const QString details =
        QStringLiteral("%1%2: %3; marked coded %4; ignored %5 rows; unmatched %6")
            .arg(options.dryRun ? QStringLiteral("dry run of ") : QString(),
                 options.fileName.isEmpty() ? QStringLiteral("export") : options.fileName, countsText(report))
            .arg(options.dryRun ? 0 : report.markedCoded)
            .arg(std::accumulate(report.ignored.cbegin(), report.ignored.cend(), qint64{0}))
            .arg(report.unmatched.size());
    if (options.dryRun) {
        if (auto s = AuditStore(db).append(
                {report.ranAt, actor.user, actor.role, QStringLiteral("reconcile-dry-run"), 0, 0, details});
            !s) {
            return s.error();
        }
        for (ReconcileRow& row : report.rows) {
            row.markedCoded = false;
        }
        report.markedCoded = 0;
        return report;
    }
    QJsonObject counts;
    for (const ReconcileOutcome o : allOutcomes()) {
        counts.insert(toString(o), report.count(o));
    }
    QJsonArray atRisk;
    for (const ReconcileRow& row : std::as_const(report.rows)) {
        if (row.outcome == ReconcileOutcome::UploadAgainstWishes) {
            atRisk.append(row.patientId);
        }
    }
    const QJsonObject kept{{QStringLiteral("at"), isoDateTime(report.ranAt)},
                           {QStringLiteral("by"), actor.user},
                           {QStringLiteral("as_of"), isoDate(report.asOf)},
                           {QStringLiteral("counts"), counts},
                           {QStringLiteral("at_risk"), atRisk}};
    if (auto s = db.write([&]() -> Status {
            if (auto marked = applyMarks(db, programme, actor, report.ranAt, report, choiceOf, options); !marked) {
                return marked;
            }
            if (auto s2 = PracticeStore(db).setSetting(
                    kLastReconciliationSetting, QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)));
                !s2) {
                return s2;
            }
            if (auto s2 = AuditStore(db).append(
                    {report.ranAt, actor.user, actor.role, QStringLiteral("reconcile"), 0, 0, details});
                !s2) {
                return s2;
            }
            return db.execDialect(dialect::notifyChange(db.engine()), {QStringLiteral("reconcile")});
        });
        !s) {
        return s.error();
    }
    report.applied = true;
    return report;
}

Result<std::optional<LastReconciliation>> lastReconciliation(Database& db)
{
    auto stored = PracticeStore(db).setting(kLastReconciliationSetting);
    if (!stored) {
        return stored.error();
    }
    if (stored->isEmpty()) {
        return std::optional<LastReconciliation>();
    }
    const QJsonObject o = QJsonDocument::fromJson(stored->toUtf8()).object();
    LastReconciliation last;
    last.at = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODate);
    last.by = o.value(QLatin1String("by")).toString();
    last.asOf = QDate::fromString(o.value(QLatin1String("as_of")).toString(), Qt::ISODate);
    const QJsonObject counts = o.value(QLatin1String("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        last.counts.insert(it.key(), it.value().toInteger());
    }
    for (const auto& id : o.value(QLatin1String("at_risk")).toArray()) {
        last.atRisk.append(id.toInteger());
    }
    return std::optional<LastReconciliation>(last);
}

} // namespace cd
