#include "domain/Dates.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

namespace cd {
namespace {

// Open-ended segments end on a date later than any real one, so "as of" is a plain range test.
const QString kOpenEnd = QStringLiteral("9999-12-31");

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
    static const QStringList names = {QStringLiteral("patient_id"),      QStringLiteral("programme"),
                                      QStringLiteral("valid_from"),      QStringLiteral("valid_to"),
                                      QStringLiteral("state"),           QStringLiteral("gp_review"),
                                      QStringLiteral("awaiting_coding"), QStringLiteral("letter_returned")};
    return names;
}

QVariantList SegmentStore::values(qint64 patientId, const QString& programme, const StateSegment& s)
{
    return {patientId, programme,          isoDate(s.from),          s.to.isValid() ? isoDate(s.to) : kOpenEnd,
            s.state,   s.gpReview ? 1 : 0, s.awaitingCoding ? 1 : 0, s.letterReturned ? 1 : 0};
}

Status SegmentStore::insert(qint64 patientId, const QString& programme, const QList<StateSegment>& segments)
{
    auto q = m_db.prepared(QStringLiteral("INSERT INTO state_segments (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
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
                                          "letter_returned FROM state_segments WHERE patient_id = ? AND programme = ? "
                                          "ORDER BY valid_from"));
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
                         query.value(3).toBool(), query.value(4).toBool(), query.value(5).toBool()});
    }
    query.finish();
    return segments;
}

Result<SegmentStore::Counts> SegmentStore::countsOn(const QString& programme, QDate asOf)
{
    auto q = m_db.prepared(QStringLiteral("SELECT state, COUNT(*), SUM(gp_review), SUM(awaiting_coding), "
                                          "SUM(letter_returned) FROM state_segments "
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
    }
    query.finish();
    return counts;
}

} // namespace cd
