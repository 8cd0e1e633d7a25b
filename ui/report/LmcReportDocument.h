#pragma once

#include "domain/Result.h"
#include "stats/LmcReport.h"

#include <QTextDocument>

#include <memory>

namespace cd {

// The LMC report as a QTextDocument (Qt's own rich text, no browser engine): the practice and period, headline
// figures, the uptake and forms charts, the timeline with where the practice stands, the consent mix by age band
// and the manager's note. Aggregate only, small numbers suppressed, no patient identifiers.
std::unique_ptr<QTextDocument> buildReportDocument(const LmcReport& report);
// Writes the report to a PDF (A4) with QPdfWriter; a clear error when the file cannot be written.
Status writeReportPdf(const LmcReport& report, const QString& file);

} // namespace cd
