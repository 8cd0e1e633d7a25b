#include "service/CopyPractice.h"
#include "service/Refusal.h"
#include "service/UserService.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "stats/HeadlineFigures.h"
#include "store/BulkInserter.h"
#include "store/Chains.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Sql.h"
#include "store/Stores.h"

#include <QSqlField>
#include <QSqlRecord>

namespace cd {
namespace {

struct TableSpec
{
    const char* name;
    const char* orderBy;
    bool hasIdentity;
};

// Parents before children; each table in key order, so even consent_events' references to earlier events hold.
constexpr TableSpec kTables[] = {
    {"practice", "id", false},       {"settings", "key", false},
    {"users", "id", true},           {"patients", "id", true},
    {"mailout_batches", "id", true}, {"consent_events", "id", true},
    {"audit_log", "id", true},       {"state_segments", "patient_id, programme, valid_from", false},
    {"milestones", "id", true},      {"reference_figures", "id", true},
};

Result<qint64> countRows(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
        return sql::toError(q.lastError(), QStringLiteral("count %1").arg(table));
    }
    return q.value(0).toLongLong();
}

Status copyTable(Database& source, Database& target, const TableSpec& spec)
{
    const QString table = QString::fromLatin1(spec.name);
    // The columns are this version's, read from the target this build made; a source's are only compared with
    // them, never pasted into SQL (a crafted file could name a column anything).
    const QSqlRecord known = target.connection().record(table);
    const QSqlRecord found = source.connection().record(table);
    QStringList columns;
    for (int i = 0; i < known.count(); ++i) {
        columns << known.fieldName(i);
    }
    QStringList sourceColumns;
    for (int i = 0; i < found.count(); ++i) {
        sourceColumns << found.fieldName(i);
    }
    std::sort(sourceColumns.begin(), sourceColumns.end());
    QStringList expected = columns;
    std::sort(expected.begin(), expected.end());
    if (columns.isEmpty() || sourceColumns != expected) {
        return Error{ErrorKind::Conflict,
                     QStringLiteral("The source's table %1 does not have exactly this version's columns: it was "
                                    "changed outside Consent Desk, or is from another version (open it with this "
                                    "version first). Nothing was copied.")
                         .arg(table)};
    }
    QSqlQuery rows(source.connection());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(columns.join(QStringLiteral(", ")), table, QString::fromLatin1(spec.orderBy)))) {
        return sql::toError(rows.lastError(), QStringLiteral("read %1").arg(table));
    }
    BulkInserter inserter(target, table, columns);
    QVariantList row;
    while (rows.next()) {
        row.clear();
        for (int i = 0; i < columns.size(); ++i) {
            row.append(rows.value(i));
        }
        if (auto added = inserter.add(row); !added) {
            return added;
        }
    }
    if (auto done = inserter.finish(); !done) {
        return done;
    }
    return spec.hasIdentity ? target.execDialect(dialect::resyncIdentity(target.engine(), table)) : Status(Done{});
}

// Dates whose figures must match: the first and last event, a few between, the window's close and today.
Result<QList<QDate>> datesToCompare(Database& source, const Clock& clock)
{
    QSqlQuery q(source.connection());
    if (!q.exec(QStringLiteral("SELECT MIN(event_date), MAX(event_date) FROM consent_events")) || !q.next()) {
        return sql::toError(q.lastError(), QStringLiteral("read the ledger's dates"));
    }
    const QDate first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    const QDate last = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    QList<QDate> dates{clock.today()};
    if (first.isValid() && last.isValid()) {
        const qint64 span = first.daysTo(last);
        for (int part = 0; part <= 4; ++part) {
            dates << first.addDays(span * part / 4);
        }
    }
    auto batch = EventStore(source).latestBatch(Programme::scr().id, clock.today());
    if (batch && batch->has_value()) {
        const QDate lastDay = (*batch)->windowLastDay();
        dates << lastDay << lastDay.addDays(1);
    }
    return dates;
}

} // namespace

const QStringList& practiceTables()
{
    static const QStringList tables = [] {
        QStringList list;
        for (const TableSpec& spec : kTables) {
            list << QString::fromLatin1(spec.name);
        }
        return list;
    }();
    return tables;
}

