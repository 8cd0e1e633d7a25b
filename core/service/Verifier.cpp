#include "service/Verifier.h"

#include "service/Refusal.h"
#include "store/Chains.h"
#include "store/SchemaCheck.h"
#include "store/Sql.h"
#include "store/UserStore.h"

#include <QSet>
#include <QSqlQuery>

#include "domain/Ledger.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QHash>

#include <algorithm>

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
    case EventType::CodeRemoved:
        return EventType::Coded;
    default:
        return std::nullopt;
    }
}

// The choice a stored code records. Versions before 0.2 stored a code as typed ("9ndo"): history is read as the
// programme spells it, while input is held to the exact spelling.
const ChoiceDefinition* keyedChoice(const Programme& programme, const QString& code)
{
    const ChoiceDefinition* exact = programme.choiceForReadCode(code);
    return exact ? exact : programme.choiceForReadCode(programme.spellingOf(code));
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
                keyedChoice(programme, e.readCode) != programme.choice(target->choice)) {
                problems << QStringLiteral("patient #%1: event %2 codes %3 for a %4 choice")
                                .arg(patientId)
                                .arg(e.id)
                                .arg(e.readCode, target->choice);
            }
            if (e.type == EventType::CodeRemoved && target->type == EventType::Coded &&
                e.readCode != target->readCode) {
                problems << QStringLiteral("patient #%1: event %2 removes %3 where event %4 keyed %5")
                                .arg(patientId)
                                .arg(e.id)
                                .arg(e.readCode)
                                .arg(target->id)
                                .arg(target->readCode);
            }
        }
        if (e.type == EventType::Choice && !programme.choice(e.choice) && e.programme == programme.id) {
            problems << QStringLiteral("patient #%1: event %2 has an unknown choice").arg(patientId).arg(e.id);
        }
    }
}

} // namespace

QStringList VerifyReport::problems() const
{
    QStringList all;
    for (const QString& change : changedOutside) {
        all << QStringLiteral("changed outside Consent Desk: %1").arg(change);
    }
    all << ledgerProblems;
    for (const qint64 id : staleState) {
        all << QStringLiteral("patient #%1: the stored state is out of date: it differs from a fresh fold of the "
                              "ledger (the ledger itself is sound; 'verify --repair' derives it again)")
                   .arg(id);
    }
    return all;
}

Result<QStringList> userProblems(Database& db)
{
    auto users = UserStore(db).all();
    if (!users) {
        return users.error();
    }
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'user-add'"))) {
        return sql::toError(q.lastError(), QStringLiteral("read the users' history"));
    }
    QSet<QString> added;
    while (q.next()) {
        added.insert(q.value(0).toString());
    }
    QStringList found;
    QSet<QString> present;
    for (const User& u : *users) {
        const QString entry = QStringLiteral("%1 (%2)").arg(u.name, toString(u.role));
        present.insert(entry);
        if (!added.contains(entry)) {
            found << QStringLiteral("the user %1 was not added through Consent Desk (or their role was changed)")
                         .arg(entry);
        }
    }
    for (const QString& entry : added) {
        if (!present.contains(entry) && std::none_of(users->cbegin(), users->cend(), [&](const User& u) {
                return entry.startsWith(u.name + QStringLiteral(" ("));
            })) {
            found << QStringLiteral("the user %1 was removed (Consent Desk only disables users)").arg(entry);
        }
    }
    found.sort();
    return found;
}

Result<VerifyReport> verifyDatabase(Database& db, const Programme& programme)
{
    VerifyReport report;
    auto integrity = db.integrityProblems();
    if (!integrity) {
        return integrity.error();
    }
    report.ledgerProblems = *integrity;
    auto chains = Chains(db).problems();
    auto schema = schemaDifferences(db);
    if (!chains || !schema) {
        return chains ? schema.error() : chains.error();
    }
    auto users = userProblems(db);
    if (!users) {
        return users.error();
    }
    report.changedOutside = *schema + *chains + *users;
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
        checkReferences(patientId, events, programme, report.ledgerProblems);
        expected.insert(patientId, Ledger::segments(programme, events, births.value(patientId), *rules));
    });
    if (!visited) {
        return visited.error();
    }
    SegmentStore segments(db);
    QList<qint64> ids = births.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : ids) {
        auto stored = segments.forPatient(id, programme.id);
        if (!stored) {
            return stored.error();
        }
        if (*stored != expected.value(id)) {
            report.staleState << id;
        }
    }
    return report;
}

Result<qint64> repairDerivedState(Database& db, const Actor& actor, const Clock& clock, const Programme& programme)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(db, clock, actor, QStringLiteral("verify-repair"),
                      QStringLiteral("Only a manager may repair the derived state."));
    }
    qint64 repaired = 0;
    const Status written = db.write([&]() -> Status {
        // Checked inside the transaction, so what is repaired is what is out of date now.
        auto report = verifyDatabase(db, programme);
        if (!report) {
            return report.error();
        }
        if (!report->ledgerProblems.isEmpty()) {
            return Error{
                ErrorKind::Database,
                QStringLiteral("The ledger itself is damaged (%1): a repair cannot put that right. Restore the "
                               "newest good backup ('consentdesk-cli backups', then 'restore'). Nothing was "
                               "changed.")
                    .arg(report->ledgerProblems.first())};
        }
        for (const qint64 id : report->staleState) {
            if (auto done = SegmentStore(db).rebuild(id, programme); !done) {
                return done;
            }
        }
        repaired = report->staleState.size();
        return AuditStore(db).append({clock.recordedNow(), actor.user, actor.role, QStringLiteral("verify-repair"), 0,
                                      0, QStringLiteral("derived state of %1 patients derived again").arg(repaired)});
    });
    if (!written) {
        return written.error();
    }
    return repaired;
}

} // namespace cd
