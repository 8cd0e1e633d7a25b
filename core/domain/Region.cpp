#include "domain/Region.h"

namespace cd {

const QList<Region>& allRegions()
{
    static const QList<Region> regions = {
        {QStringLiteral("east-of-england"), QStringLiteral("NHS East of England")},
        {QStringLiteral("east-midlands"), QStringLiteral("NHS East Midlands")},
        {QStringLiteral("london"), QStringLiteral("NHS London")},
        {QStringLiteral("north-east"), QStringLiteral("NHS North East")},
        {QStringLiteral("north-west"), QStringLiteral("NHS North West")},
        {QStringLiteral("south-central"), QStringLiteral("NHS South Central")},
        {QStringLiteral("south-east-coast"), QStringLiteral("NHS South East Coast")},
        {QStringLiteral("south-west"), QStringLiteral("NHS South West")},
        {QStringLiteral("west-midlands"), QStringLiteral("NHS West Midlands")},
        {QStringLiteral("yorkshire-and-the-humber"), QStringLiteral("NHS Yorkshire and the Humber")},
    };
    return regions;
}

std::optional<Region> findRegion(const QString& text)
{
    // Fold "NHS North East", "north east" and "north-east" onto one key.
    const auto key = [](QString s) {
        s = s.trimmed().toLower();
        if (s.startsWith(QLatin1String("nhs "))) {
            s = s.mid(4);
        }
        s.replace(u'-', u' ');
        return s.simplified();
    };
    const QString wanted = key(text);
    for (const Region& region : allRegions()) {
        if (key(region.id) == wanted || key(region.name) == wanted) {
            return region;
        }
    }
    return std::nullopt;
}

} // namespace cd
