#include "domain/Ledger.h"

#include "domain/Dates.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace cd {
namespace {

bool ofProgramme(const ConsentEvent& e, const Programme& programme)
{
    return e.programme == programme.id;
}

int restrictionOf(const Programme& programme, const ConsentEvent& choice)
{
    const ChoiceDefinition* def = programme.choice(choice.choice);
    return def ? def->restriction : 0;
}

bool permits(const Programme& programme, const ConsentEvent& choice)
{
    const ChoiceDefinition* def = programme.choice(choice.choice);
    return !def || def->permit;
}

// The order of choices: by date; on one date the most restrictive, then the later recorded. True when a wins.
bool choiceWins(const Programme& programme, const ConsentEvent& a, const ConsentEvent& b)
{
    if (a.date != b.date) {
        return a.date > b.date;
    }
    const int ra = restrictionOf(programme, a);
    const int rb = restrictionOf(programme, b);
    return ra != rb ? ra > rb : a.id > b.id;
}

// What the fold reads from the events that are not choices, dated on or before the day looked at.
struct Facts
{
    QSet<qint64> voided;
    const ConsentEvent* registration = nullptr;   // the latest joining or leaving
    const ConsentEvent* lastRegistered = nullptr; // the latest joining
    QSet<qint64> returnedPacks;
    QHash<qint64, const ConsentEvent*> codingOf;         // choice id -> its latest coding
    QList<const ConsentEvent*> codings;                  // every coding in force
    QSet<qint64> removedCodings;                         // coded event ids whose code was taken out
    QHash<qint64, QList<const ConsentEvent*>> reviewsOf; // choice id -> its reviews
    QSet<qint64> overridden;
    QList<const ConsentEvent*> packs;
};

Facts readFacts(const Programme& programme, const QList<ConsentEvent>& events, QDate asOf)
{
    Facts f;
    f.voided = Ledger::voidedIds(events);
    for (const auto& e : events) {
        if (e.date > asOf || f.voided.contains(e.id)) {
            continue;
        }
        switch (e.type) {
        case EventType::Registered:
            if (!f.lastRegistered || Ledger::laterThan(e, *f.lastRegistered)) {
                f.lastRegistered = &e;
            }
            [[fallthrough]];
        case EventType::Left:
            if (!f.registration || Ledger::laterThan(e, *f.registration)) {
                f.registration = &e;
            }
            break;
        case EventType::PackSent:
            if (ofProgramme(e, programme)) {
                f.packs.append(&e);
            }
            break;
        case EventType::LetterReturned:
            f.returnedPacks.insert(e.targetEventId);
            break;
        case EventType::Coded:
            f.codings.append(&e);
            if (const ConsentEvent* had = f.codingOf.value(e.targetEventId); !had || Ledger::laterThan(e, *had)) {
                f.codingOf.insert(e.targetEventId, &e);
            }
            break;
        case EventType::CodeRemoved:
            f.removedCodings.insert(e.targetEventId);
            break;
        case EventType::GpReview:
            f.reviewsOf[e.targetEventId].append(&e);
            if (e.outcome == ReviewOutcome::Overridden) {
                f.overridden.insert(e.targetEventId);
            }
            break;
        case EventType::Choice:
        case EventType::Void:
            break;
        }
    }
    return f;
}

// Whether a GP reviewed the choice on or after a day, in a review recorded after the event with id `after`.
bool reviewedSince(const Facts& f, const ConsentEvent& choice, QDate since = QDate(), qint64 after = 0)
{
    const auto reviews = f.reviewsOf.value(choice.id);
    return std::any_of(reviews.cbegin(), reviews.cend(),
                       [&](const ConsentEvent* r) { return (!since.isValid() || r->date >= since) && r->id > after; });
}

} // namespace

QString toString(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::Proxy:
        return QStringLiteral("proxy");
    case ReviewReason::Child:
        return QStringLiteral("child");
    case ReviewReason::TurnedSixteen:
        return QStringLiteral("turned-16");
    case ReviewReason::ConflictingForms:
        return QStringLiteral("conflicting-forms");
    case ReviewReason::None:
        break;
    }
    return QString();
}

