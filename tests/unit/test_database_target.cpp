#include "store/DatabaseTarget.h"

#include <gtest/gtest.h>

using cd::DatabaseTarget;
using cd::Engine;

namespace {

TEST(DatabaseTarget, AFilePathIsSqlite)
{
    const auto t = DatabaseTarget::parse(QStringLiteral("/srv/practice/consentdesk.sqlite"));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->engine, Engine::SQLite);
    EXPECT_EQ(t->display(), QStringLiteral("/srv/practice/consentdesk.sqlite"));
}

TEST(DatabaseTarget, AServerUrlIsPostgresql)
{
    const auto t = DatabaseTarget::parse(QStringLiteral("postgresql://reception1@db.practice.nhs.uk:6543/f84001"
                                                        "?sslmode=verify-full"));
    ASSERT_TRUE(t.ok()) << t.error().message.toStdString();
    EXPECT_EQ(t->engine, Engine::PostgreSQL);
    EXPECT_EQ(t->user, QStringLiteral("reception1"));
    EXPECT_EQ(t->host, QStringLiteral("db.practice.nhs.uk"));
    EXPECT_EQ(t->port, 6543);
    EXPECT_EQ(t->database, QStringLiteral("f84001"));
    EXPECT_EQ(t->sslMode, QStringLiteral("verify-full"));
    EXPECT_EQ(t->display(),
              QStringLiteral("postgresql://reception1@db.practice.nhs.uk:6543/f84001?sslmode=verify-full"));
    EXPECT_EQ(DatabaseTarget::parse(QStringLiteral("postgresql://u@h/d"))->port, 5432);
}

TEST(DatabaseTarget, APasswordInTheUrlIsRefusedAndNeverRepeated)
{
    const auto t = DatabaseTarget::parse(QStringLiteral("postgresql://reception1:hunter22@db/f84001"));
    ASSERT_FALSE(t.ok());
    EXPECT_TRUE(t.error().message.contains(QStringLiteral("CONSENTDESK_DB_PASSWORD")));
    EXPECT_FALSE(t.error().message.contains(QStringLiteral("hunter22")));
}

TEST(DatabaseTarget, MalformedUrlsSayWhatIsMissing)
{
    for (const char* text :
         {"postgresql://db/f84001", "postgresql://u@/f84001", "postgresql://u@db/", "postgresql://u@db/a/b"}) {
        const auto t = DatabaseTarget::parse(QString::fromLatin1(text));
        ASSERT_FALSE(t.ok()) << text;
        EXPECT_TRUE(t.error().message.contains(QStringLiteral("postgresql://USER@HOST:PORT/DBNAME"))) << text;
    }
    EXPECT_TRUE(DatabaseTarget::parse(QStringLiteral("postgresql://u@db/d?sslmode=always"))
                    .error()
                    .message.contains(QStringLiteral("disable, prefer, require, verify-full")));
    EXPECT_FALSE(DatabaseTarget::parse(QStringLiteral("postgresql://u@db/d?schema=Bad-Name")).ok());
    EXPECT_FALSE(DatabaseTarget::parse(QStringLiteral("postgresql://u@db/d?colour=blue")).ok());
    EXPECT_FALSE(DatabaseTarget::parse(QStringLiteral("  ")).ok());
}

} // namespace
