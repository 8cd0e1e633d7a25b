#pragma once

#include "domain/Programme.h"
#include "domain/Result.h"
#include "rollout/Milestone.h"
#include "stats/ConsentMix.h"
#include "stats/HeadlineFigures.h"
#include "stats/Suppression.h"
#include "stats/UptakeSeries.h"

#include <QDateTime>

namespace cd {

class Database;

// Everything the LMC report and the aggregate CSV show, gathered once: aggregate figures only, with small numbers
// suppressed. Nothing here names, numbers or dates a patient.
struct LmcReport
{
    QString practiceName;
    QString practiceCode;
    QString regionName;
    QDate from;
    QDate to; // the figures are as of this date
    QDateTime generatedAt;
    int threshold = 5;
    QString note; // the manager's own words

    HeadlineFigures headline;
    qint64 oldestAwaitingCodingDays = -1; // -1 when nothing waits
    UptakeSeries series;                  // weekly over the period
    QList<Milestone> timeline;
    ConsentMix mix;

    // The six states of the list on `to` (one row), suppressed.
    [[nodiscard]] SuppressedTable statesTable() const;
    // Age bands by state on `to` (sexes together), suppressed.
    [[nodiscard]] SuppressedTable mixTable() const;
    // A count shown alone (letters returned, awaiting coding): hidden when from 1 to threshold - 1.
    [[nodiscard]] QString single(qint64 count) const;
    // A figure made from cells of the states table (informed, express consents, records created): shown only when
    // none of its parts is hidden and it is not small itself.
    [[nodiscard]] QString derived(const QStringList& states, bool complement = false) const;
    // The share of the list the derived figure is, or "" when it is not shown.
    [[nodiscard]] QString derivedPercent(const QStringList& states, bool complement = false) const;

    struct Options
    {
        QDate from;
        QDate to;
        int threshold = 5;
        QString note;
    };
    static Result<LmcReport> gather(Database& db, const Programme& programme, const QDateTime& now,
                                    const Options& options);

private:
    [[nodiscard]] std::optional<qint64> derivedCount(const QStringList& states, bool complement) const;
};

} // namespace cd
