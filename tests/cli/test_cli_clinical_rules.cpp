// The clinical-safety rules through the real CLI, exactly as the interface spells them: coded, code-removed,
// worklist codes-to-correct and gp-review, record --signed, settings, mailout --returned, verify --repair, stats.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using cd::test::CliRun;
using cd::test::CliRunner;

namespace {

const QString kObrien = QStringLiteral("999 120 0002");
const QString kSmithJones = QStringLiteral("9991200010");
const QString kKhan = QStringLiteral("9991200029"); // born 2004

QJsonObject json(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

// A practice of the five patients of tests/data/register/emis-web.csv, packs posted 15 January 2010, its upload
// planned for 20 April; no users, so the CLI acts as the operating-system user, a manager.
class CliClinicalRules : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.db({QStringLiteral("init"), QStringLiteral("--training"), QStringLiteral("--practice-code"),
                          QStringLiteral("F84001"), QStringLiteral("--practice-name"), QStringLiteral("Test Surgery"),
                          QStringLiteral("--region"), QStringLiteral("london"), QStringLiteral("--planned-upload"),
                          QStringLiteral("2010-04-20")})
                      .exitCode,
                  0);
        ASSERT_EQ(
            cli.db({QStringLiteral("import-register"), QStringLiteral(CONSENTDESK_TEST_DATA "/register/emis-web.csv")})
                .exitCode,
            0);
        const auto sent = cli.db({QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-01-15"),
                                  QStringLiteral("--json")});
        ASSERT_EQ(sent.exitCode, 0) << qPrintable(sent.err);
        EXPECT_FALSE(json(sent).value(QStringLiteral("windows_end_after_upload")).toBool()); // they close 9 April
        EXPECT_FALSE(sent.err.contains(QStringLiteral("Warning")));
    }

    CliRun record(const QString& nhs, const char* choice, const char* received, QStringList extra = {})
    {
        return cli.db(QStringList{QStringLiteral("record"), QStringLiteral("--nhs"), nhs, QStringLiteral("--choice"),
                                  QString::fromLatin1(choice), QStringLiteral("--received"),
                                  QString::fromLatin1(received), QStringLiteral("--by"), QStringLiteral("patient"),
                                  QStringLiteral("--channel"), QStringLiteral("post"), QStringLiteral("--json")} +
                      extra);
    }
    CliRun coded(const QString& nhs, const char* code, const char* date)
    {
        return cli.db({QStringLiteral("coded"), QStringLiteral("--nhs"), nhs, QStringLiteral("--code"),
                       QString::fromLatin1(code), QStringLiteral("--date"), QString::fromLatin1(date)});
    }
    QJsonObject status(const QString& nhs)
    {
        return json(cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), nhs, QStringLiteral("--json")}));
    }

    CliRunner cli;
};

TEST_F(CliClinicalRules, CodedTakesOnlyTheCurrentChoiceSpeltExactly)
{
    ASSERT_EQ(record(kObrien, "dissent", "2010-02-01").exitCode, 0);
    const auto lower = coded(kObrien, "9ndo", "2010-02-03");
    EXPECT_EQ(lower.exitCode, 2);
    EXPECT_TRUE(lower.err.contains(QStringLiteral("Did you mean 9Ndo?"))) << qPrintable(lower.err);
    EXPECT_EQ(coded(kObrien, "9Ndo", "2010-02-03").exitCode, 0);
    ASSERT_EQ(record(kObrien, "consent-core", "2010-03-01").exitCode, 0);
    const auto stale = coded(kObrien, "9Ndo", "2010-03-02");
    EXPECT_EQ(stale.exitCode, 2);
    EXPECT_TRUE(stale.err.contains(QStringLiteral("The current choice is \"Express consent (core only)\" (9Ndm")))
        << qPrintable(stale.err);
    const auto none = coded(QStringLiteral("9991200045"), "9Ndo", "2010-03-02");
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("Nothing is waiting to be coded"))) << qPrintable(none.err);
}

