#pragma once

#include "domain/Clock.h"
#include "domain/Programme.h"
#include "domain/Result.h"
#include "rollout/Milestone.h"
#include "service/Actor.h"
#include "store/TimelineStore.h"

namespace cd {

class Database;

// The rollout timeline as the practice sees and edits it. Reading is open to every role; changing the timeline or
// the reference figures is a manager's, audited.
class TimelineService
{
public:
    TimelineService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Every scope's milestones (national, the ten regions, the practice's own), each from the database once a
    // manager has edited or imported it, else as shipped.
    Result<QList<Milestone>> timeline();
    // What the practice's charts mark: the national milestones and its region's, where the practice's own of the
    // same kind (its mail-outs, its window end, its planned upload) replace the region's.
    Result<QList<Milestone>> practiceTimeline(const Programme& programme);

    // Replaces one scope's milestones (the editor's Save). Every milestone is checked first; nothing changes if one
    // is wrong.
    Status replaceScope(const Actor& actor, const QString& scope, const QList<Milestone>& milestones);
    // Replaces every scope the file names with the file's milestones; a bad file changes nothing.
    Result<int> importJson(const Actor& actor, const QByteArray& json);
    Result<QByteArray> exportJson();

    Result<QList<ReferenceFigure>> referenceFigures();
    Result<qint64> addReferenceFigure(const Actor& actor, const ReferenceFigure& figure);
    Status removeReferenceFigure(const Actor& actor, qint64 id);

    static Status validate(const Milestone& milestone);

private:
    Error refuse(const Actor& actor, const QString& action, const QString& what);
    Status replaceScopes(const Actor& actor, const QStringList& scopes, const QList<Milestone>& milestones,
                         const QString& action);
    Result<QList<Milestone>> practiceOwnDerived(const Programme& programme);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace cd
