#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

namespace cd {
namespace {

const QString kColumns = QStringLiteral("id, nhs_number, title, given_name, family_name, date_of_birth, sex, "
                                        "address, postcode, usual_gp");

Patient patientFrom(const QSqlQuery& q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.nhsNumber = q.value(1).toString();
    p.title = q.value(2).toString();
    p.givenName = q.value(3).toString();
    p.familyName = q.value(4).toString();
    p.dateOfBirth = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    p.sex = q.value(6).toString();
    p.address = q.value(7).toString();
    p.postcode = q.value(8).toString();
    p.usualGp = q.value(9).toString();
    return p;
}

} // namespace

const QStringList& PatientStore::columns()
{
    static const QStringList names = {QStringLiteral("nhs_number"),    QStringLiteral("title"),
                                      QStringLiteral("given_name"),    QStringLiteral("family_name"),
                                      QStringLiteral("date_of_birth"), QStringLiteral("sex"),
                                      QStringLiteral("address"),       QStringLiteral("postcode"),
                                      QStringLiteral("usual_gp"),      QStringLiteral("created_at")};
    return names;
}

QVariantList PatientStore::values(const Patient& p, const QDateTime& at)
{
    return {p.nhsNumber, sql::text(p.title),   sql::text(p.givenName), sql::text(p.familyName), isoDate(p.dateOfBirth),
            p.sex,       sql::text(p.address), sql::text(p.postcode),  sql::text(p.usualGp),    isoDateTime(at)};
}

Result<qint64> PatientStore::insert(const Patient& p, const QDateTime& at)
{
    auto q =
        m_db.prepared(QStringLiteral("INSERT INTO patients (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                          .arg(columns().join(QStringLiteral(", "))));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, values(p, at), QStringLiteral("add a patient")); !done) {
        return done.error();
    }
    return sql::returnedId(query);
}

Status PatientStore::update(const Patient& p)
{
    auto q = m_db.prepared(QStringLiteral("UPDATE patients SET title = ?, given_name = ?, family_name = ?, "
                                          "date_of_birth = ?, sex = ?, address = ?, postcode = ?, usual_gp = ? "
                                          "WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q,
                     {sql::text(p.title), sql::text(p.givenName), sql::text(p.familyName), isoDate(p.dateOfBirth),
                      p.sex, sql::text(p.address), sql::text(p.postcode), sql::text(p.usualGp), p.id},
                     QStringLiteral("update a patient"));
}

Result<std::optional<Patient>> PatientStore::findOne(const QString& column, const QVariant& value)
{
    auto q = m_db.prepared(QStringLiteral("SELECT %1 FROM patients WHERE %2 = ?").arg(kColumns, column));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {value}, QStringLiteral("find a patient")); !done) {
        return done.error();
    }
    std::optional<Patient> result;
    if (query.next()) {
        result = patientFrom(query);
    }
    query.finish();
    return result;
}

Result<std::optional<Patient>> PatientStore::findByNhs(const QString& digits)
{
    return findOne(QStringLiteral("nhs_number"), digits);
}

Result<std::optional<Patient>> PatientStore::findById(qint64 id)
{
    return findOne(QStringLiteral("id"), id);
}

Result<Patient> PatientStore::require(const QString& typedNhsNumber)
{
    auto nhs = NhsNumber::parse(typedNhsNumber);
    if (!nhs) {
        return nhs.error();
    }
    auto found = findByNhs(nhs->digits());
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return Error{ErrorKind::NotFound, QStringLiteral("No patient with NHS number %1 is on the register: check the "
                                                         "number, or import the practice register first.")
                                              .arg(nhs->formatted())};
    }
    return **found;
}

Result<qint64> PatientStore::count()
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM patients")) || !query.next()) {
        return sql::toError(query.lastError(), QStringLiteral("count the patients"));
    }
    return query.value(0).toLongLong();
}

Status PatientStore::forEach(const std::function<void(const Patient&)>& visit)
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM patients ORDER BY id").arg(kColumns))) {
        return sql::toError(query.lastError(), QStringLiteral("read the patients"));
    }
    while (query.next()) {
        visit(patientFrom(query));
    }
    return Done{};
}

} // namespace cd
