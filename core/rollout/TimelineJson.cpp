#include "rollout/TimelineJson.h"

#include "domain/Region.h"
#include "rollout/JsonLines.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace cd {
namespace {

const QString kFormat = QStringLiteral("consentdesk-timeline");

class Reader
{
public:
    explicit Reader(const QByteArray& text)
        : m_text(text)
    {}

    Result<QList<Milestone>> read()
    {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(m_text, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return invalid(QStringLiteral("Line %1: this is not valid JSON (%2). Fix the file and import it again; "
                                          "the current timeline is kept.")
                               .arg(lineOfOffset(m_text, parseError.offset))
                               .arg(parseError.errorString()));
        }
        if (!doc.isObject()) {
            return refuse({}, QStringLiteral("the file must be one JSON object with \"format\" and \"regions\""));
        }
        const QJsonObject root = doc.object();
        if (root.value(QStringLiteral("format")).toString() != kFormat) {
            return refuse({QStringLiteral("format")},
                          QStringLiteral("\"format\" must be \"%1\": is this a Consent Desk timeline?").arg(kFormat));
        }
        if (root.value(QStringLiteral("version")).toInt() != 1) {
            return refuse({QStringLiteral("version")},
                          QStringLiteral("\"version\" must be 1; this file was written by a newer Consent Desk"));
        }
        const QJsonValue regions = root.value(QStringLiteral("regions"));
        if (!regions.isArray()) {
            return refuse({QStringLiteral("regions")}, QStringLiteral("\"regions\" must be a list"));
        }
        QList<Milestone> all;
        QSet<QString> seen;
        const QJsonArray list = regions.toArray();
        for (int i = 0; i < list.size(); ++i) {
            const QVariantList at{QStringLiteral("regions"), i};
            if (!list.at(i).isObject()) {
                return refuse(at, QStringLiteral("each entry of \"regions\" must be an object"));
            }
            const QJsonObject entry = list.at(i).toObject();
            const QString named = entry.value(QStringLiteral("region")).toString();
            QString scope;
            if (named == kNationalScope || named == kPracticeScope) {
                scope = named;
            } else if (const auto region = findRegion(named)) {
                scope = region->id;
            } else {
                return refuse(at + QVariantList{QStringLiteral("region")},
                              QStringLiteral("\"%1\" is not a region: use one of the ten SHAs (for example "
                                             "\"london\" or \"NHS North West\"), \"national\" or \"practice\"")
                                  .arg(named));
            }
            if (seen.contains(scope)) {
                return refuse(
                    at, QStringLiteral("region \"%1\" appears twice: put all its milestones in one entry").arg(scope));
            }
            seen.insert(scope);
            const QJsonValue milestones = entry.value(QStringLiteral("milestones"));
            if (!milestones.isArray()) {
                return refuse(at, QStringLiteral("\"milestones\" must be a list"));
            }
            const QJsonArray items = milestones.toArray();
            for (int j = 0; j < items.size(); ++j) {
                auto milestone = readMilestone(items.at(j), scope, at + QVariantList{QStringLiteral("milestones"), j});
                if (!milestone) {
                    return milestone.error();
                }
                all.append(*milestone);
            }
        }
        sortMilestones(all);
        return all;
    }

private:
    Error refuse(const QVariantList& path, const QString& reason) const
    {
        return invalid(QStringLiteral("Line %1: %2. Fix the file and import it again; the current timeline is kept.")
                           .arg(jsonLineOf(m_text, path))
                           .arg(reason));
    }

