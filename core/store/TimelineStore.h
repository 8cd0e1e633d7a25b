#pragma once

#include "domain/Result.h"
#include "rollout/Milestone.h"

#include <QDateTime>
#include <QList>

namespace cd {

class Database;

// A figure from outside the practice that its charts compare against, with where it came from.
struct ReferenceFigure
{
    qint64 id = 0;
    QString label;                                       // "England, March 2011"
    QString measure = QStringLiteral("opt_out_percent"); // or "uptake_percent"
    double percent = 0.0;
    QString source; // "Guardian, 31 Mar 2011 (DH figures)"
    QDate asOf;
};

// The milestones a manager has edited or imported, by scope (table milestones).
class MilestoneStore
{
public:
    explicit MilestoneStore(Database& db)
        : m_db(db)
    {}
    // The scopes stored here; the others come from the shipped timeline.
    Result<QStringList> storedScopes();
    Result<QList<Milestone>> forScope(const QString& scope);
    // Replaces a scope's milestones and marks the scope as stored (inside the caller's transaction).
    Status replaceScope(const QString& scope, const QList<Milestone>& milestones);

private:
    Database& m_db;
};

class ReferenceFigureStore
{
public:
    explicit ReferenceFigureStore(Database& db)
        : m_db(db)
    {}
    Result<QList<ReferenceFigure>> all();
    Result<qint64> insert(const ReferenceFigure& figure, const QString& createdBy, const QDateTime& at);
    Status remove(qint64 id);

private:
    Database& m_db;
};

} // namespace cd
