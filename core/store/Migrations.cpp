#include "store/Migrations.h"

#include "store/Dialect.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace cd {

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTriggerBody = false; // SQLite: CREATE TRIGGER ... BEGIN ... END;
    const auto lines = script.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
            continue;
        }
        if (line.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0 &&
            current.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inTriggerBody = true;
        }
        current += raw + u'\n';
        // Inside $$ ... $$ (a PostgreSQL function body) semicolons belong to the body.
        const bool inDollarQuote = current.count(QLatin1String("$$")) % 2 == 1;
        const bool ends = inTriggerBody ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                        : line.endsWith(u';') && !inDollarQuote;
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTriggerBody = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

namespace {

// Reads NNNN_name.sql files from a resource folder: version -> (name, text).
QMap<int, std::pair<QString, QString>> readFolder(const QString& folder)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QMap<int, std::pair<QString, QString>> files;
    const QDir dir(folder);
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("A migration compiled into this build cannot be read");
        }
        files.insert(match.captured(1).toInt(), {match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return files;
}

// Migration N is the shared resources/sql/N_name.sql (its tokens expanded for the engine) followed by the engine's
// own resources/sql/<engine>/N_name.sql; either may be absent.
QList<Migration> load(Engine engine)
{
    const auto shared = readFolder(QStringLiteral(":/sql"));
    const auto own = readFolder(dialect::migrationsFolder(engine));
    QList<int> versions = shared.keys() + own.keys();
    std::sort(versions.begin(), versions.end());
    versions.erase(std::unique(versions.begin(), versions.end()), versions.end());
    QList<Migration> list;
    for (const int version : versions) {
        Migration m{version, shared.contains(version) ? shared[version].first : own[version].first, {}};
        if (shared.contains(version)) {
            m.statements << splitSqlScript(dialect::expandSchemaTokens(engine, shared[version].second));
        }
        if (own.contains(version)) {
            m.statements << splitSqlScript(own[version].second);
        }
        list.append(m);
    }
    if (list.isEmpty()) {
        qFatal("No SQL migrations are compiled into this build");
    }
    return list;
}

} // namespace

const QList<Migration>& migrations(Engine engine)
{
    static const QList<Migration> sqlite = load(Engine::SQLite);
    static const QList<Migration> postgresql = load(Engine::PostgreSQL);
    return engine == Engine::SQLite ? sqlite : postgresql;
}

} // namespace cd
