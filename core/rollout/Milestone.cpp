#include "rollout/Milestone.h"

#include "domain/Dates.h"

#include <algorithm>
#include <tuple>

namespace cd {

QString Milestone::dateText() const
{
    return precision == Precision::Month ? date.toString(QStringLiteral("yyyy-MM")) : isoDate(date);
}

QString Milestone::displayDate() const
{
    // humanDate is "12 Feb 2010"; a month drops the day.
    QString text = humanDate(date);
    if (precision == Precision::Month) {
        text = text.section(u' ', 1);
    }
    return status == Status::Planned ? text + QStringLiteral(" (planned)") : text;
}

const QStringList& milestoneKinds()
{
    static const QStringList kinds = {
        QStringLiteral("pilot"),      QStringLiteral("programme-start"), QStringLiteral("mailout"),
        QStringLiteral("window-end"), QStringLiteral("upload"),          QStringLiteral("funding-deadline"),
        QStringLiteral("pause"),      QStringLiteral("resume"),          QStringLiteral("policy"),
        QStringLiteral("target"),     QStringLiteral("other"),
    };
    return kinds;
}

bool practiceOverrides(const QString& kind)
{
    return kind == QLatin1String("mailout") || kind == QLatin1String("window-end") || kind == QLatin1String("upload");
}

QString toString(Milestone::Status status)
{
    return status == Milestone::Status::Actual ? QStringLiteral("actual") : QStringLiteral("planned");
}

QString toString(Milestone::Precision precision)
{
    return precision == Milestone::Precision::Month ? QStringLiteral("month") : QStringLiteral("day");
}

void sortMilestones(QList<Milestone>& milestones)
{
    // A total order, so a timeline reads back in the same order whatever order its file listed the regions in.
    const auto rank = [](const QString& scope) {
        return scope == kNationalScope ? 0 : (scope == kPracticeScope ? 2 : 1);
    };
    const auto key = [&](const Milestone& m) {
        return std::make_tuple(m.date, rank(m.scope), m.scope, m.label, m.kind, m.status, m.precision,
                               m.percent.value_or(-1.0), m.source, m.derived);
    };
    std::sort(milestones.begin(), milestones.end(),
              [&](const Milestone& a, const Milestone& b) { return key(a) < key(b); });
}

} // namespace cd