TEST_F(CliClinicalRules, AVoidedCodedChoiceIsACodeToCorrectUntilCodeRemoved)
{
    const auto made = record(kSmithJones, "consent-core-additional", "2010-02-08");
    ASSERT_EQ(made.exitCode, 0);
    const qint64 choice = json(made).value(QStringLiteral("event_id")).toInteger();
    ASSERT_EQ(coded(kSmithJones, "9Ndn", "2010-02-09").exitCode, 0);
    const auto voided = cli.db({QStringLiteral("void"), QStringLiteral("--event"), QString::number(choice),
                                QStringLiteral("--reason"), QStringLiteral("Recorded against the wrong patient")});
    ASSERT_EQ(voided.exitCode, 0);
    EXPECT_TRUE(voided.err.contains(QStringLiteral("still holds 9Ndn"))) << qPrintable(voided.err);

    const auto list =
        cli.db({QStringLiteral("worklist"), QStringLiteral("codes-to-correct"), QStringLiteral("--json")});
    ASSERT_EQ(list.exitCode, 0);
    const QJsonArray items = json(list).value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    EXPECT_EQ(item.value(QStringLiteral("nhs")).toString(), kSmithJones); // as a patient in find
    EXPECT_TRUE(item.contains(QStringLiteral("name")));
    EXPECT_TRUE(item.contains(QStringLiteral("date_of_birth")));
    EXPECT_EQ(item.value(QStringLiteral("code")).toString(), QStringLiteral("9Ndn"));
    EXPECT_EQ(item.value(QStringLiteral("coded_on")).toString(), QStringLiteral("2010-02-09"));
    EXPECT_EQ(item.value(QStringLiteral("reason")).toString(), QStringLiteral("voided"));
    EXPECT_EQ(item.value(QStringLiteral("event_id")).toInteger(), choice);
    EXPECT_EQ(json(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}))
                  .value(QStringLiteral("codes_to_correct"))
                  .toInt(),
              1);

    const auto remove = [&](const char* code, const char* date) {
        return cli.db({QStringLiteral("code-removed"), QStringLiteral("--nhs"), kSmithJones, QStringLiteral("--code"),
                       QString::fromLatin1(code), QStringLiteral("--date"), QString::fromLatin1(date)});
    };
    const auto wrong = remove("9Ndo", "2010-03-10");
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(QStringLiteral("9Ndn (coded 9 Feb 2010)"))) << qPrintable(wrong.err);
    EXPECT_EQ(remove("9Ndn", "2010-03-16").exitCode, 2); // after today
    EXPECT_EQ(remove("9Ndn", "2010-03-10").exitCode, 0);
    EXPECT_EQ(json(cli.db({QStringLiteral("worklist"), QStringLiteral("codes-to-correct"), QStringLiteral("--json")}))
                  .value(QStringLiteral("count"))
                  .toInt(),
              0);
    EXPECT_EQ(json(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}))
                  .value(QStringLiteral("codes_to_correct"))
                  .toInt(),
              0);
}

