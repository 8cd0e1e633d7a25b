#include "register/RegisterImport.h"
#include "service/Refusal.h"
#include "service/RegistrationService.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"
#include "store/BulkInserter.h"
#include "store/Chains.h"
#include "store/Database.h"
#include "store/DeferredIndexes.h"
#include "store/Dialect.h"
#include "store/Sql.h"
#include "store/Stores.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

namespace cd {
namespace {

const QString kMappingSetting = QStringLiteral("register_mapping");
constexpr int kLeftGuardPercent = 10;
constexpr qsizetype kLargeLoadRows = 5000;

struct Update
{
    Patient patient; // new details, with the stored id
    QStringList changes;
    bool dateOfBirthChanged = false; // the state depends on it (a child's choice, turning 16): derive it again
};

struct Plan
{
    const PackedRegisterRows* rows = nullptr; // the validated rows, unpacked one at a time as they are written
    QList<qsizetype> toAdd;                   // their places in rows
    QList<Update> toUpdate;
    QList<qint64> toReregister;
    QList<qint64> toLeave;
    qint64 unchanged = 0;
    qsizetype known = 0;         // patients the practice had before
    qint64 awaitingRegister = 0; // registered at the desk lately, not in the file yet: kept on the list
};

// The details the import compares, as one value: the list kept in memory is a digest per patient, not the patient.
quint64 detailsDigest(const Patient& p)
{
    const QString joined =
        QStringList{p.title, p.givenName, p.familyName, isoDate(p.dateOfBirth), p.sex, p.address, p.postcode, p.usualGp}
            .join(QChar(0x1F)); // unit separator: never in a register field
    return qHash(joined, 0x5EED5EEDULL);
}

struct Known
{
    qint64 nhs = 0;
    qint64 id = 0;
    quint64 digest = 0;
};

// Sorted lists searched by halving, not hash tables: a practice of 2 million fits in a third of the memory.
using SortedIds = std::vector<qint64>;

bool has(const SortedIds& sorted, qint64 value)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), value);
}

Result<SortedIds> registeredOn(Database& db, QDate day)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT patient_id FROM state_segments WHERE programme = ? AND valid_from <= ? AND "
                             "valid_to > ?"));
    if (auto done =
            sql::exec(q, {Programme::scr().id, isoDate(day), isoDate(day)}, QStringLiteral("read who is registered"));
        !done) {
        return done.error();
    }
    SortedIds ids;
    while (q.next()) {
        ids.push_back(q.value(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Patients registered at the desk on or after the day: an export taken before the clinical system had them does
// not list them yet.
Result<QSet<qint64>> registeredAtDeskSince(Database& db, QDate day)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT patient_id FROM consent_events WHERE type = 'registered' AND channel = 'desk' "
                             "AND event_date >= ?"));
    if (auto done = sql::exec(q, {isoDate(day)}, QStringLiteral("read who was registered at the desk")); !done) {
        return done.error();
    }
    QSet<qint64> ids;
    while (q.next()) {
        ids.insert(q.value(0).toLongLong());
    }
    return ids;
}

ConsentEvent registrationEvent(EventType type, QDate date, const Actor& actor, const QDateTime& at)
{
    ConsentEvent e;
    e.type = type;
    e.date = date;
    e.recordedBy = actor.user;
    e.recordedRole = actor.role;
    e.recordedAt = at;
    return e;
}

// Appends a registration event to one known patient and rewrites their derived state.
Status registrationChange(Database& db, qint64 patientId, EventType type, QDate date, const Actor& actor,
                          const QDateTime& at)
{
    ConsentEvent e = registrationEvent(type, date, actor, at);
    e.patientId = patientId;
    if (auto id = EventStore(db).append(e); !id) {
        return id.error();
    }
    return SegmentStore(db).rebuild(patientId, Programme::scr());
}

// The ids of the rows a load adds. In SQLite, which the import holds alone, they follow the highest there: only the
// first is kept (a list of 2 million cost 16 MB, and Qt's read of it more). A server numbers them by its sequence.
struct NewIds
{
    qint64 first = 0;
    QList<qint64> listed;

    [[nodiscard]] qint64 at(qsizetype i) const { return listed.isEmpty() ? first + i : listed.at(i); }

