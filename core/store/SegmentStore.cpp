#include "domain/Dates.h"
#include "store/BulkInserter.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

namespace cd {
namespace {

// Open-ended segments end on a date later than any real one, so "as of" is a plain range test.
const QString kOpenEnd = QStringLiteral("9999-12-31");
// The setting that names the Ledger rules the stored segments were derived under.
const QString kRulesSetting = QStringLiteral("state_rules");

} // namespace

Status SegmentStore::replace(qint64 patientId, const QString& programme, const QList<StateSegment>& segments)
{
    auto q = m_db.prepared(QStringLiteral("DELETE FROM state_segments WHERE patient_id = ? AND programme = ?"));
    if (!q) {
        return q.error();
    }
    if (auto done = sql::exec(**q, {patientId, programme}, QStringLiteral("refresh the patient's state")); !done) {
        return done;
    }
    return insert(patientId, programme, segments);
}

Status SegmentStore::rebuild(qint64 patientId, const Programme& programme)
{
    auto events = EventStore(m_db).forPatient(patientId);
    auto patient = PatientStore(m_db).findById(patientId);
    auto rules = PracticeStore(m_db).rules();
    if (!events || !patient || !rules) {
        return !events ? events.error() : (!patient ? patient.error() : rules.error());
    }
    if (!patient->has_value()) {
        return Error{ErrorKind::NotFound, QStringLiteral("Patient #%1 is missing.").arg(patientId)};
    }
    return replace(patientId, programme.id, Ledger::segments(programme, *events, (*patient)->dateOfBirth, *rules));
}

const QStringList& SegmentStore::columns()
{
    static const QStringList names = {
        QStringLiteral("patient_id"),      QStringLiteral("programme"),       QStringLiteral("valid_from"),
        QStringLiteral("valid_to"),        QStringLiteral("state"),           QStringLiteral("gp_review"),
        QStringLiteral("awaiting_coding"), QStringLiteral("letter_returned"), QStringLiteral("codes_to_correct")};
    return names;
}

QVariantList SegmentStore::values(qint64 patientId, const QString& programme, const StateSegment& s)
{
    return {patientId,       programme,          isoDate(s.from),          s.to.isValid() ? isoDate(s.to) : kOpenEnd,
            s.state,         s.gpReview ? 1 : 0, s.awaitingCoding ? 1 : 0, s.letterReturned ? 1 : 0,
            s.codesToCorrect};
}

Status SegmentStore::insert(qint64 patientId, const QString& programme, const QList<StateSegment>& segments)
{
    auto q = m_db.prepared(QStringLiteral("INSERT INTO state_segments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                               .arg(columns().join(QStringLiteral(", "))));
    if (!q) {
        return q.error();
    }
    for (const StateSegment& s : segments) {
        if (auto done = sql::exec(**q, values(patientId, programme, s), QStringLiteral("save the patient's state"));
            !done) {
            return done;
        }
    }
    return Done{};
}

Result<QList<StateSegment>> SegmentStore::forPatient(qint64 patientId, const QString& programme)
{
    auto q = m_db.prepared(QStringLiteral("SELECT valid_from, valid_to, state, gp_review, awaiting_coding, "
                                          "letter_returned, codes_to_correct FROM state_segments WHERE patient_id = ? "
                                          "AND programme = ? ORDER BY valid_from"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {patientId, programme}, QStringLiteral("read the patient's state")); !done) {
        return done.error();
    }
    QList<StateSegment> segments;
    while (query.next()) {
        const QString to = query.value(1).toString();
        segments.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                         to == kOpenEnd ? QDate() : QDate::fromString(to, Qt::ISODate), query.value(2).toString(),
                         query.value(3).toBool(), query.value(4).toBool(), query.value(5).toBool(),
                         query.value(6).toInt()});
    }
    query.finish();
    return segments;
}

Result<SegmentStore::Counts> SegmentStore::countsOn(const QString& programme, QDate asOf)
{
    auto q = m_db.prepared(QStringLiteral("SELECT state, COUNT(*), SUM(gp_review), SUM(awaiting_coding), "
                                          "SUM(letter_returned), SUM(codes_to_correct) FROM state_segments "
                                          "WHERE programme = ? AND valid_from <= ? AND valid_to > ? GROUP BY state"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    const QString day = isoDate(asOf);
    if (auto done = sql::exec(query, {programme, day, day}, QStringLiteral("count the states")); !done) {
        return done.error();
    }
    Counts counts;
    while (query.next()) {
        counts.byState.insert(query.value(0).toString(), query.value(1).toLongLong());
        counts.gpReview += query.value(2).toLongLong();
        counts.awaitingCoding += query.value(3).toLongLong();
        counts.lettersReturned += query.value(4).toLongLong();
        counts.codesToCorrect += query.value(5).toLongLong();
    }
    query.finish();
    return counts;
}

Status SegmentStore::rederiveAll(const Programme& programme, const std::function<bool(int)>& progress)
{
    QHash<qint64, QDate> births;
    if (auto read = PatientStore(m_db).forEach([&](const Patient& p) { births.insert(p.id, p.dateOfBirth); }); !read) {
        return read;
    }
    auto rules = PracticeStore(m_db).rules();
    if (!rules) {
        return rules.error();
    }
    auto cleared = m_db.prepared(QStringLiteral("DELETE FROM state_segments WHERE programme = ?"));
    if (!cleared) {
        return cleared.error();
    }
    if (auto done = sql::exec(**cleared, {programme.id}, QStringLiteral("clear the derived state")); !done) {
        return done;
    }
    BulkInserter inserter(m_db, QStringLiteral("state_segments"), columns());
    Status failed = Done{};
    qint64 visited = 0;
    bool cancelled = false;
    auto walked = EventStore(m_db).forEachPatient([&](qint64 patientId, const QList<ConsentEvent>& events) {
        if (!failed || cancelled) {
            return;
        }
        for (const StateSegment& s : Ledger::segments(programme, events, births.value(patientId), *rules)) {
            if (auto added = inserter.add(values(patientId, programme.id, s)); !added) {
                failed = added;
                return;
            }
        }
        if (progress && ++visited % 500 == 0 &&
            !progress(static_cast<int>(100 * visited / std::max<qint64>(1, births.size())))) {
            cancelled = true;
        }
    });
    if (!walked) {
        return walked;
    }
    if (cancelled) {
        return Error{ErrorKind::Conflict, QStringLiteral("Cancelled: nothing was changed.")};
    }
    if (!failed) {
        return failed;
    }
    return inserter.finish();
}

Status SegmentStore::rederiveIfRulesChanged(const Programme& programme)
{
    PracticeStore practice(m_db);
    auto stored = practice.setting(kRulesSetting);
    if (!stored) {
        return stored.error();
    }
    const QString current = QString::number(Ledger::kRulesVersion);
    if (*stored == current) {
        return Done{};
    }
    // The rules that decide state changed since the segments were written: derive them all again, and note the
    // rules they follow, in one transaction (a crash leaves the old segments and the old note together).
    return m_db.bulkWrite([&]() -> Status {
        if (auto done = rederiveAll(programme); !done) {
            return done;
        }
        return practice.setSetting(kRulesSetting, current);
    });
}

} // namespace cd
