// Proof that nothing committed is lost and nothing is half-written: the real CLI is killed with SIGKILL at random
// moments, 100 trials in all, while it records a stream of forms (each "OK" printed only after its command reported
// success) or imports a large register. After each kill, `verify` passes; every form reported saved is present and
// nothing else is (the one form whose command was killed may or may not be); an import is there whole or not at all.
#include "domain/NhsNumber.h"

#include "CliRunner.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <csignal>

#include <gtest/gtest.h>

using cd::test::CliRunner;

namespace {

constexpr int kTrials = 100; // half streams of forms, half imports

// Valid NHS numbers from the 999 test range, in order, skipping bases whose check digit would be 10.
QStringList nhsNumbers(int from, int count)
{
    QStringList list;
    for (int base = from; list.size() < count; ++base) {
        const QString nine = QStringLiteral("999%1").arg(base, 6, 10, QLatin1Char('0'));
        const int check = cd::NhsNumber::checkDigitFor(nine);
        if (check >= 0 && check <= 9) {
            list << nine + QString::number(check);
        }
    }
    return list;
}

QByteArray registerCsv(const QStringList& numbers)
{
    QByteArray csv = "NHS Number,Surname,Forename,Date of Birth,Sex,Postcode\r\n";
    int i = 0;
    for (const QString& n : numbers) {
        csv += QStringLiteral("%1,Harness%2,Pat,01/02/1960,F,E17 4AB\r\n").arg(n).arg(i++).toUtf8();
    }
    return csv;
}

QStringList query(const QString& db, const QString& sql)
{
    const QString name = QStringLiteral("harness-check");
    QStringList rows;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(db);
        EXPECT_TRUE(c.open());
        QSqlQuery q(c);
        EXPECT_TRUE(q.exec(sql));
        while (q.next()) {
            rows << q.value(0).toString();
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// Starts `script` under bash in a session of its own, lets it run for `ms`, then SIGKILLs the whole session (the
// CLI mid-command included). Returns what it printed before dying.
QString runAndKill(const CliRunner& cli, const QString& script, int ms)
{
    QProcess p;
    p.setProcessEnvironment(cli.environment());
    p.start(QStringLiteral("setsid"), {QStringLiteral("bash"), QStringLiteral("-c"), script});
    EXPECT_TRUE(p.waitForStarted());
    QThread::msleep(static_cast<unsigned long>(ms));
    ::kill(-static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

TEST(CrashHarness, KilledAtRandomMomentsNothingReportedIsLostAndNothingIsHalfWritten)
{
    CliRunner cli;
    const QString tmpl = cli.home() + QStringLiteral("/template.sqlite");
    const QStringList patients = nhsNumbers(100000, 400);
    {
        QFile f(cli.home() + QStringLiteral("/register.csv"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(registerCsv(patients));
    }
    // A practice with no users (the OS user, manager): the stream measures writes, not sign-ins.
    ASSERT_EQ(cli.run({QStringLiteral("--db"), tmpl, QStringLiteral("init"), QStringLiteral("--training"),
                       QStringLiteral("--practice-code"), QStringLiteral("F84001"), QStringLiteral("--practice-name"),
                       QStringLiteral("Harness"), QStringLiteral("--region"), QStringLiteral("london")})
                  .exitCode,
              0);
    ASSERT_EQ(cli.run({QStringLiteral("--db"), tmpl, QStringLiteral("import-register"),
                       cli.home() + QStringLiteral("/register.csv")})
                  .exitCode,
              0);
    const QStringList joiners = nhsNumbers(300000, 20000);
    {
        QFile f(cli.home() + QStringLiteral("/large.csv"));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(registerCsv(patients + joiners));
    }
    QRandomGenerator random(20101);
    QElapsedTimer clock;
    clock.start();
    int formsReported = 0;
    int formsLost = 0;
    int importsWhole = 0;
    int importsNone = 0;
    const QString db = cli.home() + QStringLiteral("/trial.sqlite");
    for (int trial = 0; trial < kTrials; ++trial) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(db + suffix);
        }
        ASSERT_TRUE(QFile::copy(tmpl, db));
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString cliPath = QStringLiteral(CONSENTDESK_CLI);
        if (trial % 2 == 0) {
            QString script;
            for (const QString& n : patients) {
                script += QStringLiteral("'%1' --db '%2' record --nhs %3 --choice dissent --received 2010-03-01 --by "
                                         "patient --channel post >/dev/null 2>&1 && echo OK %3\n")
                              .arg(cliPath, db, n);
            }
            const QStringList printed =
                runAndKill(cli, script, 100 + random.bounded(900)).split(u'\n', Qt::SkipEmptyParts);
            QStringList reported;
            for (const QString& line : printed) {
                reported << line.mid(3);
            }
            const QStringList saved =
                query(db, QStringLiteral("SELECT p.nhs_number FROM consent_events e JOIN patients p "
                                         "ON p.id = e.patient_id WHERE e.type = 'choice' "
                                         "ORDER BY e.id"));
            for (const QString& n : reported) {
                if (!saved.contains(n)) {
                    ++formsLost;
                }
            }
            formsReported += static_cast<int>(reported.size());
            // Nothing else: at most the one form whose command was killed after its commit, the next in the stream.
            const QString inFlight = patients.value(static_cast<int>(reported.size()));
            for (const QString& n : saved) {
                EXPECT_TRUE(reported.contains(n) || n == inFlight) << "trial " << trial << ": " << qPrintable(n);
            }
        } else {
            runAndKill(cli,
                       QStringLiteral("'%1' --db '%2' import-register '%3' >/dev/null 2>&1")
                           .arg(cliPath, db, cli.home() + QStringLiteral("/large.csv")),
                       50 + random.bounded(1500));
            const int count = query(db, QStringLiteral("SELECT COUNT(*) FROM patients")).value(0).toInt();
            EXPECT_TRUE(count == patients.size() || count == patients.size() + joiners.size())
                << "trial " << trial << ": a half-done import left " << count << " patients";
            (count == patients.size() ? importsNone : importsWhole) += 1;
        }
        const auto verify = cli.run({QStringLiteral("--db"), db, QStringLiteral("verify")});
        EXPECT_EQ(verify.exitCode, 0) << "trial " << trial << ": " << qPrintable(verify.out + verify.err);
    }
    EXPECT_EQ(formsLost, 0);
    std::printf("[ harness  ] %d trials in %.1f s: %d forms reported saved, %d lost; imports killed midway %d, "
                "finished before the kill %d\n",
                kTrials, static_cast<double>(clock.elapsed()) / 1000.0, formsReported, formsLost, importsNone,
                importsWhole);
}

} // namespace
