#include "service/PracticeService.h"
#include "domain/TextRules.h"
#include "service/Refusal.h"
#include "stats/Disclosure.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "domain/Region.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace cd {

Result<Practice> PracticeService::init(const Actor& actor, const InitPracticeCommand& command)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("init"),
                      QStringLiteral("Only a manager may set up the practice."));
    }
    if (auto valid = validate(command); !valid) {
        return valid.error();
    }
    const QString code = command.code.trimmed().toUpper();
    const auto region = findRegion(command.region);
    PracticeStore store(m_db);
    auto existing = store.practice();
    if (!existing) {
        return existing.error();
    }
    if (existing->has_value()) {
        return Error{ErrorKind::Conflict, QStringLiteral("This database already belongs to %1 (%2): nothing was "
                                                         "changed. Use a new --db for another practice.")
                                              .arg((*existing)->name, (*existing)->code)};
    }
    const Practice practice{code, command.name.trimmed(), region->id};
    const Status written = m_db.write([&]() -> Status {
        if (auto done = store.insert(practice, m_clock.recordedNow()); !done) {
            return done;
        }
        if (auto done = store.setSetting(QStringLiteral("window_days"), QString::number(command.windowDays)); !done) {
            return done;
        }
        if (command.plannedUpload.isValid()) {
            if (auto done = store.setSetting(QStringLiteral("planned_upload"), isoDate(command.plannedUpload)); !done) {
                return done;
            }
        }
        if (command.training) {
            if (auto done = store.setSetting(QStringLiteral("training"), QStringLiteral("1")); !done) {
                return done;
            }
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("init"), 0, 0,
             QStringLiteral("practice %1, region %2%3")
                 .arg(code, region->id, command.training ? QStringLiteral(", training") : QString())});
    });
    if (!written) {
        return written.error();
    }
    return practice;
}

Result<bool> fixedClockAllowed(Database& db)
{
    // The first entry that made the practice says how: read in id order and stopped there, so the desk's every
    // refresh never scans a long audit trail.
    QSqlQuery q(db.connection());
    if (!q.exec(
            QStringLiteral("SELECT action, details FROM audit_log WHERE action = 'demo' OR action = 'init' ORDER BY "
                           "id LIMIT 1"))) {
        return sql::toError(q.lastError(), QStringLiteral("read how the practice was made"));
    }
    return q.next() && (q.value(0).toString() == QLatin1String("demo") ||
                        q.value(1).toString().endsWith(QLatin1String(", training")));
}

Status PracticeService::update(const Actor& actor, const InitPracticeCommand& command)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("settings"),
                      QStringLiteral("Only a manager may change the practice's settings."));
    }
    if (auto valid = validate(command); !valid) {
        return valid.error();
    }
    PracticeStore store(m_db);
    auto existing = store.practice();
    auto rules = store.rules();
    auto upload = store.setting(QStringLiteral("planned_upload"));
    if (!existing || !rules || !upload) {
        return !existing ? existing.error() : (!rules ? rules.error() : upload.error());
    }
    if (!existing->has_value()) {
        return Error{ErrorKind::NotFound, QStringLiteral("There is no practice here yet: set it up first (init).")};
    }
    const Practice practice{command.code.trimmed().toUpper(), command.name.trimmed(), findRegion(command.region)->id};
    QStringList changes;
    const Practice& was = **existing;
    const auto note = [&](const QString& what, const QString& a, const QString& b) {
        if (a != b) {
            changes << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(what, a, b);
        }
    };
    note(QStringLiteral("code"), was.code, practice.code);
    note(QStringLiteral("name"), was.name, practice.name);
    note(QStringLiteral("region"), was.regionId, practice.regionId);
    note(QStringLiteral("window_days"), QString::number(rules->windowDays), QString::number(command.windowDays));
    note(QStringLiteral("planned_upload"), *upload, isoDate(command.plannedUpload));
    const auto doneWas = store.setting(QStringLiteral("upload_done"));
    note(QStringLiteral("upload_done"), doneWas ? *doneWas : QString(), isoDate(command.uploadDone));
    const auto methodWas = store.setting(QStringLiteral("disclosure_method"), QStringLiteral("standard"));
    note(QStringLiteral("disclosure_method"), methodWas ? *methodWas : QString(), command.disclosure);
    if (command.uploadDone.isValid() && command.uploadDone > m_clock.recordedNow().date()) {
        return invalid(QStringLiteral("The upload cannot be recorded as done on %1: that is after today. Record it "
                                      "on the day it is made.")
                           .arg(humanDate(command.uploadDone)));
    }
    if (auto method = DisclosureMethod::fromName(command.disclosure); !method) {
        return method.error();
    }
    const auto lockWas = store.setting(QStringLiteral("lock_minutes"), QStringLiteral("10"));
    note(QStringLiteral("lock_minutes"), lockWas ? *lockWas : QString(), QString::number(command.lockMinutes));
    // The window length is the one the next mail-out's letters will state: packs already posted keep the window
    // their batch recorded, so no patient's window moves under them and nothing is derived again.
    return m_db.write([&]() -> Status {
        if (auto done = store.update(practice); !done) {
            return done;
        }
        if (auto done = store.setSetting(QStringLiteral("window_days"), QString::number(command.windowDays)); !done) {
            return done;
        }
        if (auto done = store.setSetting(QStringLiteral("planned_upload"), isoDate(command.plannedUpload)); !done) {
            return done;
        }
        if (auto done = store.setSetting(QStringLiteral("lock_minutes"), QString::number(command.lockMinutes)); !done) {
            return done;
        }
        if (auto done = store.setSetting(QStringLiteral("upload_done"), isoDate(command.uploadDone)); !done) {
            return done;
        }
        if (auto done = store.setSetting(QStringLiteral("disclosure_method"), command.disclosure); !done) {
            return done;
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("settings"), 0, 0,
             changes.isEmpty() ? QStringLiteral("no change") : changes.join(QStringLiteral("; "))});
    });
}

Status PracticeService::validate(const InitPracticeCommand& command)
{
    static const QRegularExpression odsCode(QStringLiteral("^[A-Z][0-9]{5}$"));
    const QString code = command.code.trimmed().toUpper();
    if (!odsCode.match(code).hasMatch()) {
        return invalid(QStringLiteral("\"%1\" is not a practice code: it is a letter and five digits, e.g. F84001.")
                           .arg(command.code));
    }
    if (command.name.trimmed().isEmpty()) {
        return invalid(QStringLiteral("Give the practice's name (--practice-name)."));
    }
    if (const QString problem = hidingCharacterProblem(QStringLiteral("practice's name"), command.name);
        !problem.isEmpty()) {
        return invalid(problem);
    }
    if (!findRegion(command.region)) {
        QStringList ids;
        for (const Region& r : allRegions()) {
            ids << r.id;
        }
        return invalid(QStringLiteral("\"%1\" is not one of the ten regions (SHAs): use one of %2.")
                           .arg(command.region, ids.join(QStringLiteral(", "))));
    }
    if (command.windowDays < 1 || command.windowDays > 365) {
        return invalid(QStringLiteral("The opt-out window must be between 1 and 365 days (84 is usual)."));
    }
    return Done{};
}

} // namespace cd
