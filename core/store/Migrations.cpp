#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace cd {

QStringList splitSqlScript(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = script.split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
            continue;
        }
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            inTrigger = true;
        }
        current += raw + u'\n';
        const bool ends =
            inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : line.endsWith(u';');
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        statements.append(current.trimmed());
    }
    return statements;
}

const QList<Migration>& sqliteMigrations()
{
    static const QList<Migration> migrations = [] {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/sql/sqlite"));
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
        std::sort(list.begin(), list.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        if (list.isEmpty()) {
            qFatal("No SQL migrations are compiled into this build");
        }
        return list;
    }();
    return migrations;
}

} // namespace cd
