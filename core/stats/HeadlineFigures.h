#pragma once

#include "domain/Programme.h"
#include "domain/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>

namespace cd {

class Database;

// The practice's headline figures on one date (`stats`). The states are exclusive and add up to listSize.
struct HeadlineFigures
{
    const Programme* programme = &Programme::scr();
    QDate asOf;
    qint64 listSize = 0;
    QHash<QString, qint64> byState; // every state of the programme, zero included
    qint64 awaitingCoding = 0;
    qint64 gpReview = 0;
    qint64 lettersReturned = 0;
    qint64 codesToCorrect = 0; // codes to take out of the clinical record (voided or overridden choices)

    [[nodiscard]] qint64 count(const QString& state) const { return byState.value(state); }
    [[nodiscard]] qint64 informed() const;
    // 100 x (implied + express consents) / list size, two decimals; 0 for an empty list.
    [[nodiscard]] double uptakePercent() const;
    [[nodiscard]] double optOutPercent() const;
    // The keys of INTERFACES.md: as_of, list_size, informed, the six states, ..., opt_out_percent.
    [[nodiscard]] QJsonObject toJson() const;

    static Result<HeadlineFigures> compute(Database& db, const Programme& programme, QDate asOf);
};

// A percentage with two decimals, as the JSON and the reports show it.
double percentOf(qint64 part, qint64 whole);

} // namespace cd
