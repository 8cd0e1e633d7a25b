#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// One dated step of the rollout: a region's (or the nation's) from the shipped timeline, or the practice's own.
struct Milestone
{
    enum class Status { Planned, Actual };
    enum class Precision { Day, Month }; // a source may give only the month

    QString scope; // a region id, "national", or "practice"
    QString kind;  // one of milestoneKinds(): "mailout", "window-end", "upload", "target", ...
    QString label; // for people: "Accelerated rollout: regional mail-out begins"
    QDate date;    // the first of the month when only the month is known
    Precision precision = Precision::Day;
    Status status = Status::Planned;
    std::optional<double> percent; // a target's share of the list (0-100), when it names one
    QString source;                // where the date comes from ("DOMAIN.md S18", "practice data")
    bool derived = false;          // from the practice's own records (mail-outs, settings): edited there, not here

    // "2010-01" for a month, "2010-03-31" for a day: the timeline JSON's form.
    [[nodiscard]] QString dateText() const;
    // "Jan 2010" or "31 Mar 2010", with "(planned)" where it is not yet a fact.
    [[nodiscard]] QString displayDate() const;
    [[nodiscard]] bool operator==(const Milestone& other) const = default;
};

inline const QString kNationalScope = QStringLiteral("national");
inline const QString kPracticeScope = QStringLiteral("practice");

// The kinds a milestone may have. A practice milestone of the kinds the practice's data can supply (mail-out,
// window end, upload) replaces the region's of the same kind.
const QStringList& milestoneKinds();
bool practiceOverrides(const QString& kind);
QString toString(Milestone::Status status);
QString toString(Milestone::Precision precision);

// Sorts by date, then scope (national, region, practice), then label: the order of the editor and the charts.
void sortMilestones(QList<Milestone>& milestones);

} // namespace cd