QString describe(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::Proxy:
        return QStringLiteral("made for the patient by someone else");
    case ReviewReason::Child:
        return QStringLiteral("made by a child under 16 alone");
    case ReviewReason::TurnedSixteen:
        return QStringLiteral("turned 16: a parent's choice stands until the patient chooses");
    case ReviewReason::ConflictingForms:
        return QStringLiteral("conflicting forms with the same date");
    case ReviewReason::None:
        break;
    }
    return QString();
}

QString toString(CodeToCorrect::Why why)
{
    return why == CodeToCorrect::Why::Voided ? QStringLiteral("voided") : QStringLiteral("overridden");
}

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
    return choice.submittedBy != Submitter::Patient || ageOn(dateOfBirth, choice.signedDate()) < 16;
}

ReviewReason Ledger::reviewReasonOf(const ConsentEvent& choice, QDate dateOfBirth)
{
    return choice.submittedBy == Submitter::Patient && ageOn(dateOfBirth, choice.signedDate()) < 16
               ? ReviewReason::Child
               : ReviewReason::Proxy;
}

QDate Ledger::sixteenthBirthday(QDate dateOfBirth)
{
    // Born on 29 February: 16 on 1 March of a year without one, as ageOn() counts it.
    QDate day = dateOfBirth.addYears(16);
    while (ageOn(dateOfBirth, day) < 16) {
        day = day.addDays(1);
    }
    while (ageOn(dateOfBirth, day.addDays(-1)) >= 16) {
        day = day.addDays(-1);
    }
    return day;
}

PatientState Ledger::fold(const Programme& programme, const QList<ConsentEvent>& events, QDate dateOfBirth, QDate asOf,
                          const PracticeRules& rules)
{
    const Facts f = readFacts(programme, events, asOf);

    // Packs count from the patient's latest registration: a window that ran while they were away does not inform
    // them now (a patient with no joining on record, as in older files, is taken as always registered).
    const ConsentEvent* pack = nullptr;
    for (const ConsentEvent* p : f.packs) {
        if ((!f.lastRegistered || p->date >= f.lastRegistered->date) && (!pack || laterThan(*p, *pack))) {
            pack = p;
        }
    }

    // Choices in force: not voided, not set aside by a GP. Of those, a consent made by a proxy or by a child waits
    // for a GP before it takes effect; an opt-out holds the record back at once.
    QList<const ConsentEvent*> candidates;
    for (const auto& e : events) {
        if (e.type == EventType::Choice && ofProgramme(e, programme) && e.date <= asOf && !f.voided.contains(e.id) &&
            !f.overridden.contains(e.id)) {
            candidates.append(&e);
        }
    }
    const auto effective = [&](const ConsentEvent& c) {
        return !choiceNeedsReview(c, dateOfBirth) || !permits(programme, c) || reviewedSince(f, c);
    };
    const ConsentEvent* current = nullptr;
    const ConsentEvent* top = nullptr;
    for (const ConsentEvent* c : candidates) {
        if (!top || choiceWins(programme, *c, *top)) {
            top = c;
        }
        if (effective(*c) && (!current || choiceWins(programme, *c, *current))) {
            current = c;
        }
    }

    PatientState s;
    s.registered = f.registration && f.registration->type == EventType::Registered;
    s.packEventId = pack ? pack->id : 0;
    s.letterReturned = pack && f.returnedPacks.contains(pack->id);
    const bool informed = pack && !s.letterReturned;
    if (informed) {
        s.windowLastDay = pack->date.addDays(pack->windowDays > 0 ? pack->windowDays : rules.windowDays);
    }
    if (current) {
        const ChoiceDefinition* def = programme.choice(current->choice);
        s.state = def ? def->state : current->choice;
        s.currentChoiceId = current->id;
        s.awaitingCoding = !f.codingOf.contains(current->id);
    } else if (!programme.informationRequired) {
        s.state = programme.defaultState.state;
    } else if (!informed) {
        s.state = kNotInformed;
    } else if (asOf <= s.windowLastDay) {
        s.state = kInWindow;
    } else {
        s.state = programme.defaultState.state;
    }
    if (informed && !current && asOf <= s.windowLastDay) {
        s.windowDaysLeft = static_cast<int>(asOf.daysTo(s.windowLastDay));
    }
    if (top && top != current) {
        s.pendingChoiceId = top->id;
    }

    // What a GP is asked, most pressing first.
    qint64 conflictingId = 0;
    for (const ConsentEvent* c : candidates) {
        if (top && c != top && c->date == top->date && c->choice != top->choice) {
            conflictingId = std::max(conflictingId, c->id);
        }
    }
    const auto ask = [&](ReviewReason reason, const ConsentEvent* choice) {
        s.gpReview = true;
        s.reviewReason = reason;
        s.reviewChoiceId = choice->id;
    };
    if (conflictingId != 0 && !reviewedSince(f, *top, QDate(), conflictingId)) {
        ask(ReviewReason::ConflictingForms, top);
    } else if (s.pendingChoiceId != 0) {
        ask(reviewReasonOf(*top, dateOfBirth), top);
    } else if (current && choiceNeedsReview(*current, dateOfBirth) && !reviewedSince(f, *current)) {
        ask(reviewReasonOf(*current, dateOfBirth), current);
    } else if (current && current->submittedBy == Submitter::Parent && dateOfBirth.isValid() &&
               asOf >= sixteenthBirthday(dateOfBirth) && !reviewedSince(f, *current, sixteenthBirthday(dateOfBirth))) {
        ask(ReviewReason::TurnedSixteen, current);
    }

    // Codes keyed for a choice that was voided or overridden, not yet taken out, not replaced by a newer current
    // choice (whose code, once keyed, is the latest-dated and wins in the clinical system), and not the current
    // choice's own code.
    QHash<qint64, const ConsentEvent*> choiceById;
    for (const auto& e : events) {
        if (e.type == EventType::Choice) {
            choiceById.insert(e.id, &e);
        }
    }
    for (const ConsentEvent* coding : f.codings) {
        const ConsentEvent* choice = choiceById.value(coding->targetEventId);
        if (!choice || f.removedCodings.contains(coding->id)) {
            continue;
        }
        const bool voided = f.voided.contains(choice->id);
        if (!voided && !f.overridden.contains(choice->id)) {
            continue;
        }
        if (current && choiceWins(programme, *current, *choice)) {
            continue;
        }
        // A code that records the current choice already says what the desk says: taking it out would leave the
        // clinical system without it until the current choice is coded.
        if (current &&
            programme.choiceForReadCode(programme.spellingOf(coding->readCode)) == programme.choice(current->choice)) {
            continue;
        }
        s.codesToCorrect.append({coding->id, choice->id, coding->readCode, coding->date,
                                 voided ? CodeToCorrect::Why::Voided : CodeToCorrect::Why::Overridden});
    }
    return s;
}

