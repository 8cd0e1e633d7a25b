#pragma once

#include <QDate>
#include <QList>

#include <cstdint>

namespace cd {

// splitmix64: tiny, fast and the same everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31U);
    }
    // Uniform in [0, 1).
    double unit() { return static_cast<double>(next() >> 11U) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }
    // Uniform in [low, high].
    int between(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    QDate dateBetween(QDate first, QDate last)
    {
        return first.addDays(between(0, static_cast<int>(first.daysTo(last))));
    }
    template <typename T> const T& pick(const QList<T>& items)
    {
        return items.at(static_cast<qsizetype>(next() % static_cast<std::uint64_t>(items.size())));
    }

private:
    std::uint64_t m_state;
};

} // namespace cd
