// Issue #4's search figure: the query path behind each keystroke in the desk's search box (what
// PatientListModel does: a capped count and the first page) over a 100,000-patient demo practice, for four
// keystroke patterns: an NHS number typed digit by digit, a surname's start letter by letter, a date of birth
// character by character, and a postcode's start. Each benchmark reports the p50, p95 and worst keystroke.
#include "demo/DemoGenerator.h"
#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "query/PatientQuery.h"
#include "service/DemoService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include "BenchPractice.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

namespace {

constexpr qint64 kCap = cd::PatientQuery::kSearchCap;
constexpr qint64 kPage = cd::PatientQuery::kPageSize;
const QDate kAsOf = cd::bench::kDemoAsOf;

// The shared demo practice, and every 997th of its patients: whose details are typed.
struct Practice
{
    cd::Database* db = cd::bench::DemoPractice::get().db.get();
    QList<cd::DemoPatient> sample;
    Practice()
    {
        const auto all = cd::DemoGenerator::generate({cd::bench::demoPatients(), 2010});
        for (qsizetype i = 0; i < all.size(); i += 997) {
            sample.append(all.at(i));
        }
    }
    static Practice& get()
    {
        static Practice p;
        return p;
    }
};

// Every keystroke of typing `text`: "S", "Sm", "Smi", ...
QStringList keystrokes(const QString& text)
{
    QStringList out;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        out << text.left(i);
    }
    return out;
}

void runPattern(benchmark::State& state, const std::function<QString(const cd::DemoPatient&)>& typed)
{
    Practice& p = Practice::get();
    QList<double> millis;
    for (auto _ : state) {
        millis.clear();
        for (const cd::DemoPatient& patient : p.sample) {
            for (const QString& text : keystrokes(typed(patient))) {
                QElapsedTimer timer;
                timer.start();
                cd::PatientFilter filter;
                filter.search = cd::PatientSearch::parse(text);
                cd::PatientQuery query(*p.db, kAsOf);
                auto n = query.count(filter, kCap + 1);
                auto rows = query.page(filter, cd::PatientSort::Name, false, 0, kPage);
                benchmark::DoNotOptimize(rows);
                if (!n || !rows) {
                    state.SkipWithError("a search failed");
                    return;
                }
                millis.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                if (qEnvironmentVariableIsSet("CONSENTDESK_BENCH_TRACE")) {
                    std::fprintf(stderr, "%s %.2f\n", qPrintable(text), millis.last());
                }
            }
        }
    }
    std::sort(millis.begin(), millis.end());
    const auto at = [&](double q) {
        return millis.at(static_cast<qsizetype>(q * static_cast<double>(millis.size() - 1)));
    };
    state.counters["keystrokes"] = static_cast<double>(millis.size());
    state.counters["p50_ms"] = at(0.50);
    state.counters["p95_ms"] = at(0.95);
    state.counters["max_ms"] = millis.last();
}

void BM_SearchNhsNumber(benchmark::State& state)
{
    runPattern(state, [](const cd::DemoPatient& p) { return cd::NhsNumber::parse(p.patient.nhsNumber)->formatted(); });
}
BENCHMARK(BM_SearchNhsNumber)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SearchSurnamePrefix(benchmark::State& state)
{
    runPattern(state, [](const cd::DemoPatient& p) { return p.patient.familyName.toLower(); });
}
BENCHMARK(BM_SearchSurnamePrefix)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SearchDateOfBirth(benchmark::State& state)
{
    runPattern(state,
               [](const cd::DemoPatient& p) { return p.patient.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")); });
}
BENCHMARK(BM_SearchDateOfBirth)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SearchPostcode(benchmark::State& state)
{
    runPattern(state, [](const cd::DemoPatient& p) { return p.patient.postcode; });
}
BENCHMARK(BM_SearchPostcode)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
