#pragma once

#include <QStringList>

namespace cd::demo {

// Synthetic name, street and postcode pools for an east London practice. No real patient is described.
const QStringList& femaleForenames();
const QStringList& maleForenames();
const QStringList& surnames();
const QStringList& streets();
const QStringList& towns();
const QStringList& postcodeDistricts();
const QStringList& usualGps();

} // namespace cd::demo
