// The desk's read-only commands: find (the same search as the window's search box) and worklist.
#include "Cli.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"
#include "query/PatientQuery.h"
#include "query/Worklists.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

const QStringList kWorklists = {QStringLiteral("awaiting-coding"), QStringLiteral("codes-to-correct"),
                                QStringLiteral("gp-review"),       QStringLiteral("returned-letters"),
                                QStringLiteral("not-informed"),    QStringLiteral("window-closing")};
constexpr int kWindowClosingDays = 14;

QString kindName(PatientSearch::Kind kind)
{
    switch (kind) {
    case PatientSearch::Kind::Everyone:
        return QStringLiteral("everyone");
    case PatientSearch::Kind::NhsNumber:
        return QStringLiteral("nhs");
    case PatientSearch::Kind::DateOfBirth:
        return QStringLiteral("date_of_birth");
    case PatientSearch::Kind::Postcode:
        return QStringLiteral("postcode");
    case PatientSearch::Kind::Name:
        return QStringLiteral("name");
    case PatientSearch::Kind::Incomplete:
        break;
    }
    return QStringLiteral("incomplete");
}

// windowKnown: the row comes from the window-closing list, whose state ends exactly when the window closes.
QJsonObject patientJson(const PatientRow& p, QDate asOf, bool windowKnown = false)
{
    QJsonObject o{{QStringLiteral("nhs"), p.nhsNumber},
                  {QStringLiteral("name"), p.givenName.isEmpty() ? p.familyName : p.givenName + u' ' + p.familyName},
                  {QStringLiteral("family_name"), p.familyName},
                  {QStringLiteral("given_name"), p.givenName},
                  {QStringLiteral("date_of_birth"), isoDate(p.dateOfBirth)},
                  {QStringLiteral("age"), ageOn(p.dateOfBirth, asOf)},
                  {QStringLiteral("sex"), p.sex},
                  {QStringLiteral("postcode"), p.postcode},
                  {QStringLiteral("registered"), p.registered},
                  {QStringLiteral("gp_review"), p.gpReview},
                  {QStringLiteral("awaiting_coding"), p.awaitingCoding},
                  {QStringLiteral("letter_returned"), p.letterReturned}};
    o.insert(QStringLiteral("state"), p.registered ? QJsonValue(p.state) : QJsonValue());
    if (windowKnown && p.stateUntil.isValid()) {
        o.insert(QStringLiteral("window_last_day"), isoDate(p.stateUntil.addDays(-1)));
        o.insert(QStringLiteral("window_days_left"), asOf.daysTo(p.stateUntil.addDays(-1)));
    }
    return o;
}

QString patientLine(const PatientRow& p, QDate asOf)
{
    const QString state = p.registered ? Programme::scr().stateLabel(p.state) : QStringLiteral("not registered");
    return QStringLiteral("%1  %2  %3  %4  %5\n")
        .arg(NhsNumber::display(p.nhsNumber), p.listName().leftJustified(28),
             QStringLiteral("%1 (%2)").arg(humanDate(p.dateOfBirth)).arg(ageOn(p.dateOfBirth, asOf)).leftJustified(18),
             p.postcode.leftJustified(9), state);
}

int printPatients(Context& ctx, const ParsedOptions& opts, const QString& listName, Database& db,
                  const PatientFilter& filter)
{
    const QDate asOf = ctx.clock().today();
    PatientQuery query(db, asOf);
    auto total = query.count(filter);
    auto rows =
        total ? query.page(filter, PatientSort::Name, false, 0, *total) : Result<QList<PatientRow>>(total.error());
    if (!rows) {
        return ctx.fail(rows.error());
    }
    if (opts.has(QStringLiteral("json"))) {
        QJsonArray items;
        for (const PatientRow& p : *rows) {
            items.append(patientJson(p, asOf, filter.windowClosesBy.isValid()));
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("worklist"), listName},
                                             {QStringLiteral("as_of"), isoDate(asOf)},
                                             {QStringLiteral("count"), rows->size()},
                                             {QStringLiteral("items"), items}})
                       .toJson(QJsonDocument::Indented);
        return Done;
    }
    ctx.out << listName << " as of " << humanDate(asOf) << ": " << rows->size() << "\n";
    for (const PatientRow& p : *rows) {
        ctx.out << "  " << patientLine(p, asOf);
    }
    return Done;
}

