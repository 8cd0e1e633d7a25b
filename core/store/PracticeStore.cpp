#include "domain/Dates.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

namespace cd {

Result<std::optional<Practice>> PracticeStore::practice()
{
    auto q = m_db.prepared(QStringLiteral("SELECT code, name, region FROM practice WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {}, QStringLiteral("read the practice")); !done) {
        return done.error();
    }
    std::optional<Practice> result;
    if (query.next()) {
        result = Practice{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
    }
    query.finish();
    return result;
}

Status PracticeStore::insert(const Practice& practice, const QDateTime& at)
{
    auto q = m_db.prepared(QStringLiteral("INSERT INTO practice (id, code, name, region, created_at) "
                                          "VALUES (1, ?, ?, ?, ?)"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {practice.code, practice.name, practice.regionId, isoDateTime(at)},
                     QStringLiteral("save the practice"));
}

Status PracticeStore::update(const Practice& practice)
{
    auto q = m_db.prepared(QStringLiteral("UPDATE practice SET code = ?, name = ?, region = ? WHERE id = 1"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {practice.code, practice.name, practice.regionId}, QStringLiteral("save the practice"));
}

Result<QString> PracticeStore::setting(const QString& key, const QString& fallback)
{
    auto q = m_db.prepared(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {key}, QStringLiteral("read a setting")); !done) {
        return done.error();
    }
    QString value = query.next() ? query.value(0).toString() : fallback;
    query.finish();
    return value;
}

Status PracticeStore::setSetting(const QString& key, const QString& value)
{
    auto q = m_db.prepared(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {key, sql::text(value)}, QStringLiteral("save a setting")); // "" for none, never NULL
}

Result<PracticeRules> PracticeStore::rules()
{
    auto window = setting(QStringLiteral("window_days"), QStringLiteral("84"));
    if (!window) {
        return window.error();
    }
    PracticeRules rules;
    bool ok = false;
    const int days = window->toInt(&ok);
    if (ok && days > 0) {
        rules.windowDays = days;
    }
    return rules;
}

} // namespace cd
