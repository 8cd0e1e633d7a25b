#include "service/TimelineService.h"
#include "service/Refusal.h"

#include "domain/Dates.h"
#include "domain/Region.h"
#include "rollout/TimelineJson.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cd {
namespace {

QStringList everyScope()
{
    QStringList scopes{kNationalScope};
    for (const Region& region : allRegions()) {
        scopes << region.id;
    }
    return scopes << kPracticeScope;
}

} // namespace

Error TimelineService::refuse(const Actor& actor, const QString& action, const QString& what)
{
    return cd::refuse(m_db, m_clock, actor, action, QStringLiteral("Only a manager may %1.").arg(what));
}

Status TimelineService::validate(const Milestone& m)
{
    if (!everyScope().contains(m.scope)) {
        return invalid(QStringLiteral("\"%1\" is not a region: choose one of the ten SHAs, national or the practice.")
                           .arg(m.scope));
    }
    if (!milestoneKinds().contains(m.kind)) {
        return invalid(QStringLiteral("\"%1\" is not a kind of milestone.").arg(m.kind));
    }
    if (m.label.trimmed().isEmpty()) {
        return invalid(QStringLiteral("A milestone needs a label that says what happens (the %1 on %2).")
                           .arg(m.kind, m.displayDate()));
    }
    if (!m.date.isValid()) {
        return invalid(QStringLiteral("The milestone \"%1\" has no date.").arg(m.label));
    }
    if (m.percent && (*m.percent < 0.0 || *m.percent > 100.0)) {
        return invalid(QStringLiteral("The target of \"%1\" must be a percentage from 0 to 100.").arg(m.label));
    }
    return Done{};
}

Result<QList<Milestone>> TimelineService::timeline()
{
    MilestoneStore store(m_db);
    auto stored = store.storedScopes();
    if (!stored) {
        return stored.error();
    }
    QList<Milestone> all;
    for (const QString& scope : everyScope()) {
        if (stored->contains(scope)) {
            auto mine = store.forScope(scope);
            if (!mine) {
                return mine.error();
            }
            all += *mine;
        } else {
            for (const Milestone& m : shippedTimeline()) {
                if (m.scope == scope) {
                    all.append(m);
                }
            }
        }
    }
    sortMilestones(all);
    return all;
}

Result<QList<Milestone>> TimelineService::practiceOwnDerived(const Programme& programme)
{
    auto batches = EventStore(m_db).batches(programme.id);
    auto rules = PracticeStore(m_db).rules();
    auto upload = PracticeStore(m_db).setting(QStringLiteral("planned_upload"));
    auto uploaded = PracticeStore(m_db).setting(QStringLiteral("upload_done"));
    if (!batches || !rules || !upload || !uploaded) {
        return !batches ? batches.error() : (!rules ? rules.error() : (!upload ? upload.error() : uploaded.error()));
    }
    const QDate today = m_clock.today();
    const auto status = [&](QDate d) {
        return d <= today ? Milestone::Status::Actual : Milestone::Status::Planned;
    };
    QList<Milestone> derived;
    QSet<QDate> windowEnds;
    for (const MailoutBatch& b : *batches) {
        Milestone sent{kPracticeScope,
                       QStringLiteral("mailout"),
                       QStringLiteral("Packs mailed: %1").arg(b.name),
                       b.sentOn,
                       Milestone::Precision::Day,
                       status(b.sentOn),
                       std::nullopt,
                       QStringLiteral("the practice's mail-outs"),
                       true};
        derived.append(sent);
        // Each batch's own window: the one its letters told patients.
        const QDate end = b.windowLastDay();
        if (programme.informationRequired && !windowEnds.contains(end)) {
            windowEnds.insert(end);
            derived.append({kPracticeScope, QStringLiteral("window-end"),
                            QStringLiteral("Opt-out window closes (%1 days after the packs)").arg(b.windowDays), end,
                            Milestone::Precision::Day, status(end), std::nullopt,
                            QStringLiteral("the practice's mail-outs and window length"), true});
        }
    }
    // The upload is a fact only once a manager records it (settings --upload-done): a planned date that passes
    // stays planned, so a report never claims an upload nobody made.
    const QDate doneDate = QDate::fromString(*uploaded, Qt::ISODate);
    const QDate uploadDate = QDate::fromString(*upload, Qt::ISODate);
    if (doneDate.isValid() && doneDate <= today) {
        derived.append({kPracticeScope, QStringLiteral("upload"),
                        QStringLiteral("Upload to the Spine (recorded as done)"), doneDate, Milestone::Precision::Day,
                        Milestone::Status::Actual, std::nullopt, QStringLiteral("the practice's settings"), true});
    } else if (uploadDate.isValid()) {
        derived.append({kPracticeScope, QStringLiteral("upload"), QStringLiteral("Planned upload to the Spine"),
                        uploadDate, Milestone::Precision::Day, Milestone::Status::Planned, std::nullopt,
                        QStringLiteral("the practice's settings"), true});
    }
    return derived;
}

