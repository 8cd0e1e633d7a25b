#include "reconcile/UploadReadiness.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "store/Stores.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cd {

Result<UploadReadiness> UploadReadiness::compute(Database& db, QDate today)
{
    UploadReadiness r;
    auto last = lastReconciliation(db);
    if (!last) {
        return last.error();
    }
    r.last = *last;
    auto upload = PracticeStore(db).setting(QStringLiteral("planned_upload"));
    if (!upload) {
        return upload.error();
    }
    r.plannedUpload = QDate::fromString(*upload, Qt::ISODate);
    // Opt-outs standing today and not yet coded. After a reconciliation each of them is either one it found at risk
    // or one recorded since (an opt-out it found agreeing was marked coded): no clock needs comparing.
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT patient_id FROM state_segments WHERE programme = ? AND valid_from <= ? AND "
                             "valid_to > ? AND state = 'dissent' AND awaiting_coding = 1"));
    if (auto done = sql::exec(q, {Programme::scr().id, isoDate(today), isoDate(today)},
                              QStringLiteral("read the opt-outs not yet coded"));
        !done) {
        return done.error();
    }
    QSet<qint64> atRisk;
    if (r.last) {
        for (const qint64 id : r.last->atRisk) {
            atRisk.insert(id);
        }
    }
    while (q.next()) {
        ++r.optOutsNotCoded;
        if (r.last) {
            atRisk.insert(q.value(0).toLongLong());
        }
    }
    r.atRisk = QList<qint64>(atRisk.cbegin(), atRisk.cend());
    std::sort(r.atRisk.begin(), r.atRisk.end());
    return r;
}

QString UploadReadiness::sentence(QDate today) const
{
    const QString upload = plannedUpload.isValid() ? QStringLiteral("the upload on %1").arg(humanDate(plannedUpload))
                                                   : QStringLiteral("the upload");
    if (!last) {
        return QStringLiteral("Not reconciled with the clinical system yet: reconcile before %1 to prove every "
                              "opt-out is coded.")
            .arg(upload);
    }
    const QString when = QStringLiteral("reconciled %1").arg(humanDate(last->at.date()));
    if (!atRisk.isEmpty()) {
        return QStringLiteral("NOT READY for %1: %2 patient(s) who opted out would be uploaded against their wishes "
                              "(%3). Key their dissent code, then reconcile again.")
            .arg(upload)
            .arg(atRisk.size())
            .arg(when);
    }
    if (optOutsNotCoded > 0) {
        return QStringLiteral("Not ready for %1: %2 opt-out(s) still to code (%3).")
            .arg(upload)
            .arg(optOutsNotCoded)
            .arg(when);
    }
    const qint64 age = last->at.date().daysTo(today);
    return QStringLiteral("Ready for %1: every opt-out is coded in the clinical system (%2%3).")
        .arg(upload, when,
             age > 7 ? QStringLiteral(", %1 days ago: reconcile again nearer the day").arg(age) : QString());
}

} // namespace cd
