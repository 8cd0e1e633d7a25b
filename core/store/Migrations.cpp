#include "store/Migrations.h"

#include "store/Dialect.h"

#include <QDir>
#include <QFile>
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

QList<Migration> load(Engine engine)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QList<Migration> list;
    const QDir dir(dialect::migrationsFolder(engine));
    for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("A migration compiled into this build cannot be read");
        }
        list.append({match.captured(1).toInt(), match.captured(2), splitSqlScript(QString::fromUtf8(f.readAll()))});
    }
    std::sort(list.begin(), list.end(), [](const Migration& a, const Migration& b) { return a.version < b.version; });
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
