#include "stats/HeadlineFigures.h"

#include "domain/Dates.h"
#include "store/Stores.h"

#include <cmath>

namespace cd {

double percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0) {
        return 0.0;
    }
    return std::round(10000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 100.0;
}

qint64 HeadlineFigures::informed() const
{
    return listSize - count(kNotInformed);
}

double HeadlineFigures::uptakePercent() const
{
    qint64 created = programme->defaultState.permit ? count(programme->defaultState.state) : 0;
    for (const auto& c : programme->choices) {
        if (c.permit) {
            created += count(c.state);
        }
    }
    return percentOf(created, listSize);
}

double HeadlineFigures::optOutPercent() const
{
    qint64 denied = 0;
    for (const auto& c : programme->choices) {
        if (!c.permit) {
            denied += count(c.state);
        }
    }
    return percentOf(denied, listSize);
}

QJsonObject HeadlineFigures::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("as_of"), isoDate(asOf));
    o.insert(QStringLiteral("list_size"), listSize);
    o.insert(QStringLiteral("informed"), informed());
    for (auto it = byState.cbegin(); it != byState.cend(); ++it) {
        o.insert(it.key(), it.value());
    }
    o.insert(QStringLiteral("awaiting_coding"), awaitingCoding);
    o.insert(QStringLiteral("gp_review"), gpReview);
    o.insert(QStringLiteral("letters_returned"), lettersReturned);
    o.insert(QStringLiteral("codes_to_correct"), codesToCorrect);
    o.insert(QStringLiteral("uptake_percent"), uptakePercent());
    o.insert(QStringLiteral("opt_out_percent"), optOutPercent());
    return o;
}

Result<HeadlineFigures> HeadlineFigures::compute(Database& db, const Programme& programme, QDate asOf)
{
    auto counts = SegmentStore(db).countsOn(programme.id, asOf);
    if (!counts) {
        return counts.error();
    }
    HeadlineFigures f;
    f.programme = &programme;
    f.asOf = asOf;
    for (const QString& state : programme.stateNames()) {
        const qint64 n = counts->byState.value(state);
        f.byState.insert(state, n);
        f.listSize += n;
    }
    f.awaitingCoding = counts->awaitingCoding;
    f.gpReview = counts->gpReview;
    f.lettersReturned = counts->lettersReturned;
    f.codesToCorrect = counts->codesToCorrect;
    return f;
}

} // namespace cd
