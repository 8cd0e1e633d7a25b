// The reconciliation's words and outputs: outcome names, its JSON and its CSV.
#include "domain/Dates.h"
#include "export/CsvWriter.h"
#include "reconcile/Reconciliation.h"

#include <QJsonArray>

namespace cd {

QString toString(ReconcileOutcome outcome)
{
    switch (outcome) {
    case ReconcileOutcome::UploadAgainstWishes:
        return QStringLiteral("upload-against-wishes");
    case ReconcileOutcome::CodeToRemove:
        return QStringLiteral("code-to-remove");
    case ReconcileOutcome::Differs:
        return QStringLiteral("differs");
    case ReconcileOutcome::NotOnDesk:
        return QStringLiteral("not-on-desk");
    case ReconcileOutcome::NotCoded:
        return QStringLiteral("not-coded");
    case ReconcileOutcome::Agrees:
        return QStringLiteral("agrees");
    case ReconcileOutcome::Default:
        return QStringLiteral("default");
    }
    return QString();
}

QString describe(ReconcileOutcome outcome)
{
    switch (outcome) {
    case ReconcileOutcome::UploadAgainstWishes:
        return QStringLiteral("Opted out at the desk, but the clinical system's latest code is not a dissent: their "
                              "record would be uploaded against their wishes. Key the dissent code now.");
    case ReconcileOutcome::CodeToRemove:
        return QStringLiteral("The clinical system still holds a code for a choice the desk voided or a GP overrode: "
                              "take it out.");
    case ReconcileOutcome::Differs:
        return QStringLiteral("Both hold an express choice and they differ: decide which is right.");
    case ReconcileOutcome::NotOnDesk:
        return QStringLiteral("Coded in the clinical system (in a consultation, say) but never recorded at the desk.");
    case ReconcileOutcome::NotCoded:
        return QStringLiteral("A consent the desk holds that the clinical system has no code for: key it.");
    case ReconcileOutcome::Agrees:
        return QStringLiteral("The same choice on both sides.");
    case ReconcileOutcome::Default:
        return QStringLiteral("No express choice on either side.");
    }
    return QString();
}

const QList<ReconcileOutcome>& allOutcomes()
{
    static const QList<ReconcileOutcome> all{ReconcileOutcome::UploadAgainstWishes,
                                             ReconcileOutcome::CodeToRemove,
                                             ReconcileOutcome::Differs,
                                             ReconcileOutcome::NotOnDesk,
                                             ReconcileOutcome::NotCoded,
                                             ReconcileOutcome::Agrees,
                                             ReconcileOutcome::Default};
    return all;
}

QJsonObject ReconcileReport::toJson() const
{
    QJsonObject countsJson;
    for (const ReconcileOutcome o : allOutcomes()) {
        countsJson.insert(toString(o), count(o));
    }
    QJsonArray ignoredJson;
    for (auto it = ignored.cbegin(); it != ignored.cend(); ++it) {
        ignoredJson.append(QJsonObject{{QStringLiteral("code"), it.key()}, {QStringLiteral("rows"), it.value()}});
    }
    QJsonArray unmatchedJson;
    for (const UnusableRow& u : unmatched) {
        unmatchedJson.append(QJsonObject{{QStringLiteral("line"), u.line},
                                         {QStringLiteral("nhs"), u.nhsAsWritten},
                                         {QStringLiteral("reason"), u.reason}});
    }
    const auto orNull = [](const QString& s) {
        return s.isEmpty() ? QJsonValue() : QJsonValue(s);
    };
    QJsonArray rowsJson;
    for (const ReconcileRow& r : rows) {
        rowsJson.append(QJsonObject{{QStringLiteral("nhs"), r.nhs},
                                    {QStringLiteral("outcome"), toString(r.outcome)},
                                    {QStringLiteral("desk_choice"), orNull(r.deskChoice)},
                                    {QStringLiteral("desk_state"), r.deskState},
                                    {QStringLiteral("clinical_code"), orNull(r.clinicalCode)},
                                    {QStringLiteral("clinical_date"), orNull(isoDate(r.clinicalDate))},
                                    {QStringLiteral("line"), r.line > 0 ? QJsonValue(r.line) : QJsonValue()},
                                    {QStringLiteral("marked_coded"), r.markedCoded}});
    }
    QJsonObject mapping;
    for (auto it = mappingUsed.cbegin(); it != mappingUsed.cend(); ++it) {
        mapping.insert(it.key(), it.value());
    }
    return {{QStringLiteral("as_of"), isoDate(asOf)},
            {QStringLiteral("counts"), countsJson},
            {QStringLiteral("ignored"), ignoredJson},
            {QStringLiteral("unmatched"), unmatchedJson},
            {QStringLiteral("rows"), rowsJson},
            {QStringLiteral("marked_coded"), markedCoded},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("encoding"), encoding},
            {QStringLiteral("delimiter"), QString(delimiter)},
            {QStringLiteral("mapping"), mapping}};
}

QByteArray ReconcileReport::rowsCsv(const QList<ReconcileRow>& selected) const
{
    CsvWriter csv;
    csv.row({QStringLiteral("NHS number"), QStringLiteral("Outcome"), QStringLiteral("Desk choice"),
             QStringLiteral("Desk state"), QStringLiteral("Clinical code"), QStringLiteral("Clinical date"),
             QStringLiteral("Export line"), QStringLiteral("Marked coded")});
    for (const ReconcileRow& r : selected) {
        csv.row({r.nhs, toString(r.outcome), r.deskChoice, r.deskState, r.clinicalCode, isoDate(r.clinicalDate),
                 r.line > 0 ? QString::number(r.line) : QString(),
                 r.markedCoded ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return csv.bytes();
}

} // namespace cd
