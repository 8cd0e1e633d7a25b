#pragma once
// The benchmarks' shared demo practice: CONSENTDESK_BENCH_PATIENTS patients (default 100,000), seed 2010, viewed as
// of 15 March 2010, made once per benchmark program in a temporary folder.
#include "domain/Clock.h"
#include "service/DemoService.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace cd::bench {

inline const QDate kDemoAsOf(2010, 3, 15);

inline int demoPatients()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CONSENTDESK_BENCH_PATIENTS", &ok);
    return ok && n > 0 ? n : 100000;
}

struct DemoPractice
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    DemoPractice()
    {
        db = std::move(Database::open(dir.filePath(QStringLiteral("bench.sqlite")), Database::Mode::CreateIfMissing))
                 .value();
        const FixedClock clock(QDateTime(kDemoAsOf, QTime(9, 0)));
        if (!createDemoPractice(*db, {QStringLiteral("bench"), Role::Manager}, clock, {demoPatients(), 2010})) {
            qFatal("the benchmark's demo practice could not be made");
        }
    }
    static DemoPractice& get()
    {
        static DemoPractice practice;
        return practice;
    }
};

} // namespace cd::bench
