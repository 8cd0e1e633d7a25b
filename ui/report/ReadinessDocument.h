#pragma once

#include "domain/Result.h"
#include "reconcile/UploadReadiness.h"

#include <QDateTime>
#include <QStringList>

namespace cd {

// The one-page record of upload readiness for the practice's own files (report --upload-readiness): the last
// reconciliation's counts, its date, who ran it, and the NHS numbers of every patient still at risk. Internal and
// manager-only, which the page says: unlike the LMC report it names patients.
struct ReadinessRecord
{
    QString practiceName;
    QString practiceCode;
    UploadReadiness readiness;
    QStringList atRiskNhs; // formatted "943 476 5919", in the order of readiness.atRisk
    QDate today;
    QDateTime produced;
    QString producedBy;
};

Status writeReadinessPdf(const ReadinessRecord& record, const QString& file);

} // namespace cd