TEST_F(CliClinicalRules, RecordTakesTheDateSignedAndRefusesAParentForAnAdult)
{
    const auto signedOn =
        record(kObrien, "dissent", "2010-02-01", {QStringLiteral("--signed"), QStringLiteral("30/01/2010")});
    ASSERT_EQ(signedOn.exitCode, 0) << qPrintable(signedOn.err);
    QJsonObject choice;
    for (const auto& e : status(kObrien).value(QStringLiteral("history")).toArray()) {
        if (e.toObject().value(QStringLiteral("type")).toString() == QLatin1String("choice")) {
            choice = e.toObject();
        }
    }
    EXPECT_EQ(choice.value(QStringLiteral("signed_on")).toString(), QStringLiteral("2010-01-30"));
    EXPECT_TRUE(choice.value(QStringLiteral("signature_present")).toBool());
    // A bare --signed still says the form is signed (on the day received), as scripts before dates were asked wrote.
    EXPECT_EQ(record(kKhan, "dissent", "2010-02-02",
                     {QStringLiteral("--signed"), QStringLiteral("--note"), QStringLiteral("Handed in")})
                  .exitCode,
              0);
    EXPECT_EQ(record(kSmithJones, "dissent", "2010-02-01", {QStringLiteral("--signed"), QStringLiteral("2010-02-02")})
                  .exitCode,
              2); // signed after it was received
    const auto parent =
        cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), kSmithJones, QStringLiteral("--choice"),
                QStringLiteral("dissent"), QStringLiteral("--received"), QStringLiteral("2010-02-01"),
                QStringLiteral("--by"), QStringLiteral("parent"), QStringLiteral("--channel"), QStringLiteral("post")});
    EXPECT_EQ(parent.exitCode, 2);
    EXPECT_TRUE(parent.err.contains(QStringLiteral("--by attorney or --by deputy"))) << qPrintable(parent.err);
}

TEST_F(CliClinicalRules, SettingsChangeLaterMailoutsOnlyAndReturnedLettersAreSentAgain)
{
    const auto shown = cli.db({QStringLiteral("settings"), QStringLiteral("--json")});
    ASSERT_EQ(shown.exitCode, 0);
    EXPECT_EQ(json(shown).value(QStringLiteral("window_days")).toInt(), 84);
    EXPECT_EQ(json(shown).value(QStringLiteral("planned_upload")).toString(), QStringLiteral("2010-04-20"));
    const auto changed = cli.db({QStringLiteral("settings"), QStringLiteral("--window-days"), QStringLiteral("56")});
    ASSERT_EQ(changed.exitCode, 0);
    EXPECT_TRUE(changed.err.contains(QStringLiteral("packs already posted keep the window")))
        << qPrintable(changed.err);
    EXPECT_EQ(status(kObrien).value(QStringLiteral("window_last_day")).toString(), QStringLiteral("2010-04-09"));

    ASSERT_EQ(cli.db({QStringLiteral("letter-returned"), QStringLiteral("--nhs"), kKhan, QStringLiteral("--date"),
                      QStringLiteral("2010-01-25")})
                  .exitCode,
              0);
    const auto again = cli.db({QStringLiteral("mailout"), QStringLiteral("--returned"), QStringLiteral("--date"),
                               QStringLiteral("2010-03-01"), QStringLiteral("--json")});
    ASSERT_EQ(again.exitCode, 0) << qPrintable(again.err);
    const QJsonObject sent = json(again);
    EXPECT_EQ(sent.value(QStringLiteral("packs")).toInt(), 1);
    EXPECT_EQ(sent.value(QStringLiteral("window_days")).toInt(), 56);
    EXPECT_EQ(sent.value(QStringLiteral("window_last_day")).toString(), QStringLiteral("2010-04-26"));
    EXPECT_TRUE(sent.value(QStringLiteral("windows_end_after_upload")).toBool());
    EXPECT_TRUE(again.err.contains(QStringLiteral("Warning: The windows this mail-out opens close on 26 Apr 2010")))
        << qPrintable(again.err);
    EXPECT_EQ(status(kKhan).value(QStringLiteral("window_last_day")).toString(), QStringLiteral("2010-04-26"));
    EXPECT_EQ(status(kObrien).value(QStringLiteral("window_last_day")).toString(), QStringLiteral("2010-04-09"));
    EXPECT_EQ(cli.db({QStringLiteral("mailout"), QStringLiteral("--returned"), QStringLiteral("--all"),
                      QStringLiteral("--date"), QStringLiteral("2010-03-01")})
                  .exitCode,
              2);

    const auto cleared = cli.db({QStringLiteral("settings"), QStringLiteral("--planned-upload"), QStringLiteral("none"),
                                 QStringLiteral("--json")});
    ASSERT_EQ(cleared.exitCode, 0);
    EXPECT_TRUE(json(cleared).value(QStringLiteral("planned_upload")).isNull());
    EXPECT_EQ(cli.db({QStringLiteral("settings"), QStringLiteral("--window-days"), QStringLiteral("0")}).exitCode, 2);
    EXPECT_EQ(
        cli.db({QStringLiteral("settings"), QStringLiteral("--planned-upload"), QStringLiteral("04/31/2010")}).exitCode,
        2);
}

