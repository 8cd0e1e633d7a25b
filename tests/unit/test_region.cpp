#include "domain/Region.h"

#include <gtest/gtest.h>

namespace {

TEST(Region, TenStrategicHealthAuthorities)
{
    EXPECT_EQ(cd::allRegions().size(), 10);
}

TEST(Region, FoundByIdOrNameWithOrWithoutNhsInAnyCase)
{
    for (const char* text : {"london", "London", "NHS London", "nhs london", " LONDON "}) {
        const auto region = cd::findRegion(QString::fromLatin1(text));
        ASSERT_TRUE(region.has_value()) << text;
        EXPECT_EQ(region->id, QStringLiteral("london"));
    }
    EXPECT_EQ(cd::findRegion(QStringLiteral("NHS Yorkshire and the Humber"))->id,
              QStringLiteral("yorkshire-and-the-humber"));
    EXPECT_EQ(cd::findRegion(QStringLiteral("north east"))->id, QStringLiteral("north-east"));
}

TEST(Region, UnknownRegionIsNotGuessed)
{
    EXPECT_FALSE(cd::findRegion(QStringLiteral("Wales")).has_value());
    EXPECT_FALSE(cd::findRegion(QStringLiteral("north")).has_value());
}

} // namespace
