#include "domain/Ledger.h"

#include "domain/Dates.h"

#include <QSet>

#include <algorithm>

namespace cd {
namespace {

bool ofProgramme(const ConsentEvent& e, const Programme& programme)
{
    return e.programme == programme.id;
}

} // namespace

bool Ledger::laterThan(const ConsentEvent& a, const ConsentEvent& b)
{
    return a.date != b.date ? a.date > b.date : a.id > b.id;
}

QSet<qint64> Ledger::voidedIds(const QList<ConsentEvent>& events)
{
    QSet<qint64> ids;
    for (const auto& e : events) {
        if (e.type == EventType::Void) {
            ids.insert(e.targetEventId);
        }
    }
    return ids;
}

bool Ledger::choiceNeedsReview(const ConsentEvent& choice, QDate dateOfBirth)
{
    return choice.submittedBy != Submitter::Patient || ageOn(dateOfBirth, choice.date) < 16;
}

PatientState Ledger::fold(const Programme& programme, const QList<ConsentEvent>& events, QDate dateOfBirth, QDate asOf,
                          const PracticeRules& rules)
{
    const QSet<qint64> voided = voidedIds(events);
    QSet<qint64> reviewed;
    QSet<qint64> overridden;
    QSet<qint64> coded;
    QSet<qint64> returnedPacks;
    const ConsentEvent* registration = nullptr;
    const ConsentEvent* pack = nullptr;
    for (const auto& e : events) {
        if (e.date > asOf || voided.contains(e.id)) {
            continue;
        }
        switch (e.type) {
        case EventType::Registered:
        case EventType::Left:
            if (!registration || laterThan(e, *registration)) {
                registration = &e;
            }
            break;
        case EventType::PackSent:
            if (ofProgramme(e, programme) && (!pack || laterThan(e, *pack))) {
                pack = &e;
            }
            break;
        case EventType::LetterReturned:
            returnedPacks.insert(e.targetEventId);
            break;
        case EventType::Coded:
            coded.insert(e.targetEventId);
            break;
        case EventType::GpReview:
            reviewed.insert(e.targetEventId);
            if (e.outcome == ReviewOutcome::Overridden) {
                overridden.insert(e.targetEventId);
            }
            break;
        case EventType::Choice:
        case EventType::Void:
            break;
        }
    }
    const ConsentEvent* choice = nullptr;
    for (const auto& e : events) {
        if (e.type == EventType::Choice && ofProgramme(e, programme) && e.date <= asOf && !voided.contains(e.id) &&
            !overridden.contains(e.id) && (!choice || laterThan(e, *choice))) {
            choice = &e;
        }
    }

    PatientState s;
    s.registered = registration && registration->type == EventType::Registered;
    s.packEventId = pack ? pack->id : 0;
    s.letterReturned = pack && returnedPacks.contains(pack->id);
    const bool informed = pack && !s.letterReturned;
    if (informed) {
        s.windowLastDay = pack->date.addDays(rules.windowDays);
    }
    if (choice) {
        const ChoiceDefinition* def = programme.choice(choice->choice);
        s.state = def ? def->state : choice->choice;
        s.currentChoiceId = choice->id;
        s.gpReview = choiceNeedsReview(*choice, dateOfBirth) && !reviewed.contains(choice->id);
        s.awaitingCoding = !coded.contains(choice->id);
    } else if (!programme.informationRequired) {
        s.state = programme.defaultState.state;
    } else if (!informed) {
        s.state = kNotInformed;
    } else if (asOf <= s.windowLastDay) {
        s.state = kInWindow;
    } else {
        s.state = programme.defaultState.state;
    }
    if (informed && !choice && asOf <= s.windowLastDay) {
        s.windowDaysLeft = static_cast<int>(asOf.daysTo(s.windowLastDay));
    }
    return s;
}

QList<StateSegment> Ledger::segments(const Programme& programme, const QList<ConsentEvent>& events, QDate dateOfBirth,
                                     const PracticeRules& rules)
{
    // The fold can only change on an event's date or on the day after a window closes.
    QList<QDate> changes;
    for (const auto& e : events) {
        changes.append(e.date);
        if (e.type == EventType::PackSent && ofProgramme(e, programme)) {
            changes.append(e.date.addDays(rules.windowDays + 1));
        }
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());

    QList<StateSegment> result;
    for (const QDate& day : changes) {
        const PatientState s = fold(programme, events, dateOfBirth, day, rules);
        StateSegment segment{day, QDate(), s.state, s.gpReview, s.awaitingCoding, s.letterReturned};
        if (!result.isEmpty() && !result.last().to.isValid()) {
            StateSegment& open = result.last();
            if (s.registered && open.state == segment.state && open.gpReview == segment.gpReview &&
                open.awaitingCoding == segment.awaitingCoding && open.letterReturned == segment.letterReturned) {
                continue; // nothing changed: the open segment runs on
            }
            open.to = day;
        }
        if (s.registered) {
            result.append(segment);
        }
    }
    return result;
}

} // namespace cd
