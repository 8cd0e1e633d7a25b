#include "domain/Dates.h"
#include "store/Chains.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

namespace cd {

Status AuditStore::append(const AuditEntry& e)
{
    auto id = sql::reserveId(m_db, QStringLiteral("audit_log"));
    if (!id) {
        return id.error();
    }
    Chains chains(m_db);
    auto head = chains.reserve(Chains::kAudit, 1);
    if (!head) {
        return head.error();
    }
    auto at = chains.recordedAt(e.at);
    if (!at) {
        return at.error();
    }
    const QVariantList content{*at,
                               e.userName,
                               toString(e.role),
                               e.action,
                               sql::nullableId(e.patientId),
                               sql::nullableId(e.eventId),
                               sql::text(e.details)};
    const QString seal = Chains::link(head->hash, *id, head->seq + 1, content);
    auto q = m_db.prepared(QStringLiteral("INSERT INTO audit_log (id, at, user_name, role, action, patient_id, "
                                          "event_id, details, chain_seq, row_hash) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    QVariantList row{*id};
    row << content << QVariant(head->seq + 1) << seal;
    if (auto done = sql::exec(**q, row, QStringLiteral("write the audit trail")); !done) {
        return done;
    }
    return chains.setHead(Chains::kAudit, seal);
}

Result<QList<std::pair<AuditEntry, QString>>> AuditStore::find(const AuditFilter& f)
{
    // One statement whatever the filter: an empty value matches everything, so it is prepared once.
    auto q = m_db.prepared(QStringLiteral(
        "SELECT a.at, a.user_name, a.role, a.action, a.patient_id, a.event_id, a.details, p.nhs_number "
        "FROM audit_log a LEFT JOIN patients p ON p.id = a.patient_id "
        "WHERE (? = '' OR a.user_name = ?) AND (? = 0 OR a.patient_id = ?) AND (? = '' OR a.action LIKE ?) "
        "AND (? = '' OR a.at >= ?) AND (? = '' OR a.at < ?) ORDER BY a.id DESC LIMIT ?"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    const QString from = f.from.isValid() ? isoDate(f.from) : QString();
    const QString to = f.to.isValid() ? isoDate(f.to.addDays(1)) : QString();
    const QString action = f.action.isEmpty() ? QString() : f.action + u'%';
    if (auto done =
            sql::exec(query,
                      {sql::text(f.user), sql::text(f.user), f.patientId, f.patientId, sql::text(action),
                       sql::text(action), sql::text(from), sql::text(from), sql::text(to), sql::text(to), f.limit},
                      QStringLiteral("read the audit trail"));
        !done) {
        return done.error();
    }
    QList<std::pair<AuditEntry, QString>> rows;
    while (query.next()) {
        AuditEntry e;
        e.at = QDateTime::fromString(query.value(0).toString(), Qt::ISODate).toLocalTime(); // a server stamps UTC
        e.userName = query.value(1).toString();
        e.role = roleFromString(query.value(2).toString()).value_or(Role::Reception);
        e.action = query.value(3).toString();
        e.patientId = query.value(4).toLongLong();
        e.eventId = query.value(5).toLongLong();
        e.details = query.value(6).toString();
        rows.append({e, query.value(7).toString()});
    }
    query.finish();
    return rows;
}

} // namespace cd
