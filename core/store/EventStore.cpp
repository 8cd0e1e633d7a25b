#include "domain/Dates.h"
#include "store/Chains.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

namespace cd {
namespace {

const QString kColumns = QStringLiteral(
    "id, patient_id, type, programme, event_date, choice, submitted_by, channel, identity_checked, "
    "signature_present, batch_id, addressed_to_parent, read_code, outcome, target_event_id, reason, note, "
    "recorded_by, recorded_role, recorded_at, signed_on, proxy_name, proxy_relationship");

// Events as read: every column, and a pack's window from its batch (fixed when the batch was recorded).
const QString kSelect = [] {
    QStringList qualified;
    for (const QString& column : kColumns.split(QStringLiteral(", "))) {
        qualified << QStringLiteral("e.") + column;
    }
    return QStringLiteral("SELECT %1, b.window_days FROM consent_events e LEFT JOIN mailout_batches b ON b.id = "
                          "e.batch_id")
        .arg(qualified.join(QStringLiteral(", ")));
}();

ConsentEvent eventFrom(const QSqlQuery& q)
{
    ConsentEvent e;
    e.id = q.value(0).toLongLong();
    e.patientId = q.value(1).toLongLong();
    e.type = eventTypeFromString(q.value(2).toString()).value_or(EventType::Registered);
    e.programme = q.value(3).toString();
    e.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    e.choice = q.value(5).toString();
    e.submittedBy = submitterFromString(q.value(6).toString()).value_or(Submitter::Patient);
    e.channel = channelFromString(q.value(7).toString()).value_or(Channel::Post);
    e.identityChecked = q.value(8).toBool();
    e.signaturePresent = q.value(9).toBool();
    e.batchId = q.value(10).toLongLong();
    e.addressedToParent = q.value(11).toBool();
    e.readCode = q.value(12).toString();
    e.outcome = reviewOutcomeFromString(q.value(13).toString()).value_or(ReviewOutcome::Upheld);
    e.targetEventId = q.value(14).toLongLong();
    e.reason = q.value(15).toString();
    e.note = q.value(16).toString();
    e.recordedBy = q.value(17).toString();
    e.recordedRole = roleFromString(q.value(18).toString()).value_or(Role::Reception);
    e.recordedAt = QDateTime::fromString(q.value(19).toString(), Qt::ISODate).toLocalTime(); // a server stamps UTC
    e.signedOn = QDate::fromString(q.value(20).toString(), Qt::ISODate);
    e.proxyName = q.value(21).toString();
    e.proxyRelationship = q.value(22).toString();
    e.windowDays = q.value(23).toInt();
    return e;
}

} // namespace

const QStringList& EventStore::columns()
{
    static const QStringList names = kColumns.split(QStringLiteral(", ")).mid(1); // all but id
    return names;
}

QVariantList EventStore::values(const ConsentEvent& e)
{
    const bool isChoice = e.type == EventType::Choice;
    const QVariant none(QMetaType::fromType<QString>());
    return {e.patientId, toString(e.type), sql::text(e.programme), isoDate(e.date), sql::nullable(e.choice),
            isChoice ? QVariant(toString(e.submittedBy)) : none,
            // A registration keeps its channel only when made at the desk (the import's grace depends on it).
            isChoice || (e.type == EventType::Registered && e.channel == Channel::Desk) ? QVariant(toString(e.channel))
                                                                                        : none,
            e.identityChecked ? 1 : 0, e.signaturePresent ? 1 : 0, sql::nullableId(e.batchId),
            e.addressedToParent ? 1 : 0, sql::nullable(e.readCode),
            e.type == EventType::GpReview ? QVariant(toString(e.outcome)) : none, sql::nullableId(e.targetEventId),
            sql::nullable(e.reason), sql::nullable(e.note), sql::text(e.recordedBy), toString(e.recordedRole),
            isoDateTime(e.recordedAt), isChoice && e.signedOn.isValid() ? QVariant(isoDate(e.signedOn)) : none,
            isChoice ? sql::nullable(e.proxyName) : none, isChoice ? sql::nullable(e.proxyRelationship) : none};
}

Result<qint64> EventStore::append(const ConsentEvent& e)
{
    static const QString statement = [] {
        QStringList marks;
        for (qsizetype i = 0; i < columns().size() + 3; ++i) {
            marks << QStringLiteral("?");
        }
        return QStringLiteral("INSERT INTO consent_events (id, %1, chain_seq, row_hash) VALUES (%2)")
            .arg(columns().join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }();
    // The id is taken first: the seal covers it, so no event can later be passed off as another.
    auto id = sql::reserveId(m_db, QStringLiteral("consent_events"));
    if (!id) {
        return id.error();
    }
    Chains chains(m_db);
    auto head = chains.reserve(Chains::kEvents, 1);
    if (!head) {
        return head.error();
    }
    QVariantList content = values(e);
    static const qsizetype recordedAtColumn = columns().indexOf(QStringLiteral("recorded_at"));
    auto at = chains.recordedAt(e.recordedAt);
    if (!at) {
        return at.error();
    }
    content[recordedAtColumn] = *at;
    const QString seal = Chains::link(head->hash, *id, head->seq + 1, content);
    auto q = m_db.prepared(statement);
    if (!q) {
        return q.error();
    }
    QVariantList row{*id};
    row << content << QVariant(head->seq + 1) << seal;
    if (auto done = sql::exec(**q, row, QStringLiteral("record the event")); !done) {
        return done.error();
    }
    if (auto moved = chains.setHead(Chains::kEvents, seal); !moved) {
        return moved.error();
    }
    return *id;
}

Result<QList<ConsentEvent>> EventStore::forPatient(qint64 patientId)
{
    auto q = m_db.prepared(kSelect + QStringLiteral(" WHERE e.patient_id = ? ORDER BY e.id"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {patientId}, QStringLiteral("read the patient's history")); !done) {
        return done.error();
    }
    QList<ConsentEvent> events;
    while (query.next()) {
        events.append(eventFrom(query));
    }
    query.finish();
    return events;
}

Result<std::optional<ConsentEvent>> EventStore::findById(qint64 id)
{
    auto q = m_db.prepared(kSelect + QStringLiteral(" WHERE e.id = ?"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {id}, QStringLiteral("find the event")); !done) {
        return done.error();
    }
    std::optional<ConsentEvent> result;
    if (query.next()) {
        result = eventFrom(query);
    }
    query.finish();
    return result;
}

Status EventStore::forEachPatient(const std::function<void(qint64, const QList<ConsentEvent>&)>& visit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(kSelect + QStringLiteral(" ORDER BY e.patient_id, e.id"))) {
        return sql::toError(query.lastError(), QStringLiteral("read the ledger"));
    }
    QList<ConsentEvent> events;
    qint64 current = 0;
    while (query.next()) {
        ConsentEvent e = eventFrom(query);
        if (e.patientId != current && !events.isEmpty()) {
            visit(current, events);
            events.clear();
        }
        current = e.patientId;
        events.append(std::move(e));
    }
    if (!events.isEmpty()) {
        visit(current, events);
    }
    return Done{};
}

Result<qint64> EventStore::createBatch(const MailoutBatch& batch, const QString& createdBy, const QDateTime& at)
{
    auto q = m_db.prepared(QStringLiteral("INSERT INTO mailout_batches (programme, name, sent_on, created_by, "
                                          "created_at, window_days) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(
            query, {batch.programme, batch.name, isoDate(batch.sentOn), createdBy, isoDateTime(at), batch.windowDays},
            QStringLiteral("record the mail-out"));
        !done) {
        return done.error();
    }
    return sql::returnedId(query);
}

Result<std::optional<MailoutBatch>> EventStore::latestBatch(const QString& programme, QDate onOrBefore)
{
    auto q = m_db.prepared(QStringLiteral("SELECT id, name, sent_on, window_days FROM mailout_batches WHERE "
                                          "programme = ? AND sent_on <= ? ORDER BY sent_on DESC, id DESC LIMIT 1"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {programme, isoDate(onOrBefore)}, QStringLiteral("read the mail-outs")); !done) {
        return done.error();
    }
    std::optional<MailoutBatch> batch;
    if (query.next()) {
        batch = MailoutBatch{query.value(0).toLongLong(), programme, query.value(1).toString(),
                             QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toInt()};
    }
    query.finish();
    return batch;
}

Result<QList<MailoutBatch>> EventStore::batches(const QString& programme)
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT id, name, sent_on, window_days FROM mailout_batches WHERE programme = ? ORDER BY sent_on, id"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {programme}, QStringLiteral("read the mail-outs")); !done) {
        return done.error();
    }
    QList<MailoutBatch> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), programme, query.value(1).toString(),
                     QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toInt()});
    }
    query.finish();
    return list;
}

