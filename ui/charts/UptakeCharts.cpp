#include "charts/UptakeCharts.h"

#include "domain/Dates.h"
#include "stats/HeadlineFigures.h"

#include <QCoreApplication>

namespace cd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("UptakeCharts", text);
}

QString bucketWord(Bucket bucket)
{
    switch (bucket) {
    case Bucket::Day:
        return tr("day");
    case Bucket::Week:
        return tr("week");
    case Bucket::Month:
        return tr("month");
    }
    return {};
}

QString shortened(const QString& label)
{
    constexpr qsizetype kMax = 48;
    return label.size() <= kMax ? label : label.left(kMax - 1).trimmed() + QChar(0x2026);
}

ChartSpec::Marker markerOf(const Milestone& m)
{
    return {m.date, shortened(m.label), m.status == Milestone::Status::Planned, m.scope == kPracticeScope};
}

ChartSpec dateChart(const UptakeSeries& series, const QString& title)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::DateLines;
    spec.title = title;
    spec.from = series.from;
    spec.to = series.to;
    spec.subtitle = tr("%1 to %2, by %3").arg(humanDate(series.from), humanDate(series.to), bucketWord(series.bucket));
    return spec;
}

} // namespace

ChartSpec uptakeChart(const UptakeSeries& series, const QList<Milestone>& milestones)
{
    const Programme& p = *series.programme;
    ChartSpec spec = dateChart(series, tr("Uptake over time"));
    spec.valueTitle = tr("% of the list");
    spec.secondaryTitle = tr("opted out, % of the list");
    spec.valueMax = 100.0;
    ChartSpec::Series created{tr("Records created"), {}, {}, QStringLiteral("%")};
    ChartSpec::Series informed{tr("Informed (offered a record)"), {}, {}, QStringLiteral("%")};
    ChartSpec::Series optedOut{tr("Opted out"), {}, {}, QStringLiteral("%"), true};
    for (const SeriesPoint& point : series.points) {
        created.points.append({point.end, point.recordsCreatedPercent(p)});
        informed.points.append({point.end, percentOf(point.listSize - point.state(p, kNotInformed), point.listSize)});
        optedOut.points.append({point.end, point.optOutPercent(p)});
    }
    spec.series = {created, optedOut, informed};
    for (const Milestone& m : milestones) {
        if (m.kind == QLatin1String("target") && m.percent) {
            // Short, so the legend never cuts two aims to the same words.
            spec.targets.append(
                {*m.percent, m.date,
                 tr("Aim: %1% by %2").arg(*m.percent).arg(m.date.toString(QStringLiteral("MMM yyyy")))});
        } else {
            spec.markers.append(markerOf(m));
        }
    }
    spec.emptyText = tr("No patients on the list in this range.");
    return spec;
}

ChartSpec formsChart(const UptakeSeries& series, const QList<Milestone>& milestones)
{
    const Programme& p = *series.programme;
    ChartSpec spec = dateChart(series, tr("Forms received per %1, by choice").arg(bucketWord(series.bucket)));
    spec.valueTitle = tr("forms");
    bool any = false;
    for (const ChoiceDefinition& choice : p.choices) {
        ChartSpec::Series s{choice.label, {}, {}, QString()};
        for (const SeriesPoint& point : series.points) {
            const qint64 n = point.forms(p, choice.key);
            any = any || n > 0;
            s.points.append({point.start, static_cast<double>(n)});
        }
        spec.series.append(s);
    }
    if (!any) {
        spec.series.clear();
    }
    for (const Milestone& m : milestones) {
        if (m.scope == kPracticeScope) { // the mail-outs, window ends and upload: what explains the forms
            spec.markers.append(markerOf(m));
        }
    }
    spec.emptyText = tr("No forms were received in this range.");
    return spec;
}

ChartSpec consentMixChart(const ConsentMix& mix, bool choicesOnly)
{
    const Programme& p = *mix.programme;
    ChartSpec spec;
    spec.kind = choicesOnly ? ChartSpec::Kind::Stacked : ChartSpec::Kind::StackedPercent;
    spec.title = choicesOnly ? tr("Express choices by age band and sex") : tr("Consent mix by age band and sex");
    spec.subtitle = tr("as of %1; F female, M male, U unknown or indeterminate").arg(humanDate(mix.asOf));
    if (choicesOnly) {
        spec.subtitle += tr("; implied consent, not informed and in the window left out");
    }
    spec.valueTitle = tr("% of the patients in the group");
    QList<std::pair<int, int>> groups; // (band, sex) with anyone in them
    for (int band = 0; band < ConsentMix::bandLabels().size(); ++band) {
        for (int sex = 0; sex < ConsentMix::sexes().size(); ++sex) {
            if (mix.total(band, sex) > 0) {
                groups.append({band, sex});
                spec.categories << ConsentMix::bandLabels().at(band) + u' ' + ConsentMix::sexes().at(sex);
            }
        }
    }
    QStringList express;
    for (const ChoiceDefinition& c : p.choices) {
        express << c.state;
    }
    const QStringList states = p.stateNames();
    for (int state = 0; state < states.size(); ++state) {
        if (choicesOnly && !express.contains(states.at(state))) {
            continue;
        }
        ChartSpec::Series s{p.stateLabel(states.at(state)), {}, {}, choicesOnly ? QStringLiteral("%") : QString()};
        for (const auto& [band, sex] : groups) {
            const auto n = mix.count(band, sex, state);
            s.values.append(choicesOnly ? percentOf(n, mix.total(band, sex)) : static_cast<double>(n));
        }
        spec.series.append(s);
    }
    if (groups.isEmpty()) {
        spec.series.clear();
    }
    spec.emptyText = tr("No patients on the list on %1.").arg(humanDate(mix.asOf));
    return spec;
}

ChartSpec referenceChart(const UptakeSeries& series, const QList<ReferenceFigure>& references)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Bars;
    spec.title = tr("The practice's opt-out rate beside reference figures");
    spec.valueTitle = tr("opted out, % of the list");
    ChartSpec::Series s{tr("Opt-out rate"), {}, {}, QStringLiteral("%")};
    QStringList sources;
    if (!series.points.isEmpty()) {
        spec.categories << tr("This practice, %1").arg(humanDate(series.to));
        s.values << series.points.constLast().optOutPercent(*series.programme);
    }
    for (const ReferenceFigure& r : references) {
        if (r.measure == QLatin1String("opt_out_percent")) {
            spec.categories << tr("%1, %2").arg(r.label, humanDate(r.asOf));
            s.values << r.percent;
            sources << r.source;
        }
    }
    // Bars read top to bottom in the order given: the practice first.
    std::reverse(spec.categories.begin(), spec.categories.end());
    std::reverse(s.values.begin(), s.values.end());
    spec.series = {s};
    spec.subtitle = sources.isEmpty() ? tr("No reference figures yet: a manager can add them (Charts, Reference "
                                           "figures).")
                                      : tr("Sources: %1").arg(sources.join(QStringLiteral("; ")));
    spec.emptyText = tr("Nothing to compare yet.");
    return spec;
}

} // namespace cd