TEST_F(CliClinicalRules, VerifyTellsAnOutOfDateStateFromADamagedLedgerAndRepairsOnlyTheFirst)
{
    EXPECT_EQ(cli.db({QStringLiteral("verify")}).exitCode, 0);
    {
        // As someone with the sqlite3 tool might.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(cli.dbPath());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE state_segments SET state = 'dissent' WHERE patient_id = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto stale = cli.db({QStringLiteral("verify"), QStringLiteral("--json")});
    EXPECT_EQ(stale.exitCode, 3);
    EXPECT_FALSE(json(stale).value(QStringLiteral("ledger_damaged")).toBool());
    EXPECT_EQ(json(stale).value(QStringLiteral("state_out_of_date")).toArray().size(), 1);
    EXPECT_TRUE(stale.err.contains(QStringLiteral("verify --repair"))) << qPrintable(stale.err);
    const auto repaired = cli.db({QStringLiteral("verify"), QStringLiteral("--repair"), QStringLiteral("--json")});
    EXPECT_EQ(repaired.exitCode, 0) << qPrintable(repaired.err);
    EXPECT_EQ(json(repaired).value(QStringLiteral("repaired")).toInt(), 1);
    EXPECT_TRUE(json(repaired).value(QStringLiteral("ok")).toBool());

    {
        // A hostile hand drops the guard and rewrites the ledger itself.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(cli.dbPath());
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER consent_events_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE consent_events SET type = 'coded', read_code = '9Ndo', "
                                          "target_event_id = id - 1 WHERE type = 'pack-sent' AND patient_id = 2")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const auto damaged = cli.db({QStringLiteral("verify"), QStringLiteral("--repair")});
    EXPECT_EQ(damaged.exitCode, 3);
    EXPECT_TRUE(damaged.err.contains(QStringLiteral("Restore the newest good backup"))) << qPrintable(damaged.err);
}

TEST_F(CliClinicalRules, AProxysNameAndRelationshipAreKeptWithTheirForm)
{
    const auto made = cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), kKhan, QStringLiteral("--choice"),
                              QStringLiteral("dissent"), QStringLiteral("--received"), QStringLiteral("2010-02-05"),
                              QStringLiteral("--by"), QStringLiteral("parent"), QStringLiteral("--channel"),
                              QStringLiteral("desk"), QStringLiteral("--proxy-name"), QStringLiteral("  Amina   Khan "),
                              QStringLiteral("--relationship"), QStringLiteral("mother")});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    QJsonObject choice;
    for (const auto& e : status(kKhan).value(QStringLiteral("history")).toArray()) {
        if (e.toObject().value(QStringLiteral("type")).toString() == QLatin1String("choice")) {
            choice = e.toObject();
        }
    }
    EXPECT_EQ(choice.value(QStringLiteral("proxy_name")).toString(), QStringLiteral("Amina Khan"));
    EXPECT_EQ(choice.value(QStringLiteral("proxy_relationship")).toString(), QStringLiteral("mother"));
    const auto text = cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), kKhan});
    EXPECT_TRUE(text.out.contains(QStringLiteral("person with parental responsibility (Amina Khan, mother)")))
        << qPrintable(text.out);
    const QString fhir = cli.home() + QStringLiteral("/consents.json");
    ASSERT_EQ(cli.db({QStringLiteral("export"), QStringLiteral("--fhir"), fhir}).exitCode, 0);
    QFile bundle(fhir);
    ASSERT_TRUE(bundle.open(QIODevice::ReadOnly));
    EXPECT_TRUE(bundle.readAll().contains("Amina Khan, mother"));
    // The patient's own form has no proxy.
    const auto own = cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), kObrien, QStringLiteral("--choice"),
                             QStringLiteral("dissent"), QStringLiteral("--received"), QStringLiteral("2010-02-05"),
                             QStringLiteral("--by"), QStringLiteral("patient"), QStringLiteral("--channel"),
                             QStringLiteral("desk"), QStringLiteral("--proxy-name"), QStringLiteral("Someone")});
    EXPECT_EQ(own.exitCode, 2);
    EXPECT_TRUE(own.err.contains(QStringLiteral("has no proxy"))) << qPrintable(own.err);
}

