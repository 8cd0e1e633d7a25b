#include "query/Worklists.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/Programme.h"
#include "service/PracticeOverview.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <functional>
#include <optional>

namespace cd {
namespace {

// The items one patient gives a list: from their history and their state on the list's date.
using ItemsOf =
    std::function<void(const PatientRow&, const QList<ConsentEvent>&, const PatientState&, QList<ChoiceItem>&)>;

Result<QList<ChoiceItem>> itemsOf(Database& db, const Programme& programme, QDate asOf, PatientFilter::Flag flag,
                                  const ItemsOf& itemsFor)
{
    auto overview = PracticeOverview::load(db);
    auto rules = PracticeStore(db).rules();
    if (!overview || !rules) {
        return overview ? rules.error() : overview.error();
    }
    PatientFilter filter;
    filter.flag = flag;
    // These lists are short by nature (hundreds on a 100,000 list); every item needs its patient's history.
    auto rows = PatientQuery(db, asOf, programme.id).page(filter, PatientSort::Name, false, 0, 100000);
    if (!rows) {
        return rows.error();
    }
    QList<ChoiceItem> items;
    items.reserve(rows->size());
    for (const PatientRow& row : *rows) {
        auto events = EventStore(db).forPatient(row.id);
        if (!events) {
            return events.error();
        }
        const PatientState state = Ledger::fold(programme, *events, row.dateOfBirth, asOf, *rules);
        const qsizetype first = items.size();
        itemsFor(row, *events, state, items);
        for (qsizetype i = first; i < items.size(); ++i) {
            ChoiceItem& item = items[i];
            item.patient = row;
            item.upload = overview->plannedUpload;
            if (item.upload.isValid()) {
                item.daysToUpload = static_cast<int>(asOf.daysTo(item.upload));
                item.urgency = item.daysToUpload < 0                         ? Urgency::Overdue
                               : item.daysToUpload <= Worklists::kAtRiskDays ? Urgency::AtRisk
                                                                             : Urgency::Due;
            }
        }
    }
    return items;
}

// An item for one choice of the history, or none when the id names no choice.
std::optional<ChoiceItem> itemFor(const Programme& programme, const QList<ConsentEvent>& events, qint64 choiceId,
                                  QDate dateOfBirth)
{
    const ConsentEvent* e = findEvent(events, choiceId);
    if (!e || e->type != EventType::Choice) {
        return std::nullopt;
    }
    ChoiceItem item;
    item.choiceEventId = e->id;
    item.choice = e->choice;
    const ChoiceDefinition* def = programme.choice(e->choice);
    item.label = def ? def->label : e->choice;
    item.readCode = def ? def->readCode : QString();
    item.received = e->date;
    item.submittedBy = e->submittedBy;
    item.ageOnReceipt = ageOn(dateOfBirth, e->signedDate());
    return item;
}

} // namespace

QString describe(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QStringLiteral("Overdue: the upload date has passed");
    case Urgency::AtRisk:
        return QStringLiteral("At risk: the upload is near");
    case Urgency::Due:
        break;
    }
    return QStringLiteral("To code before the upload");
}

QString toString(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    case Urgency::AtRisk:
        return QStringLiteral("at-risk");
    case Urgency::Due:
        break;
    }
    return QStringLiteral("due");
}

Result<QList<ChoiceItem>> Worklists::awaitingCoding(Database& db, const Programme& programme, QDate asOf)
{
    auto found = itemsOf(db, programme, asOf, PatientFilter::Flag::AwaitingCoding,
                         [&](const PatientRow& row, const QList<ConsentEvent>& events, const PatientState& state,
                             QList<ChoiceItem>& items) {
                             // Only the current choice is ever offered for coding.
                             if (!state.awaitingCoding) {
                                 return;
                             }
                             if (auto item = itemFor(programme, events, state.currentChoiceId, row.dateOfBirth)) {
                                 items.append(*item);
                             }
                         });
    if (!found) {
        return found.error();
    }
    QList<ChoiceItem> items = *found;
    std::stable_sort(items.begin(), items.end(), [](const ChoiceItem& a, const ChoiceItem& b) {
        if (a.urgency != b.urgency) {
            return a.urgency > b.urgency;
        }
        const bool aDissent = a.choice == QLatin1String("dissent");
        const bool bDissent = b.choice == QLatin1String("dissent");
        if (aDissent != bDissent) {
            return aDissent;
        }
        return a.received < b.received;
    });
    return items;
}

Result<QList<ChoiceItem>> Worklists::gpReview(Database& db, const Programme& programme, QDate asOf)
{
    auto found = itemsOf(db, programme, asOf, PatientFilter::Flag::GpReview,
                         [&](const PatientRow& row, const QList<ConsentEvent>& events, const PatientState& state,
                             QList<ChoiceItem>& items) {
                             if (!state.gpReview) {
                                 return;
                             }
                             if (auto item = itemFor(programme, events, state.reviewChoiceId, row.dateOfBirth)) {
                                 item->reviewReason = state.reviewReason;
                                 item->inForce = state.reviewChoiceId != state.pendingChoiceId;
                                 const QSet<qint64> voided = Ledger::voidedIds(events);
                                 for (const ConsentEvent& e : events) {
                                     if (e.type == EventType::Coded && e.targetEventId == item->choiceEventId &&
                                         !voided.contains(e.id) && e.date <= asOf) {
                                         item->choiceCodedOn = e.date;
                                     }
                                 }
                                 items.append(*item);
                             }
                         });
    if (!found) {
        return found.error();
    }
    QList<ChoiceItem> items = *found;
    std::stable_sort(items.begin(), items.end(),
                     [](const ChoiceItem& a, const ChoiceItem& b) { return a.received < b.received; });
    return items;
}

Result<QList<ChoiceItem>> Worklists::codesToCorrect(Database& db, const Programme& programme, QDate asOf)
{
    auto found = itemsOf(db, programme, asOf, PatientFilter::Flag::CodesToCorrect,
                         [&](const PatientRow& row, const QList<ConsentEvent>& events, const PatientState& state,
                             QList<ChoiceItem>& items) {
                             for (const CodeToCorrect& c : state.codesToCorrect) {
                                 if (auto item = itemFor(programme, events, c.choiceEventId, row.dateOfBirth)) {
                                     item->readCode = c.readCode; // the code as keyed: the one to take out
                                     item->codedEventId = c.codedEventId;
                                     item->codedOn = c.codedOn;
                                     item->correctionWhy = c.why;
                                     items.append(*item);
                                 }
                             }
                         });
    if (!found) {
        return found.error();
    }
    QList<ChoiceItem> items = *found;
    const auto permits = [&](const ChoiceItem& i) {
        const ChoiceDefinition* def = programme.choiceForReadCode(i.readCode);
        return !def || def->permit;
    };
    std::stable_sort(items.begin(), items.end(), [&](const ChoiceItem& a, const ChoiceItem& b) {
        if (permits(a) != permits(b)) {
            return permits(a);
        }
        return a.codedOn < b.codedOn;
    });
    return items;
}

} // namespace cd