namespace {

// A server keeps no desk password hashes (the server checks each login's): on a file copied from it, the person who
// copied it signs in with the password they signed in to the server with, and gives everyone else theirs there
// (user reset), each to be changed at its first sign-in.
Status signInToTheCopy(Database& source, Database& target, const Actor& actor, CopyReport& report)
{
    QSqlQuery q(target.connection());
    if (!q.exec(QStringLiteral("UPDATE users SET must_change_password = 1 WHERE password_hash IS NULL"))) {
        return sql::toError(q.lastError(), QStringLiteral("mark the copy's passwords"));
    }
    const QString password = source.connection().password();
    auto copier = UserStore(target).find(actor.user);
    if (!copier) {
        return copier.error();
    }
    if (password.isEmpty() || !copier->has_value()) {
        report.signInNote = QStringLiteral("A server keeps no desk passwords, so nobody can sign in to this copy yet: "
                                           "copy it as one of the practice's managers, with the password in "
                                           "CONSENTDESK_PASSWORD, to sign in to it with that password.");
        return Done{};
    }
    const QString hashed = UserService::hash(password);
    if (hashed.isEmpty()) {
        return Error{ErrorKind::Database, QStringLiteral("The password could not be hashed (not enough memory?): "
                                                         "nothing was copied; try again.")};
    }
    if (auto set = UserStore(target).setPassword(actor.user, hashed, false); !set) {
        return set;
    }
    report.signInNote = QStringLiteral("%1 signs in to this copy with the password they used on the server; give "
                                       "everyone else a password there with 'user reset NAME'.")
                            .arg(actor.user);
    return Done{};
}

} // namespace

Result<CopyReport> copyPractice(Database& source, Database& target, const Actor& actor, const Clock& clock)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(source, clock, actor, QStringLiteral("copy"),
                      QStringLiteral("Only a manager may copy the practice."));
    }
    for (const QString& table : {QStringLiteral("practice"), QStringLiteral("patients"),
                                 QStringLiteral("consent_events"), QStringLiteral("audit_log")}) {
        auto n = countRows(target, table);
        if (!n) {
            return n.error();
        }
        if (*n > 0) {
            return Error{ErrorKind::Conflict, QStringLiteral("%1 is not empty (it already has rows in %2): a practice "
                                                             "is only copied into an empty database. Nothing was "
                                                             "changed.")
                                                  .arg(target.path(), table)};
        }
    }
    auto dates = datesToCompare(source, clock);
    if (!dates) {
        return dates.error();
    }
    CopyReport report;
    report.datesCompared = *dates;
    const Status copied = target.bulkWrite([&]() -> Status {
        // The target's own settings (the rules its empty state was derived under) give way to the practice's.
        if (auto cleared = sql::execDirect(target.connection(), QStringLiteral("DELETE FROM settings")); !cleared) {
            return cleared;
        }
        if (auto loading = Chains(target).beginHistoryLoad(); !loading) {
            return loading;
        }
        for (const TableSpec& spec : kTables) {
            if (auto done = copyTable(source, target, spec); !done) {
                return done;
            }
        }
        if (auto loaded = Chains(target).endHistoryLoad(); !loaded) {
            return loaded;
        }
        // The seals came with their rows: the chains' heads follow, so the copy verifies as the original does.
        auto heads = Chains(source).heads();
        if (!heads) {
            return heads.error();
        }
        for (auto it = heads->cbegin(); it != heads->cend(); ++it) {
            if (auto adopted = Chains(target).adopt(it.key(), it.value()); !adopted) {
                return adopted;
            }
        }
        // Check inside the transaction: a copy that differs is never committed.
        for (const TableSpec& spec : kTables) {
            const QString table = QString::fromLatin1(spec.name);
            auto from = countRows(source, table);
            auto to = countRows(target, table);
            if (!from || !to) {
                return from ? to.error() : from.error();
            }
            if (*from != *to) {
                return Error{ErrorKind::Database, QStringLiteral("The copy of %1 has %2 rows, the original %3: nothing "
                                                                 "was copied.")
                                                      .arg(table)
                                                      .arg(*to)
                                                      .arg(*from)};
            }
            report.rowsPerTable.append({table, *to});
        }
        for (const QDate& day : report.datesCompared) {
            auto before = HeadlineFigures::compute(source, Programme::scr(), day);
            auto after = HeadlineFigures::compute(target, Programme::scr(), day);
            if (!before || !after) {
                return before ? after.error() : before.error();
            }
            if (before->toJson() != after->toJson()) {
                return Error{ErrorKind::Database,
                             QStringLiteral("The copy's figures for %1 differ from the original's: "
                                            "nothing was copied.")
                                 .arg(humanDate(day))};
            }
        }
        if (source.engine() == Engine::PostgreSQL && target.engine() == Engine::SQLite) {
            if (auto keys = signInToTheCopy(source, target, actor, report); !keys) {
                return keys;
            }
        }
        return AuditStore(target).append({clock.recordedNow(), actor.user, actor.role, QStringLiteral("copy"), 0, 0,
                                          QStringLiteral("practice copied in from %1")
                                              .arg(source.engine() == Engine::SQLite ? QStringLiteral("an SQLite file")
                                                                                     : QStringLiteral("a server"))});
    });
    if (!copied) {
        return copied.error();
    }
    return report;
}

} // namespace cd
