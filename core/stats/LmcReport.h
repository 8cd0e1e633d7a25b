#pragma once

#include "domain/Programme.h"
#include "domain/Result.h"
#include "rollout/Milestone.h"
#include "stats/ConsentMix.h"
#include "stats/DisclosureCheck.h"
#include "stats/HeadlineFigures.h"
#include "stats/UptakeSeries.h"

#include <QDateTime>

#include <optional>

namespace cd {

class Database;

// Everything the LMC report and its CSV publish, gathered once and put through disclosure control (Disclosure.h):
// aggregate figures only, each count shown as "*", rounded or withheld, then proven by the checker
// (DisclosureCheck.h) so that nothing hidden can be worked out from the rest. Nothing here names, numbers or dates a
// patient. The true figures stay inside: every output reads only the published ones.
struct LmcReport
{
    enum class Period { Week, Month };

    QString practiceName;
    QString practiceCode;
    QString regionId;
    QString regionName;
    bool demo = false;
    QDate from; // the period, snapped to whole weeks (Monday to Sunday) or whole months
    QDate to;   // the figures are as of this date, the period's last day
    Period period = Period::Week;
    QDateTime generatedAt; // the real time, UTC
    DisclosureMethod method;
    QString note; // the manager's own words

    QList<Milestone> timeline; // no planned milestone turns actual because its date passed
    QDate plannedUpload;       // invalid when none is set
    QDate uploadDone;          // recorded by a manager (settings --upload-done); invalid until then
    struct Reference
    {
        QString label;
        double percent = 0.0;
        QString source;
        QDate asOf;
    };
    std::optional<Reference> regionOptOut; // the newest opt-out reference figure on or before `to`

    // A published figure other than a table cell: informed, records created, letters returned...
    struct Figure
    {
        QString key;   // stable: "informed", "letters_returned", "awaiting_coding_dissent", ...
        QString label; // for people
        Published value;
        QString variable; // the checker's name for the true value
    };
    // One week's (or the as-of date's) published list size, records created and opt-outs, for the uptake chart.
    struct UptakePoint
    {
        QDate start;
        QDate end;
        Published list;
        Published created;
        Published dissent;
    };

    std::optional<PublishedTable> states; // one row: the list on `to` by state, the list size as its total
    std::optional<PublishedTable> mix;    // age bands by state on `to`; its totals row is the states row
    std::optional<PublishedTable> forms;  // forms received by week (rows) and choice (columns)
    QList<bool> partWeeks;                // per forms row: the week is cut by the period's edge
    QList<Figure> figures;
    QList<UptakePoint> uptake;
    QList<CellRange> disclosure; // every "*" and rounded count, with what a reader can work out about it

    [[nodiscard]] const Figure* figure(const QString& key) const;
    [[nodiscard]] QString percentOfList(const Published& part) const;
    // Every publication and identity a reader knows: one body for the checker (and, merged, for two reports).
    [[nodiscard]] DisclosureBody disclosureBody() const;

    struct Options
    {
        QDate from;
        QDate to;
        std::optional<DisclosureMethod> method; // unset: the practice's setting; never weaker than it
        QString note;
        Period period = Period::Week;
    };
    // The period a request stands for: from back to its week's Monday (or month's first day), to back to the last
    // whole week's Sunday (or month's last day) on or before it. Invalid dates when nothing whole is left.
    static std::pair<QDate, QDate> snapPeriod(QDate from, QDate to, Period period);
    static Result<LmcReport> gather(Database& db, const Programme& programme, const QDateTime& now,
                                    const Options& options);

private:
    struct Single
    {
        QString key;
        QString label;
        qint64 count = 0;
    };
    void publish(const Programme& programme, const HeadlineFigures& headline, const ConsentMix& trueMix,
                 const UptakeSeries& series, const QList<Single>& singles);
    Status protect();
    void withhold(const QString& variable);
};

QString toString(LmcReport::Period period); // "week", "month"

} // namespace cd
