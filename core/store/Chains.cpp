#include "store/Chains.h"

#include "domain/Dates.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

#include <charconv>
#include <iterator>

namespace cd {
namespace {

Status run(QSqlQuery& query, const QString& statement, const QString& doing)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        return Error{ErrorKind::Database, QStringLiteral("Could not %1: %2").arg(doing, query.lastError().text())};
    }
    return sql::exec(query, QVariantList{}, doing);
}

} // namespace

const QString Chains::kEvents = QStringLiteral("consent_events");
const QString Chains::kAudit = QStringLiteral("audit_log");

const QStringList& Chains::contentColumns(const QString& chain)
{
    static const QStringList events =
        QStringLiteral("patient_id, type, programme, event_date, choice, submitted_by, channel, "
                       "identity_checked, signature_present, batch_id, addressed_to_parent, "
                       "read_code, outcome, target_event_id, reason, note, recorded_by, "
                       "recorded_role, recorded_at, signed_on, proxy_name, proxy_relationship")
            .split(QStringLiteral(", "));
    static const QStringList audit =
        QStringLiteral("at, user_name, role, action, patient_id, event_id, details").split(QStringLiteral(", "));
    return chain == kAudit ? audit : events;
}

QString Chains::link(const QString& previous, qint64 id, qint64 seq, const QVariantList& content)
{
    // Each field as "<length>:<bytes>;", hashed in one piece: a register import seals 100,000 rows in a row, so the
    // text is built in one reused buffer rather than a few small allocations a field.
    thread_local QByteArray text;
    text.clear();
    const auto add = [](const char* bytes, qsizetype size) {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), size).ptr;
        text.append(digits, end - digits).append(':').append(bytes, size).append(';');
    };
    const auto addNumber = [&add](qint64 n) {
        char digits[24];
        const auto end = std::to_chars(std::begin(digits), std::end(digits), n).ptr;
        add(digits, end - digits);
    };
    const QByteArray head = previous.toLatin1();
    add(head.constData(), head.size());
    addNumber(id);
    addNumber(seq);
    for (const QVariant& value : content) {
        // SQL NULL (a null QVariant of any type, which would otherwise print as "0") and '' alike; flags and ids
        // as their digits on both engines.
        if (value.isNull()) {
            add("", 0);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
        case QMetaType::UInt:
            addNumber(value.toLongLong());
            break;
        default: {
            const QByteArray utf8 = value.toString().toUtf8();
            add(utf8.constData(), utf8.size());
        }
        }
    }
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Result<ChainHead> Chains::reserve(const QString& chain, qint64 rows)
{
    auto q = m_db.prepared(QStringLiteral("UPDATE chain_heads SET seq = seq + ? WHERE chain = ? RETURNING seq, head"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {rows, chain}, QStringLiteral("take the next places in the chain")); !done) {
        return done.error();
    }
    if (!query.next()) {
        return Error{ErrorKind::Database,
                     QStringLiteral("The database has no chain for %1: it was changed outside Consent Desk. Run "
                                    "'consentdesk-cli verify' and restore the newest good backup.")
                         .arg(chain)};
    }
    ChainHead before{query.value(0).toLongLong() - rows, query.value(1).toString()};
    query.finish();
    return before;
}

Status Chains::setHead(const QString& chain, const QString& hash)
{
    auto q = m_db.prepared(QStringLiteral("UPDATE chain_heads SET head = ? WHERE chain = ?"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {hash, chain}, QStringLiteral("move the chain's head"));
}

Result<QString> Chains::recordedAt(const QDateTime& deskTime)
{
    if (m_db.engine() == Engine::SQLite) {
        return isoDateTime(deskTime);
    }
    auto q = m_db.prepared(QStringLiteral("SELECT consentdesk_recorded_now()"));
    if (!q) {
        return q.error();
    }
    if (auto done = sql::exec(**q, {}, QStringLiteral("read the server's time")); !done) {
        return done.error();
    }
    if (!(*q)->next()) {
        return Error{ErrorKind::Database, QStringLiteral("The server did not say what time it is.")};
    }
    const QString at = (*q)->value(0).toString();
    (*q)->finish();
    return at;
}

Status Chains::beginHistoryLoad()
{
    if (m_db.engine() == Engine::SQLite) {
        return Done{};
    }
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("SELECT consentdesk_begin_history_load()"),
               QStringLiteral("load a practice's history into the server"));
}

Status Chains::endHistoryLoad()
{
    if (m_db.engine() == Engine::SQLite) {
        return Done{};
    }
    QSqlQuery q(m_db.connection());
    return run(q, QStringLiteral("SELECT consentdesk_end_history_load()"),
               QStringLiteral("finish loading a practice's history"));
}

