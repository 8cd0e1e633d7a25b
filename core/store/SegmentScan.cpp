// SegmentStore::scan: one pass over a programme's state segments, for series over many dates. On SQLite it reads
// through SQLite's C API: Qt's QVariant per value costs more than the row (TOOLCHAIN.md, reads).
#include "domain/Dates.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

#include <sqlite3.h>

namespace cd {
namespace {

const QString kScanSql = QStringLiteral("SELECT valid_from, valid_to, state FROM state_segments "
                                        "WHERE programme = ? AND valid_from <= ? AND valid_to > ?");

// "YYYY-MM-DD" to a day number without building a QString; the open end "9999-12-31" to kOpenEndDay.
qint64 dayNumber(const unsigned char* text, int length)
{
    if (length != 10) {
        return 0;
    }
    const auto digits = [&](int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    const int year = digits(0, 4);
    if (year == 9999) {
        return SegmentStore::kOpenEndDay;
    }
    return QDate(year, digits(5, 2), digits(8, 2)).toJulianDay();
}

int stateIndex(const QStringList& states, const char* text, int length)
{
    for (int i = 0; i < states.size(); ++i) {
        const QString& s = states.at(i);
        if (s.size() == length && s == QLatin1String(text, length)) {
            return i;
        }
    }
    return -1;
}

} // namespace

Status SegmentStore::scan(const QString& programme, QDate from, QDate to, const QStringList& states,
                          const std::function<void(qint64, qint64, int)>& visit)
{
    const QByteArray programmeUtf8 = programme.toUtf8();
    const QByteArray fromText = isoDate(from).toUtf8();
    const QByteArray toText = isoDate(to).toUtf8();
    if (sqlite3* connection = m_db.sqliteConnection()) {
        const QByteArray sql = kScanSql.toUtf8();
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(connection, sql.constData(), static_cast<int>(sql.size()), &statement, nullptr) !=
            SQLITE_OK) {
            return Error{ErrorKind::Database, QStringLiteral("The database could not read the states: %1")
                                                  .arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
        }
        sqlite3_bind_text(statement, 1, programmeUtf8.constData(), static_cast<int>(programmeUtf8.size()),
                          SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, toText.constData(), static_cast<int>(toText.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 3, fromText.constData(), static_cast<int>(fromText.size()), SQLITE_STATIC);
        int rc = SQLITE_OK;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto* state = reinterpret_cast<const char*>(sqlite3_column_text(statement, 2));
            visit(dayNumber(sqlite3_column_text(statement, 0), sqlite3_column_bytes(statement, 0)),
                  dayNumber(sqlite3_column_text(statement, 1), sqlite3_column_bytes(statement, 1)),
                  stateIndex(states, state, sqlite3_column_bytes(statement, 2)));
        }
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE) {
            return Error{
                ErrorKind::Database,
                QStringLiteral("The database could not read the states: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))),
                rc == SQLITE_BUSY};
        }
        return Done{};
    }
    auto q = m_db.prepared(kScanSql);
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {programme, isoDate(to), isoDate(from)}, QStringLiteral("read the states"));
        !done) {
        return done;
    }
    while (query.next()) {
        const QByteArray f = query.value(0).toString().toLatin1();
        const QByteArray t = query.value(1).toString().toLatin1();
        const QByteArray s = query.value(2).toString().toUtf8();
        visit(dayNumber(reinterpret_cast<const unsigned char*>(f.constData()), static_cast<int>(f.size())),
              dayNumber(reinterpret_cast<const unsigned char*>(t.constData()), static_cast<int>(t.size())),
              stateIndex(states, s.constData(), static_cast<int>(s.size())));
    }
    query.finish();
    return Done{};
}

Result<QList<SegmentStore::MixCount>> SegmentStore::countsByBand(const QString& programme, QDate asOf,
                                                                 const QList<QDate>& youngestBornAfter)
{
    QString bands = QStringLiteral("CASE");
    QVariantList values;
    for (qsizetype i = 0; i < youngestBornAfter.size(); ++i) {
        bands += QStringLiteral(" WHEN p.date_of_birth > ? THEN %1").arg(i);
        values << isoDate(youngestBornAfter.at(i));
    }
    bands += QStringLiteral(" ELSE %1 END").arg(youngestBornAfter.size());
    const QString day = isoDate(asOf);
    values << programme << day << day;
    auto q = m_db.prepared(QStringLiteral("SELECT %1, p.sex, s.state, COUNT(*) FROM state_segments s JOIN patients p "
                                          "ON p.id = s.patient_id WHERE s.programme = ? AND s.valid_from <= ? AND "
                                          "s.valid_to > ? GROUP BY 1, 2, 3")
                               .arg(bands));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, values, QStringLiteral("count the consent mix")); !done) {
        return done.error();
    }
    QList<MixCount> list;
    while (query.next()) {
        list.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toLongLong()});
    }
    query.finish();
    return list;
}

} // namespace cd
