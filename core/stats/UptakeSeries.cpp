#include "stats/UptakeSeries.h"

#include "domain/Dates.h"
#include "stats/HeadlineFigures.h"
#include "store/Stores.h"

#include <QJsonArray>

#include <algorithm>

namespace cd {

QString toString(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return QStringLiteral("day");
    case Bucket::Week:
        return QStringLiteral("week");
    case Bucket::Month:
        return QStringLiteral("month");
    }
    return {};
}

std::optional<Bucket> bucketFromString(const QString& text)
{
    for (const Bucket b : {Bucket::Day, Bucket::Week, Bucket::Month}) {
        if (text.compare(toString(b), Qt::CaseInsensitive) == 0) {
            return b;
        }
    }
    return std::nullopt;
}

qint64 SeriesPoint::state(const Programme& programme, const QString& name) const
{
    const auto i = programme.stateNames().indexOf(name);
    return i >= 0 && i < byState.size() ? byState.at(i) : 0;
}

qint64 SeriesPoint::forms(const Programme& programme, const QString& choiceKey) const
{
    const auto i = programme.choiceKeys().indexOf(choiceKey);
    return i >= 0 && i < formsByChoice.size() ? formsByChoice.at(i) : 0;
}

qint64 SeriesPoint::formsTotal() const
{
    qint64 total = 0;
    for (const qint64 n : formsByChoice) {
        total += n;
    }
    return total;
}

double SeriesPoint::recordsCreatedPercent(const Programme& programme) const
{
    qint64 created = programme.defaultState.permit ? state(programme, programme.defaultState.state) : 0;
    for (const auto& c : programme.choices) {
        created += c.permit ? state(programme, c.state) : 0;
    }
    return percentOf(created, listSize);
}

double SeriesPoint::optOutPercent(const Programme& programme) const
{
    qint64 denied = 0;
    for (const auto& c : programme.choices) {
        denied += c.permit ? 0 : state(programme, c.state);
    }
    return percentOf(denied, listSize);
}

QList<std::pair<QDate, QDate>> UptakeSeries::buckets(QDate from, QDate to, Bucket bucket)
{
    QList<std::pair<QDate, QDate>> list;
    QDate start = from;
    while (start.isValid() && start <= to) {
        QDate end = start;
        if (bucket == Bucket::Week) {
            end = start.addDays(7 - start.dayOfWeek()); // to Sunday
        } else if (bucket == Bucket::Month) {
            end = QDate(start.year(), start.month(), start.daysInMonth());
        }
        end = std::min(end, to);
        list.append({start, end});
        start = end.addDays(1);
    }
    return list;
}

Result<UptakeSeries> UptakeSeries::compute(Database& db, const Programme& programme, QDate from, QDate to,
                                           Bucket bucket)
{
    if (!from.isValid() || !to.isValid() || to < from) {
        return invalid(
            QStringLiteral("The range must run forwards: --from %1 is after --to %2.").arg(isoDate(from), isoDate(to)));
    }
    UptakeSeries series;
    series.programme = &programme;
    series.bucket = bucket;
    series.from = from;
    series.to = to;
    const auto ranges = buckets(from, to, bucket);
    if (ranges.size() > kMaxPoints) {
        return invalid(QStringLiteral("%1 points are too many for one series (at most %2): choose a shorter range or "
                                      "a longer bucket (week or month).")
                           .arg(ranges.size())
                           .arg(kMaxPoints));
    }
    const QStringList states = programme.stateNames();
    const qsizetype stateCount = states.size();
    const qsizetype n = ranges.size();
    QList<qint64> ends;
    ends.reserve(n);
    for (const auto& r : ranges) {
        ends.append(r.second.toJulianDay());
    }
    // A segment [fromDay, toDay) counts in every point whose end lies inside it: +1 at the first such point, -1 at
    // the first point past it; a running sum then gives each point's counts.
    QList<qint64> delta((n + 1) * stateCount, 0);
    const auto firstPointEndingOnOrAfter = [&](qint64 day) {
        return std::lower_bound(ends.cbegin(), ends.cend(), day) - ends.cbegin();
    };
    auto scanned = SegmentStore(db).scan(programme.id, from, to, states, [&](qint64 f, qint64 t, int s) {
        if (s < 0) {
            return;
        }
        const qsizetype first = firstPointEndingOnOrAfter(f);
        const qsizetype past = t == SegmentStore::kOpenEndDay ? n : firstPointEndingOnOrAfter(t);
        if (first < past) {
            delta[first * stateCount + s] += 1;
            delta[past * stateCount + s] -= 1;
        }
    });
    if (!scanned) {
        return scanned.error();
    }
    auto received = EventStore(db).choicesReceived(programme.id, from, to);
    if (!received) {
        return received.error();
    }
    const QStringList choices = programme.choiceKeys();
    QList<qint64> running(stateCount, 0);
    series.points.reserve(n);
    for (qsizetype p = 0; p < n; ++p) {
        SeriesPoint point;
        point.start = ranges.at(p).first;
        point.end = ranges.at(p).second;
        for (qsizetype s = 0; s < stateCount; ++s) {
            running[s] += delta.at(p * stateCount + s);
            point.listSize += running.at(s);
        }
        point.byState = running;
        point.formsByChoice = QList<qint64>(choices.size(), 0);
        series.points.append(point);
    }
    for (const auto& day : *received) {
        const auto p = firstPointEndingOnOrAfter(day.date.toJulianDay());
        const auto c = choices.indexOf(day.choice);
        if (p < n && c >= 0) {
            series.points[p].formsByChoice[c] += day.count;
        }
    }
    return series;
}

QJsonObject UptakeSeries::toJson() const
{
    const QStringList states = programme->stateNames();
    const QStringList choices = programme->choiceKeys();
    QJsonArray list;
    for (const SeriesPoint& p : points) {
        QJsonObject o{{QStringLiteral("start"), isoDate(p.start)},
                      {QStringLiteral("end"), isoDate(p.end)},
                      {QStringLiteral("list_size"), p.listSize},
                      {QStringLiteral("records_created_percent"), p.recordsCreatedPercent(*programme)},
                      {QStringLiteral("opt_out_percent"), p.optOutPercent(*programme)}};
        for (qsizetype s = 0; s < states.size(); ++s) {
            o.insert(states.at(s), p.byState.at(s));
        }
        QJsonObject forms;
        for (qsizetype c = 0; c < choices.size(); ++c) {
            forms.insert(choices.at(c), p.formsByChoice.at(c));
        }
        o.insert(QStringLiteral("forms"), forms);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("bucket"), toString(bucket)},
                       {QStringLiteral("from"), isoDate(from)},
                       {QStringLiteral("to"), isoDate(to)},
                       {QStringLiteral("programme"), programme->id},
                       {QStringLiteral("points"), list}};
}

} // namespace cd
