// register-patient through the real CLI (issue #22, item 16): a new patient at the desk, then the register import
// that matches them by NHS number; bad input refused with exit 2 and nothing stored.
#include "CliRunner.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using cd::test::CliRun;
using cd::test::CliRunner;

namespace {

const QString kNewcomer = QStringLiteral("943 476 5919");

QJsonObject json(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

class CliRegisterPatient : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.db({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                          QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("Test Surgery"),
                          QStringLiteral("--region"), QStringLiteral("london")})
                      .exitCode,
                  0);
        ASSERT_EQ(importRegister().exitCode, 0);
    }
    CliRun importRegister()
    {
        return cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-03-15"), QStringLiteral("import-register"),
                       QStringLiteral(CONSENTDESK_TEST_DATA "/register/emis-web.csv"), QStringLiteral("--json")});
    }
    CliRun registerPatient(const QString& nhs, QStringList extra = {})
    {
        return cli.db(QStringList{QStringLiteral("--as-of"), QStringLiteral("2010-03-15"),
                                  QStringLiteral("register-patient"), QStringLiteral("--nhs"), nhs,
                                  QStringLiteral("--family"), QStringLiteral("Newcomer"), QStringLiteral("--given"),
                                  QStringLiteral("Ann"), QStringLiteral("--dob"), QStringLiteral("01/02/1970"),
                                  QStringLiteral("--sex"), QStringLiteral("F"), QStringLiteral("--postcode"),
                                  QStringLiteral("e17 1aa"), QStringLiteral("--json")} +
                      extra);
    }
    CliRunner cli;
};

TEST_F(CliRegisterPatient, ANewPatientIsRegisteredAndTheNextImportKeepsThemUntilTheRegisterHasThem)
{
    const CliRun done = registerPatient(kNewcomer);
    ASSERT_EQ(done.exitCode, 0) << qPrintable(done.err);
    EXPECT_EQ(json(done).value(QStringLiteral("nhs")).toString(), QStringLiteral("9434765919"));
    EXPECT_EQ(json(done).value(QStringLiteral("registered")).toString(), QStringLiteral("2010-03-15"));
    EXPECT_FALSE(json(done).value(QStringLiteral("returning")).toBool());
    EXPECT_TRUE(done.err.contains(QStringLiteral("Registered: Ann Newcomer, NHS number 943 476 5919")));

    const CliRun status = cli.db({QStringLiteral("--as-of"), QStringLiteral("2010-03-15"), QStringLiteral("status"),
                                  QStringLiteral("--nhs"), kNewcomer, QStringLiteral("--json")});
    ASSERT_EQ(status.exitCode, 0) << qPrintable(status.err);
    EXPECT_TRUE(json(status).value(QStringLiteral("registered")).toBool());
    EXPECT_EQ(json(status).value(QStringLiteral("state")).toString(), QStringLiteral("not_informed"));

    // The clinical system's export does not have them yet: kept on the list, and said so.
    const CliRun imported = importRegister();
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_EQ(json(imported).value(QStringLiteral("left")).toInt(), 0);
    EXPECT_EQ(json(imported).value(QStringLiteral("added")).toInt(), 0);
    EXPECT_EQ(json(imported).value(QStringLiteral("awaiting_register")).toInt(), 1);
    EXPECT_TRUE(imported.err.contains(QStringLiteral("1 registered at the desk in the last four weeks")));
}

TEST_F(CliRegisterPatient, BadInputIsRefusedWithExit2AndNothingStored)
{
    for (const auto& [nhs, extra, says] :
         {std::tuple{QStringLiteral("943 476 5918"), QStringList{}, QStringLiteral("not valid")},
          std::tuple{QStringLiteral("999 120 0002"), QStringList{}, QStringLiteral("already on the list")},
          std::tuple{kNewcomer, QStringList{QStringLiteral("--registered"), QStringLiteral("2010-03-16")},
                     QStringLiteral("after today")},
          std::tuple{kNewcomer, QStringList{QStringLiteral("--sex"), QStringLiteral("Q")},
                     QStringLiteral("not one of M, F")}}) {
        const CliRun refused = registerPatient(nhs, extra);
        EXPECT_EQ(refused.exitCode, 2) << qPrintable(refused.err);
        EXPECT_TRUE(refused.err.contains(says)) << qPrintable(refused.err);
    }
    const CliRun find = cli.db({QStringLiteral("find"), kNewcomer, QStringLiteral("--json")});
    ASSERT_EQ(find.exitCode, 0) << qPrintable(find.err);
    EXPECT_FALSE(find.out.contains(QStringLiteral("9434765919")));
}

} // namespace
