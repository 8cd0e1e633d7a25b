#include "query/PatientQuery.h"

#include "domain/Dates.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Sql.h"

#include <QSqlQuery>

namespace cd {
namespace {

// The first key after every key that starts with prefix, byte by byte: "SMI" -> "SMJ".
QString afterPrefix(const QString& prefix)
{
    QString next = prefix;
    next.back() = QChar(static_cast<char16_t>(next.back().unicode() + 1));
    return next;
}

constexpr const char* kColumns = "p.id, p.nhs_number, p.title, p.given_name, p.family_name, p.date_of_birth, p.sex, "
                                 "p.postcode, s.state, s.gp_review, s.awaiting_coding, s.letter_returned, s.valid_to";

} // namespace

PatientQuery::PatientQuery(Database& db, QDate asOf, QString programme)
    : m_db(db)
    , m_asOf(asOf)
    , m_programme(std::move(programme))
{}

QStringList PatientQuery::stateConditions(const PatientFilter& filter, QVariantList& values)
{
    QStringList where;
    if (!filter.state.isEmpty()) {
        where << QStringLiteral("s.state = ?");
        values << filter.state;
    }
    if (filter.windowClosesBy.isValid()) {
        // The in-window stretch ends the day after the window's last day...
        where << QStringLiteral("s.state = 'in_window' AND s.valid_to <= ?");
        values << isoDate(filter.windowClosesBy.addDays(1));
        // ...and the stretch after it is implied consent: the window itself closes then (not a leaving, nor a
        // choice or returned letter recorded after the date looked at).
        where << QStringLiteral("EXISTS (SELECT 1 FROM state_segments n WHERE n.patient_id = s.patient_id AND "
                                "n.programme = s.programme AND n.valid_from = s.valid_to AND n.state = 'implied')");
    }
    switch (filter.flag) {
    case PatientFilter::Flag::Any:
        break;
    case PatientFilter::Flag::AwaitingCoding:
        where << QStringLiteral("s.awaiting_coding = 1");
        break;
    case PatientFilter::Flag::GpReview:
        where << QStringLiteral("s.gp_review = 1");
        break;
    case PatientFilter::Flag::LetterReturned:
        where << QStringLiteral("s.letter_returned = 1");
        break;
    case PatientFilter::Flag::CodesToCorrect:
        where << QStringLiteral("s.codes_to_correct > 0");
        break;
    }
    return where;
}

QString PatientQuery::fromAndWhere(const PatientFilter& filter, QVariantList& values, bool ordered, NameArm arm) const
{
    const QString c = dialect::bytewise(m_db.engine());
    const QString family = QStringLiteral("upper(p.family_name)") + c;
    const QString given = QStringLiteral("upper(p.given_name)") + c;
    // Segments hold the state by date: a patient registered on the date has exactly one covering it.
    // With anything typed, walk the patients' search index first and look up each one's state: SQLite's planner,
    // left to itself, scanned every state segment of the date first (150 ms a keystroke on 100,000 patients).
    // CROSS JOIN is SQLite's way of fixing that order; a LEFT JOIN keeps it anyway.
    const bool patientsFirst = filter.search.kind != PatientSearch::Kind::Everyone || ordered;
    const QString join = filter.includeLeft                                 ? QStringLiteral("LEFT JOIN")
                         : patientsFirst && m_db.engine() == Engine::SQLite ? QStringLiteral("CROSS JOIN")
                                                                            : QStringLiteral("JOIN");
    QString sql = QStringLiteral(" FROM patients p %1 state_segments s ON s.patient_id = p.id AND s.programme = ? "
                                 "AND s.valid_from <= ? AND s.valid_to > ?")
                      .arg(join);
    values << m_programme << isoDate(m_asOf) << isoDate(m_asOf);
    QStringList where;
    // Each prefix binds its two values as it is built: build them one statement at a time, in the text's order
    // (the operands of + and the arguments of arg() are evaluated in no fixed order).
    const auto prefix = [&](const QString& expression, const QString& key) {
        values << key << afterPrefix(key);
        return QStringLiteral("(%1 >= ? AND %1 < ?)").arg(expression);
    };
    // Names compare upper(column) with upper(value): the same function on both sides, whatever either engine
    // upper-cases (SQLite ASCII only, PostgreSQL by its locale).
    const auto namePrefix = [&](const QString& expression, const QString& key) {
        values << key << afterPrefix(key);
        return QStringLiteral("(%1 >= upper(?) AND %1 < upper(?))").arg(expression);
    };
    const auto both = [](const QString& first, const QString& second) {
        return first + QStringLiteral(" AND ") + second;
    };
    const PatientSearch& s = filter.search;
    switch (s.kind) {
    case PatientSearch::Kind::Everyone:
        break;
    case PatientSearch::Kind::Incomplete:
        where << QStringLiteral("1 = 0");
        break;
    case PatientSearch::Kind::NhsNumber:
        if (s.nhsPrefix.size() == 10) {
            where << QStringLiteral("p.nhs_number = ?");
            values << s.nhsPrefix;
        } else {
            where << prefix(QStringLiteral("p.nhs_number") + c, s.nhsPrefix);
        }
        break;
    case PatientSearch::Kind::DateOfBirth:
        where << QStringLiteral("p.date_of_birth = ?");
        values << isoDate(s.dateOfBirth);
        break;
    case PatientSearch::Kind::Postcode:
        where << prefix(QStringLiteral("replace(p.postcode, ' ', '')") + c, s.postcodeKey);
        break;
    case PatientSearch::Kind::Name:
        if (s.surnameFirst) {
            const QString surname = namePrefix(family, s.firstWord);
            where << (s.rest.isEmpty() ? surname : both(surname, namePrefix(given, s.rest)));
        } else if (s.rest.isEmpty()) {
            // A surname's start; from three letters on, a forename's start too (with fewer letters the forenames
            // add thousands of matches that must be sorted, too slow for a keystroke on a large list).
            if (s.firstWord.size() < 3 || arm == NameArm::Surname) {
                where << namePrefix(family, s.firstWord);
            } else if (arm == NameArm::ForenameOnly) {
                const QString forename = namePrefix(given, s.firstWord);
                const QString surname = namePrefix(family, s.firstWord);
                where << forename + QStringLiteral(" AND NOT ") + surname;
            } else {
                const QString surname = namePrefix(family, s.firstWord);
                const QString forename = namePrefix(given, s.firstWord);
                where << QStringLiteral("(%1 OR %2)").arg(surname, forename);
            }
        } else {
            const QString givenFirst = namePrefix(given, s.firstWord);
            const QString thenFamily = namePrefix(family, s.rest);
            const QString familyFirst = namePrefix(family, s.firstWord);
            const QString thenGiven = namePrefix(given, s.rest);
            const QString whole = namePrefix(family, s.firstWord + u' ' + s.rest); // "de souza"
            where << QStringLiteral("((%1) OR (%2) OR %3)")
                         .arg(both(givenFirst, thenFamily), both(familyFirst, thenGiven), whole);
        }
        break;
    }
    if (!filter.includeLeft) {
        where << QStringLiteral("s.patient_id IS NOT NULL");
    }
    where << stateConditions(filter, values);
    if (filter.noPackThisRegistration) {
        // As the Ledger counts packs: from the latest joining on or before the date (voided events aside).
        where << QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM consent_events e WHERE e.patient_id = p.id AND e.type = 'pack-sent' AND "
            "e.programme = ? AND NOT EXISTS (SELECT 1 FROM consent_events v WHERE v.type = 'void' AND "
            "v.target_event_id = e.id) AND e.event_date >= COALESCE((SELECT MAX(r.event_date) FROM consent_events r "
            "WHERE r.patient_id = p.id AND r.type = 'registered' AND r.event_date <= ? AND NOT EXISTS (SELECT 1 FROM "
            "consent_events w WHERE w.type = 'void' AND w.target_event_id = r.id)), ''))");
        values << m_programme << isoDate(m_asOf);
    }
    if (!where.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    }
    return sql;
}

