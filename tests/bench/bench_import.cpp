// Issue #3's figures in one run: importing a generated 100,000-row register (validation and merge included), the
// same file again unchanged, and the sqlite3 command-line tool's `.import --csv` of that file into a table with a
// unique index on the NHS number; then the ratios. tests/bench/import-vs-sqlite3.sh adds peak memory.
#include "domain/Clock.h"
#include "domain/NhsNumber.h"
#include "register/CsvReader.h"
#include "register/RegisterImport.h"
#include "service/PracticeService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>

namespace {

const cd::Actor kActor{QStringLiteral("bench"), cd::Role::Manager};
const cd::FixedClock kClock(QDateTime(QDate(2010, 3, 15), QTime(9, 0)));
double g_sqlite3Seconds = 0;
double g_importSeconds = 0;
double g_floorSeconds = 0;
double g_reimportSeconds = 0;

int rows()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CONSENTDESK_BENCH_ROWS", &ok);
    return ok && n > 0 ? n : 100000;
}

// An EMIS-style export: quoted, comma, CRLF, spaced NHS numbers, 12 columns.
struct Register
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("register.csv"));
    QByteArray bytes;

    Register()
    {
        QString text = QStringLiteral("\"NHS Number\",\"Title\",\"Forename\",\"Surname\",\"Date of Birth\",\"Sex\","
                                      "\"Address Line 1\",\"Address Line 2\",\"Town\",\"Postcode\",\"Registration "
                                      "Date\",\"Usual GP\"\r\n");
        int base = 999100000;
        for (int i = 0; i < rows(); ++i) {
            QString nine;
            int check = -1;
            while (check < 0) {
                nine = QString::number(base++);
                check = cd::NhsNumber::checkDigitFor(nine);
            }
            const QString nhs = nine + QString::number(check);
            text += QStringLiteral("\"%1 %2 %3\",\"Ms\",\"Forename%4\",\"Surname%5\",\"%6/%7/19%8\",\"F\",\"%9 High "
                                   "Street\",\"\",\"Walthamstow\",\"E17 %10AB\",\"01/02/2001\",\"Dr Evans\"\r\n")
                        .arg(nhs.left(3), nhs.mid(3, 3), nhs.mid(6))
                        .arg(i % 997)
                        .arg(i % 1499)
                        .arg(1 + i % 28, 2, 10, QChar(u'0'))
                        .arg(1 + i % 12, 2, 10, QChar(u'0'))
                        .arg(30 + i % 69)
                        .arg(1 + i % 200)
                        .arg(i % 10);
        }
        bytes = text.toUtf8();
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            qFatal("could not write the benchmark register");
        }
    }
    static Register& get()
    {
        static Register r;
        return r;
    }
};

void BM_Sqlite3CliImport(benchmark::State& state)
{
    Register& reg = Register::get();
    for (auto _ : state) {
        QTemporaryDir dir;
        QProcess sqlite3;
        sqlite3.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("plain.sqlite"))});
        sqlite3.write(QStringLiteral("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n"
                                     "CREATE TABLE register (nhs TEXT, title TEXT, forename TEXT, surname TEXT, dob "
                                     "TEXT, sex TEXT, a1 TEXT, a2 TEXT, town TEXT, postcode TEXT, registered TEXT, gp "
                                     "TEXT);\nCREATE UNIQUE INDEX register_nhs ON register (nhs);\n"
                                     ".import --csv --skip 1 %1 register\n")
                          .arg(reg.path)
                          .toUtf8());
        sqlite3.closeWriteChannel();
        QElapsedTimer timer;
        timer.start();
        if (!sqlite3.waitForFinished(120000) || sqlite3.exitCode() != 0) {
            state.SkipWithError("sqlite3 failed (is the sqlite3 package installed?)");
            return;
        }
        g_sqlite3Seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    }
    state.counters["rows"] = rows();
}
BENCHMARK(BM_Sqlite3CliImport)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// The reading and checking alone, without the database: where the import's time goes.
void BM_ReadAndValidate(benchmark::State& state)
{
    Register& reg = Register::get();
    for (auto _ : state) {
        const cd::CsvTable table = cd::CsvReader::read(reg.bytes);
        auto mapping = cd::ColumnMapping::fromHeader(table.header);
        auto validated = cd::validateRegister(table, *mapping, QDate(2010, 3, 15));
        benchmark::DoNotOptimize(validated.rows.size());
    }
    state.counters["rows"] = rows();
}
BENCHMARK(BM_ReadAndValidate)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