    Result<Milestone> readMilestone(const QJsonValue& value, const QString& scope, const QVariantList& at) const
    {
        static const QSet<QString> known = {QStringLiteral("kind"),    QStringLiteral("label"),
                                            QStringLiteral("date"),    QStringLiteral("status"),
                                            QStringLiteral("percent"), QStringLiteral("source")};
        if (!value.isObject()) {
            return refuse(at, QStringLiteral("a milestone must be an object"));
        }
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key())) {
                return refuse(at + QVariantList{it.key()},
                              QStringLiteral("\"%1\" is not a milestone field (kind, label, date, status, percent, "
                                             "source)")
                                  .arg(it.key()));
            }
        }
        Milestone m;
        m.scope = scope;
        m.kind = o.value(QStringLiteral("kind")).toString();
        if (!milestoneKinds().contains(m.kind)) {
            return refuse(at + QVariantList{QStringLiteral("kind")},
                          QStringLiteral("\"%1\" is not a kind of milestone: use one of %2")
                              .arg(m.kind, milestoneKinds().join(QStringLiteral(", "))));
        }
        m.label = o.value(QStringLiteral("label")).toString().trimmed();
        if (m.label.isEmpty()) {
            return refuse(at, QStringLiteral("the milestone has no \"label\": say what happens"));
        }
        static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
        const QString date = o.value(QStringLiteral("date")).toString();
        if (day.match(date).hasMatch()) {
            m.date = QDate::fromString(date, Qt::ISODate);
        } else if (month.match(date).hasMatch()) {
            m.date = QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate);
            m.precision = Milestone::Precision::Month;
        }
        if (!m.date.isValid() || m.date.year() < 1990 || m.date.year() > 2100) {
            return refuse(at + QVariantList{QStringLiteral("date")},
                          QStringLiteral("\"%1\" is not a date: write YYYY-MM-DD, or YYYY-MM when only the month is "
                                         "known")
                              .arg(date));
        }
        const QString status = o.value(QStringLiteral("status")).toString();
        if (status != QLatin1String("planned") && status != QLatin1String("actual")) {
            return refuse(at + QVariantList{QStringLiteral("status")},
                          QStringLiteral("\"status\" must be \"planned\" or \"actual\", not \"%1\"").arg(status));
        }
        m.status = status == QLatin1String("actual") ? Milestone::Status::Actual : Milestone::Status::Planned;
        if (o.contains(QStringLiteral("percent"))) {
            const QJsonValue percent = o.value(QStringLiteral("percent"));
            if (!percent.isDouble() || percent.toDouble() < 0.0 || percent.toDouble() > 100.0) {
                return refuse(at + QVariantList{QStringLiteral("percent")},
                              QStringLiteral("\"percent\" must be a number from 0 to 100"));
            }
            m.percent = percent.toDouble();
        }
        m.source = o.value(QStringLiteral("source")).toString().trimmed();
        return m;
    }

    const QByteArray& m_text;
};

} // namespace

Result<QList<Milestone>> readTimelineJson(const QByteArray& text)
{
    return Reader(text).read();
}

QByteArray writeTimelineJson(const QList<Milestone>& milestones)
{
    // Scopes in a fixed order: national, the regions as listed, the practice.
    QStringList scopes{kNationalScope};
    for (const Region& region : allRegions()) {
        scopes << region.id;
    }
    scopes << kPracticeScope;
    QJsonArray regions;
    for (const QString& scope : scopes) {
        QJsonArray items;
        for (const Milestone& m : milestones) {
            if (m.scope != scope || m.derived) {
                continue;
            }
            QJsonObject o{{QStringLiteral("kind"), m.kind},
                          {QStringLiteral("label"), m.label},
                          {QStringLiteral("date"), m.dateText()},
                          {QStringLiteral("status"), toString(m.status)}};
            if (m.percent) {
                o.insert(QStringLiteral("percent"), *m.percent);
            }
            if (!m.source.isEmpty()) {
                o.insert(QStringLiteral("source"), m.source);
            }
            items.append(o);
        }
        if (!items.isEmpty()) {
            regions.append(QJsonObject{{QStringLiteral("region"), scope}, {QStringLiteral("milestones"), items}});
        }
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat}, {QStringLiteral("version"), 1}, {QStringLiteral("regions"), regions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

const QList<Milestone>& shippedTimeline()
{
    static const QList<Milestone> timeline = [] {
        QFile file(QStringLiteral(":/rollout/timeline.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("The rollout timeline compiled into this build cannot be read");
        }
        auto read = readTimelineJson(file.readAll());
        if (!read) {
            qFatal("The rollout timeline compiled into this build is invalid: %s", qPrintable(read.error().message));
        }
        return *read;
    }();
    return timeline;
}

} // namespace cd
