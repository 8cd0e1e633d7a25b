// Issue #9's figures, both engines side by side in one run: stats for 100,000 patients, recording one form (p50/p95
// latency), and copying the 100,000-patient demo from SQLite to PostgreSQL. The PostgreSQL benchmarks need
// CONSENTDESK_TEST_PG (and CONSENTDESK_DB_PASSWORD); without it they are skipped with that message.
#include "domain/Clock.h"
#include "service/ConsentService.h"
#include "service/CopyPractice.h"
#include "service/DemoService.h"
#include "service/ServerSetup.h"
#include "service/UserService.h"
#include "stats/HeadlineFigures.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace {

const cd::Actor kActor{QStringLiteral("bench"), cd::Role::Manager};
const cd::FixedClock kClock(QDateTime(QDate(2010, 3, 15), QTime(9, 0)));

int listSize()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CONSENTDESK_BENCH_PATIENTS", &ok);
    return ok && n > 0 ? n : 100000;
}

QString serverUrl(const char* schema)
{
    const QString base = qEnvironmentVariable("CONSENTDESK_TEST_PG");
    return base.isEmpty() ? QString() : base + QStringLiteral("?schema=") + QLatin1String(schema);
}

// Makes an empty schema on the server for a benchmark (dropping what an earlier run left).
bool freshSchema(const char* schema)
{
    auto db = cd::Database::open(qEnvironmentVariable("CONSENTDESK_TEST_PG"), cd::Database::Mode::CreateIfMissing);
    if (!db) {
        return false;
    }
    QSqlQuery q((*db)->connection());
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    if (!q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(QLatin1String(schema)))) {
        return false;
    }
    // The logins and group roles an earlier run's server-setup made belong to the whole server: they go too.
    for (const char* role : {"bench_reception", "bench_manager"}) {
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
    }
    for (const char* kind : {"reception", "clinician", "manager"}) {
        q.exec(QStringLiteral("DROP ROLE IF EXISTS %1_%2_%3")
                   .arg((*db)->target().database, QLatin1String(schema), QLatin1String(kind)));
    }
    return q.exec(QStringLiteral("CREATE SCHEMA %1").arg(QLatin1String(schema)));
}

// The 100,000-patient demo in SQLite, made once, and its copy on the server (made by the copy benchmark).
struct Practices
{
    QTemporaryDir dir;
    std::unique_ptr<cd::Database> sqlite;
    std::unique_ptr<cd::Database> server;

    static Practices& get()
    {
        static Practices p;
        return p;
    }
    Practices()
    {
        sqlite = std::move(cd::Database::open(dir.filePath(QStringLiteral("practice.sqlite")),
                                              cd::Database::Mode::CreateIfMissing))
                     .value();
        if (!cd::createDemoPractice(*sqlite, kActor, kClock, {listSize(), 2010})) {
            qFatal("could not create the demo practice");
        }
    }
};

void BM_CopySqliteToPostgres(benchmark::State& state)
{
    if (serverUrl("bench_copy").isEmpty()) {
        state.SkipWithError("set CONSENTDESK_TEST_PG to run the PostgreSQL benchmarks");
        return;
    }
    Practices& p = Practices::get();
    for (auto _ : state) {
        state.PauseTiming();
        p.server.reset();
        freshSchema("bench_copy");
        auto target = cd::Database::open(serverUrl("bench_copy"), cd::Database::Mode::CreateIfMissing);
        state.ResumeTiming();
        if (!target || !cd::copyPractice(*p.sqlite, **target, kActor, kClock)) {
            state.SkipWithError("copy failed");
            return;
        }
        p.server = std::move(target).value();
    }
    state.counters["patients"] = listSize();
}
BENCHMARK(BM_CopySqliteToPostgres)->Unit(benchmark::kMillisecond)->Iterations(1);

