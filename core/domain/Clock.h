#pragma once

#include <QDate>
#include <QDateTime>

namespace cd {

// Every "now" in core goes through a Clock, so tests and --as-of can move time on purpose. now() is the moment the
// practice is viewed as of (--as-of, the desk's "View as of"): the date shown and the default date of what is
// recorded. recordedNow() is the moment something is recorded, stamped on each event and audit entry: always the
// real time (trust, issue #17), which no choice of view moves; only a fixed clock (tests, a training database's
// CONSENTDESK_NOW) sets it.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] virtual QDateTime recordedNow() const { return QDateTime::currentDateTime(); }
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

// A clock that never moves: tests, golden files and training databases. Viewed as of another day (--as-of), the
// moment things are recorded stays the fixed one.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(at)
        , m_recorded(std::move(at))
    {}
    FixedClock(QDateTime viewed, QDateTime recorded)
        : m_at(std::move(viewed))
        , m_recorded(std::move(recorded))
    {}
    [[nodiscard]] QDateTime now() const override { return m_at; }
    [[nodiscard]] QDateTime recordedNow() const override { return m_recorded; }
    void set(QDateTime at)
    {
        m_at = at;
        m_recorded = std::move(at);
    }

private:
    QDateTime m_at;
    QDateTime m_recorded;
};

} // namespace cd
