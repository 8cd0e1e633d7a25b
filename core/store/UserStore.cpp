#include "store/UserStore.h"

#include "domain/Dates.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QTimeZone>

namespace cd {
namespace {

// Stored as UTC without a zone suffix, as isoDateTime writes it.
QDateTime parseUtc(const QString& text)
{
    if (text.isEmpty()) {
        return {};
    }
    QDateTime at = QDateTime::fromString(text, Qt::ISODate);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

User fromRow(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.role = roleFromString(q.value(2).toString()).value_or(Role::Reception);
    u.passwordHash = q.value(3).toString();
    u.disabled = q.value(4).toBool();
    u.demo = q.value(5).toBool();
    u.mustChangePassword = q.value(6).toBool();
    u.failedSignIns = q.value(7).toInt();
    u.nextTryAt = parseUtc(q.value(8).toString());
    u.lockedUntil = parseUtc(q.value(9).toString());
    return u;
}

const QString kColumns = QStringLiteral("id, name, role, password_hash, disabled, demo, must_change_password, "
                                        "failed_signins, next_try_at, locked_until");

QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(isoDateTime(at.toUTC())) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

Result<qint64> UserStore::insert(const User& user, const QDateTime& at)
{
    auto q = m_db.prepared(QStringLiteral("INSERT INTO users (name, role, password_hash, disabled, demo, created_at) "
                                          "VALUES (?, ?, ?, 0, ?, ?) RETURNING id"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done =
            sql::exec(query, {user.name, toString(user.role), user.passwordHash, user.demo ? 1 : 0, isoDateTime(at)},
                      QStringLiteral("save the user"));
        !done) {
        return done.error();
    }
    return sql::returnedId(query);
}

Result<std::optional<User>> UserStore::find(const QString& name)
{
    auto q = m_db.prepared(QStringLiteral("SELECT %1 FROM users WHERE name = ?").arg(kColumns));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {name}, QStringLiteral("read the user")); !done) {
        return done.error();
    }
    std::optional<User> user;
    if (query.next()) {
        user = fromRow(query);
    }
    query.finish();
    return user;
}

Result<QList<User>> UserStore::all()
{
    auto q = m_db.prepared(QStringLiteral("SELECT %1 FROM users ORDER BY name").arg(kColumns));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {}, QStringLiteral("read the users")); !done) {
        return done.error();
    }
    QList<User> users;
    while (query.next()) {
        users.append(fromRow(query));
    }
    query.finish();
    return users;
}

Result<qint64> UserStore::countActive()
{
    auto q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM users WHERE disabled = 0"));
    if (!q) {
        return q.error();
    }
    QSqlQuery& query = **q;
    if (auto done = sql::exec(query, {}, QStringLiteral("count the users")); !done) {
        return done.error();
    }
    const qint64 n = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return n;
}

Status UserStore::setDisabled(const QString& name, bool disabled)
{
    auto q = m_db.prepared(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {disabled ? 1 : 0, name}, QStringLiteral("change the user"));
}

Status UserStore::setPassword(const QString& name, const QString& passwordHash, bool mustChange)
{
    auto q =
        m_db.prepared(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ? WHERE name = ?"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {passwordHash, mustChange ? 1 : 0, name}, QStringLiteral("change the password"));
}

Status UserStore::setSignInFailures(const QString& name, int failures, const QDateTime& nextTryAt,
                                    const QDateTime& lockedUntil)
{
    auto q = m_db.prepared(
        QStringLiteral("UPDATE users SET failed_signins = ?, next_try_at = ?, locked_until = ? WHERE name = ?"));
    if (!q) {
        return q.error();
    }
    return sql::exec(**q, {failures, timeOrNull(nextTryAt), timeOrNull(lockedUntil), name},
                     QStringLiteral("count the failed sign-ins"));
}

} // namespace cd