    static Result<NewIds> reserve(Database& db, const QString& table, qsizetype count)
    {
        NewIds ids;
        if (db.engine() != Engine::SQLite) {
            auto listed = sql::reserveIds(db, table, count);
            if (!listed) {
                return listed.error();
            }
            ids.listed = std::move(*listed);
            return ids;
        }
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table)) || !q.next()) {
            return sql::toError(q.lastError(), QStringLiteral("number the new rows"));
        }
        ids.first = q.value(0).toLongLong();
        return ids;
    }
};

Status applyPlan(Database& db, const Plan& plan, const Actor& actor, const Clock& clock, const ImportOptions& options,
                 const ImportReport& report)
{
    const QDateTime at = clock.recordedNow();
    const QDate today = clock.today();
    auto rules = PracticeStore(db).rules();
    auto patientIds = NewIds::reserve(db, QStringLiteral("patients"), plan.toAdd.size());
    auto eventIds = NewIds::reserve(db, QStringLiteral("consent_events"), plan.toAdd.size());
    if (!rules || !patientIds || !eventIds) {
        return !rules ? rules.error() : (!patientIds ? patientIds.error() : eventIds.error());
    }
    // A load that at least doubles the list writes its rows with the indexes whose keys arrive in no order (names,
    // postcodes, dates) set aside and builds them after, sorted: updating them a row at a time costs several times
    // as much. Indexes keyed by the new ids grow at their end and stay.
    static const QStringList unordered{QStringLiteral("patients_name_key"), QStringLiteral("patients_given_key"),
                                       QStringLiteral("patients_postcode_key"),
                                       QStringLiteral("patients_date_of_birth"),
                                       QStringLiteral("state_segments_range")};
    std::optional<DeferredIndexes> deferred;
    if (plan.toAdd.size() >= kLargeLoadRows && plan.toAdd.size() >= plan.known) {
        auto dropped = DeferredIndexes::drop(db, unordered);
        if (!dropped) {
            return dropped.error();
        }
        deferred.emplace(std::move(*dropped));
    }
    BulkInserter patients(db, QStringLiteral("patients"), QStringList{QStringLiteral("id")} + PatientStore::columns());
    BulkInserter events(db, QStringLiteral("consent_events"),
                        QStringList{QStringLiteral("id")} + EventStore::columns() +
                            QStringList{QStringLiteral("chain_seq"), QStringLiteral("row_hash")});
    // The new patients' registrations take the next places in the events' chain, sealed one after another.
    Chains chains(db);
    auto chainHead = chains.reserve(Chains::kEvents, plan.toAdd.size());
    if (!chainHead) {
        return chainHead.error();
    }
    QString seal = chainHead->hash;
    qint64 seq = chainHead->seq;
    auto recordedAt = chains.recordedAt(at);
    if (!recordedAt) {
        return recordedAt.error();
    }
    static const qsizetype recordedAtColumn = EventStore::columns().indexOf(QStringLiteral("recorded_at"));
    BulkInserter segments(db, QStringLiteral("state_segments"), SegmentStore::columns());
    qsizetype nextId = 0;
    const qsizetype total = plan.toAdd.size() + plan.toUpdate.size() + plan.toReregister.size() + plan.toLeave.size();
    qsizetype done = 0;
    const auto step = [&]() -> Status {
        ++done;
        if (options.progress && done % 500 == 0 && !options.progress(static_cast<int>(100 * done / total))) {
            return Error{ErrorKind::Conflict, QStringLiteral("The import was cancelled: nothing was changed.")};
        }
        return Done{};
    };
    for (const qsizetype index : plan.toAdd) {
        const RegisterRow row = (*plan.rows)[index];
        const qint64 id = patientIds->at(nextId);
        QVariantList values{id};
        values << PatientStore::values(row.patient, at);
        ConsentEvent joined =
            registrationEvent(EventType::Registered,
                              row.registered.isValid() && row.registered <= today ? row.registered : today, actor, at);
        joined.id = eventIds->at(nextId++);
        joined.patientId = id;
        QVariantList eventValues{joined.id};
        QVariantList content = EventStore::values(joined);
        content[recordedAtColumn] = *recordedAt;
        seal = Chains::link(seal, joined.id, ++seq, content);
        eventValues << content << QVariant(seq) << seal;
        for (const Status& s : {patients.add(values), events.add(eventValues)}) {
            if (!s) {
                return s;
            }
        }
        for (const StateSegment& segment :
             Ledger::segments(Programme::scr(), {joined}, row.patient.dateOfBirth, *rules)) {
            if (auto s = segments.add(SegmentStore::values(id, Programme::scr().id, segment)); !s) {
                return s;
            }
        }
        if (auto s = step(); !s) {
            return s;
        }
    }
    if (auto moved = chains.setHead(Chains::kEvents, seal); !moved) {
        return moved;
    }
    for (BulkInserter* inserter : {&patients, &events, &segments}) {
        if (auto s = inserter->finish(); !s) {
            return s;
        }
    }
    if (deferred) {
        if (auto s = deferred->rebuild(); !s) {
            return s;
        }
    }
    for (const Update& u : plan.toUpdate) {
        if (auto s = PatientStore(db).update(u.patient); !s) {
            return s;
        }
        if (u.dateOfBirthChanged) {
            if (auto s = SegmentStore(db).rebuild(u.patient.id, Programme::scr()); !s) {
                return s;
            }
        }
        if (auto s = AuditStore(db).append({at, actor.user, actor.role, QStringLiteral("import-update"), u.patient.id,
                                            0, u.changes.join(QStringLiteral("; "))});
            !s) {
            return s;
        }
        if (auto s = step(); !s) {
            return s;
        }
    }
    for (const qint64 id : plan.toReregister) {
        if (auto s = registrationChange(db, id, EventType::Registered, today, actor, at); !s) {
            return s;
        }
        if (auto s = step(); !s) {
            return s;
        }
    }
    for (const qint64 id : plan.toLeave) {
        if (auto s = registrationChange(db, id, EventType::Left, today, actor, at); !s) {
            return s;
        }
        if (auto s = step(); !s) {
            return s;
        }
    }
    if (!options.mapping.isEmpty()) {
        QJsonObject remembered;
        for (auto it = options.mapping.cbegin(); it != options.mapping.cend(); ++it) {
            remembered.insert(it.key(), it.value());
        }
        if (auto s = PracticeStore(db).setSetting(
                kMappingSetting, QString::fromUtf8(QJsonDocument(remembered).toJson(QJsonDocument::Compact)));
            !s) {
            return s;
        }
    }
    if (auto s = AuditStore(db).append({at, actor.user, actor.role, QStringLiteral("import-register"), 0, 0,
                                        QStringLiteral("added %1, updated %2, unchanged %3, left %4, rejected %5")
                                            .arg(report.added)
                                            .arg(report.updated)
                                            .arg(report.unchanged)
                                            .arg(report.left)
                                            .arg(report.rejects.size())});
        !s) {
        return s;
    }
    return db.execDialect(dialect::notifyChange(db.engine()), {QStringLiteral("register")});
}

} // namespace

