#include "service/Verifier.h"

#include "domain/Ledger.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QHash>

namespace cd {
namespace {

// The kind of event each reference must point at.
std::optional<EventType> expectedTarget(EventType type)
{
    switch (type) {
    case EventType::LetterReturned:
        return EventType::PackSent;
    case EventType::Coded:
    case EventType::GpReview:
        return EventType::Choice;
    default:
        return std::nullopt;
    }
}

void checkReferences(qint64 patientId, const QList<ConsentEvent>& events, const Programme& programme,
                     QStringList& problems)
{
    QHash<qint64, const ConsentEvent*> byId;
    for (const auto& e : events) {
        byId.insert(e.id, &e);
    }
    for (const auto& e : events) {
        if (e.type == EventType::Void || expectedTarget(e.type)) {
            const ConsentEvent* target = byId.value(e.targetEventId);
            if (!target) {
                problems << QStringLiteral("patient #%1: event %2 (%3) refers to event %4, which is not this "
                                           "patient's")
                                .arg(patientId)
                                .arg(e.id)
                                .arg(toString(e.type))
                                .arg(e.targetEventId);
                continue;
            }
            if (const auto wanted = expectedTarget(e.type); wanted && target->type != *wanted) {
                problems << QStringLiteral("patient #%1: event %2 (%3) refers to a %4 event")
                                .arg(patientId)
                                .arg(e.id)
                                .arg(toString(e.type), toString(target->type));
            }
            if (e.type == EventType::Coded && target->type == EventType::Choice &&
                programme.choiceForReadCode(e.readCode) != programme.choice(target->choice)) {
                problems << QStringLiteral("patient #%1: event %2 codes %3 for a %4 choice")
                                .arg(patientId)
                                .arg(e.id)
                                .arg(e.readCode, target->choice);
            }
        }
        if (e.type == EventType::Choice && !programme.choice(e.choice) && e.programme == programme.id) {
            problems << QStringLiteral("patient #%1: event %2 has an unknown choice").arg(patientId).arg(e.id);
        }
    }
}

} // namespace

Result<VerifyReport> verifyDatabase(Database& db, const Programme& programme)
{
    VerifyReport report;
    auto integrity = db.integrityProblems();
    if (!integrity) {
        return integrity.error();
    }
    report.problems = *integrity;
    auto rules = PracticeStore(db).rules();
    if (!rules) {
        return rules.error();
    }
    QHash<qint64, QDate> births;
    if (auto read = PatientStore(db).forEach([&](const Patient& p) { births.insert(p.id, p.dateOfBirth); }); !read) {
        return read.error();
    }
    report.patients = births.size();
    QHash<qint64, QList<StateSegment>> expected;
    const auto visited = EventStore(db).forEachPatient([&](qint64 patientId, const QList<ConsentEvent>& events) {
        report.events += events.size();
        checkReferences(patientId, events, programme, report.problems);
        expected.insert(patientId, Ledger::segments(programme, events, births.value(patientId), *rules));
    });
    if (!visited) {
        return visited.error();
    }
    SegmentStore segments(db);
    for (auto it = births.cbegin(); it != births.cend(); ++it) {
        auto stored = segments.forPatient(it.key(), programme.id);
        if (!stored) {
            return stored.error();
        }
        if (*stored != expected.value(it.key())) {
            report.problems << QStringLiteral("patient #%1: the stored state differs from a fresh fold of the ledger")
                                   .arg(it.key());
        }
    }
    return report;
}

} // namespace cd
