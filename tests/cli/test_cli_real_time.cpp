// Time on a practice database (trust, issue #17 rules 1-3): everything recorded carries the real time, whatever
// --as-of says; nothing is dated after the real today; and a fixed clock (CONSENTDESK_NOW) is honoured only on a demo
// or a training database (init --training), never on a practice's own.
#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using cd::test::CliRunner;

namespace {

class CliRealTime : public ::testing::Test
{
protected:
    void SetUp() override
    {
        real.setEnvironment(QStringLiteral("CONSENTDESK_NOW"), QString());
        real.signInAs(QString(), QString()); // no users yet: the computer's user, manager
    }
    void initPractice(CliRunner& cli, bool training)
    {
        QStringList args = {QStringLiteral("init"),         QStringLiteral("--practice-code"),
                            QStringLiteral("F84001"),       QStringLiteral("--practice-name"),
                            QStringLiteral("Test Surgery"), QStringLiteral("--region"),
                            QStringLiteral("london")};
        if (training) {
            args << QStringLiteral("--training");
        }
        const auto made = cli.db(args);
        ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    }
    CliRunner real; // CONSENTDESK_NOW unset below
};

TEST_F(CliRealTime, AFixedClockIsRefusedOnAPracticeDatabaseAndTakenOnATrainingOne)
{
    CliRunner fixed; // CONSENTDESK_NOW=2010-03-15T10:00:00
    fixed.signInAs(QString(), QString());
    const auto refusedInit =
        fixed.db({QStringLiteral("init"), QStringLiteral("--practice-code"), QStringLiteral("F84001"),
                  QStringLiteral("--practice-name"), QStringLiteral("Test Surgery"), QStringLiteral("--region"),
                  QStringLiteral("london")});
    EXPECT_EQ(refusedInit.exitCode, 2);
    EXPECT_TRUE(refusedInit.err.contains(QStringLiteral("--training"))) << qPrintable(refusedInit.err);
    EXPECT_FALSE(QFile::exists(fixed.dbPath())); // refused before the file was made

    initPractice(real, false);
    QFile::copy(real.dbPath(), fixed.dbPath());
    const auto stats = fixed.db({QStringLiteral("stats")});
    EXPECT_EQ(stats.exitCode, 2);
    EXPECT_TRUE(stats.err.contains(QStringLiteral("Unset CONSENTDESK_NOW"))) << qPrintable(stats.err);

    CliRunner training;
    training.signInAs(QString(), QString());
    initPractice(training, true);
    const auto settings = training.db({QStringLiteral("stats"), QStringLiteral("--json")});
    EXPECT_EQ(settings.exitCode, 0) << qPrintable(settings.err);
    EXPECT_EQ(QJsonDocument::fromJson(settings.out.toUtf8()).object().value(QStringLiteral("as_of")).toString(),
              QStringLiteral("2010-03-15"));
}

TEST_F(CliRealTime, WhatIsRecordedCarriesTheRealTimeWhateverAsOfSays)
{
    initPractice(real, false);
    QFile csv(real.home() + QStringLiteral("/register.csv"));
    ASSERT_TRUE(csv.open(QIODevice::WriteOnly));
    csv.write("NHS Number,Surname,Forenames,Date of Birth,Sex,Postcode\n999 800 0009,Smith,Ann,01/01/1970,F,E4 2UD\n");
    csv.close();
    ASSERT_EQ(real.db({QStringLiteral("import-register"), csv.fileName()}).exitCode, 0);
    const auto recorded = real.db({QStringLiteral("--as-of"), QStringLiteral("2010-03-15"), QStringLiteral("record"),
                                   QStringLiteral("--nhs"), QStringLiteral("9998000009"), QStringLiteral("--choice"),
                                   QStringLiteral("dissent"), QStringLiteral("--by"), QStringLiteral("patient"),
                                   QStringLiteral("--channel"), QStringLiteral("post"), QStringLiteral("--received"),
                                   QStringLiteral("2010-03-01")});
    ASSERT_EQ(recorded.exitCode, 0) << qPrintable(recorded.err);
    const auto status = real.db(
        {QStringLiteral("status"), QStringLiteral("--nhs"), QStringLiteral("9998000009"), QStringLiteral("--json")});
    ASSERT_EQ(status.exitCode, 0) << qPrintable(status.err);
    bool found = false;
    for (const auto& e :
         QJsonDocument::fromJson(status.out.toUtf8()).object().value(QStringLiteral("history")).toArray()) {
        if (e.toObject().value(QStringLiteral("type")).toString() == QLatin1String("choice")) {
            found = true;
            EXPECT_EQ(e.toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2010-03-01"));
            // Dated as the form says, recorded when it really was: today, not 15 March 2010.
            const QString at = e.toObject().value(QStringLiteral("recorded_at")).toString();
            EXPECT_TRUE(at.startsWith(QDate::currentDate().toString(Qt::ISODate)) ||
                        at.startsWith(QDate::currentDate().addDays(-1).toString(Qt::ISODate)))
                << qPrintable(at);
        }
    }
    EXPECT_TRUE(found);
}

TEST_F(CliRealTime, NothingIsViewedOrDatedAfterTheRealToday)
{
    initPractice(real, false);
    const QString tomorrow = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    const auto future = real.db({QStringLiteral("--as-of"), tomorrow, QStringLiteral("stats")});
    EXPECT_EQ(future.exitCode, 2);
    EXPECT_TRUE(future.err.contains(QStringLiteral("after today"))) << qPrintable(future.err);
}

} // namespace