Result<QList<std::pair<MailoutBatch, qint64>>> EventStore::packsPerBatch(const QString& programme, QDate onOrBefore)
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT b.id, b.name, b.sent_on, b.window_days, (SELECT COUNT(*) FROM consent_events e WHERE e.batch_id = b.id "
        "AND e.type = 'pack-sent' AND NOT EXISTS (SELECT 1 FROM consent_events v WHERE v.target_event_id = e.id AND "
        "v.type = 'void')) FROM mailout_batches b WHERE b.programme = ? AND b.sent_on <= ? ORDER BY b.sent_on, b.id"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {programme, isoDate(onOrBefore)}, QStringLiteral("count the packs")); !done) {
        return done.error();
    }
    QList<std::pair<MailoutBatch, qint64>> list;
    while (query.next()) {
        list.append({{query.value(0).toLongLong(), programme, query.value(1).toString(),
                      QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toInt()},
                     query.value(4).toLongLong()});
    }
    query.finish();
    return list;
}

Result<QList<EventStore::ChoicesOnDay>> EventStore::choicesReceived(const QString& programme, QDate from, QDate to)
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT e.event_date, e.choice, COUNT(*) FROM consent_events e WHERE e.type = 'choice' AND e.programme = ? "
        "AND e.event_date >= ? AND e.event_date <= ? AND NOT EXISTS (SELECT 1 FROM consent_events v WHERE "
        "v.target_event_id = e.id AND v.type = 'void') GROUP BY e.event_date, e.choice ORDER BY e.event_date"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {programme, isoDate(from), isoDate(to)}, QStringLiteral("count the forms"));
        !done) {
        return done.error();
    }
    QList<ChoicesOnDay> list;
    while (query.next()) {
        list.append({QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString(),
                     query.value(2).toLongLong()});
    }
    query.finish();
    return list;
}

} // namespace cd