void statsOn(benchmark::State& state, cd::Database* db)
{
    if (!db) {
        state.SkipWithError("no PostgreSQL copy: set CONSENTDESK_TEST_PG");
        return;
    }
    for (auto _ : state) {
        auto figures = cd::HeadlineFigures::compute(*db, cd::Programme::scr(), QDate(2010, 3, 15));
        benchmark::DoNotOptimize(figures.ok());
    }
    state.counters["patients"] = listSize();
}

void BM_Stats_SQLite(benchmark::State& state)
{
    statsOn(state, Practices::get().sqlite.get());
}
BENCHMARK(BM_Stats_SQLite)->Unit(benchmark::kMillisecond);

void BM_Stats_PostgreSQL(benchmark::State& state)
{
    statsOn(state, Practices::get().server.get());
}
BENCHMARK(BM_Stats_PostgreSQL)->Unit(benchmark::kMillisecond);

// One form at a time through the service, as a desk records them: latency percentiles over many forms.
void recordOn(benchmark::State& state, cd::Database* db, const cd::Actor& actor = kActor, qsizetype first = 0)
{
    if (!db) {
        state.SkipWithError("no PostgreSQL copy: set CONSENTDESK_TEST_PG");
        return;
    }
    QStringList numbers;
    cd::PatientStore(*db).forEach([&](const cd::Patient& p) {
        if (numbers.size() < 10000) {
            numbers << p.nhsNumber;
        }
    });
    cd::ConsentService service(*db, kClock);
    std::vector<double> latencies;
    qsizetype next = first;
    for (auto _ : state) {
        cd::RecordChoiceCommand form;
        form.nhsNumber = numbers.at(next++ % numbers.size());
        form.choice = QStringLiteral("consent-core");
        form.received = QDate(2010, 3, 15);
        QElapsedTimer timer;
        timer.start();
        if (!service.recordChoice(actor, form)) {
            state.SkipWithError("record failed");
            return;
        }
        latencies.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies[static_cast<size_t>(q * static_cast<double>(latencies.size() - 1))];
    };
    state.counters["p50_ms"] = at(0.5);
    state.counters["p95_ms"] = at(0.95);
}

void BM_RecordOneForm_SQLite(benchmark::State& state)
{
    recordOn(state, Practices::get().sqlite.get());
}
BENCHMARK(BM_RecordOneForm_SQLite)->Unit(benchmark::kMillisecond)->Iterations(300);

void BM_RecordOneForm_PostgreSQL(benchmark::State& state)
{
    recordOn(state, Practices::get().server.get());
}
BENCHMARK(BM_RecordOneForm_PostgreSQL)->Unit(benchmark::kMillisecond)->Iterations(300);

// The same, as a reception login of its own on a server set up with server-setup (issue #18): what the server's
// checks on every insert (the login's group, the event permissions, the stamps) cost, against the owner above,
// which the server holds to nothing.
void BM_RecordOneForm_PostgreSQL_ReceptionLogin(benchmark::State& state)
{
    Practices& p = Practices::get();
    if (!p.server) {
        state.SkipWithError("no PostgreSQL copy: set CONSENTDESK_TEST_PG");
        return;
    }
    const QString password = QStringLiteral("bench-password-1");
    cd::ServerSetupCommand command;
    command.manager = QStringLiteral("bench_manager");
    command.managerPassword = password;
    if (!cd::ServerSetup(*p.server, kClock).run(command) ||
        !cd::UserService(*p.server, kClock)
             .addUser(kActor, QStringLiteral("bench_reception"), cd::Role::Reception, password)) {
        state.SkipWithError("server-setup failed");
        return;
    }
    auto desk = cd::Database::open(serverUrl("bench_copy"), cd::Database::Mode::MustExist,
                                   cd::ServerLogin{QStringLiteral("bench_reception"), password});
    if (!desk) {
        state.SkipWithError("the reception login could not sign in");
        return;
    }
    recordOn(state, desk->get(), {QStringLiteral("bench_reception"), cd::Role::Reception}, 5000);
}
BENCHMARK(BM_RecordOneForm_PostgreSQL_ReceptionLogin)->Unit(benchmark::kMillisecond)->Iterations(300);

} // namespace