Result<qint64> PatientQuery::count(const PatientFilter& filter, qint64 cap)
{
    QVariantList values;
    QString from = fromAndWhere(filter, values, false);
    if (filter.search.kind == PatientSearch::Kind::Everyone && !filter.includeLeft && !filter.noPackThisRegistration) {
        // Nothing typed: every condition is on the segments, so count them alone, from their covering index.
        values = {m_programme, isoDate(m_asOf), isoDate(m_asOf)};
        const QStringList conditions = stateConditions(filter, values);
        from = QStringLiteral(" FROM state_segments s WHERE s.programme = ? AND s.valid_from <= ? AND s.valid_to > ?");
        for (const QString& condition : conditions) {
            from += QStringLiteral(" AND ") + condition;
        }
    }
    // Uncapped, a plain count: SQLite counts an index range far faster than rows fed through a LIMIT.
    if (cap >= 0) {
        values << cap;
    }
    auto q =
        m_db.prepared(cap < 0 ? QStringLiteral("SELECT count(*)%1").arg(from)
                              : QStringLiteral("SELECT count(*) FROM (SELECT 1 AS one%1 LIMIT ?) matched").arg(from));
    if (!q) {
        return q.error();
    }
    if (auto done = sql::exec(**q, values, QStringLiteral("count the patients")); !done) {
        return done.error();
    }
    const qint64 n = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return n;
}

