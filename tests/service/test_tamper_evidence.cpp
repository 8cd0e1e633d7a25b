// Tampering shows (trust, issue #17 rule 4): every event and audit entry is sealed in a chain of SHA-256 hashes, and
// the practice file's schema is compared with exactly this version's. A hostile user with the sqlite3 tool (or psql
// on the server) who rewrites, removes or adds a row, or drops a trigger to do it, is reported by verify as a change
// made outside Consent Desk; a practice that was only used through Consent Desk verifies clean.
#include "service/BackupService.h"
#include "service/DemoService.h"
#include "service/FileTrust.h"
#include "service/Verifier.h"
#include "store/Chains.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

class TamperEvidence : public cd::test::EmptyEngineTest
{
protected:
    void SetUp() override
    {
        cd::test::EmptyEngineTest::SetUp();
        if (HasFatalFailure() || IsSkipped()) {
            return;
        }
        ASSERT_TRUE(cd::createDemoPractice(t().db(), TestDatabase::manager(), t().clock(), {200, 3}).ok());
    }
    QStringList changes()
    {
        auto report = cd::verifyDatabase(t().db(), cd::Programme::scr());
        EXPECT_TRUE(report.ok());
        return report ? report->changedOutside : QStringList{QStringLiteral("verify failed")};
    }
    // As a hostile user would with psql or the sqlite3 tool: the append-only triggers out of the way first.
    void rewrite(const QStringList& statements)
    {
        if (t().engine() == cd::Engine::SQLite) {
            t().close(); // the tool works on the file itself
            QProcess sqlite;
            sqlite.start(QStringLiteral("sqlite3"), {t().path(), statements.join(QStringLiteral("; "))});
            ASSERT_TRUE(sqlite.waitForFinished(30000));
            ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
            t().reopen();
            return;
        }
        QSqlQuery q(t().db().connection());
        for (const QString& s : statements) {
            ASSERT_TRUE(q.exec(s)) << qPrintable(s);
        }
    }
    QString disableTriggers(const char* table)
    {
        return t().engine() == cd::Engine::SQLite
                   ? QStringLiteral("DROP TRIGGER %1_no_update; DROP TRIGGER %1_no_delete").arg(QLatin1String(table))
                   : QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table));
    }
    qint64 one(const QString& sql)
    {
        QSqlQuery q(t().db().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << qPrintable(sql);
        return q.value(0).toLongLong();
    }
};

