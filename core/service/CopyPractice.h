#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

struct CopyReport
{
    QList<std::pair<QString, qint64>> rowsPerTable;
    QList<QDate> datesCompared; // the dates whose figures were checked equal on both sides
    // A file copied from a server: who can sign in to it (a server keeps no desk password hashes), for a person.
    QString signInNote{};
};

// Copies the whole practice into an empty database of either engine in one transaction, ids and all, then checks
// the copy before committing: the same row count in every table and the same headline figures on several dates.
// A target that is not empty is refused and left untouched.
Result<CopyReport> copyPractice(Database& source, Database& target, const Actor& actor, const Clock& clock);

// The tables of a practice, in an order that keeps every reference pointing backwards.
const QStringList& practiceTables();

} // namespace cd
