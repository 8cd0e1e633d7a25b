// Hidden characters through the real CLI (trust, issue #17 rule 16): a note, a name or an imported row with an
// escape sequence or a direction override is refused naming the field, nothing changed; and a name already stored
// that way (written with the sqlite3 tool) reaches a terminal inert, as \uXXXX, while a pipe gets it as stored.
#include "demo/DemoGenerator.h"

#include "CliRunner.h"

#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using cd::test::CliRunner;

namespace {

const QString kEscape = QStringLiteral("\x1b[2J"); // clears the terminal
const QString kOverride = QString(QChar(0x202E));  // shows what follows right to left

class CliHiddenText : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(cli.db({QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("30"),
                          QStringLiteral("--seed"), QStringLiteral("5")})
                      .exitCode,
                  0);
        for (const auto& p : cd::DemoGenerator::generate({30, 5})) {
            if (p.events.size() == 2) {
                nhs = p.patient.nhsNumber;
                break;
            }
        }
        ASSERT_FALSE(nhs.isEmpty());
        baseline = cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out;
    }
    CliRunner cli;
    QString nhs;
    QString baseline;
};

TEST_F(CliHiddenText, ANoteOrANameWithAHiddenCharacterIsRefusedByName)
{
    const auto note = cli.db({QStringLiteral("record"), QStringLiteral("--nhs"), nhs, QStringLiteral("--choice"),
                              QStringLiteral("dissent"), QStringLiteral("--by"), QStringLiteral("patient"),
                              QStringLiteral("--channel"), QStringLiteral("post"), QStringLiteral("--received"),
                              QStringLiteral("2010-03-01"), QStringLiteral("--note"), QStringLiteral("ok") + kEscape});
    EXPECT_EQ(note.exitCode, 2);
    EXPECT_TRUE(note.err.contains(QStringLiteral("The note has a hidden character"))) << qPrintable(note.err);
    const auto name = cli.db({QStringLiteral("register-patient"), QStringLiteral("--nhs"), QStringLiteral("9998000009"),
                              QStringLiteral("--family"), QStringLiteral("htimS") + kOverride,
                              QStringLiteral("--given"), QStringLiteral("Ann"), QStringLiteral("--dob"),
                              QStringLiteral("1970-01-01"), QStringLiteral("--sex"), QStringLiteral("F")});
    EXPECT_EQ(name.exitCode, 2) << qPrintable(name.err);
    EXPECT_EQ(cli.db({QStringLiteral("stats"), QStringLiteral("--json")}).out, baseline);
}

TEST_F(CliHiddenText, AnImportedRowWithADirectionOverrideIsRejectedByField)
{
    const QString csv = cli.home() + QStringLiteral("/register.csv");
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("NHS Number,Surname,Forenames,Date of Birth,Sex,Postcode\n"
                              "999 800 0009,%1Smith,Ann,01/01/1970,F,E4 2UD\n")
                   .arg(kOverride)
                   .toUtf8());
    file.close();
    const auto r = cli.db(
        {QStringLiteral("import-register"), csv, QStringLiteral("--json"), QStringLiteral("--allow-deductions")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("The surname has a hidden character"))) << qPrintable(r.out + r.err);
}

TEST_F(CliHiddenText, AStoredNameReachesATerminalInertAndAPipeAsStored)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {cli.dbPath(), QStringLiteral("UPDATE patients SET family_name = 'Smith' || char(27) || '[2J' WHERE "
                                               "nhs_number = '%1';")
                                    .arg(nhs)});
    ASSERT_TRUE(sqlite.waitForFinished(30000));
    ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    const auto piped = cli.db({QStringLiteral("status"), QStringLiteral("--nhs"), nhs});
    EXPECT_TRUE(piped.out.contains(kEscape)) << "a pipe gets the text as stored";

    // A terminal, through script(1): the escape arrives as text, never as an escape.
    QProcess terminal;
    terminal.setProcessEnvironment(cli.environment());
    terminal.start(
        QStringLiteral("script"),
        {QStringLiteral("-qec"),
         QStringLiteral("'%1' --db '%2' status --nhs %3").arg(QStringLiteral(CONSENTDESK_CLI), cli.dbPath(), nhs),
         QStringLiteral("/dev/null")});
    ASSERT_TRUE(terminal.waitForFinished(60000));
    const QString shown = QString::fromUtf8(terminal.readAllStandardOutput());
    EXPECT_TRUE(shown.contains(QStringLiteral("Smith\\u001b[2J"))) << qPrintable(shown);
    EXPECT_FALSE(shown.contains(kEscape));
}

} // namespace
