#include "stats/LmcReport.h"
#include "domain/TextRules.h"

#include "domain/Region.h"
#include "query/Worklists.h"
#include "service/TimelineService.h"
#include "store/Stores.h"

namespace cd {

SuppressedTable LmcReport::statesTable() const
{
    const Programme& p = *headline.programme;
    QStringList labels;
    QList<qint64> counts;
    for (const QString& state : p.stateNames()) {
        labels << p.stateLabel(state);
        counts << headline.count(state);
    }
    return SuppressedTable({QStringLiteral("Registered patients")}, labels, {counts}, threshold);
}

SuppressedTable LmcReport::mixTable() const
{
    const Programme& p = *mix.programme;
    const QStringList states = p.stateNames();
    QStringList columns;
    for (const QString& state : states) {
        columns << p.stateLabel(state);
    }
    QList<QList<qint64>> counts;
    for (int band = 0; band < ConsentMix::bandLabels().size(); ++band) {
        QList<qint64> row(states.size(), 0);
        for (int sex = 0; sex < ConsentMix::sexes().size() && band < mix.counts.size(); ++sex) {
            for (int state = 0; state < states.size(); ++state) {
                row[state] += mix.count(band, sex, state);
            }
        }
        counts << row;
    }
    return SuppressedTable(ConsentMix::bandLabels(), columns, counts, threshold);
}

QString LmcReport::single(qint64 count) const
{
    return count > 0 && count < threshold ? QStringLiteral("<%1").arg(threshold) : QString::number(count);
}

std::optional<qint64> LmcReport::derivedCount(const QStringList& states, bool complement) const
{
    const SuppressedTable table = statesTable();
    const QStringList all = headline.programme->stateNames();
    qint64 sum = 0;
    for (const QString& state : states) {
        const int column = static_cast<int>(all.indexOf(state));
        if (column < 0 || table.hidden(0, column)) {
            return std::nullopt;
        }
        sum += table.count(0, column);
    }
    if (complement) { // the list less these states: needs the list size as well
        if (table.hidden(0, table.columnCount())) {
            return std::nullopt;
        }
        sum = table.count(0, table.columnCount()) - sum;
    }
    if (sum > 0 && sum < threshold) {
        return std::nullopt;
    }
    return sum;
}

QString LmcReport::derived(const QStringList& states, bool complement) const
{
    if (const auto n = derivedCount(states, complement)) {
        return QString::number(*n);
    }
    return QStringLiteral("withheld"); // small itself, or made from a hidden count
}

QString LmcReport::derivedPercent(const QStringList& states, bool complement) const
{
    const auto n = derivedCount(states, complement);
    const SuppressedTable table = statesTable();
    if (!n || table.hidden(0, table.columnCount()) || headline.listSize == 0) {
        return QString();
    }
    return QString::number(percentOf(*n, headline.listSize), 'f', 2) + u'%';
}

Result<LmcReport> LmcReport::gather(Database& db, const Programme& programme, const QDateTime& now,
                                    const Options& options)
{
    if (const QString problem = hidingCharacterProblem(QStringLiteral("note"), options.note, true);
        !problem.isEmpty()) {
        return invalid(problem); // the note is printed for the LMC: nothing in it may disguise what it says
    }
    LmcReport r;
    r.from = options.from;
    r.to = options.to;
    r.threshold = std::max(1, options.threshold);
    r.note = options.note;
    r.generatedAt = now;
    auto practice = PracticeStore(db).practice();
    if (!practice) {
        return practice.error();
    }
    if (!practice->has_value()) {
        return Error{ErrorKind::NotFound, QStringLiteral("There is no practice here yet: set it up first (init).")};
    }
    r.practiceName = (*practice)->name;
    r.practiceCode = (*practice)->code;
    const auto region = findRegion((*practice)->regionId);
    r.regionName = region ? region->name : (*practice)->regionId;
    auto headline = HeadlineFigures::compute(db, programme, r.to);
    auto series = UptakeSeries::compute(db, programme, r.from, r.to, Bucket::Week);
    auto mix = ConsentMix::compute(db, programme, r.to);
    const FixedClock clock(QDateTime(r.to, now.time()));
    auto timeline = TimelineService(db, clock).practiceTimeline(programme);
    auto coding = Worklists::awaitingCoding(db, programme, r.to);
    if (!headline || !series || !mix || !timeline || !coding) {
        return !headline ? headline.error()
                         : (!series ? series.error()
                                    : (!mix ? mix.error() : (!timeline ? timeline.error() : coding.error())));
    }
    r.headline = *headline;
    r.series = *series;
    r.mix = *mix;
    r.timeline = *timeline;
    for (const ChoiceItem& item : *coding) {
        r.oldestAwaitingCodingDays = std::max(r.oldestAwaitingCodingDays, item.received.daysTo(r.to));
    }
    return r;
}

} // namespace cd