TEST_P(TamperEvidence, APracticeUsedOnlyThroughConsentDeskVerifiesCleanAndEveryRowIsSealed)
{
    EXPECT_TRUE(changes().isEmpty()) << qPrintable(changes().join(u'\n'));
    EXPECT_EQ(one(QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE row_hash IS NULL")), 0);
    EXPECT_EQ(one(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE row_hash IS NULL")), 0);
    auto heads = cd::Chains(t().db()).heads();
    ASSERT_TRUE(heads.ok());
    EXPECT_EQ(heads->value(cd::Chains::kEvents).seq, one(QStringLiteral("SELECT COUNT(*) FROM consent_events")));
    EXPECT_EQ(heads->value(cd::Chains::kAudit).seq, one(QStringLiteral("SELECT COUNT(*) FROM audit_log")));
}

TEST_P(TamperEvidence, AnOptOutRewrittenAsAConsentIsFound)
{
    const qint64 id =
        one(QStringLiteral("SELECT MIN(id) FROM consent_events WHERE type = 'choice' AND choice = 'dissent'"));
    ASSERT_GT(id, 0);
    rewrite({t().engine() == cd::Engine::SQLite ? QStringLiteral("DROP TRIGGER consent_events_no_update")
                                                : QStringLiteral("ALTER TABLE consent_events DISABLE TRIGGER USER"),
             QStringLiteral("UPDATE consent_events SET choice = 'consent-core' WHERE id = %1").arg(id)});
    const QString found = changes().join(u'\n');
    EXPECT_TRUE(found.contains(QStringLiteral("event %1 does not match its seal").arg(id))) << qPrintable(found);
    if (t().engine() == cd::Engine::SQLite) {
        EXPECT_TRUE(found.contains(QStringLiteral("the trigger consent_events_no_update is missing")));
    }
}

TEST_P(TamperEvidence, ARemovedAuditEntryIsFoundWhereverItWas)
{
    const qint64 middle = one(QStringLiteral("SELECT MIN(id) FROM audit_log"));
    rewrite({disableTriggers("audit_log"), QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(middle)});
    EXPECT_FALSE(changes().isEmpty());
    // The newest, where a chain has nothing after it to break: the head still counts it.
    const qint64 newest = one(QStringLiteral("SELECT MAX(id) FROM audit_log"));
    rewrite({QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(newest)});
    EXPECT_TRUE(changes().join(u'\n').contains(QStringLiteral("removed"))) << qPrintable(changes().join(u'\n'));
}

TEST_P(TamperEvidence, AnEventAddedWithoutConsentDeskIsFound)
{
    const qint64 patient = one(QStringLiteral("SELECT MIN(id) FROM patients"));
    rewrite({QStringLiteral("INSERT INTO consent_events (patient_id, type, programme, event_date, choice, "
                            "submitted_by, channel, recorded_by, recorded_role, recorded_at) VALUES (%1, 'choice', "
                            "'scr', '2010-02-01', 'consent-core', 'patient', 'post', 'm.manager', 'manager', "
                            "'2010-02-01T10:00:00')")
                 .arg(patient)});
    EXPECT_TRUE(changes().join(u'\n').contains(QStringLiteral("carries no seal"))) << qPrintable(changes().join(u'\n'));
}

TEST_P(TamperEvidence, AnExtraOrDisabledTriggerShowsInTheSchema)
{
    // An extra trigger (one that would quietly change what is recorded) is not this version's.
    if (t().engine() == cd::Engine::SQLite) {
        rewrite({QStringLiteral("CREATE TRIGGER sneaky AFTER INSERT ON consent_events BEGIN SELECT 1; END")});
    } else {
        rewrite({QStringLiteral("CREATE FUNCTION sneaky() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; "
                                "END; $$"),
                 QStringLiteral("CREATE TRIGGER sneaky BEFORE INSERT ON consent_events FOR EACH ROW EXECUTE "
                                "FUNCTION sneaky()"),
                 // The server's own stamp of the time, switched off rather than dropped.
                 QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_server_time")});
    }
    const QString found = changes().join(u'\n');
    EXPECT_TRUE(found.contains(QStringLiteral("sneaky that this version does not make"))) << qPrintable(found);
    if (t().engine() == cd::Engine::PostgreSQL) {
        EXPECT_TRUE(found.contains(QStringLiteral("function sneaky() that this version does not make")))
            << qPrintable(found);
        EXPECT_TRUE(found.contains(QStringLiteral("audit_log.audit_log_server_time is not as this version makes it")))
            << qPrintable(found);
    }
}

// The worst case: someone with the file rewrites an opt-out and then recomputes every seal after it, and puts the
// triggers back as they were. The file alone now verifies; the backup's recorded seals do not match it.
TEST_P(TamperEvidence, AChainRewrittenWholeIsCaughtByTheBackupItNoLongerExtends)
{
    if (t().engine() != cd::Engine::SQLite) {
        GTEST_SKIP() << "backups are the practice file's; a server is backed up on the server";
    }
    QTemporaryDir folder;
    auto backup = cd::BackupService(t().db(), t().clock()).backup(TestDatabase::manager(), folder.path());
    ASSERT_TRUE(backup.ok()) << qPrintable(backup.error().message);
    auto clean = cd::historyExtends(t().db(), backup->path);
    ASSERT_TRUE(clean.ok());
    EXPECT_TRUE(clean->isEmpty()) << qPrintable(clean->join(u'\n'));

    QSqlQuery q(t().db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'consent_events_no_update'")) &&
                q.next());
    const QString trigger = q.value(0).toString();
    const qint64 target =
        one(QStringLiteral("SELECT MIN(id) FROM consent_events WHERE type = 'choice' AND choice = 'dissent'"));
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER consent_events_no_update")));
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE consent_events SET choice = 'consent-core' WHERE id = %1").arg(target)));
    // Every seal recomputed in chain order, as an attacker who has read this code would.
    const QStringList& columns = cd::Chains::contentColumns(cd::Chains::kEvents);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT id, chain_seq, %1 FROM consent_events ORDER BY chain_seq")
                           .arg(columns.join(QStringLiteral(", ")))));
    QList<std::tuple<qint64, qint64, QString>> seals;
    QString previous;
    while (q.next()) {
        QVariantList content;
        for (int c = 2; c < 2 + columns.size(); ++c) {
            content << q.value(c);
        }
        previous = cd::Chains::link(previous, q.value(0).toLongLong(), q.value(1).toLongLong(), content);
        seals.append({q.value(0).toLongLong(), q.value(1).toLongLong(), previous});
    }
    for (const auto& [id, seq, seal] : seals) {
        ASSERT_TRUE(
            q.exec(QStringLiteral("UPDATE consent_events SET row_hash = '%1' WHERE id = %2").arg(seal).arg(id)));
    }
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE chain_heads SET head = '%1' WHERE chain = 'consent_events'").arg(previous)));
    ASSERT_TRUE(q.exec(trigger));

    EXPECT_TRUE(changes().isEmpty()) << qPrintable(changes().join(u'\n')); // the file alone cannot tell
    auto extends = cd::historyExtends(t().db(), backup->path);
    ASSERT_TRUE(extends.ok());
    EXPECT_TRUE(extends->join(u'\n').contains(QStringLiteral("no longer match"))) << qPrintable(extends->join(u'\n'));
}

// The desk's check on opening: quiet with no backup, quiet while the history only grows past the newest backup,
// and a warning once what that backup held was rewritten.
TEST_P(TamperEvidence, TheDeskWarnsWhenTheHistoryNoLongerExtendsTheNewestBackup)
{
    if (t().engine() != cd::Engine::SQLite) {
        EXPECT_TRUE(cd::newestBackupWarning(t().db()).isEmpty()); // a server is backed up on the server
        return;
    }
    EXPECT_TRUE(cd::newestBackupWarning(t().db()).isEmpty());
    ASSERT_TRUE(cd::BackupService(t().db(), t().clock()).backup(TestDatabase::manager()).ok());
    const qint64 patient = one(QStringLiteral("SELECT MIN(id) FROM patients"));
    ASSERT_TRUE(cd::AuditStore(t().db())
                    .append({t().clock().now(), QStringLiteral("m.manager"), cd::Role::Manager, QStringLiteral("print"),
                             patient, 0, QStringLiteral("a list")})
                    .ok());
    EXPECT_TRUE(cd::newestBackupWarning(t().db()).isEmpty()) << qPrintable(cd::newestBackupWarning(t().db()));
    const qint64 last = one(QStringLiteral("SELECT MAX(chain_seq) FROM consent_events"));
    QSqlQuery q(t().db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER consent_events_no_update")));
    ASSERT_TRUE(
        q.exec(QStringLiteral("UPDATE consent_events SET row_hash = 'rewritten' WHERE chain_seq = %1").arg(last)));
    const QString warning = cd::newestBackupWarning(t().db());
    EXPECT_TRUE(warning.contains(QStringLiteral("no longer extends its newest backup"))) << qPrintable(warning);
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(TamperEvidence);

} // namespace

// The seal's text is fixed: files sealed by earlier versions must verify with this one. Each field is
// "<length>:<UTF-8 bytes>;", a NULL as an empty field and numbers as their digits (worked out by hand with
// Python's hashlib).
TEST(ChainSeal, IsTheSha256OfEachFieldLengthPrefixedAsEarlierVersionsWroteIt)
{
    const QVariantList content{QVariant(), QStringLiteral("Zo\u00EB"), QVariant(qint64{42}), QVariant(-5),
                               QStringLiteral("2010-03-15")};
    EXPECT_EQ(cd::Chains::link(QStringLiteral("abc"), 7, 3, content),
              QStringLiteral("e8099a47d5a61f54cf6d6cff028ad177ed71c63eaa9d005381dfa3486f7741ef"));
}
