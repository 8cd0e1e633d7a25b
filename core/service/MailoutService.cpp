#include "service/MailoutService.h"
#include "service/Refusal.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/Programme.h"
#include "query/PatientQuery.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Stores.h"

namespace cd {
namespace {

constexpr qint64 kPage = 5000;

struct Chosen
{
    qint64 id = 0;
    QDate dateOfBirth;
};

// The patients the mail-out covers, read a page at a time and all read before anything is written: the pages of a
// "never sent" list would shift under the packs being added.
Result<QList<Chosen>> chosen(Database& db, const MailoutCommand& command)
{
    PatientQuery query(db, command.sentOn);
    PatientFilter filter;
    // Never sent: no pack since the patient's latest registration, whatever its date (a backdated batch must not
    // send a second pack); a returning patient is sent one again.
    filter.noPackThisRegistration = command.selection == MailoutCommand::Selection::NeverSent;
    if (command.selection == MailoutCommand::Selection::ReturnedLetters) {
        filter.flag = PatientFilter::Flag::LetterReturned;
    }
    QList<Chosen> all;
    for (qint64 offset = 0;; offset += kPage) {
        auto rows = query.page(filter, PatientSort::NhsNumber, false, offset, kPage);
        if (!rows) {
            return rows.error();
        }
        for (const PatientRow& row : *rows) {
            all.append({row.id, row.dateOfBirth});
        }
        if (rows->size() < kPage) {
            return all;
        }
    }
}

Status check(const MailoutCommand& command, const Clock& clock)
{
    if (!command.sentOn.isValid()) {
        return invalid(QStringLiteral("Give the date the packs were posted."));
    }
    if (command.sentOn > clock.today()) {
        return invalid(QStringLiteral("The mail-out date, %1, is in the future: record a mail-out once it is posted.")
                           .arg(humanDate(command.sentOn)));
    }
    return Done{};
}

} // namespace

QString MailoutPreview::warning() const
{
    if (!windowsEndAfterUpload()) {
        return QString();
    }
    return QStringLiteral("The windows this mail-out opens close on %1, after the planned upload on %2: these "
                          "patients would be uploaded before their %3 days to opt out are over. Move the upload date "
                          "(Practice settings), or make sure no record is uploaded before the windows close.")
        .arg(humanDate(windowLastDay), humanDate(plannedUpload))
        .arg(windowDays);
}

Result<MailoutPreview> previewMailout(Database& db, const MailoutCommand& command)
{
    auto all = chosen(db, command);
    auto rules = PracticeStore(db).rules();
    auto upload = PracticeStore(db).setting(QStringLiteral("planned_upload"));
    if (!all || !rules || !upload) {
        return !all ? all.error() : (!rules ? rules.error() : upload.error());
    }
    MailoutPreview p;
    p.packs = all->size();
    p.windowDays = rules->windowDays;
    p.windowLastDay = command.sentOn.addDays(rules->windowDays);
    p.plannedUpload = QDate::fromString(*upload, Qt::ISODate);
    return p;
}

Result<MailoutSummary> recordMailout(Database& db, const Actor& actor, const Clock& clock,
                                     const MailoutCommand& command, const std::function<bool(int)>& progress)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(db, clock, actor, QStringLiteral("mailout"),
                      QStringLiteral("Only a manager may record a mail-out."));
    }
    if (auto ok = check(command, clock); !ok) {
        return ok.error();
    }
    auto preview = previewMailout(db, command);
    auto rules = PracticeStore(db).rules();
    if (!preview || !rules) {
        return preview ? rules.error() : preview.error();
    }
    if (preview->packs == 0) {
        return invalid(command.selection == MailoutCommand::Selection::ReturnedLetters
                           ? QStringLiteral("No registered patient on %1 has a returned pack waiting to be sent "
                                            "again: nothing to record.")
                                 .arg(humanDate(command.sentOn))
                           : QStringLiteral("No registered patient on %1 is waiting for a pack: nothing to record.")
                                 .arg(humanDate(command.sentOn)));
    }
    const Programme& scr = Programme::scr();
    const QDateTime at = clock.recordedNow();
    MailoutSummary summary;
    const Status written = db.bulkWrite([&]() -> Status {
        summary = {};
        summary.preview = *preview;
        const QString name = command.name.trimmed().isEmpty()
                                 ? QStringLiteral("SCR information packs, %1").arg(humanDate(command.sentOn))
                                 : command.name.trimmed();
        auto batch = EventStore(db).createBatch({0, scr.id, name, command.sentOn, rules->windowDays}, actor.user, at);
        if (!batch) {
            return batch.error();
        }
        summary.batchId = *batch;
        // Read inside the transaction, all before the first pack is written (the list would shift under it).
        auto patients = chosen(db, command);
        if (!patients) {
            return patients.error();
        }
        for (const Chosen& row : *patients) {
            auto events = EventStore(db).forPatient(row.id);
            if (!events) {
                return events.error();
            }
            ConsentEvent pack;
            pack.patientId = row.id;
            pack.type = EventType::PackSent;
            pack.programme = scr.id;
            pack.date = command.sentOn;
            pack.batchId = *batch;
            pack.windowDays = rules->windowDays;
            pack.addressedToParent = ageOn(row.dateOfBirth, command.sentOn) < 16;
            pack.recordedBy = actor.user;
            pack.recordedRole = actor.role;
            pack.recordedAt = at;
            auto id = EventStore(db).append(pack);
            if (!id) {
                return id.error();
            }
            pack.id = *id;
            QList<ConsentEvent> all = *events;
            all.append(pack);
            if (auto s = SegmentStore(db).replace(row.id, scr.id, Ledger::segments(scr, all, row.dateOfBirth, *rules));
                !s) {
                return s;
            }
            ++summary.packs;
            summary.toParents += pack.addressedToParent ? 1 : 0;
            if (progress && summary.packs % 200 == 0 &&
                !progress(static_cast<int>(100 * summary.packs / patients->size()))) {
                return Error{ErrorKind::Conflict, QStringLiteral("The mail-out was cancelled: nothing was recorded.")};
            }
        }
        if (auto done = AuditStore(db).append({at, actor.user, actor.role, QStringLiteral("mailout"), 0, 0,
                                               QStringLiteral("batch %1 sent %2: %3 packs, %4 to parents, "
                                                              "window %5 days%6")
                                                   .arg(summary.batchId)
                                                   .arg(isoDate(command.sentOn))
                                                   .arg(summary.packs)
                                                   .arg(summary.toParents)
                                                   .arg(rules->windowDays)
                                                   .arg(command.selection == MailoutCommand::Selection::ReturnedLetters
                                                            ? QStringLiteral(", returned letters only")
                                                            : QString())});
            !done) {
            return done;
        }
        return db.execDialect(dialect::notifyChange(db.engine()), {QStringLiteral("mailout")});
    });
    if (!written) {
        return written.error();
    }
    return summary;
}

} // namespace cd
