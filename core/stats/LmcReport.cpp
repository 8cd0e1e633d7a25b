#include "stats/LmcReport.h"

#include "domain/Dates.h"
#include "domain/Region.h"
#include "domain/TextRules.h"
#include "query/Worklists.h"
#include "service/TimelineService.h"
#include "store/Stores.h"
#include "store/TimelineStore.h"

#include <QSet>

#include <limits>

namespace cd {
namespace {

const QStringList kCreated = {QStringLiteral("implied"), QStringLiteral("consent_core"),
                              QStringLiteral("consent_core_additional")};
const QStringList kExpress = {QStringLiteral("consent_core"), QStringLiteral("consent_core_additional")};

QString asOfKey(QDate day)
{
    return QStringLiteral("asof:") + isoDate(day);
}

QString range(QDate start, QDate end)
{
    return isoDate(start) + QStringLiteral("..") + isoDate(end);
}

} // namespace

QString toString(LmcReport::Period period)
{
    return period == LmcReport::Period::Month ? QStringLiteral("month") : QStringLiteral("week");
}

std::pair<QDate, QDate> LmcReport::snapPeriod(QDate from, QDate to, Period period)
{
    if (!from.isValid() || !to.isValid()) {
        return {};
    }
    if (period == Period::Month) {
        const QDate first(from.year(), from.month(), 1);
        const QDate last = to.addDays(1).day() == 1 ? to : QDate(to.year(), to.month(), 1).addDays(-1);
        return {first, last};
    }
    return {from.addDays(1 - from.dayOfWeek()), to.addDays(-(to.dayOfWeek() % 7))};
}

const LmcReport::Figure* LmcReport::figure(const QString& key) const
{
    for (const Figure& f : figures) {
        if (f.key == key) {
            return &f;
        }
    }
    return nullptr;
}

QString LmcReport::percentOfList(const Published& part) const
{
    return states ? publishedPercent(part, states->cell(0, states->columnCount())) : QString();
}

void LmcReport::publish(const Programme& programme, const HeadlineFigures& headline, const ConsentMix& trueMix,
                        const UptakeSeries& series, const QList<Single>& singles)
{
    const QStringList stateNames = programme.stateNames();
    QStringList stateLabels;
    QList<qint64> stateCounts;
    for (const QString& state : stateNames) {
        stateLabels << programme.stateLabel(state);
        stateCounts << headline.count(state);
    }
    states.emplace(asOfKey(to), QStringList{QStringLiteral("list")}, QStringList{QStringLiteral("Registered patients")},
                   stateNames, stateLabels, QList<QList<qint64>>{stateCounts}, method);
    QStringList listKeys;
    for (int c = 0; c <= states->columnCount(); ++c) {
        listKeys << states->cellKey(0, c);
    }
    states->setTotalRowKeys(listKeys); // one row: its totals are the row

    QList<QList<qint64>> bands;
    for (int band = 0; band < ConsentMix::bandLabels().size(); ++band) {
        QList<qint64> row(stateNames.size(), 0);
        for (int sex = 0; sex < ConsentMix::sexes().size() && band < trueMix.counts.size(); ++sex) {
            for (int state = 0; state < stateNames.size(); ++state) {
                row[state] += trueMix.count(band, sex, state);
            }
        }
        bands << row;
    }
    mix.emplace(QStringLiteral("mix:") + isoDate(to), ConsentMix::bandLabels(), ConsentMix::bandLabels(), stateNames,
                stateLabels, bands, method);
    mix->setTotalRowKeys(listKeys); // a reader knows each band column adds up to the states table

    QStringList weekKeys;
    QStringList weekLabels;
    QList<QList<qint64>> weekCounts;
    partWeeks.clear();
    for (const SeriesPoint& point : series.points) {
        weekKeys << range(point.start, point.end);
        const bool part = point.start.dayOfWeek() != 1 || point.end.dayOfWeek() != 7;
        weekLabels << (part ? QStringLiteral("%1 (part week)").arg(humanDate(point.start)) : humanDate(point.start));
        weekCounts << point.formsByChoice;
        partWeeks << part;
    }
    QStringList choiceKeys;
    QStringList choiceLabels;
    for (const ChoiceDefinition& c : programme.choices) {
        choiceKeys << c.key;
        choiceLabels << c.label;
    }
    forms.emplace(QStringLiteral("forms"), weekKeys, weekLabels, choiceKeys, choiceLabels, weekCounts, method);
    QStringList periodKeys;
    for (const QString& choice : choiceKeys + QStringList{QStringLiteral("total")}) {
        periodKeys << QStringLiteral("forms/%1/%2").arg(range(from, to), choice);
    }
    forms->setTotalRowKeys(periodKeys);

    const QString list = asOfKey(to) + QStringLiteral("/list/");
    const auto sumOf = [&](const QStringList& names) {
        qint64 n = 0;
        for (const QString& name : names) {
            n += headline.count(name);
        }
        return n;
    };
    figures = {
        {QStringLiteral("informed"), QStringLiteral("Informed (sent a pack that arrived)"),
         cd::publish(headline.listSize - headline.count(kNotInformed), method), list + QStringLiteral("informed")},
        {QStringLiteral("records_created"), QStringLiteral("Records created (implied and express consent)"),
         cd::publish(sumOf(kCreated), method), list + QStringLiteral("created")},
        {QStringLiteral("express_consents"), QStringLiteral("Express consents (both kinds)"),
         cd::publish(sumOf(kExpress), method), list + QStringLiteral("express")},
    };
    for (const Single& single : singles) {
        figures.append({single.key, single.label, cd::publish(single.count, method), single.key + u'@' + isoDate(to)});
    }
    uptake.clear();
    for (const SeriesPoint& point : series.points) {
        qint64 created = 0;
        for (const QString& name : kCreated) {
            created += point.state(programme, name);
        }
        uptake.append({point.start, point.end, cd::publish(point.listSize, method), cd::publish(created, method),
                       cd::publish(point.state(programme, QStringLiteral("dissent")), method)});
    }
}

DisclosureBody LmcReport::disclosureBody() const
{
    DisclosureBody body(method);
    if (!states || !mix || !forms) {
        return body;
    }
    body.addTable(*states, QStringLiteral("States on %1").arg(isoDate(to)));
    body.addTable(*mix, QStringLiteral("Age bands on %1").arg(isoDate(to)));
    body.addTable(*forms, QStringLiteral("Forms received"));
    const QString list = asOfKey(to) + QStringLiteral("/list/");
    const auto stateKeys = [&](const QStringList& names) {
        QStringList keys;
        for (const QString& name : names) {
            keys << list + name;
        }
        return keys;
    };
    for (const Figure& f : figures) {
        body.add(f.variable, f.label, f.value);
    }
    // informed + not informed = list; the records created and the express consents are sums of states.
    body.addSum(list + QStringLiteral("total"), {list + QStringLiteral("informed"), list + kNotInformed});
    body.addSum(list + QStringLiteral("created"), stateKeys(kCreated));
    body.addSum(list + QStringLiteral("express"), stateKeys(kExpress));
    for (const QString& kind : {QStringLiteral("dissent"), QStringLiteral("consent")}) {
        const QString awaiting = QStringLiteral("awaiting_coding_%1@%2").arg(kind, isoDate(to));
        const QString overdue = QStringLiteral("overdue_coding_%1@%2").arg(kind, isoDate(to));
        body.addAtMost({overdue}, awaiting);
    }
    for (const UptakePoint& p : uptake) {
        const QString at = asOfKey(p.end) + QStringLiteral("/list/");
        body.add(at + QStringLiteral("total"), QStringLiteral("List size on %1").arg(isoDate(p.end)), p.list);
        body.add(at + QStringLiteral("created"), QStringLiteral("Records created on %1").arg(isoDate(p.end)),
                 p.created);
        body.add(at + QStringLiteral("dissent"), QStringLiteral("Opted out on %1").arg(isoDate(p.end)), p.dissent);
        body.addAtMost({at + QStringLiteral("created"), at + QStringLiteral("dissent")}, at + QStringLiteral("total"));
    }
    return body;
}

void LmcReport::withhold(const QString& variable)
{
    for (auto* table : {&states, &mix, &forms}) {
        for (int r = 0; r <= (*table)->rowCount(); ++r) {
            for (int c = 0; c <= (*table)->columnCount(); ++c) {
                if ((*table)->cellKey(r, c) == variable) {
                    (*table)->withhold(r, c);
                }
            }
        }
    }
    const auto hide = [](Published& p) {
        if (p.kind == Published::Kind::Suppressed || p.kind == Published::Kind::Rounded) {
            p = p.withheld();
        }
    };
    for (Figure& f : figures) {
        if (f.variable == variable) {
            hide(f.value);
        }
    }
    for (UptakePoint& p : uptake) {
        const QString at = asOfKey(p.end) + QStringLiteral("/list/");
        if (variable == at + QStringLiteral("total")) {
            hide(p.list);
        } else if (variable == at + QStringLiteral("created")) {
            hide(p.created);
        } else if (variable == at + QStringLiteral("dissent")) {
            hide(p.dissent);
        }
    }
}

// Secondary suppression where the check finds a disclosure: the figures a narrowed cell is summed with are withheld
// ("x"), totals first, until nothing can be narrowed. Rarely needed: rounding alone usually leaves every "*" wide.
// Secondary suppression where the check finds a disclosure: one part of a sum that pins a narrowed count is withheld
// ("x"), and the check runs again, until nothing can be narrowed. The part is the least informative: a star before a
// rounded count, a small count before a large one, the count itself before the headline figures. One part a sum is
// enough:
// once one part is "x" the sum no longer pins the others, so a sum already broken this round waits for the next.
Status LmcReport::protect()
{
    // What a meeting reads first is withheld last: the opt-out count and the records created after the figure itself,
    // the list size after everything.
    const QString list = asOfKey(to) + QStringLiteral("/list/");
    const QHash<QString, qint64> headline{{list + QStringLiteral("dissent"), 2},
                                          {list + QStringLiteral("created"), 2},
                                          {list + QStringLiteral("total"), 4}};
    constexpr qint64 kNever = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 200; ++round) {
        const DisclosureBody body = disclosureBody();
        auto ranges = checkDisclosure(body);
        if (!ranges) {
            return ranges.error();
        }
        const QList<DisclosureBody::Identity>& identities = body.identities();
        const auto holds = [&](qsizetype identity, const QString& key) {
            const auto& terms = identities.at(identity).terms;
            return std::any_of(terms.cbegin(), terms.cend(),
                               [&](const DisclosureBody::Term& t) { return t.key == key; });
        };
        QSet<QString> toWithhold;
        QSet<qsizetype> broken;
        for (const CellRange& unsafe : *ranges) {
            if (unsafe.safe) {
                continue;
            }
            QList<qsizetype> involved;
            for (qsizetype i = 0; i < identities.size(); ++i) {
                if (holds(i, unsafe.key)) {
                    involved << i;
                }
            }
            if (std::any_of(involved.cbegin(), involved.cend(), [&](qsizetype i) { return broken.contains(i); })) {
                continue;
            }
            const auto cost = [&](const QString& key) {
                const Published& p = body.variable(key).publications.constFirst();
                if (toWithhold.contains(key) ||
                    (p.kind != Published::Kind::Rounded && p.kind != Published::Kind::Suppressed)) {
                    return kNever;
                }
                return (p.kind == Published::Kind::Suppressed ? 0 : p.value) + (headline.value(key) << 38);
            };
            QString next;
            qint64 best = kNever;
            if (cost(unsafe.key) != kNever) {
                best = qint64{1} << 38;
                next = unsafe.key;
            }
            for (const qsizetype i : involved) {
                for (const DisclosureBody::Term& t : identities.at(i).terms) {
                    if (t.key != unsafe.key && cost(t.key) < best) {
                        best = cost(t.key);
                        next = t.key;
                    }
                }
            }
            if (next.isEmpty()) {
                continue;
            }
            toWithhold.insert(next);
            for (qsizetype i = 0; i < identities.size(); ++i) {
                if (holds(i, next)) {
                    broken.insert(i);
                }
            }
        }
        if (toWithhold.isEmpty()) {
            if (std::any_of(ranges->cbegin(), ranges->cend(), [](const CellRange& r) { return !r.safe; })) {
                break; // nothing left to withhold that would help
            }
            disclosure = *ranges;
            return Done{};
        }
        for (const QString& key : toWithhold) {
            withhold(key);
        }
    }
    return Error{ErrorKind::Conflict, QStringLiteral("The report's figures could not be protected: nothing was "
                                                     "written. Try a longer period or the strict method.")};
}

