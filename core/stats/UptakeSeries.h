#pragma once

#include "domain/Programme.h"
#include "domain/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace cd {

class Database;

enum class Bucket { Day, Week, Month };
QString toString(Bucket bucket);
std::optional<Bucket> bucketFromString(const QString& text); // "day", "week", "month"

// One bucket of a series. Its figures are the practice's as of its end date (what `stats --as-of END` says); its
// forms are the choices received from its start to its end.
struct SeriesPoint
{
    QDate start;
    QDate end;
    qint64 listSize = 0;
    QList<qint64> byState;       // in the programme's stateNames() order
    QList<qint64> formsByChoice; // in the programme's choiceKeys() order

    [[nodiscard]] double recordsCreatedPercent(const Programme& programme) const;
    [[nodiscard]] double optOutPercent(const Programme& programme) const;
    [[nodiscard]] qint64 state(const Programme& programme, const QString& name) const;
    [[nodiscard]] qint64 forms(const Programme& programme, const QString& choiceKey) const;
    [[nodiscard]] qint64 formsTotal() const;
};

// The practice's figures by day, week (Monday to Sunday) or calendar month over a date range: the charts' data
// and `consentdesk-cli series`. Buckets at the edges are cut to the range, so the last point is as of `to`.
struct UptakeSeries
{
    const Programme* programme = &Programme::scr();
    Bucket bucket = Bucket::Week;
    QDate from;
    QDate to;
    QList<SeriesPoint> points;

    // The shape of INTERFACES.md: {"bucket", "from", "to", "points": [{"start", "end", "list_size",
    // "records_created_percent", "opt_out_percent", "not_informed", "in_window", the six states, "forms": {...}}]}
    [[nodiscard]] QJsonObject toJson() const;

    // The most points one series may have (a day by day series of about ten years).
    static constexpr int kMaxPoints = 4000;
    static Result<UptakeSeries> compute(Database& db, const Programme& programme, QDate from, QDate to, Bucket bucket);
    // The buckets alone: (start, end) pairs covering [from, to].
    static QList<std::pair<QDate, QDate>> buckets(QDate from, QDate to, Bucket bucket);
};

} // namespace cd