QTemporaryDir g_practiceDir;
std::unique_ptr<cd::Database> g_practice;

void BM_ImportRegister(benchmark::State& state)
{
    Register& reg = Register::get();
    for (auto _ : state) {
        state.PauseTiming();
        g_practice.reset();
        QFile::remove(g_practiceDir.filePath(QStringLiteral("practice.sqlite")));
        g_practice = std::move(cd::Database::open(g_practiceDir.filePath(QStringLiteral("practice.sqlite")),
                                                  cd::Database::Mode::CreateIfMissing))
                         .value();
        cd::InitPracticeCommand init;
        init.code = QStringLiteral("F84001");
        init.name = QStringLiteral("Bench");
        init.region = QStringLiteral("london");
        (void)cd::PracticeService(*g_practice, kClock).init(kActor, init);
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        auto report = cd::importRegister(*g_practice, kActor, kClock, reg.bytes, {});
        g_importSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!report || report->added != rows()) {
            state.SkipWithError("import failed");
            return;
        }
    }
    state.counters["rows"] = rows();
}
BENCHMARK(BM_ImportRegister)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// Issue #19's floor: SQLite writing exactly the rows the import wrote (patients, their registration events and their
// state) into the same tables of an empty practice, with the same indexes and triggers, in one transaction, by
// INSERT ... SELECT from a copy of them. No reading, checking, planning or sealing: only the writing.
void BM_InsertSelectFloor(benchmark::State& state)
{
    if (!g_practice) {
        state.SkipWithError("run BM_ImportRegister first");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto floor =
            cd::Database::open(dir.filePath(QStringLiteral("floor.sqlite")), cd::Database::Mode::CreateIfMissing);
        cd::InitPracticeCommand init;
        init.code = QStringLiteral("F84001");
        init.name = QStringLiteral("Bench");
        init.region = QStringLiteral("london");
        if (!floor || !cd::PracticeService(**floor, kClock).init(kActor, init)) {
            state.SkipWithError("could not make the floor's practice");
            return;
        }
        QSqlQuery q((*floor)->connection());
        const QString source = g_practiceDir.filePath(QStringLiteral("practice.sqlite"));
        if (!q.exec(QStringLiteral("ATTACH DATABASE '%1' AS imported").arg(source))) {
            state.SkipWithError("could not attach the imported practice");
            return;
        }
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        for (const char* table : {"patients", "consent_events", "state_segments"}) {
            ok =
                ok && q.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM imported.%1").arg(QLatin1String(table)));
        }
        ok = ok && q.exec(QStringLiteral("COMMIT"));
        g_floorSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!ok) {
            state.SkipWithError(qPrintable(q.lastError().text()));
            return;
        }
    }
    state.counters["rows"] = rows();
}
BENCHMARK(BM_InsertSelectFloor)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_ReimportUnchanged(benchmark::State& state)
{
    Register& reg = Register::get();
    if (!g_practice) {
        state.SkipWithError("run BM_ImportRegister first");
        return;
    }
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto report = cd::importRegister(*g_practice, kActor, kClock, reg.bytes, {});
        g_reimportSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!report || report->unchanged != rows()) {
            state.SkipWithError("re-import failed");
            return;
        }
    }
    state.counters["rows"] = rows();
}
BENCHMARK(BM_ReimportUnchanged)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

// PostgreSQL beside them, when CONSENTDESK_TEST_PG names a server (as the database's owner): the same import into
// an empty practice schema, the unchanged re-import, and the floor, INSERT ... SELECT of the imported rows into
// another empty practice schema on the same server, in one transaction.
double g_pgImportSeconds = 0;
double g_pgFloorSeconds = 0;
double g_pgReimportSeconds = 0;