TEST_F(CliClinicalRules, AProxysConsentWaitsForTheGpBeforeItCanBeCoded)
{
    const auto made = cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), kKhan, QStringLiteral("--choice"),
                              QStringLiteral("consent-core"), QStringLiteral("--received"),
                              QStringLiteral("2010-02-05"), QStringLiteral("--by"), QStringLiteral("parent"),
                              QStringLiteral("--channel"), QStringLiteral("desk"), QStringLiteral("--json")});
    ASSERT_EQ(made.exitCode, 0) << qPrintable(made.err);
    QJsonObject s = status(kKhan);
    EXPECT_EQ(s.value(QStringLiteral("state")).toString(), QStringLiteral("in_window"));
    EXPECT_EQ(s.value(QStringLiteral("pending_choice_id")).toInteger(),
              json(made).value(QStringLiteral("event_id")).toInteger());
    EXPECT_EQ(s.value(QStringLiteral("gp_review_reason")).toString(), QStringLiteral("proxy"));
    EXPECT_FALSE(s.value(QStringLiteral("awaiting_coding")).toBool());
    const auto early = coded(kKhan, "9Ndm", "2010-02-06");
    EXPECT_EQ(early.exitCode, 2);
    EXPECT_TRUE(early.err.contains(QStringLiteral("waits for a GP's review"))) << qPrintable(early.err);
    ASSERT_EQ(
        cli.db({QStringLiteral("review"), QStringLiteral("--nhs"), kKhan, QStringLiteral("--outcome"),
                QStringLiteral("upheld"), QStringLiteral("--reason"), QStringLiteral("Parent has responsibility")})
            .exitCode,
        0);
    EXPECT_EQ(status(kKhan).value(QStringLiteral("state")).toString(), QStringLiteral("consent_core"));
    EXPECT_EQ(coded(kKhan, "9Ndm", "2010-03-15").exitCode, 0);
}

