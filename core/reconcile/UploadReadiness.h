#pragma once

#include "domain/Result.h"
#include "reconcile/Reconciliation.h"

#include <QDate>

#include <optional>

namespace cd {

class Database;

// Whether the practice is ready for its planned upload, as far as the desk can prove it: the latest reconciliation
// with the clinical system, and the opt-outs at risk of being uploaded.
struct UploadReadiness
{
    std::optional<LastReconciliation> last; // none: never reconciled
    QDate plannedUpload;                    // invalid when none is set
    // The patients found upload-against-wishes at the last reconciliation, plus opt-outs recorded since then that
    // are not yet coded (internal ids). Empty when never reconciled.
    QList<qint64> atRisk;
    // Opt-outs not yet coded, whether or not a reconciliation ran: before the first one they are what is known.
    qint64 optOutsNotCoded = 0;

    [[nodiscard]] bool reconciled() const { return last.has_value(); }
    // Reconciled, nobody at risk and no opt-out waiting to be coded.
    [[nodiscard]] bool ready() const { return reconciled() && atRisk.isEmpty() && optOutsNotCoded == 0; }
    // The banner's sentence, in plain words.
    [[nodiscard]] QString sentence(QDate today) const;

    static Result<UploadReadiness> compute(Database& db, QDate today);
};

} // namespace cd
