// Recording on the desk the choices a reconciliation found only in the clinical system (not-on-desk).
#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/Permissions.h"
#include "domain/Programme.h"
#include "reconcile/Reconciliation.h"
#include "service/Refusal.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Stores.h"

namespace cd {
namespace {

ConsentEvent stamped(EventType type, qint64 patientId, QDate date, const Actor& actor, const QDateTime& at)
{
    ConsentEvent e;
    e.type = type;
    e.programme = Programme::scr().id;
    e.patientId = patientId;
    e.date = date;
    e.recordedBy = actor.user;
    e.recordedRole = actor.role;
    e.recordedAt = at;
    return e;
}

// Records one row's choice and its coding, unless the desk has a choice for the patient by now (why, if skipped).
Result<QString> recordOne(Database& db, const Actor& actor, const QDateTime& at, QDate today,
                          const PracticeRules& rules, const ReconcileRow& row)
{
    const Programme& scr = Programme::scr();
    const ChoiceDefinition* choice = choiceForClinicalCode(scr, row.clinicalCode);
    if (row.outcome != ReconcileOutcome::NotOnDesk || !choice || choice == &scr.defaultState) {
        return QStringLiteral("not a choice found only in the clinical system");
    }
    auto patient = PatientStore(db).findById(row.patientId);
    auto events = EventStore(db).forPatient(row.patientId);
    if (!patient || !events) {
        return !patient ? patient.error() : events.error();
    }
    if (!patient->has_value()) {
        return QStringLiteral("no longer on file");
    }
    const PatientState state = Ledger::fold(scr, *events, (*patient)->dateOfBirth, today, rules);
    if (!state.registered) {
        return QStringLiteral("no longer registered");
    }
    if (state.currentChoiceId != 0 || state.pendingChoiceId != 0) {
        return QStringLiteral("the desk has a choice for them now: reconcile again");
    }
    ConsentEvent form = stamped(EventType::Choice, row.patientId, row.clinicalDate, actor, at);
    form.choice = choice->key;
    form.channel = Channel::ClinicalSystem;
    form.note = QStringLiteral("Coded %1 in the clinical system on %2; recorded on the desk from a reconciliation.")
                    .arg(row.clinicalCode, humanDate(row.clinicalDate));
    auto formId = EventStore(db).append(form);
    if (!formId) {
        return formId.error();
    }
    ConsentEvent coded = stamped(EventType::Coded, row.patientId, row.clinicalDate, actor, at);
    coded.readCode = row.clinicalCode;
    coded.targetEventId = *formId;
    auto codedId = EventStore(db).append(coded);
    if (!codedId) {
        return codedId.error();
    }
    if (auto s = SegmentStore(db).rebuild(row.patientId, scr); !s) {
        return s.error();
    }
    if (auto s = AuditStore(db).append({at, actor.user, actor.role, QStringLiteral("record-from-clinical-system"),
                                        row.patientId, *formId,
                                        QStringLiteral("%1 (%2, coded %3), found by reconciliation")
                                            .arg(choice->key, row.clinicalCode, isoDate(row.clinicalDate))});
        !s) {
        return s.error();
    }
    return QString();
}

} // namespace

Result<NotOnDeskRecorded> recordNotOnDesk(Database& db, const Actor& actor, const Clock& clock,
                                          const QList<ReconcileRow>& rows)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(db, clock, actor, QStringLiteral("record-from-clinical-system"),
                      QStringLiteral("Only a manager may record on the desk what the clinical system holds."));
    }
    auto rules = PracticeStore(db).rules();
    if (!rules) {
        return rules.error();
    }
    const QDateTime at = clock.recordedNow();
    NotOnDeskRecorded result;
    const Status written = db.write([&]() -> Status {
        result = {}; // a retried write starts again
        for (const ReconcileRow& row : rows) {
            auto why = recordOne(db, actor, at, clock.today(), *rules, row);
            if (!why) {
                return why.error();
            }
            if (why->isEmpty()) {
                ++result.recorded;
            } else {
                result.skipped.append({row.nhs, *why});
            }
        }
        return result.recorded > 0 ? db.execDialect(dialect::notifyChange(db.engine()), {QStringLiteral("reconcile")})
                                   : Status(Done{});
    });
    if (!written) {
        return written.error();
    }
    return result;
}

} // namespace cd