Result<LmcReport> LmcReport::gather(Database& db, const Programme& programme, const QDateTime& now,
                                    const Options& options)
{
    if (const QString problem = hidingCharacterProblem(QStringLiteral("note"), options.note, true);
        !problem.isEmpty()) {
        return invalid(problem); // the note is printed for the LMC: nothing in it may disguise what it says
    }
    LmcReport r;
    std::tie(r.from, r.to) = snapPeriod(options.from, options.to, options.period);
    if (!r.from.isValid() || !r.to.isValid() || r.from > r.to) {
        return invalid(QStringLiteral("The period %1 to %2 holds no whole %3: the report covers whole weeks (Monday to "
                                      "Sunday) or whole months. Choose a longer period.")
                           .arg(humanDate(options.from), humanDate(options.to), toString(options.period)));
    }
    r.period = options.period;
    r.note = options.note;
    r.generatedAt = now.toUTC();
    auto practice = PracticeStore(db).practice();
    auto demo = PracticeStore(db).setting(QStringLiteral("demo"));
    auto done = PracticeStore(db).setting(QStringLiteral("upload_done"));
    auto planned = PracticeStore(db).setting(QStringLiteral("planned_upload"));
    auto chosen = PracticeStore(db).setting(QStringLiteral("disclosure_method"), QStringLiteral("standard"));
    if (!practice || !demo || !done || !planned || !chosen) {
        return !practice
                   ? practice.error()
                   : (!demo ? demo.error() : (!done ? done.error() : (!planned ? planned.error() : chosen.error())));
    }
    // The practice's own choice is the floor: a report may be stricter, never weaker (a setting the sqlite3 tool
    // garbled counts as strict).
    const auto named = DisclosureMethod::fromName(*chosen);
    const DisclosureMethod floor = named ? *named : DisclosureMethod::strict();
    r.method = options.method.value_or(floor);
    if (r.method.suppressUpTo < floor.suppressUpTo || r.method.roundTo < floor.roundTo) {
        return invalid(QStringLiteral("The practice has chosen the %1 disclosure control for its reports: a report "
                                      "may not be weaker (--disclosure %2 was asked for).")
                           .arg(floor.name(), r.method.name()));
    }
    if (!practice->has_value()) {
        return Error{ErrorKind::NotFound, QStringLiteral("There is no practice here yet: set it up first (init).")};
    }
    r.practiceName = (*practice)->name;
    r.practiceCode = (*practice)->code;
    r.regionId = (*practice)->regionId;
    const auto region = findRegion((*practice)->regionId);
    r.regionName = region ? region->name : (*practice)->regionId;
    r.demo = *demo == QLatin1String("1");
    r.plannedUpload = QDate::fromString(*planned, Qt::ISODate);
    r.uploadDone = QDate::fromString(*done, Qt::ISODate);
    if (r.uploadDone.isValid() && r.uploadDone > r.to) {
        r.uploadDone = QDate(); // not yet done as of the report's date
    }
    auto headline = HeadlineFigures::compute(db, programme, r.to);
    auto series = UptakeSeries::compute(db, programme, r.from, r.to, Bucket::Week);
    auto mix = ConsentMix::compute(db, programme, r.to);
    const FixedClock clock(QDateTime(r.to, QTime(12, 0)));
    auto timeline = TimelineService(db, clock).practiceTimeline(programme);
    auto coding = Worklists::awaitingCoding(db, programme, r.to);
    auto references = ReferenceFigureStore(db).all();
    if (!headline || !series || !mix || !timeline || !coding || !references) {
        return !headline
                   ? headline.error()
                   : (!series
                          ? series.error()
                          : (!mix ? mix.error()
                                  : (!timeline ? timeline.error() : (!coding ? coding.error() : references.error()))));
    }
    r.timeline = *timeline;
    for (const ReferenceFigure& f : *references) {
        if (f.measure == QLatin1String("opt_out_percent") && f.asOf <= r.to &&
            (!r.regionOptOut || f.asOf >= r.regionOptOut->asOf)) {
            r.regionOptOut = Reference{f.label, f.percent, f.source, f.asOf};
        }
    }
    qint64 awaiting[2] = {0, 0};
    qint64 overdue[2] = {0, 0};
    for (const ChoiceItem& item : *coding) {
        const int kind = item.choice == QLatin1String("dissent") ? 0 : 1;
        ++awaiting[kind];
        overdue[kind] += item.urgency == Urgency::Overdue ? 1 : 0;
    }
    r.publish(programme, *headline, *mix, *series,
              {{QStringLiteral("letters_returned"), QStringLiteral("Letters returned undelivered"),
                headline->lettersReturned},
               {QStringLiteral("awaiting_coding_dissent"), QStringLiteral("Opt-outs still to be coded"), awaiting[0]},
               {QStringLiteral("awaiting_coding_consent"), QStringLiteral("Consents still to be coded"), awaiting[1]},
               {QStringLiteral("overdue_coding_dissent"),
                QStringLiteral("Opt-outs overdue (the upload date has passed)"), overdue[0]},
               {QStringLiteral("overdue_coding_consent"),
                QStringLiteral("Consents overdue (the upload date has passed)"), overdue[1]}});
    if (auto safe = r.protect(); !safe) {
        return safe.error();
    }
    return r;
}

} // namespace cd
