#include "domain/Dates.h"

#include <gtest/gtest.h>

namespace {

TEST(Dates, ParsesIsoAndDayFirst)
{
    EXPECT_EQ(*cd::parseDate(QStringLiteral("2010-03-15")), QDate(2010, 3, 15));
    EXPECT_EQ(*cd::parseDate(QStringLiteral("15/03/2010")), QDate(2010, 3, 15));
    EXPECT_EQ(*cd::parseDate(QStringLiteral("5/3/2010")), QDate(2010, 3, 5)); // day first, never month first
}

TEST(Dates, RefusesImpossibleAndAmbiguousDates)
{
    EXPECT_FALSE(cd::parseDate(QStringLiteral("31/02/2010")).ok());
    EXPECT_FALSE(cd::parseDate(QStringLiteral("2010-13-01")).ok());
    EXPECT_FALSE(cd::parseDate(QStringLiteral("15/03/10")).ok()); // two-digit years are refused
    EXPECT_FALSE(cd::parseDate(QStringLiteral("March 15 2010")).ok());
    EXPECT_TRUE(cd::parseDate(QStringLiteral("yesterday")).error().message.contains(QStringLiteral("DD/MM/YYYY")));
}

TEST(Dates, HumanDatesDoNotDependOnTheLocale)
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    EXPECT_EQ(cd::humanDate(QDate(2010, 2, 12)), QStringLiteral("12 Feb 2010"));
    QLocale::setDefault(QLocale::c());
}

TEST(Dates, AgeTurnsOnTheBirthday)
{
    const QDate born(1994, 3, 15);
    EXPECT_EQ(cd::ageOn(born, QDate(2010, 3, 14)), 15);
    EXPECT_EQ(cd::ageOn(born, QDate(2010, 3, 15)), 16);
    // Born on 29 February: 16 on 1 March in a common year.
    EXPECT_EQ(cd::ageOn(QDate(1996, 2, 29), QDate(2012, 2, 28)), 15);
    EXPECT_EQ(cd::ageOn(QDate(1996, 2, 29), QDate(2012, 2, 29)), 16);
}

} // namespace

namespace {

TEST(Dates, StoredFormatsMatchQtsIsoFormat)
{
    for (QDate d(1899, 12, 25); d < QDate(2031, 1, 10); d = d.addDays(37)) {
        EXPECT_EQ(cd::isoDate(d), d.toString(Qt::ISODate));
        const QDateTime at(d, QTime(d.day() % 24, d.month() * 4, d.day()));
        EXPECT_EQ(cd::isoDateTime(at), at.toString(Qt::ISODate));
    }
    EXPECT_TRUE(cd::isoDate(QDate()).isEmpty());
    EXPECT_TRUE(cd::isoDateTime(QDateTime()).isEmpty());
}

} // namespace
