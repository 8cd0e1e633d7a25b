#pragma once

#include "domain/Result.h"

#include <QString>

namespace cd {

enum class Engine { SQLite, PostgreSQL };

// What --db names: a file (SQLite, one desk) or a server URL (PostgreSQL, several desks):
//   postgresql://USER@HOST:PORT/DBNAME[?sslmode=disable|prefer|require|verify-full][&schema=NAME]
// The password never appears here: it comes from CONSENTDESK_DB_PASSWORD, PGPASSWORD or ~/.pgpass.
struct DatabaseTarget
{
    Engine engine = Engine::SQLite;
    QString path; // SQLite
    QString user;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode; // empty: libpq's default (prefer)
    QString schema;  // optional: a practice kept in its own schema of a shared database

    static Result<DatabaseTarget> parse(const QString& text);
    // For messages: the file, or the URL without any secret.
    [[nodiscard]] QString display() const;
};

// A database file in the user's data location (~/.local/share/consentdesk/NAME): the practice's default, or the
// demo's own file.
QString defaultDatabaseFile(const QString& name);

} // namespace cd
