#include "store/DatabaseTarget.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace cd {

Result<DatabaseTarget> DatabaseTarget::parse(const QString& text)
{
    DatabaseTarget t;
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1String("postgresql://")) && !trimmed.startsWith(QLatin1String("postgres://"))) {
        if (trimmed.isEmpty()) {
            return invalid(QStringLiteral("--db is empty: give a file path or a postgresql:// URL."));
        }
        t.path = trimmed;
        return t;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    const auto usage = QStringLiteral(" Write it as postgresql://USER@HOST:PORT/DBNAME, optionally with "
                                      "?sslmode=disable|prefer|require|verify-full.");
    if (!url.isValid()) {
        return invalid(QStringLiteral("The server address is not a valid URL.") + usage);
    }
    if (!url.password().isEmpty()) {
        // Never accept a secret where it would land in shell history, settings and messages.
        return invalid(QStringLiteral("Do not put the password in the URL: set CONSENTDESK_DB_PASSWORD (or use "
                                      "PGPASSWORD or ~/.pgpass) instead."));
    }
    t.engine = Engine::PostgreSQL;
    t.user = url.userName();
    t.host = url.host();
    t.port = url.port(5432);
    t.database = url.path().mid(1);
    if (t.user.isEmpty() || t.host.isEmpty() || t.database.isEmpty() || t.database.contains(u'/')) {
        return invalid(QStringLiteral("The server address needs a user, a host and a database name.") + usage);
    }
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            static const QStringList modes = {QStringLiteral("disable"), QStringLiteral("prefer"),
                                              QStringLiteral("require"), QStringLiteral("verify-full")};
            if (!modes.contains(value)) {
                return invalid(
                    QStringLiteral("sslmode \"%1\" is not one of disable, prefer, require, verify-full.").arg(value));
            }
            t.sslMode = value;
        } else if (key == QLatin1String("schema")) {
            if (!identifier.match(value).hasMatch()) {
                return invalid(QStringLiteral("schema \"%1\" must be lower-case letters, digits and _.").arg(value));
            }
            t.schema = value;
        } else {
            return invalid(QStringLiteral("The server address has an unknown option \"%1\".").arg(key) + usage);
        }
    }
    return t;
}

QString defaultDatabaseFile(const QString& name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(name);
}

QString DatabaseTarget::display() const
{
    if (engine == Engine::SQLite) {
        return path;
    }
    QString text = QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    QStringList options;
    if (!sslMode.isEmpty()) {
        options << QStringLiteral("sslmode=") + sslMode;
    }
    if (!schema.isEmpty()) {
        options << QStringLiteral("schema=") + schema;
    }
    return options.isEmpty() ? text : text + u'?' + options.join(u'&');
}

} // namespace cd
