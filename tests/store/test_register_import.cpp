// Merging a register export into the practice, on both engines: added, updated (and audited), unchanged, left,
// returning; the partial-list guard; rejected rows never marked as left; a cancelled import changes nothing.
#include "domain/NhsNumber.h"
#include "register/RegisterImport.h"
#include "service/PatientRecord.h"
#include "service/Verifier.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

// A register in EMIS's style, built from rows "NHS,Surname,Forename,DOB,Sex,Postcode".
QByteArray registerFile(const QStringList& rows)
{
    QString text = QStringLiteral("\"NHS Number\",\"Surname\",\"Forename\",\"Date of Birth\",\"Sex\",\"Postcode\"\r\n");
    for (const QString& row : rows) {
        QStringList quoted;
        for (const QString& f : row.split(u',')) {
            quoted << u'"' + f + u'"';
        }
        text += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QStringList patients(int n, int offset = 0)
{
    const QStringList& numbers = cd::test::validNhsNumbers();
    QStringList rows;
    for (int i = offset; i < offset + n; ++i) {
        rows << QStringLiteral("%1,Surname%2,Forename,01/02/1970,F,E17 1AA").arg(numbers.at(i)).arg(i);
    }
    return rows;
}

class RegisterImportTest : public cd::test::EngineTest
{
protected:
    cd::Result<cd::ImportReport> import(const QByteArray& file, cd::ImportOptions options = {})
    {
        return cd::importRegister(t().db(), TestDatabase::manager(), t().clock(), file, options);
    }
    bool registered(const QString& nhs)
    {
        auto r = cd::PatientRecord::load(t().db(), cd::Programme::scr(), nhs, t().clock().today());
        EXPECT_TRUE(r.ok());
        return r.ok() && r->state.registered;
    }
};

TEST_P(RegisterImportTest, FirstImportAddsEveryValidPatient)
{
    auto report = import(registerFile(patients(20)));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->added, 20);
    EXPECT_TRUE(report->applied);
    EXPECT_EQ(*cd::PatientStore(t().db()).count(), 20);
    EXPECT_TRUE(registered(patients(1).first().section(u',', 0, 0)));
}

TEST_P(RegisterImportTest, ReimportSortsEveryPatientIntoItsCase)
{
    ASSERT_TRUE(import(registerFile(patients(20))).ok());
    QStringList next = patients(19);                                        // patient 19 missing: left
    next[3].replace(QStringLiteral("Surname3"), QStringLiteral("Married")); // patient 3 changed name
    next << patients(2, 20);                                                // two new
    auto report = import(registerFile(next));
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->added, 2);
    EXPECT_EQ(report->updated, 1);
    EXPECT_EQ(report->unchanged, 18);
    EXPECT_EQ(report->left, 1);
    const QString leaver = patients(1, 19).first().section(u',', 0, 0);
    EXPECT_FALSE(registered(leaver));
    // The change is in the audit trail, old and new.
    QSqlQuery q(t().db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'import-update'")) && q.next());
    EXPECT_TRUE(q.value(0).toString().contains(QStringLiteral("\"Surname3\" -> \"Married\"")));
    q = QSqlQuery(); // a statement left open would block the import's backup (VACUUM INTO)

    // The leaver comes back: registered again, history kept.
    t().clock().set(t().clock().now().addDays(30));
    auto back = import(registerFile(patients(22)));
    ASSERT_TRUE(back.ok()) << back.error().message.toStdString();
    EXPECT_EQ(back->returning, 1);
    EXPECT_TRUE(registered(leaver));
    auto events = cd::EventStore(t().db()).forPatient((*cd::PatientStore(t().db()).findByNhs(leaver))->id);
    ASSERT_TRUE(events.ok());
    EXPECT_EQ(events->size(), 3); // registered, left, registered
}

TEST_P(RegisterImportTest, APartialListIsRefusedUnlessConfirmed)
{
    ASSERT_TRUE(import(registerFile(patients(20))).ok());
    const auto before = t().rowCounts();
    auto partial = import(registerFile(patients(15))); // 5 of 20 would leave: 25%
    ASSERT_FALSE(partial.ok());
    EXPECT_EQ(partial.error().kind, cd::ErrorKind::Conflict);
    EXPECT_TRUE(partial.error().message.contains(QStringLiteral("5 of the 20")));
    EXPECT_TRUE(partial.error().message.contains(QStringLiteral("--allow-deductions")));
    EXPECT_EQ(t().rowCounts(), before);
    cd::ImportOptions confirm;
    confirm.allowDeductions = true;
    auto confirmed = import(registerFile(patients(15)), confirm);
    ASSERT_TRUE(confirmed.ok());
    EXPECT_EQ(confirmed->left, 5);
}

TEST_P(RegisterImportTest, APatientWhoseRowWasRejectedIsNeverMarkedAsLeft)
{
    ASSERT_TRUE(import(registerFile(patients(20))).ok());
    QStringList next = patients(20);
    next[7].replace(QStringLiteral("01/02/1970"), QStringLiteral("01/02/70")); // unreadable this time
    auto report = import(registerFile(next));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->left, 0);
    ASSERT_EQ(report->rejects.size(), 1);
    EXPECT_EQ(report->rejects.first().line, 9);
    EXPECT_TRUE(registered(next[7].section(u',', 0, 0)));
}