QList<StateSegment> Ledger::segments(const Programme& programme, const QList<ConsentEvent>& events, QDate dateOfBirth,
                                     const PracticeRules& rules)
{
    // The fold can only change on an event's date, on the day after a window closes, or on the 16th birthday.
    QList<QDate> changes;
    bool parentChose = false;
    for (const auto& e : events) {
        changes.append(e.date);
        if (e.type == EventType::PackSent && ofProgramme(e, programme)) {
            changes.append(e.date.addDays((e.windowDays > 0 ? e.windowDays : rules.windowDays) + 1));
        }
        parentChose = parentChose || (e.type == EventType::Choice && e.submittedBy == Submitter::Parent);
    }
    if (parentChose && dateOfBirth.isValid()) {
        changes.append(sixteenthBirthday(dateOfBirth)); // a parent's choice goes back to a GP then
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());

    QList<StateSegment> result;
    for (const QDate& day : changes) {
        const PatientState s = fold(programme, events, dateOfBirth, day, rules);
        StateSegment segment{day,
                             QDate(),
                             s.state,
                             s.gpReview,
                             s.awaitingCoding,
                             s.letterReturned,
                             static_cast<int>(s.codesToCorrect.size())};
        if (!result.isEmpty() && !result.last().to.isValid()) {
            StateSegment& open = result.last();
            if (s.registered && open.state == segment.state && open.gpReview == segment.gpReview &&
                open.awaitingCoding == segment.awaitingCoding && open.letterReturned == segment.letterReturned &&
                open.codesToCorrect == segment.codesToCorrect) {
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