Result<QList<Milestone>> TimelineService::practiceTimeline(const Programme& programme)
{
    auto all = timeline();
    auto practice = PracticeStore(m_db).practice();
    auto derived = practiceOwnDerived(programme);
    if (!all || !practice || !derived) {
        return !all ? all.error() : (!practice ? practice.error() : derived.error());
    }
    const QString region = practice->has_value() ? (*practice)->regionId : QString();
    QList<Milestone> own = *derived;
    for (const Milestone& m : *all) {
        if (m.scope == kPracticeScope) {
            own.append(m);
        }
    }
    QSet<QString> ownKinds;
    for (const Milestone& m : own) {
        if (practiceOverrides(m.kind)) {
            ownKinds.insert(m.kind);
        }
    }
    QList<Milestone> result = own;
    for (const Milestone& m : *all) {
        if ((m.scope == kNationalScope || m.scope == region) && !ownKinds.contains(m.kind)) {
            result.append(m);
        }
    }
    sortMilestones(result);
    return result;
}

Status TimelineService::replaceScopes(const Actor& actor, const QStringList& scopes, const QList<Milestone>& milestones,
                                      const QString& action)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(actor, action, QStringLiteral("change the rollout timeline"));
    }
    for (const Milestone& m : milestones) {
        if (auto valid = validate(m); !valid) {
            return valid;
        }
        if (!scopes.contains(m.scope)) {
            return invalid(
                QStringLiteral("\"%1\" belongs to %2, not to the region being saved.").arg(m.label, m.scope));
        }
    }
    return m_db.write([&]() -> Status {
        MilestoneStore store(m_db);
        QStringList counts;
        for (const QString& scope : scopes) {
            QList<Milestone> mine;
            for (const Milestone& m : milestones) {
                if (m.scope == scope && !m.derived) {
                    mine.append(m);
                }
            }
            if (auto done = store.replaceScope(scope, mine); !done) {
                return done;
            }
            counts << QStringLiteral("%1: %2 milestones").arg(scope).arg(mine.size());
        }
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, action, 0, 0, counts.join(QStringLiteral("; "))});
    });
}

Status TimelineService::replaceScope(const Actor& actor, const QString& scope, const QList<Milestone>& milestones)
{
    if (!everyScope().contains(scope)) {
        return invalid(
            QStringLiteral("\"%1\" is not a region: choose one of the ten SHAs, national or the practice.").arg(scope));
    }
    return replaceScopes(actor, {scope}, milestones, QStringLiteral("timeline-edit"));
}

Result<int> TimelineService::importJson(const Actor& actor, const QByteArray& json)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(actor, QStringLiteral("timeline-import"), QStringLiteral("import a rollout timeline"));
    }
    auto read = readTimelineJson(json);
    if (!read) {
        return read.error();
    }
    // Only the scopes the file names are replaced; an entry with no milestones empties its scope.
    QStringList scopes;
    QJsonParseError ignored{};
    const QJsonArray regions =
        QJsonDocument::fromJson(json, &ignored).object().value(QStringLiteral("regions")).toArray();
    for (const QJsonValue& entry : regions) {
        const QString named = entry.toObject().value(QStringLiteral("region")).toString();
        const auto region = findRegion(named);
        scopes << (region ? region->id : named);
    }
    if (auto done = replaceScopes(actor, scopes, *read, QStringLiteral("timeline-import")); !done) {
        return done.error();
    }
    return static_cast<int>(read->size());
}

Result<QByteArray> TimelineService::exportJson()
{
    auto all = timeline();
    if (!all) {
        return all.error();
    }
    return writeTimelineJson(*all);
}

Result<QList<ReferenceFigure>> TimelineService::referenceFigures()
{
    return ReferenceFigureStore(m_db).all();
}

Result<qint64> TimelineService::addReferenceFigure(const Actor& actor, const ReferenceFigure& figure)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(actor, QStringLiteral("reference-add"), QStringLiteral("add a reference figure"));
    }
    if (figure.label.trimmed().isEmpty() || figure.source.trimmed().isEmpty() || !figure.asOf.isValid()) {
        return invalid(QStringLiteral("A reference figure needs a label, its source and the date it refers to, so "
                                      "anyone reading the chart can trace it."));
    }
    if (figure.percent < 0.0 || figure.percent > 100.0) {
        return invalid(QStringLiteral("A reference figure is a percentage from 0 to 100."));
    }
    if (figure.measure != QLatin1String("opt_out_percent") && figure.measure != QLatin1String("uptake_percent")) {
        return invalid(QStringLiteral("A reference figure is an opt-out rate or an uptake rate."));
    }
    qint64 id = 0;
    auto done = m_db.write([&]() -> Status {
        auto inserted = ReferenceFigureStore(m_db).insert(figure, actor.user, m_clock.recordedNow());
        if (!inserted) {
            return inserted.error();
        }
        id = *inserted;
        return AuditStore(m_db).append(
            {m_clock.recordedNow(), actor.user, actor.role, QStringLiteral("reference-add"), 0, 0,
             QStringLiteral("%1 = %2% (%3)").arg(figure.label).arg(figure.percent).arg(figure.source)});
    });
    if (!done) {
        return done.error();
    }
    return id;
}

Status TimelineService::removeReferenceFigure(const Actor& actor, qint64 id)
{
    if (!allows(actor.role, Permission::ManagePractice)) {
        return refuse(actor, QStringLiteral("reference-remove"), QStringLiteral("remove a reference figure"));
    }
    return m_db.write([&]() -> Status {
        if (auto done = ReferenceFigureStore(m_db).remove(id); !done) {
            return done;
        }
        return AuditStore(m_db).append({m_clock.recordedNow(), actor.user, actor.role,
                                        QStringLiteral("reference-remove"), 0, 0,
                                        QStringLiteral("reference figure #%1").arg(id)});
    });
}

} // namespace cd
