#pragma once

#include "domain/Programme.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace cd {

class Database;

// The consent mix on a date by age band (0-15, 16-24, 25-44, 45-64, 65-74, 75+) and sex: who has a record, who
// opted out, who is still in the window or not informed.
struct ConsentMix
{
    const Programme* programme = &Programme::scr();
    QDate asOf;
    // counts[band][sex][state]: sexes in sexes() order, states in the programme's stateNames() order.
    QList<QList<QList<qint64>>> counts;

    static const QStringList& bandLabels(); // "0-15", ..., "75+"
    static const QStringList& sexes();      // "F", "M", "U" (unknown or indeterminate)
    [[nodiscard]] qint64 count(int band, int sex, int state) const { return counts.at(band).at(sex).at(state); }
    [[nodiscard]] qint64 total(int band, int sex) const;

    static Result<ConsentMix> compute(Database& db, const Programme& programme, QDate asOf);
};

} // namespace cd
