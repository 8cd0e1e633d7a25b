#include "service/DemoService.h"
#include "service/Refusal.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "service/UserService.h"
#include "store/Database.h"
#include "store/Stores.h"
#include "store/TimelineStore.h"

namespace cd {
namespace {

Status writePatient(Database& db, const DemoPatient& dp, qint64 batchId, const PracticeRules& rules,
                    const QDateTime& at, DemoSummary& summary)
{
    auto patientId = PatientStore(db).insert(dp.patient, at);
    if (!patientId) {
        return patientId.error();
    }
    EventStore events(db);
    QList<qint64> realIds; // local id n is at index n - 1
    realIds.reserve(dp.events.size());
    for (ConsentEvent e : dp.events) {
        e.patientId = *patientId;
        e.targetEventId = e.targetEventId > 0 ? realIds.at(e.targetEventId - 1) : 0;
        if (e.type == EventType::PackSent) {
            e.batchId = batchId;
        }
        auto id = events.append(e);
        if (!id) {
            return id.error();
        }
        realIds.append(*id);
    }
    summary.events += dp.events.size();
    ++summary.patients;
    // Local ids keep the recorded order, so the fold over them equals the fold over the stored events.
    const auto segments = Ledger::segments(Programme::scr(), dp.events, dp.patient.dateOfBirth, rules);
    return SegmentStore(db).insert(*patientId, Programme::scr().id, segments);
}

} // namespace

Result<QList<std::pair<QString, Role>>> addDemoUsers(Database& db, const Actor& actor, const Clock& clock)
{
    const QList<std::pair<QString, Role>> users = {{QStringLiteral("demo-manager"), Role::Manager},
                                                   {QStringLiteral("demo-clinician"), Role::Clinician},
                                                   {QStringLiteral("demo-reception"), Role::Reception}};
    if (db.engine() == Engine::PostgreSQL) {
        // A server's users are its logins, which belong to the whole server: a demo never claims names like these
        // there. server-setup and 'user add' make the people.
        return QList<std::pair<QString, Role>>{};
    }
    UserService service(db, clock);
    for (const auto& [name, role] : users) {
        if (auto added = service.addUser(actor, name, role, kDemoPassword, true); !added) {
            return added.error();
        }
    }
    return users;
}

Result<DemoSummary> createDemoPractice(Database& db, const Actor& actor, const Clock& clock, const DemoOptions& options)
{
    if (options.patients < 1 || options.patients > 200000) {
        return invalid(
            QStringLiteral("The demo practice takes from 1 to 200000 patients (%1 asked).").arg(options.patients));
    }
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(db, clock, actor, QStringLiteral("demo"),
                      QStringLiteral("Only a manager may create the demo practice."));
    }
    PracticeStore practices(db);
    auto existing = practices.practice();
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error{ErrorKind::Conflict, QStringLiteral("This database already holds a practice (%1): the demo needs "
                                                         "a new, empty database. Give another --db.")
                                              .arg((*existing)->name)};
    }
    const QList<DemoPatient> generated = DemoGenerator::generate(options);
    const QDateTime at = clock.now();
    DemoSummary summary;
    const Status written = db.bulkWrite([&]() -> Status {
        const QList<std::pair<QString, QString>> settings = {
            {QStringLiteral("window_days"), QStringLiteral("84")},
            {QStringLiteral("planned_upload"), isoDate(DemoTimeline::plannedUpload())},
            {QStringLiteral("demo"), QStringLiteral("1")},
            {QStringLiteral("default_as_of"), isoDate(DemoTimeline::asOf())},
        };
        if (auto done = practices.insert(
                {QStringLiteral("F99999"), QStringLiteral("Forest Road Surgery (demo)"), QStringLiteral("london")}, at);
            !done) {
            return done;
        }
        for (const auto& [key, value] : settings) {
            if (auto done = practices.setSetting(key, value); !done) {
                return done;
            }
        }
        auto batch = EventStore(db).createBatch({0, Programme::scr().id,
                                                 QStringLiteral("SCR information packs, "
                                                                "January 2010"),
                                                 DemoTimeline::mailout()},
                                                actor.user, at);
        if (!batch) {
            return batch.error();
        }
        // A reference figure for the charts, with its source (DOMAIN.md 1.1): England's opt-out rate, March 2011.
        const ReferenceFigure england{0,
                                      QStringLiteral("England (DH)"),
                                      QStringLiteral("opt_out_percent"),
                                      1.16,
                                      QStringLiteral("Pulse and the Guardian, March 2011 (DOMAIN.md S25, S27)"),
                                      QDate(2011, 3, 31)};
        if (auto added = ReferenceFigureStore(db).insert(england, actor.user, at); !added) {
            return added.error();
        }
        const PracticeRules rules;
        for (const DemoPatient& dp : generated) {
            if (auto done = writePatient(db, dp, *batch, rules, at, summary); !done) {
                return done;
            }
        }
        return AuditStore(db).append({at, actor.user, actor.role, QStringLiteral("demo"), 0, 0,
                                      QStringLiteral("demo practice: %1 patients, %2 events, seed %3")
                                          .arg(summary.patients)
                                          .arg(summary.events)
                                          .arg(options.seed)});
    });
    if (!written) {
        return written.error();
    }
    return summary;
}

} // namespace cd