// A Windows export keeps its names: O’Brien's apostrophe (0x92) and Renée's é (0xE9) are stored as written. A file
// mixing UTF-8 with Windows bytes is refused whole, and nothing is stored.
TEST_P(RegisterImportTest, AWindowsExportKeepsItsNamesAndAMixedFileIsRefusedWhole)
{
    const QByteArray windows = QByteArray("NHS Number,Surname,Forename,Date of Birth,Sex\r\n") + "9991200002,O\x92" +
                               "Brien,Ren\xE9" + "e,01/02/1960,F\r\n";
    auto report = import(windows);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->encoding, QStringLiteral("Windows-1252"));
    auto stored = cd::PatientStore(t().db()).findByNhs(QStringLiteral("9991200002"));
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->familyName, QStringLiteral("O\u2019Brien"));
    EXPECT_EQ((*stored)->givenName, QStringLiteral("Ren\u00E9e"));

    const auto before = t().rowCounts();
    const QByteArray mixed = QByteArray("NHS Number,Surname,Forename,Date of Birth,Sex\r\n") + "9991200010,M\xC3\xBC" +
                             "ller,Ann,01/02/1960,F\r\n" + "9991200029,O\x92" + "Brien,Sam,01/02/1960,M\r\n";
    auto refused = import(mixed);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, cd::ErrorKind::Invalid);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("line 3")));
    EXPECT_EQ(t().rowCounts(), before);
}

TEST_P(RegisterImportTest, ADryRunChangesNothing)
{
    const auto before = t().rowCounts();
    cd::ImportOptions dry;
    dry.dryRun = true;
    auto report = import(registerFile(patients(10)), dry);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->added, 10);
    EXPECT_FALSE(report->applied);
    EXPECT_EQ(t().rowCounts(), before);
}

TEST_P(RegisterImportTest, TheMappingIsRememberedForThePractice)
{
    QByteArray file = registerFile(patients(5));
    file.replace("\"NHS Number\"", "\"Patient Identifier\"");
    ASSERT_FALSE(import(file).ok()); // no NHS number column recognised
    cd::ImportOptions mapped;
    mapped.mapping = {{QStringLiteral("nhs"), QStringLiteral("Patient Identifier")}};
    ASSERT_TRUE(import(file, mapped).ok());
    auto again = import(file); // the next week's export, no --map
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_EQ(again->unchanged, 5);
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(RegisterImportTest);

// A register of that many patients with valid NHS numbers, "NHS Number,Surname,Date of Birth".
QString generatedRegister(int rows)
{
    QString text = QStringLiteral("NHS Number,Surname,Date of Birth\n");
    qint64 base = 999500000;
    int written = 0;
    while (written < rows) {
        const QString nine = QString::number(base++);
        const int check = cd::NhsNumber::checkDigitFor(nine);
        if (check < 0) {
            continue;
        }
        text += QStringLiteral("%1%2,Patient%3,01/01/1980\n").arg(nine).arg(check).arg(written % 97);
        ++written;
    }
    return text;
}

// The practice file's indexes as the schema wrote them.
QStringList indexDefinitions(TestDatabase& t)
{
    QSqlQuery q(t.db().connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS "
                                      "NOT NULL ORDER BY name")));
    QStringList all;
    while (q.next()) {
        all << q.value(0).toString();
    }
    return all;
}

