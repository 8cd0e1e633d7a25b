#pragma once

#include "domain/Programme.h"
#include "domain/Result.h"
#include "stats/LmcReport.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace cd {

class Database;

// The LMC report's figures for a locality tool: the documented format of docs/lmc-export-format.md, in long form
// (section, key, column, value) with stable keys, what the report publishes and nothing more, and the SHA-256 of
// everything before it on its last line.
QByteArray aggregatesCsv(const LmcReport& report);

// The choices still to be coded, for keying into the clinical system: NHS number, name, date of birth, the choice,
// its Read code and the date received. Identifiable: only through ExportService, which checks the role and audits.
Result<QByteArray> codingWorklistCsv(Database& db, const Programme& programme, QDate asOf, qint64* rows = nullptr);

// Every recorded choice (voided ones left out) as a FHIR R4 Consent in a collection Bundle (UK Core Consent): the
// current choice of each patient active, the ones a later choice superseded or a GP overrode inactive.
Result<QJsonObject> fhirConsentBundle(Database& db, const Programme& programme, const QDateTime& now,
                                      qint64* resources = nullptr);

} // namespace cd
