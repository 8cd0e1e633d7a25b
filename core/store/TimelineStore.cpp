#include "store/TimelineStore.h"

#include "domain/Dates.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

namespace cd {
namespace {

const QString kStoredScopes = QStringLiteral("timeline_scopes");

} // namespace

Result<QStringList> MilestoneStore::storedScopes()
{
    auto value = PracticeStore(m_db).setting(kStoredScopes);
    if (!value) {
        return value.error();
    }
    QStringList scopes = value->split(u',', Qt::SkipEmptyParts);
    if (!scopes.contains(kPracticeScope)) {
        scopes << kPracticeScope; // the practice's own milestones were never shipped
    }
    return scopes;
}

Result<QList<Milestone>> MilestoneStore::forScope(const QString& scope)
{
    auto q = m_db.prepared(QStringLiteral("SELECT kind, label, on_date, date_precision, status, percent, source "
                                          "FROM milestones WHERE scope = ? ORDER BY on_date, id"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {scope}, QStringLiteral("read the timeline")); !done) {
        return done.error();
    }
    QList<Milestone> list;
    while (query.next()) {
        Milestone m;
        m.scope = scope;
        m.kind = query.value(0).toString();
        m.label = query.value(1).toString();
        m.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        m.precision = query.value(3).toString() == QLatin1String("month") ? Milestone::Precision::Month
                                                                          : Milestone::Precision::Day;
        m.status = query.value(4).toString() == QLatin1String("actual") ? Milestone::Status::Actual
                                                                        : Milestone::Status::Planned;
        if (!query.value(5).isNull()) {
            m.percent = query.value(5).toDouble();
        }
        m.source = query.value(6).toString();
        list.append(m);
    }
    query.finish();
    return list;
}

Status MilestoneStore::replaceScope(const QString& scope, const QList<Milestone>& milestones)
{
    auto remove = m_db.prepared(QStringLiteral("DELETE FROM milestones WHERE scope = ?"));
    if (!remove) {
        return remove.error();
    }
    if (auto done = sql::exec(**remove, {scope}, QStringLiteral("replace the timeline")); !done) {
        return done;
    }
    auto insert = m_db.prepared(QStringLiteral("INSERT INTO milestones (scope, kind, label, on_date, date_precision, "
                                               "status, percent, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert) {
        return insert.error();
    }
    for (const Milestone& m : milestones) {
        if (m.derived) {
            continue;
        }
        const QVariant percent = m.percent ? QVariant(*m.percent) : QVariant(QMetaType::fromType<double>());
        if (auto done = sql::exec(**insert,
                                  {scope, m.kind, m.label, isoDate(m.date), toString(m.precision), toString(m.status),
                                   percent, sql::text(m.source)},
                                  QStringLiteral("save the timeline"));
            !done) {
            return done;
        }
    }
    auto stored = storedScopes();
    if (!stored) {
        return stored.error();
    }
    QStringList scopes = *stored;
    if (!scopes.contains(scope)) {
        scopes.append(scope);
    }
    return PracticeStore(m_db).setSetting(kStoredScopes, scopes.join(u','));
}

Result<QList<ReferenceFigure>> ReferenceFigureStore::all()
{
    auto q = m_db.prepared(QStringLiteral("SELECT id, label, measure, percent, source, as_of FROM reference_figures "
                                          "ORDER BY as_of, id"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {}, QStringLiteral("read the reference figures")); !done) {
        return done.error();
    }
    QList<ReferenceFigure> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toDouble(), query.value(4).toString(),
                     QDate::fromString(query.value(5).toString(), Qt::ISODate)});
    }
    query.finish();
    return list;
}

Result<qint64> ReferenceFigureStore::insert(const ReferenceFigure& f, const QString& createdBy, const QDateTime& at)
{
    auto q = m_db.prepared(QStringLiteral("INSERT INTO reference_figures (label, measure, percent, source, as_of, "
                                          "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done =
            sql::exec(query, {f.label, f.measure, f.percent, f.source, isoDate(f.asOf), createdBy, isoDateTime(at)},
                      QStringLiteral("save the reference figure"));
        !done) {
        return done.error();
    }
    return sql::returnedId(query);
}

Status ReferenceFigureStore::remove(qint64 id)
{
    auto q = m_db.prepared(QStringLiteral("DELETE FROM reference_figures WHERE id = ?"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {id}, QStringLiteral("remove the reference figure"));
}

} // namespace cd