Result<QHash<QString, QString>> rememberedMapping(Database& db)
{
    auto stored = PracticeStore(db).setting(kMappingSetting);
    if (!stored) {
        return stored.error();
    }
    QHash<QString, QString> mapping;
    const QJsonObject o = QJsonDocument::fromJson(stored->toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        mapping.insert(it.key(), it.value().toString());
    }
    return mapping;
}

Result<ImportReport> importRegister(Database& db, const Actor& actor, const Clock& clock, const QByteArray& file,
                                    const ImportOptions& options)
{
    QByteArray shared = file; // implicitly shared: the buffer reads the caller's bytes
    QBuffer buffer(&shared);
    buffer.open(QIODevice::ReadOnly);
    return importRegister(db, actor, clock, buffer, options);
}

Result<ImportReport> importRegister(Database& db, const Actor& actor, const Clock& clock, QIODevice& file,
                                    const ImportOptions& options)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(db, clock, actor, QStringLiteral("import-register"),
                      QStringLiteral("Only a manager may import the register."));
    }
    auto remembered = rememberedMapping(db);
    if (!remembered) {
        return remembered.error();
    }
    auto read = readRegister(file, clock.today(), options.mapping, *remembered);
    if (!read) {
        return read.error();
    }
    return mergeRegister(db, actor, clock, std::move(read).value(), options);
}

