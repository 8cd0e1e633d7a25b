#include "query/Worklists.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/Programme.h"
#include "service/PracticeOverview.h"
#include "store/Database.h"
#include "store/Stores.h"

namespace cd {
namespace {

Result<QList<ChoiceItem>> choicesOf(Database& db, const Programme& programme, QDate asOf, PatientFilter::Flag flag)
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
        for (const ConsentEvent& e : *events) {
            if (e.id != state.currentChoiceId) {
                continue;
            }
            ChoiceItem item;
            item.patient = row;
            item.choiceEventId = e.id;
            item.choice = e.choice;
            const ChoiceDefinition* def = programme.choice(e.choice);
            item.label = def ? def->label : e.choice;
            item.readCode = def ? def->readCode : QString();
            item.received = e.date;
            item.submittedBy = e.submittedBy;
            item.ageOnReceipt = ageOn(row.dateOfBirth, e.date);
            item.upload = overview->plannedUpload;
            if (item.upload.isValid()) {
                item.daysToUpload = static_cast<int>(asOf.daysTo(item.upload));
                item.urgency = item.daysToUpload < 0                         ? Urgency::Overdue
                               : item.daysToUpload <= Worklists::kAtRiskDays ? Urgency::AtRisk
                                                                             : Urgency::Due;
            }
            items.append(item);
        }
    }
    return items;
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
    auto found = choicesOf(db, programme, asOf, PatientFilter::Flag::AwaitingCoding);
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
    auto found = choicesOf(db, programme, asOf, PatientFilter::Flag::GpReview);
    if (!found) {
        return found.error();
    }
    QList<ChoiceItem> items = *found;
    std::stable_sort(items.begin(), items.end(),
                     [](const ChoiceItem& a, const ChoiceItem& b) { return a.received < b.received; });
    return items;
}

} // namespace cd
