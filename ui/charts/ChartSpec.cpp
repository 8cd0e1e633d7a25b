#include "charts/ChartSpec.h"

#include <algorithm>

namespace cd {

bool ChartSpec::isEmpty() const
{
    return std::all_of(series.cbegin(), series.cend(),
                       [](const Series& s) { return s.points.isEmpty() && s.values.isEmpty(); });
}

} // namespace cd