Status Chains::adopt(const QString& chain, const ChainHead& head)
{
    auto q = m_db.prepared(QStringLiteral("UPDATE chain_heads SET seq = ?, head = ? WHERE chain = ?"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {head.seq, head.hash, chain}, QStringLiteral("take the copied chain's head"));
}

Result<QHash<QString, ChainHead>> Chains::heads()
{
    QSqlQuery q(m_db.connection());
    if (auto done = run(q, QStringLiteral("SELECT chain, seq, head FROM chain_heads"),
                        QStringLiteral("read the chains' heads"));
        !done) {
        return done.error();
    }
    QHash<QString, ChainHead> all;
    while (q.next()) {
        all.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
    }
    return all;
}

Status Chains::sealUnsealed(const QString& chain)
{
    const QStringList& columns = contentColumns(chain);
    QSqlQuery read(m_db.connection());
    if (auto done = run(read,
                        QStringLiteral("SELECT id, %1 FROM %2 WHERE row_hash IS NULL ORDER BY id")
                            .arg(columns.join(QStringLiteral(", ")), chain),
                        QStringLiteral("read the rows to seal"));
        !done) {
        return done;
    }
    QList<std::pair<qint64, QVariantList>> rows;
    while (read.next()) {
        QVariantList content;
        for (int c = 1; c <= columns.size(); ++c) {
            content << read.value(c);
        }
        rows.append({read.value(0).toLongLong(), content});
    }
    read.finish();
    if (rows.isEmpty()) {
        return Done{};
    }
    auto head = reserve(chain, rows.size());
    if (!head) {
        return head.error();
    }
    auto update = m_db.prepared(QStringLiteral("UPDATE %1 SET chain_seq = ?, row_hash = ? WHERE id = ?").arg(chain));
    if (!update) {
        return update.error();
    }
    QString previous = head->hash;
    qint64 seq = head->seq;
    for (const auto& [id, content] : rows) {
        previous = link(previous, id, ++seq, content);
        if (auto done = sql::exec(**update, {seq, previous, id}, QStringLiteral("seal the row")); !done) {
            return done;
        }
    }
    return setHead(chain, previous);
}

Result<QStringList> Chains::problems()
{
    auto all = heads();
    if (!all) {
        return all.error();
    }
    QStringList found;
    for (const QString& chain : {kEvents, kAudit}) {
        if (!all->contains(chain)) {
            found << QStringLiteral("the chain of %1 has no head: it was removed").arg(chain);
            continue;
        }
        auto some = problems(chain, all->value(chain));
        if (!some) {
            return some.error();
        }
        found << *some;
    }
    return found;
}

Result<QStringList> Chains::problems(const QString& chain, const ChainHead& head)
{
    const QString what = chain == kAudit ? QStringLiteral("audit entry") : QStringLiteral("event");
    const QStringList& columns = contentColumns(chain);
    QSqlQuery q(m_db.connection());
    if (auto done = run(q,
                        QStringLiteral("SELECT id, chain_seq, row_hash, %1 FROM %2 ORDER BY chain_seq, id")
                            .arg(columns.join(QStringLiteral(", ")), chain),
                        QStringLiteral("read the chain"));
        !done) {
        return done.error();
    }
    QStringList found;
    QString previous;
    qint64 expectedSeq = 0;
    while (q.next() && found.size() < 20) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(1).isNull() || q.value(2).toString().isEmpty()) {
            found << QStringLiteral("%1 %2 carries no seal: it was added outside Consent Desk").arg(what).arg(id);
            continue;
        }
        const qint64 seq = q.value(1).toLongLong();
        if (seq != ++expectedSeq) {
            found << QStringLiteral("%1 %2 is number %3 in its chain where %4 was due: entries before it were "
                                    "removed or added")
                         .arg(what)
                         .arg(id)
                         .arg(seq)
                         .arg(expectedSeq);
            expectedSeq = seq;
        }
        QVariantList content;
        for (int c = 3; c < 3 + columns.size(); ++c) {
            content << q.value(c);
        }
        const QString recomputed = link(previous, id, seq, content);
        if (recomputed != q.value(2).toString()) {
            found
                << QStringLiteral("%1 %2 does not match its seal: it, or one before it, was changed").arg(what).arg(id);
        }
        previous = q.value(2).toString(); // the chain goes on from what is stored, so one change is reported once
    }
    q.finish();
    if (found.isEmpty() && (expectedSeq != head.seq || previous != head.hash)) {
        found << (expectedSeq < head.seq
                      ? QStringLiteral("the newest %1 %2(s) were removed (%3 of %4 are left)")
                            .arg(head.seq - expectedSeq)
                            .arg(what)
                            .arg(expectedSeq)
                            .arg(head.seq)
                      : QStringLiteral("the chain of %1s does not end where its head says: rows were added or its "
                                       "head rewritten")
                            .arg(what));
    }
    return found;
}

} // namespace cd
