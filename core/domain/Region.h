#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// The ten Strategic Health Authorities of England, 2006-2013 (DOMAIN.md 2.8), with the ids of INTERFACES.md.
struct Region
{
    QString id;   // "london"
    QString name; // "NHS London"
};

const QList<Region>& allRegions();
// Takes the id or the name, with or without "NHS", in any case: "london", "London", "NHS London".
std::optional<Region> findRegion(const QString& text);

} // namespace cd
