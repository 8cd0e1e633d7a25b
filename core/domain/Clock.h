#pragma once

#include <QDate>
#include <QDateTime>

namespace cd {

// Every "now" in core goes through a Clock, so tests and --as-of can move time on purpose.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// The practice viewed as of a date (--as-of): the date is fixed, the time of day runs on, so two forms
// recorded under one --as-of keep their order.
class AsOfClock final : public Clock
{
public:
    explicit AsOfClock(QDate asOf)
        : m_asOf(asOf)
    {}
    [[nodiscard]] QDateTime now() const override { return QDateTime(m_asOf, QTime::currentTime()); }
    void set(QDate asOf) { m_asOf = asOf; } // the window's "view as of" moved

private:
    QDate m_asOf;
};

// A clock that never moves: tests and golden files.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {}
    [[nodiscard]] QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }

private:
    QDateTime m_at;
};

} // namespace cd
