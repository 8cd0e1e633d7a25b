// Issue #5's figure: the weekly uptake series over two years (104 points) for a 100,000-patient demo practice,
// the work behind the uptake and forms charts and `consentdesk-cli series`. Also the same range by day and by
// month, and the consent mix by age band and sex, for scale.
#include "BenchPractice.h"
#include "stats/ConsentMix.h"
#include "stats/UptakeSeries.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <benchmark/benchmark.h>

namespace {

const QDate kAsOf = cd::bench::kDemoAsOf;
const QDate kFrom(2009, 7, 6); // a Monday: 104 whole weeks to kTo
const QDate kTo(2011, 7, 3);

int patients()
{
    return cd::bench::demoPatients();
}

void series(benchmark::State& state, cd::Bucket bucket)
{
    auto& db = *cd::bench::DemoPractice::get().db;
    qsizetype points = 0;
    for (auto _ : state) {
        auto s = cd::UptakeSeries::compute(db, cd::Programme::scr(), kFrom, kTo, bucket);
        if (!s) {
            state.SkipWithError("the series failed");
            return;
        }
        points = s->points.size();
        benchmark::DoNotOptimize(s->points.back().listSize);
    }
    state.counters["points"] = static_cast<double>(points);
    state.counters["patients"] = patients();
}

void BM_SeriesWeeklyTwoYears(benchmark::State& state)
{
    series(state, cd::Bucket::Week);
}
void BM_SeriesDailyTwoYears(benchmark::State& state)
{
    series(state, cd::Bucket::Day);
}
void BM_SeriesMonthlyTwoYears(benchmark::State& state)
{
    series(state, cd::Bucket::Month);
}

// The baseline the series replaces: one `stats` range count per week (what a naive chart would do).
void BM_HeadlineCountPerWeekTwoYears(benchmark::State& state)
{
    auto& db = *cd::bench::DemoPractice::get().db;
    for (auto _ : state) {
        for (QDate d = kFrom.addDays(6); d <= kTo; d = d.addDays(7)) {
            auto counts = cd::SegmentStore(db).countsOn(QStringLiteral("scr"), d);
            benchmark::DoNotOptimize(counts.ok());
        }
    }
}

void BM_ConsentMix(benchmark::State& state)
{
    auto& db = *cd::bench::DemoPractice::get().db;
    for (auto _ : state) {
        auto mix = cd::ConsentMix::compute(db, cd::Programme::scr(), kAsOf);
        benchmark::DoNotOptimize(mix.ok());
    }
}

} // namespace

BENCHMARK(BM_SeriesWeeklyTwoYears)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SeriesDailyTwoYears)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SeriesMonthlyTwoYears)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HeadlineCountPerWeekTwoYears)->Unit(benchmark::kMillisecond)->Iterations(2);
BENCHMARK(BM_ConsentMix)->Unit(benchmark::kMillisecond);