TEST_F(CliClinicalRules, TheRegisterImportDecidesWhoIsBackAndWhoseAgeChanged)
{
    // A register without Nowak marks them as left; the next one brings them back, not informed until sent a pack.
    QTemporaryDir files;
    QFile original(QStringLiteral(CONSENTDESK_TEST_DATA "/register/emis-web.csv"));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = original.readAll().split('\n');
    QByteArray without;
    QByteArray changedBirth;
    for (const QByteArray& line : lines) {
        if (!line.contains("999 120 0045")) {
            without += line + '\n';
        }
        // Smith-Jones's date of birth corrected: a child of 11, not an adult.
        changedBirth +=
            (line.contains("999 120 0010") ? QByteArray(line).replace("05/08/1982", "05/08/1998") : line) + '\n';
    }
    const auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(files.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const auto import = [&](const QString& file, const char* asOf) {
        return cli.run({QStringLiteral("--db"), cli.dbPath(), QStringLiteral("--as-of"), QString::fromLatin1(asOf),
                        QStringLiteral("import-register"), file, QStringLiteral("--allow-deductions")});
    };
    ASSERT_EQ(record(kSmithJones, "consent-core", "2010-02-01").exitCode, 0);
    EXPECT_EQ(status(kSmithJones).value(QStringLiteral("state")).toString(), QStringLiteral("consent_core"));
    ASSERT_EQ(import(write(QStringLiteral("without.csv"), without), "2010-02-10").exitCode, 0);
    ASSERT_EQ(import(write(QStringLiteral("changed.csv"), changedBirth), "2010-02-20").exitCode, 0);
    const QJsonObject back = status(QStringLiteral("9991200045"));
    EXPECT_TRUE(back.value(QStringLiteral("registered")).toBool());
    EXPECT_EQ(back.value(QStringLiteral("state")).toString(), QStringLiteral("not_informed"));
    // Now a child who chose alone: the consent waits for a GP, in the stored figures too.
    const QJsonObject child = status(kSmithJones);
    EXPECT_EQ(child.value(QStringLiteral("state")).toString(), QStringLiteral("in_window"));
    EXPECT_EQ(child.value(QStringLiteral("gp_review_reason")).toString(), QStringLiteral("child"));
    const QJsonObject stats = json(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}));
    EXPECT_EQ(stats.value(QStringLiteral("consent_core")).toInt(), 0);
    EXPECT_EQ(cli.db({QStringLiteral("verify")}).exitCode, 0);
    const auto topUp = cli.db(
        {QStringLiteral("mailout"), QStringLiteral("--date"), QStringLiteral("2010-03-01"), QStringLiteral("--json")});
    ASSERT_EQ(topUp.exitCode, 0) << qPrintable(topUp.err);
    EXPECT_EQ(json(topUp).value(QStringLiteral("packs")).toInt(), 1);
    EXPECT_EQ(status(QStringLiteral("9991200045")).value(QStringLiteral("state")).toString(),
              QStringLiteral("in_window"));
}

TEST(CliClinicalRulesOnTheDemo, GpReviewItemsSayWhyAndRolesAreChecked)
{
    CliRunner cli;
    ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("300"),
                      QStringLiteral("--seed"), QStringLiteral("7")})
                  .exitCode,
              0);
    const auto review = cli.db({QStringLiteral("worklist"), QStringLiteral("gp-review"), QStringLiteral("--json")});
    ASSERT_EQ(review.exitCode, 0);
    QStringList reasons;
    for (const auto& item : json(review).value(QStringLiteral("items")).toArray()) {
        reasons << item.toObject().value(QStringLiteral("reason")).toString();
    }
    for (const QString& reason : reasons) {
        EXPECT_TRUE(QStringList({QStringLiteral("proxy"), QStringLiteral("child"), QStringLiteral("turned-16"),
                                 QStringLiteral("conflicting-forms")})
                        .contains(reason))
            << qPrintable(reason);
    }
    EXPECT_TRUE(reasons.contains(QStringLiteral("turned-16")));
    EXPECT_TRUE(reasons.contains(QStringLiteral("conflicting-forms")));

    cli.signInAs(QStringLiteral("demo-reception"), QStringLiteral("demo-password"));
    EXPECT_EQ(cli.db({QStringLiteral("settings")}).exitCode, 0); // anyone may look
    EXPECT_EQ(cli.db({QStringLiteral("settings"), QStringLiteral("--window-days"), QStringLiteral("60")}).exitCode, 4);
    EXPECT_EQ(cli.db({QStringLiteral("verify"), QStringLiteral("--repair")}).exitCode, 4);
    const auto codes =
        json(cli.db({QStringLiteral("worklist"), QStringLiteral("codes-to-correct"), QStringLiteral("--json")}))
            .value(QStringLiteral("items"))
            .toArray();
    ASSERT_FALSE(codes.isEmpty());
    const QJsonObject first = codes.first().toObject();
    EXPECT_EQ(
        cli.db({QStringLiteral("code-removed"), QStringLiteral("--nhs"), first.value(QStringLiteral("nhs")).toString(),
                QStringLiteral("--code"), first.value(QStringLiteral("code")).toString(), QStringLiteral("--date"),
                QStringLiteral("2010-03-15")})
            .exitCode,
        4);
}

} // namespace