std::unique_ptr<cd::Database> emptyPracticeOnServer(const char* schema)
{
    const QString server = qEnvironmentVariable("CONSENTDESK_TEST_PG");
    auto admin = cd::Database::open(server, cd::Database::Mode::CreateIfMissing);
    if (!admin) {
        return nullptr;
    }
    QSqlQuery q((*admin)->connection());
    q.exec(QStringLiteral("SET client_min_messages = warning"));
    if (!q.exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(QLatin1String(schema))) ||
        !q.exec(QStringLiteral("CREATE SCHEMA %1").arg(QLatin1String(schema)))) {
        return nullptr;
    }
    auto db = cd::Database::open(server + QStringLiteral("?schema=") + QLatin1String(schema),
                                 cd::Database::Mode::CreateIfMissing);
    cd::InitPracticeCommand init;
    init.code = QStringLiteral("F84001");
    init.name = QStringLiteral("Bench");
    init.region = QStringLiteral("london");
    if (!db || !cd::PracticeService(**db, kClock).init(kActor, init)) {
        return nullptr;
    }
    return std::move(db).value();
}

void BM_ImportRegister_PostgreSQL(benchmark::State& state)
{
    if (qEnvironmentVariableIsEmpty("CONSENTDESK_TEST_PG")) {
        state.SkipWithError("set CONSENTDESK_TEST_PG to measure PostgreSQL");
        return;
    }
    Register& reg = Register::get();
    for (auto _ : state) {
        state.PauseTiming();
        auto imported = emptyPracticeOnServer("bench_import");
        auto floor = emptyPracticeOnServer("bench_import_floor");
        if (!imported || !floor) {
            state.SkipWithError("could not make the practices on the server");
            return;
        }
        state.ResumeTiming();
        QElapsedTimer timer;
        timer.start();
        auto report = cd::importRegister(*imported, kActor, kClock, reg.bytes, {});
        g_pgImportSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!report || report->added != rows()) {
            state.SkipWithError(report ? "import added the wrong count" : qPrintable(report.error().message));
            return;
        }
        QSqlQuery q(floor->connection());
        timer.restart();
        bool ok = q.exec(QStringLiteral("BEGIN"));
        for (const char* table : {"patients", "consent_events", "state_segments"}) {
            ok = ok && q.exec(QStringLiteral("INSERT INTO bench_import_floor.%1 SELECT * FROM bench_import.%1")
                                  .arg(QLatin1String(table)));
        }
        ok = ok && q.exec(QStringLiteral("COMMIT"));
        g_pgFloorSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!ok) {
            state.SkipWithError(qPrintable(q.lastError().text()));
            return;
        }
        timer.restart();
        auto again = cd::importRegister(*imported, kActor, kClock, reg.bytes, {});
        g_pgReimportSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (!again || again->unchanged != rows()) {
            state.SkipWithError("re-import failed");
            return;
        }
    }
    state.counters["rows"] = rows();
}
BENCHMARK(BM_ImportRegister_PostgreSQL)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf("\nSQLite, %d rows: import %.2f s, floor (INSERT ... SELECT of the same rows) %.2f s, re-import "
                "unchanged %.2f s\n",
                rows(), g_importSeconds, g_floorSeconds, g_reimportSeconds);
    if (g_floorSeconds > 0 && g_importSeconds > 0) {
        std::printf("import / floor = %.2f (target <= 1.5)\n", g_importSeconds / g_floorSeconds);
    }
    if (g_importSeconds > 0 && g_reimportSeconds > 0) {
        std::printf("re-import unchanged / first import = %.2f (target <= 0.6)\n", g_reimportSeconds / g_importSeconds);
    }
    if (g_sqlite3Seconds > 0 && g_importSeconds > 0) {
        std::printf("for reference, the old flat-table ratio: import / sqlite3 .import = %.2f\n",
                    g_importSeconds / g_sqlite3Seconds);
    }
    if (g_pgImportSeconds > 0 && g_pgFloorSeconds > 0) {
        std::printf("\nPostgreSQL, %d rows: import %.2f s, floor %.2f s, re-import unchanged %.2f s\n", rows(),
                    g_pgImportSeconds, g_pgFloorSeconds, g_pgReimportSeconds);
        std::printf("import / floor = %.2f; re-import unchanged / first import = %.2f\n",
                    g_pgImportSeconds / g_pgFloorSeconds, g_pgReimportSeconds / g_pgImportSeconds);
    }
    g_practice.reset();
    return 0;
}