// A first import of thousands writes its rows with the search indexes set aside and builds them again in the same
// transaction: afterwards every index is there as the schema wrote it, the file verifies clean, and a search by
// name finds its patients through the index.
TEST(RegisterImportFile, ALargeFirstImportLeavesEveryIndexAsTheSchemaWroteIt)
{
    TestDatabase t;
    const QStringList before = indexDefinitions(t);
    ASSERT_TRUE(before.join(u' ').contains(QStringLiteral("patients_name_key")));
    auto report = cd::importRegister(t.db(), TestDatabase::manager(), t.clock(), generatedRegister(6000).toUtf8(), {});
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    ASSERT_EQ(report->added, 6000);
    EXPECT_EQ(indexDefinitions(t), before);
    auto verified = cd::verifyDatabase(t.db(), cd::Programme::scr());
    ASSERT_TRUE(verified.ok());
    EXPECT_TRUE(verified->changedOutside.isEmpty()) << verified->changedOutside.join(u'\n').toStdString();
    QSqlQuery plan(t.db().connection());
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM patients WHERE upper(family_name) >= "
                                         "'PATIENT42' AND upper(family_name) < 'PATIENT43'")));
    QString steps;
    while (plan.next()) {
        steps += plan.value(3).toString();
    }
    EXPECT_TRUE(steps.contains(QStringLiteral("patients_name_key"))) << steps.toStdString();
    QSqlQuery count(t.db().connection());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM patients WHERE upper(family_name) = 'PATIENT42'")));
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.value(0).toInt(), 6000 / 97 + (6000 % 97 > 42 ? 1 : 0));
}

// Cancelled after its rows were written, a large load's set-aside indexes come back with the rollback.
TEST(RegisterImportFile, ALargeImportCancelledLateStillHasItsIndexes)
{
    TestDatabase t;
    const QStringList before = indexDefinitions(t);
    cd::ImportOptions cancelling;
    cancelling.progress = [](int percent) {
        return percent < 95;
    };
    auto report =
        cd::importRegister(t.db(), TestDatabase::manager(), t.clock(), generatedRegister(6000).toUtf8(), cancelling);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(indexDefinitions(t), before);
    EXPECT_EQ(*cd::PatientStore(t.db()).count(), 0);
}

// Byte for byte: a cancelled import leaves the SQLite file exactly as it was.
TEST(RegisterImportFile, ACancelledImportLeavesTheFileByteForByte)
{
    TestDatabase t;
    const QString text = generatedRegister(1200);
    t.close(); // checkpoint everything into the file, then hash it
    const auto hash = [&] {
        QFile f(t.path());
        EXPECT_TRUE(f.open(QIODevice::ReadOnly));
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    };
    const QByteArray before = hash();
    t.reopen();
    cd::ImportOptions cancelling;
    int calls = 0;
    cancelling.progress = [&](int percent) {
        ++calls;
        return percent < 50; // the manager presses Cancel half-way
    };
    auto report = cd::importRegister(t.db(), TestDatabase::manager(), t.clock(), text.toUtf8(), cancelling);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().message.contains(QStringLiteral("cancelled")));
    EXPECT_GT(calls, 1);
    t.close();
    EXPECT_EQ(hash(), before);
}

} // namespace