PatientSort PatientQuery::orderFor(const PatientFilter& filter, PatientSort requested)
{
    if (requested != PatientSort::Name) {
        return requested;
    }
    // A number or a postcode being typed lists in that order: its index gives the first page at once, where name
    // order would sort every match of "9" or "E1" first.
    switch (filter.search.kind) {
    case PatientSearch::Kind::NhsNumber:
        return PatientSort::NhsNumber;
    case PatientSearch::Kind::Postcode:
        return PatientSort::Postcode;
    default:
        return requested;
    }
}

Result<QList<PatientRow>> PatientQuery::page(const PatientFilter& filter, PatientSort sort, bool descending,
                                             qint64 offset, qint64 limit)
{
    QVariantList values;
    sort = orderFor(filter, sort);
    // A page in an order the patients' indexes keep walks that index; the state order sorts whatever matched.
    const QString from = fromAndWhere(filter, values, sort != PatientSort::State);
    const QString c = dialect::bytewise(m_db.engine());
    const QString name = QStringLiteral("upper(p.family_name)%1 %2, upper(p.given_name)%1 %2").arg(c);
    const QString d = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString order;
    switch (sort) {
    case PatientSort::Name:
        order = name.arg(d) + QStringLiteral(", p.id ") + d;
        break;
    case PatientSort::NhsNumber:
        order = QStringLiteral("p.nhs_number ") + d;
        break;
    case PatientSort::DateOfBirth:
        order = QStringLiteral("p.date_of_birth %1, p.id %1").arg(d);
        break;
    case PatientSort::Postcode:
        order = QStringLiteral("replace(p.postcode, ' ', '')%1 %2, p.id %2").arg(c, d);
        break;
    case PatientSort::State:
        order = QStringLiteral("s.state %1, ").arg(d) + name.arg(d) + QStringLiteral(", p.id ") + d;
        break;
    }
    QString sql = QStringLiteral("SELECT %1%2 ORDER BY %3 LIMIT ? OFFSET ?").arg(QLatin1String(kColumns), from, order);
    const PatientSearch& search = filter.search;
    if (sort == PatientSort::Name && search.kind == PatientSearch::Kind::Name && !search.surnameFirst &&
        search.rest.isEmpty() && search.firstWord.size() >= 3) {
        // Surname or forename: two index-ordered arms merged, so the first page never sorts every "Smith" on the list
        // (8 ms a keystroke on 100,000 patients as one OR; under 1 ms merged).
        values.clear();
        const QString surnames = fromAndWhere(filter, values, true, NameArm::Surname);
        const QString forenames = fromAndWhere(filter, values, true, NameArm::ForenameOnly);
        const QString keys =
            QStringLiteral(", upper(p.family_name)%1 AS family_key, upper(p.given_name)%1 AS given_key").arg(c);
        sql = QStringLiteral("SELECT %1%2%3 UNION ALL SELECT %1%2%4 ORDER BY family_key %5, given_key %5, 1 %5 "
                             "LIMIT ? OFFSET ?")
                  .arg(QLatin1String(kColumns), keys, surnames, forenames, d);
    }
    values << limit << offset;
    auto q = m_db.prepared(sql);
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, values, QStringLiteral("read the patient list")); !done) {
        return done.error();
    }
    QList<PatientRow> rows;
    rows.reserve(limit);
    while (query.next()) {
        PatientRow r;
        r.id = query.value(0).toLongLong();
        r.nhsNumber = query.value(1).toString();
        r.title = query.value(2).toString();
        r.givenName = query.value(3).toString();
        r.familyName = query.value(4).toString();
        r.dateOfBirth = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        r.sex = query.value(6).toString();
        r.postcode = query.value(7).toString();
        r.registered = !query.value(8).isNull();
        r.state = query.value(8).toString();
        r.gpReview = query.value(9).toInt() != 0;
        r.awaitingCoding = query.value(10).toInt() != 0;
        r.letterReturned = query.value(11).toInt() != 0;
        r.stateUntil = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        rows.append(std::move(r));
    }
    query.finish();
    return rows;
}

} // namespace cd
