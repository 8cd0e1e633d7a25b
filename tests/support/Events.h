#pragma once

#include "domain/ConsentEvent.h"

#include <QList>

namespace cd::test {

// Builds a patient's history for Ledger tests: ids follow the order of the calls, as the store would give them.
class Events
{
public:
    Events& registered(QDate d) { return add(EventType::Registered, d, QString()); }
    Events& left(QDate d) { return add(EventType::Left, d, QString()); }
    Events& pack(QDate d, int windowDays = 0)
    {
        add(EventType::PackSent, d);
        m_events.last().windowDays = windowDays;
        return *this;
    }
    Events& returned(QDate d, qint64 packId) { return add(EventType::LetterReturned, d).target(packId); }
    Events& choice(QDate d, const char* key, Submitter by = Submitter::Patient)
    {
        add(EventType::Choice, d);
        m_events.last().choice = QString::fromLatin1(key);
        m_events.last().submittedBy = by;
        return *this;
    }
    // The last choice added was signed on this day (received on its own date).
    Events& signedOn(QDate d)
    {
        m_events.last().signedOn = d;
        return *this;
    }
    Events& codeRemoved(QDate d, qint64 codedId, const char* code)
    {
        add(EventType::CodeRemoved, d).target(codedId);
        m_events.last().readCode = QString::fromLatin1(code);
        return *this;
    }
    Events& coded(QDate d, qint64 choiceId, const char* code)
    {
        add(EventType::Coded, d).target(choiceId);
        m_events.last().readCode = QString::fromLatin1(code);
        return *this;
    }
    Events& review(QDate d, qint64 choiceId, ReviewOutcome outcome)
    {
        add(EventType::GpReview, d).target(choiceId);
        m_events.last().outcome = outcome;
        return *this;
    }
    Events& voids(QDate d, qint64 eventId) { return add(EventType::Void, d).target(eventId); }

    [[nodiscard]] qint64 lastId() const { return m_events.last().id; }
    [[nodiscard]] const QList<ConsentEvent>& list() const { return m_events; }
    operator const QList<ConsentEvent>&() const { return m_events; }

private:
    Events& add(EventType type, QDate d, const QString& programme = QStringLiteral("scr"))
    {
        ConsentEvent e;
        e.id = m_events.size() + 1;
        e.patientId = 1;
        e.type = type;
        e.programme = programme;
        e.date = d;
        m_events.append(e);
        return *this;
    }
    Events& target(qint64 id)
    {
        m_events.last().targetEventId = id;
        return *this;
    }
    QList<ConsentEvent> m_events;
};

} // namespace cd::test
