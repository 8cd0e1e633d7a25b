// Benchmarks of issue #2's targets: stats for 100,000 patients under 150 ms; generating that demo under 10 s. Also the
// clinical rules' fold over every patient, and deriving every stored state again (issue #16).
// Run: build/release/tests/bench/consentdesk_bench (CONSENTDESK_BENCH_PATIENTS changes the list size).
#include "demo/DemoGenerator.h"
#include "domain/Clock.h"
#include "domain/Ledger.h"
#include "service/DemoService.h"
#include "stats/HeadlineFigures.h"
#include "stats/LmcReport.h"

#include "BenchPractice.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

int listSize()
{
    return cd::bench::demoPatients();
}

const cd::Actor kActor{QStringLiteral("bench"), cd::Role::Manager};
const cd::FixedClock kClock(QDateTime(cd::bench::kDemoAsOf, QTime(9, 0)));
using SharedDemo = cd::bench::DemoPractice; // one demo database shared by the read benchmarks, made once

void BM_GenerateDemoInMemory(benchmark::State& state)
{
    for (auto _ : state) {
        auto practice = cd::DemoGenerator::generate({listSize(), 2010});
        benchmark::DoNotOptimize(practice.size());
    }
    state.counters["patients"] = listSize();
}
BENCHMARK(BM_GenerateDemoInMemory)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_CreateDemoPractice(benchmark::State& state)
{
    for (auto _ : state) {
        QTemporaryDir dir;
        auto db = std::move(cd::Database::open(dir.filePath(QStringLiteral("demo.sqlite")),
                                               cd::Database::Mode::CreateIfMissing))
                      .value();
        auto summary = cd::createDemoPractice(*db, kActor, kClock, {listSize(), 2010});
        if (!summary) {
            state.SkipWithError("demo failed");
        }
    }
    state.counters["patients"] = listSize();
}
BENCHMARK(BM_CreateDemoPractice)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_Stats(benchmark::State& state)
{
    cd::Database& db = *SharedDemo::get().db;
    for (auto _ : state) {
        auto figures = cd::HeadlineFigures::compute(db, cd::Programme::scr(), QDate(2010, 3, 15));
        benchmark::DoNotOptimize(figures.ok());
    }
    state.counters["patients"] = listSize();
}
BENCHMARK(BM_Stats)->Unit(benchmark::kMillisecond);

// The ledger itself over every patient: read every event and fold it (what stats would cost without segments).
void BM_LedgerFoldAll(benchmark::State& state)
{
    cd::Database& db = *SharedDemo::get().db;
    QHash<qint64, QDate> births;
    cd::PatientStore(db).forEach([&](const cd::Patient& p) { births.insert(p.id, p.dateOfBirth); });
    const cd::PracticeRules rules;
    for (auto _ : state) {
        qint64 dissent = 0;
        cd::EventStore(db).forEachPatient([&](qint64 id, const QList<cd::ConsentEvent>& events) {
            const auto s = cd::Ledger::fold(cd::Programme::scr(), events, births.value(id), QDate(2010, 3, 15), rules);
            dissent += s.state == QLatin1String("dissent") ? 1 : 0;
        });
        benchmark::DoNotOptimize(dissent);
    }
    state.counters["patients"] = listSize();
}
BENCHMARK(BM_LedgerFoldAll)->Unit(benchmark::kMillisecond);

// The clinical rules' cost alone, in memory: every demo patient's segments, as a mail-out, an import or a re-derivation
// computes them.
void BM_SegmentsInMemory(benchmark::State& state)
{
    const auto practice = cd::DemoGenerator::generate({listSize(), 2010});
    const cd::PracticeRules rules;
    for (auto _ : state) {
        qsizetype segments = 0;
        for (const auto& p : practice) {
            segments += cd::Ledger::segments(cd::Programme::scr(), p.events, p.patient.dateOfBirth, rules).size();
        }
        benchmark::DoNotOptimize(segments);
    }
    state.counters["patients"] = listSize();
}
BENCHMARK(BM_SegmentsInMemory)->Unit(benchmark::kMillisecond);

// Deriving every patient's stored state again, as the first opening after a change of rules or verify --repair does
// (in a transaction rolled back at the end, so each iteration starts from the same file).
void BM_RederiveEveryPatient(benchmark::State& state)
{
    cd::Database& db = *SharedDemo::get().db;
    for (auto _ : state) {
        const auto done = db.bulkWrite([&]() -> cd::Status {
            if (auto rederived = cd::SegmentStore(db).rederiveAll(cd::Programme::scr()); !rederived) {
                return rederived;
            }
            return cd::Error{cd::ErrorKind::Conflict, QStringLiteral("rolled back on purpose")};
        });
        benchmark::DoNotOptimize(done.ok());
    }
    state.counters["patients"] = listSize();
}
BENCHMARK(BM_RederiveEveryPatient)->Unit(benchmark::kMillisecond)->Iterations(3);

// The LMC report (issue #21): gathering the figures, publishing them under disclosure control and proving with the
// integer-programming checker that nothing can be narrowed, as of the end of June 2010 (every state in use). The
// baseline is the same report's gathering alone, which issue #6 measured.
void BM_LmcReportWithDisclosureCheck(benchmark::State& state)
{
    cd::Database& db = *SharedDemo::get().db;
    cd::LmcReport::Options options;
    options.from = {2009, 12, 14};
    options.to = {2010, 6, 27};
    for (auto _ : state) {
        auto report = cd::LmcReport::gather(db, cd::Programme::scr(), QDateTime(options.to, QTime(9, 0)), options);
        if (!report) {
            state.SkipWithError("the report failed");
            break;
        }
        state.counters["checked_cells"] = static_cast<double>(report->disclosure.size());
    }
    state.counters["patients"] = listSize();
}
BENCHMARK(BM_LmcReportWithDisclosureCheck)->Unit(benchmark::kMillisecond);

// The checker alone on one report's body, to separate the solver's share from the figures'.
void BM_DisclosureCheckOnly(benchmark::State& state)
{
    cd::Database& db = *SharedDemo::get().db;
    cd::LmcReport::Options options;
    options.from = {2009, 12, 14};
    options.to = {2010, 6, 27};
    auto report = cd::LmcReport::gather(db, cd::Programme::scr(), QDateTime(options.to, QTime(9, 0)), options);
    if (!report) {
        state.SkipWithError("the report failed");
        return;
    }
    const cd::DisclosureBody body = report->disclosureBody();
    for (auto _ : state) {
        auto ranges = cd::checkDisclosure(body);
        benchmark::DoNotOptimize(ranges.ok());
    }
    state.counters["variables"] = static_cast<double>(body.keys().size());
}
BENCHMARK(BM_DisclosureCheckOnly)->Unit(benchmark::kMillisecond);

} // namespace
