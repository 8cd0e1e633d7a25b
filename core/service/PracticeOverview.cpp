#include "service/PracticeOverview.h"
#include "service/PracticeService.h"

#include "domain/Region.h"

#include <algorithm>

namespace cd {

Result<PracticeOverview> PracticeOverview::load(Database& db)
{
    PracticeStore store(db);
    auto practice = store.practice();
    if (!practice) {
        return practice.error();
    }
    if (!practice->has_value()) {
        return Error{ErrorKind::Conflict, QStringLiteral("This database has no practice yet: set it up with "
                                                         "'consentdesk-cli init' or create the demo.")};
    }
    PracticeOverview o;
    o.practice = **practice;
    const auto region = findRegion(o.practice.regionId);
    o.regionName = region ? region->name : o.practice.regionId;
    auto rules = store.rules();
    auto upload = store.setting(QStringLiteral("planned_upload"));
    auto demo = store.setting(QStringLiteral("demo"));
    auto asOf = store.setting(QStringLiteral("default_as_of"));
    for (const Error* e : {rules ? nullptr : &rules.error(), upload ? nullptr : &upload.error(),
                           demo ? nullptr : &demo.error(), asOf ? nullptr : &asOf.error()}) {
        if (e) {
            return *e;
        }
    }
    o.windowDays = rules->windowDays;
    o.plannedUpload = QDate::fromString(*upload, Qt::ISODate);
    if (auto lock = store.setting(QStringLiteral("lock_minutes"), QStringLiteral("10"))) {
        o.lockMinutes = lock->toInt();
    }
    if (auto done = store.setting(QStringLiteral("upload_done"))) {
        o.uploadDone = QDate::fromString(*done, Qt::ISODate);
    }
    if (auto method = store.setting(QStringLiteral("disclosure_method"), QStringLiteral("standard"))) {
        o.disclosure = *method;
    }
    o.demo = *demo == QLatin1String("1");
    auto fixed = fixedClockAllowed(db);
    if (!fixed) {
        return fixed.error();
    }
    o.training = *fixed && !o.demo;
    auto patients = PatientStore(db).count();
    if (!patients) {
        return patients.error();
    }
    o.patients = *patients;
    // A stored date is honoured only where the audit says the file is a demo or a training one: a setting flipped
    // with the sqlite3 tool must not move a practice's dates.
    o.defaultAsOf = *fixed ? QDate::fromString(*asOf, Qt::ISODate) : QDate();
    return o;
}

QDate PracticeOverview::firstMailout(Database& db)
{
    auto batches = EventStore(db).batches(Programme::scr().id);
    return batches && !batches->isEmpty() ? batches->constFirst().sentOn : QDate();
}

std::optional<MailoutBatch> PracticeOverview::latestMailout(Database& db, QDate onOrBefore)
{
    auto batch = EventStore(db).latestBatch(QStringLiteral("scr"), onOrBefore);
    return batch ? *batch : std::nullopt;
}

QList<PracticeOverview::WindowsClosing> PracticeOverview::windowsClosing(Database& db, QDate onOrBefore)
{
    auto batches = EventStore(db).packsPerBatch(QStringLiteral("scr"), onOrBefore);
    if (!batches) {
        return {};
    }
    QList<WindowsClosing> days;
    for (const auto& [batch, packs] : *batches) {
        const QDate lastDay = batch.windowLastDay(); // clang 14 cannot capture a structured binding
        auto same =
            std::find_if(days.begin(), days.end(), [&](const WindowsClosing& d) { return d.lastDay == lastDay; });
        if (same == days.end()) {
            days.append({lastDay, packs, batch.sentOn});
        } else {
            same->packs += packs;
        }
    }
    std::stable_sort(days.begin(), days.end(),
                     [](const WindowsClosing& a, const WindowsClosing& b) { return a.packs > b.packs; });
    return days;
}

} // namespace cd
