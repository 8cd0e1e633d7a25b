// A real practice file from before the clinical-safety rules (schema 3, made by tests/data/v3/make-v3-practice.sh
// with that version's CLI) opened by this version: nothing recorded is lost or changed, each mail-out keeps the
// window the practice had, and every state is derived again under the new rules, once.
#include "query/Worklists.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"
#include "service/Verifier.h"
#include "stats/HeadlineFigures.h"
#include "store/Database.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

const QString kObrien = QStringLiteral("9991200002");
const QString kSmithJones = QStringLiteral("9991200010");
const QString kKhan = QStringLiteral("9991200029");
const QString kLedger = QStringLiteral("SELECT id, patient_id, type, programme, event_date, choice, submitted_by, "
                                       "read_code, outcome, target_event_id, reason, recorded_by, recorded_at FROM "
                                       "consent_events ORDER BY id");

// Every row of a query, each as one line of text.
QStringList rowsOf(QSqlDatabase& connection, const QString& sql)
{
    QStringList out;
    QSqlQuery q(connection);
    EXPECT_TRUE(q.exec(sql)) << qPrintable(sql);
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < q.record().count(); ++i) {
            fields << q.value(i).toString();
        }
        out << fields.join(u'|');
    }
    return out;
}

class MigrationToV4 : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.filePath(QStringLiteral("practice.sqlite"));
        ASSERT_TRUE(QFile::copy(QStringLiteral(CONSENTDESK_TEST_DATA "/v3/v3-practice.sqlite"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            // The ledger as schema 3 left it, read by a plain connection before this version touches the file.
            QSqlDatabase plain = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3-plain"));
            plain.setDatabaseName(path);
            ASSERT_TRUE(plain.open());
            ledgerBefore = rowsOf(plain, kLedger);
            ASSERT_EQ(rowsOf(plain, QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
                      QStringList{QStringLiteral("3")});
            plain.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3-plain"));
        auto opened = cd::Database::open(path, cd::Database::Mode::MustExist);
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error().message);
        db = std::move(opened).value();
    }

    cd::PatientRecord record(const QString& nhs, QDate on = {2010, 3, 15})
    {
        auto r = cd::PatientRecord::load(*db, cd::Programme::scr(), nhs, on);
        EXPECT_TRUE(r.ok());
        return r.ok() ? *r : cd::PatientRecord{};
    }

    QTemporaryDir dir;
    QString path;
    QStringList ledgerBefore;
    std::unique_ptr<cd::Database> db;
};

TEST_F(MigrationToV4, TheLedgerComesThroughUnchangedAndBackedUpFirst)
{
    EXPECT_EQ(db->schemaVersion(), cd::Database::latestSchemaVersion());
    EXPECT_EQ(rowsOf(db->connection(), kLedger), ledgerBefore);
    EXPECT_EQ(ledgerBefore.size(), 18);
    EXPECT_EQ(QDir(dir.filePath(QStringLiteral("backups")))
                  .entryList({QStringLiteral("practice-before-v4-*")}, QDir::Files)
                  .size(),
              1);
    auto report = cd::verifyDatabase(*db, cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->ok()) << qPrintable(report->problems().join(u'\n'));
    // The rebuilt table still refuses to be rewritten, and mail-outs now refuse it too.
    QSqlQuery q(db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE consent_events SET event_date = '2010-01-01'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM consent_events")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE mailout_batches SET window_days = 200")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM mailout_batches")));
}

TEST_F(MigrationToV4, EachMailoutKeepsTheWindowThePracticeHadThen)
{
    // The practice's window was 56 days: the January packs close on 12 March whatever is set later.
    EXPECT_EQ(rowsOf(db->connection(), QStringLiteral("SELECT window_days FROM mailout_batches")),
              QStringList{QStringLiteral("56")});
    EXPECT_EQ(record(QStringLiteral("9991200045"), {2010, 3, 12}).state.state, QStringLiteral("in_window"));
    EXPECT_EQ(record(QStringLiteral("9991200045"), {2010, 3, 13}).state.state, QStringLiteral("implied"));
}

TEST_F(MigrationToV4, TheNewRulesApplyToWhatWasRecordedBefore)
{
    // A code stored as typed under schema 3 ("9ndo") still counts as the opt-out's coding.
    const auto obrien = record(kObrien);
    EXPECT_EQ(obrien.state.state, QStringLiteral("dissent"));
    EXPECT_FALSE(obrien.state.awaitingCoding);
    // A parent's consent now waits for a GP before it takes effect.
    const auto khan = record(kKhan);
    EXPECT_EQ(khan.state.state, QStringLiteral("implied")); // the 56-day window closed on 12 March
    EXPECT_NE(khan.state.pendingChoiceId, 0);
    EXPECT_EQ(khan.state.reviewReason, cd::ReviewReason::Proxy);
    // A consent coded and then voided leaves its code to take out.
    const auto smithJones = record(kSmithJones);
    ASSERT_EQ(smithJones.state.codesToCorrect.size(), 1);
    EXPECT_EQ(smithJones.state.codesToCorrect.first().readCode, QStringLiteral("9Ndn"));
    auto figures = cd::HeadlineFigures::compute(*db, cd::Programme::scr(), {2010, 3, 15});
    ASSERT_TRUE(figures.ok());
    EXPECT_EQ(figures->codesToCorrect, 1); // the stored state was derived again, not only the fold
    EXPECT_EQ(figures->gpReview, 1);
    // The new kind of event is accepted by the rebuilt table.
    cd::FixedClock clock(QDateTime(QDate(2010, 3, 15), QTime(10, 0)));
    cd::ConsentService service(*db, clock);
    auto removed =
        service.recordCodeRemoved(TestDatabase::manager(), kSmithJones, QStringLiteral("9Ndn"), {2010, 3, 15});
    ASSERT_TRUE(removed.ok()) << qPrintable(removed.error().message);
    EXPECT_TRUE(record(kSmithJones).state.codesToCorrect.isEmpty());
}

TEST_F(MigrationToV4, TheStateIsDerivedAgainOnceNotAtEveryOpening)
{
    EXPECT_EQ(rowsOf(db->connection(), QStringLiteral("SELECT value FROM settings WHERE key = 'state_rules'")),
              QStringList{QString::number(cd::Ledger::kRulesVersion)});
    // Tamper with a stored state: a second opening must not quietly rewrite it (verify reports it instead).
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE state_segments SET state = 'dissent' WHERE patient_id = 5")));
    db.reset();
    auto again = cd::Database::open(path, cd::Database::Mode::MustExist);
    ASSERT_TRUE(again.ok());
    auto report = cd::verifyDatabase(**again, cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->staleState, QList<qint64>{5});
    EXPECT_TRUE(report->ledgerProblems.isEmpty());
}

} // namespace
