// The moment something is recorded is the real time (trust, issue #17 rule 1). On a server it is the server's own
// clock, in UTC, set by a trigger whatever the desk or a psql session sends; the desk seals the row over that time,
// so a practice used through Consent Desk still verifies. A whole practice copied into an empty server keeps the
// times it was recorded at, and only an empty one may be loaded that way.
#include "service/CopyPractice.h"
#include "service/Verifier.h"

#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

class ServerTime : public cd::test::EngineTest
{
protected:
    QString text(const QString& sql)
    {
        QSqlQuery q(t().db().connection());
        EXPECT_TRUE(q.exec(sql) && q.next()) << qPrintable(sql) << qPrintable(q.lastError().text());
        return q.value(0).toString();
    }
    QStringList changes()
    {
        auto report = cd::verifyDatabase(t().db(), cd::Programme::scr());
        EXPECT_TRUE(report.ok());
        return report ? report->changedOutside : QStringList{QStringLiteral("verify failed")};
    }
    static qint64 secondsFromNow(const QString& stored)
    {
        return std::abs(QDateTime::fromString(stored, Qt::ISODate).secsTo(QDateTime::currentDateTimeUtc()));
    }
};

TEST_P(ServerTime, AFormRecordedUnderAFixedClockCarriesTheServersTimeInUtc)
{
    if (t().engine() == cd::Engine::SQLite) {
        GTEST_SKIP() << "a file takes the desk's real clock, which only a test's or a training file's fixed clock sets";
    }
    // The test's clock says 15 March 2010; the server's says today.
    const qint64 patient = t().addPatient(cd::test::validNhsNumbers().at(0), QDate(1970, 1, 1));
    ASSERT_GT(patient, 0);
    const qint64 choice = t().choose(cd::test::validNhsNumbers().at(0), "dissent", QDate(2010, 3, 10));
    const QString recorded = text(QStringLiteral("SELECT recorded_at FROM consent_events WHERE id = %1").arg(choice));
    EXPECT_TRUE(recorded.endsWith(u'Z')) << qPrintable(recorded);
    EXPECT_LT(secondsFromNow(recorded), 600) << qPrintable(recorded);
    const QString audited = text(QStringLiteral("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1"));
    EXPECT_LT(secondsFromNow(audited), 600) << qPrintable(audited);
    // The form's own date is the one chosen; only the moment of recording is the server's.
    EXPECT_EQ(text(QStringLiteral("SELECT event_date FROM consent_events WHERE id = %1").arg(choice)),
              QStringLiteral("2010-03-10"));
    EXPECT_TRUE(changes().isEmpty()) << qPrintable(changes().join(u'\n'));
}

TEST_P(ServerTime, ATimeSentWithPsqlIsReplacedByTheServersAndTheRowNoLongerMatchesAnySeal)
{
    if (t().engine() == cd::Engine::SQLite) {
        GTEST_SKIP() << "the server's own clock";
    }
    QSqlQuery q(t().db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO audit_log (at, user_name, role, action, details) VALUES "
                                      "('2001-01-01T09:00:00', 'm.manager', 'manager', 'settings', 'back-dated')")))
        << qPrintable(q.lastError().text());
    const QString at = text(QStringLiteral("SELECT at FROM audit_log WHERE details = 'back-dated'"));
    EXPECT_NE(at, QStringLiteral("2001-01-01T09:00:00"));
    EXPECT_LT(secondsFromNow(at), 600) << qPrintable(at);
    EXPECT_TRUE(changes().join(u'\n').contains(QStringLiteral("carries no seal"))) << qPrintable(changes().join(u'\n'));
}

TEST_P(ServerTime, AHistoryIsLoadedWithItsOwnTimesOnlyIntoAnEmptyPractice)
{
    if (t().engine() == cd::Engine::SQLite) {
        GTEST_SKIP() << "the server's own clock";
    }
    QSqlQuery q(t().db().connection());
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT consentdesk_begin_history_load()")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("only into an empty practice")))
        << qPrintable(q.lastError().text());
}

TEST_P(ServerTime, APracticeCopiedIntoAnEmptyServerKeepsTheTimesItWasRecordedAtAndVerifies)
{
    if (t().engine() == cd::Engine::SQLite) {
        GTEST_SKIP() << "copy --to a server";
    }
    TestDatabase file(true, cd::Engine::SQLite);
    const qint64 patient = file.addPatient(cd::test::validNhsNumbers().at(1), QDate(1960, 5, 5));
    ASSERT_GT(patient, 0);
    file.choose(cd::test::validNhsNumbers().at(1), "dissent", QDate(2010, 3, 1));
    TestDatabase server(false, cd::Engine::PostgreSQL);
    auto copied = cd::copyPractice(file.db(), server.db(), TestDatabase::manager(), file.clock());
    ASSERT_TRUE(copied.ok()) << qPrintable(copied.error().message);
    QSqlQuery q(server.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT recorded_at FROM consent_events WHERE choice = 'dissent'")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("2010-03-15T10:00:00")); // the file's fixed clock, kept
    // The copy's own audit entry is the server's, as is everything recorded after.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT at FROM audit_log WHERE action = 'copy'")) && q.next());
    EXPECT_LT(secondsFromNow(q.value(0).toString()), 600);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM history_loads")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    auto report = cd::verifyDatabase(server.db(), cd::Programme::scr());
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->changedOutside.isEmpty()) << qPrintable(report->changedOutside.join(u'\n'));
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(ServerTime);

} // namespace