int printChoices(Context& ctx, const ParsedOptions& opts, const QString& listName,
                 const Result<QList<ChoiceItem>>& items)
{
    if (!items) {
        return ctx.fail(items.error());
    }
    const QDate asOf = ctx.clock().today();
    if (opts.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ChoiceItem& i : *items) {
            QJsonObject o = patientJson(i.patient, asOf);
            o.insert(QStringLiteral("event_id"), i.choiceEventId);
            o.insert(QStringLiteral("choice"), i.choice);
            o.insert(QStringLiteral("read_code"), i.readCode);
            o.insert(QStringLiteral("received"), isoDate(i.received));
            o.insert(QStringLiteral("submitted_by"), toString(i.submittedBy));
            o.insert(QStringLiteral("age_on_receipt"), i.ageOnReceipt);
            o.insert(QStringLiteral("urgency"), toString(i.urgency));
            o.insert(QStringLiteral("days_to_upload"), i.upload.isValid() ? QJsonValue(i.daysToUpload) : QJsonValue());
            if (i.reviewReason != ReviewReason::None) {
                o.insert(QStringLiteral("reason"), toString(i.reviewReason));
                o.insert(QStringLiteral("in_force"), i.inForce);
                o.insert(QStringLiteral("coded_on"),
                         i.choiceCodedOn.isValid() ? QJsonValue(isoDate(i.choiceCodedOn)) : QJsonValue());
            }
            if (i.codedEventId != 0) {
                // The entry to take out: the code as keyed, when, and why the choice no longer holds.
                o.insert(QStringLiteral("code"), i.readCode);
                o.insert(QStringLiteral("coded_on"), isoDate(i.codedOn));
                o.insert(QStringLiteral("reason"), toString(i.correctionWhy));
                o.insert(QStringLiteral("coded_event_id"), i.codedEventId);
            }
            list.append(o);
        }
        QJsonObject doc{{QStringLiteral("worklist"), listName},
                        {QStringLiteral("as_of"), isoDate(asOf)},
                        {QStringLiteral("count"), items->size()},
                        {QStringLiteral("items"), list}};
        doc.insert(QStringLiteral("upload_date"), items->isEmpty() || !items->first().upload.isValid()
                                                      ? QJsonValue()
                                                      : isoDate(items->first().upload));
        ctx.out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return Done;
    }
    ctx.out << listName << " as of " << humanDate(asOf) << ": " << items->size() << "\n";
    for (const ChoiceItem& i : *items) {
        QString why;
        if (i.codedEventId != 0) {
            why = QStringLiteral("; keyed %1, choice %2").arg(isoDate(i.codedOn), toString(i.correctionWhy));
        } else if (i.reviewReason != ReviewReason::None) {
            why = QStringLiteral("; %1").arg(describe(i.reviewReason));
        }
        ctx.out << QStringLiteral("  %1  %2  %3  %4 received %5 from %6%7  [%8]\n")
                       .arg(NhsNumber::display(i.patient.nhsNumber), i.patient.listName().leftJustified(28),
                            i.readCode.leftJustified(5), i.choice.leftJustified(23), isoDate(i.received),
                            describe(i.submittedBy), why, describe(i.urgency));
    }
    return Done;
}

} // namespace

int runFind(Context& ctx, const ParsedOptions& opts)
{
    bool ok = true;
    const int limit = opts.has(QStringLiteral("limit")) ? opts.value(QStringLiteral("limit")).toInt(&ok) : 50;
    if (!ok || limit < 1) {
        return ctx.fail(invalid(QStringLiteral("--limit takes a whole number of patients, 1 or more.")));
    }
    PatientFilter filter;
    filter.search = PatientSearch::parse(opts.positional);
    filter.includeLeft = opts.has(QStringLiteral("include-left"));
    if (filter.search.kind == PatientSearch::Kind::Incomplete) {
        return ctx.fail(invalid(filter.search.hint));
    }
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    const QDate asOf = ctx.clock().today();
    PatientQuery query(*db, asOf);
    auto matched = query.count(filter, limit + 1);
    auto rows = query.page(filter, PatientSort::Name, false, 0, limit);
    if (!matched || !rows) {
        return ctx.fail(matched ? rows.error() : matched.error());
    }
    const bool more = *matched > limit;
    if (opts.has(QStringLiteral("json"))) {
        QJsonArray patients;
        for (const PatientRow& p : *rows) {
            patients.append(patientJson(p, asOf));
        }
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("query"), opts.positional},
                                             {QStringLiteral("kind"), kindName(filter.search.kind)},
                                             {QStringLiteral("as_of"), isoDate(asOf)},
                                             {QStringLiteral("count"), rows->size()},
                                             {QStringLiteral("more"), more},
                                             {QStringLiteral("patients"), patients}})
                       .toJson(QJsonDocument::Indented);
        return Done;
    }
    if (rows->isEmpty()) {
        ctx.err << "No patient matches \"" << opts.positional << "\" as of " << humanDate(asOf) << ".\n";
        return Done;
    }
    for (const PatientRow& p : *rows) {
        ctx.out << patientLine(p, asOf);
    }
    if (more) {
        ctx.err << "More patients match: type more of the name, or raise --limit.\n";
    }
    return Done;
}

int runWorklist(Context& ctx, const ParsedOptions& opts)
{
    const QString name = opts.positional;
    if (!kWorklists.contains(name)) {
        ctx.err << "consentdesk-cli worklist: \"" << name
                << "\" is not a worklist. Use one of: " << kWorklists.join(QStringLiteral(", ")) << ".\n";
        return Usage;
    }
    int exit = Done;
    Database* db = ctx.open(false, exit);
    if (!db) {
        return exit;
    }
    const QDate asOf = ctx.clock().today();
    if (name == QLatin1String("awaiting-coding")) {
        return printChoices(ctx, opts, name, Worklists::awaitingCoding(*db, Programme::scr(), asOf));
    }
    if (name == QLatin1String("codes-to-correct")) {
        return printChoices(ctx, opts, name, Worklists::codesToCorrect(*db, Programme::scr(), asOf));
    }
    if (name == QLatin1String("gp-review")) {
        return printChoices(ctx, opts, name, Worklists::gpReview(*db, Programme::scr(), asOf));
    }
    PatientFilter filter;
    if (name == QLatin1String("returned-letters")) {
        filter.flag = PatientFilter::Flag::LetterReturned;
    } else if (name == QLatin1String("not-informed")) {
        filter.state = QStringLiteral("not_informed");
    } else {
        filter.windowClosesBy = asOf.addDays(kWindowClosingDays);
    }
    return printPatients(ctx, opts, name, *db, filter);
}

} // namespace cd::cli