Result<ImportReport> mergeRegister(Database& db, const Actor& actor, const Clock& clock, RegisterRead&& file,
                                   const ImportOptions& options)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(db, clock, actor, QStringLiteral("import-register"),
                      QStringLiteral("Only a manager may import the register."));
    }
    ImportReport report = std::move(file.report);
    const ValidatedRegister validated = std::move(file.validated);
    const QDate today = clock.today();
    report.rejects = validated.rejects;

    // By NHS number as a number, sorted: 24 bytes a patient, where a table keyed by strings cost over 100.
    std::vector<Known> existing;
    if (auto read = PatientStore(db).forEach([&](const Patient& p) {
            existing.push_back({p.nhsNumber.toLongLong(), p.id, detailsDigest(p)});
        });
        !read) {
        return read.error();
    }
    std::sort(existing.begin(), existing.end(), [](const Known& a, const Known& b) { return a.nhs < b.nhs; });
    const auto knownAs = [&existing](qint64 nhs) -> const Known* {
        const auto it = std::lower_bound(existing.cbegin(), existing.cend(), nhs,
                                         [](const Known& k, qint64 n) { return k.nhs < n; });
        return it != existing.cend() && it->nhs == nhs ? &*it : nullptr;
    };
    auto registered = registeredOn(db, today);
    if (!registered) {
        return registered.error();
    }
    QSet<qint64> rejectedNumbers;
    for (const RegisterReject& r : validated.rejects) {
        if (auto nhs = NhsNumber::parse(r.nhsAsWritten)) {
            rejectedNumbers.insert(nhs->digits().toLongLong());
        }
    }
    Plan plan;
    plan.rows = &validated.rows;
    plan.known = static_cast<qsizetype>(existing.size());
    // The file's NHS numbers, sorted: 8 bytes a patient, where a hash set took five times as much.
    SortedIds inFile;
    inFile.reserve(static_cast<size_t>(validated.rows.size()));
    for (qsizetype i = 0; i < validated.rows.size(); ++i) {
        inFile.push_back(validated.rows.nhsAt(i));
        const Known* known = knownAs(validated.rows.nhsAt(i));
        if (!known) {
            plan.toAdd.append(i);
            continue;
        }
        const RegisterRow row = validated.rows[i];
        Patient now = row.patient;
        now.id = known->id;
        if (detailsDigest(now) == known->digest) {
            ++plan.unchanged;
        } else {
            // Changed: only now read the stored details, for the audit trail's old and new.
            auto was = PatientStore(db).findById(known->id);
            if (!was || !was->has_value()) {
                return was ? Error{ErrorKind::Database, QStringLiteral("A patient vanished during the import.")}
                           : was.error();
            }
            plan.toUpdate.append({now, patientDifferences(**was, now), (*was)->dateOfBirth != now.dateOfBirth});
        }
        if (!has(*registered, known->id)) {
            plan.toReregister.append(known->id);
        }
    }
    auto atDesk = registeredAtDeskSince(db, today.addDays(-kDeskRegistrationGraceDays));
    if (!atDesk) {
        return atDesk.error();
    }
    std::sort(inFile.begin(), inFile.end());
    for (const Known& known : existing) {
        if (has(*registered, known.id) && !has(inFile, known.nhs) && !rejectedNumbers.contains(known.nhs)) {
            if (atDesk->contains(known.id)) {
                ++plan.awaitingRegister;
            } else {
                plan.toLeave.append(known.id);
            }
        }
    }
    report.added = plan.toAdd.size();
    report.updated = plan.toUpdate.size();
    report.unchanged = plan.unchanged;
    report.left = plan.toLeave.size();
    report.returning = plan.toReregister.size();
    report.awaitingRegister = plan.awaitingRegister;

    const auto listSize = static_cast<qint64>(registered->size());
    report.registeredBefore = listSize;
    if (listSize > 0 && report.left * 100 > listSize * kLeftGuardPercent && !options.allowDeductions) {
        return Error{ErrorKind::Conflict,
                     QStringLiteral("This file would mark %1 of the %2 registered patients (%3%) as left the practice: "
                                    "it looks like a search result rather than the whole register. Nothing was "
                                    "changed. If the list really is complete, confirm with --allow-deductions.")
                         .arg(report.left)
                         .arg(listSize)
                         .arg(QString::number(100.0 * static_cast<double>(report.left) / static_cast<double>(listSize),
                                              'f', 1))};
    }
    if (options.dryRun) {
        return report;
    }
    if (db.engine() == Engine::SQLite) {
        // In backups/ with the rest, under the same retention (a counter if two imports share a second).
        auto path = db.newCopyPath(QStringLiteral("import"));
        if (!path) {
            return path.error();
        }
        report.backup = *path;
        if (auto saved = db.backupTo(report.backup); !saved) {
            return saved.error();
        }
    }
    // References are checked as each batch is written (patients before their events and state), not by a scan of
    // the whole practice at the commit: a small import into a large practice paid for every row it already had.
    if (auto applied = db.write([&] { return applyPlan(db, plan, actor, clock, options, report); }); !applied) {
        return applied.error();
    }
    report.applied = true;
    return report;
}

} // namespace cd
