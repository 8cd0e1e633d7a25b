#pragma once
// The LMC report's two charts, drawn from what the report publishes and nothing else (issue #21 rule 4): uptake as
// percentages made from rounded counts, and the forms received as one bar per week with the week's published total.
// A hidden week ("*" or "x") is marked and explained in the legend, a part week is marked, both axes carry titles
// and units, and milestones are numbered above the plot with their labels listed underneath, so a label never sits
// on a data line nor is cut off. In the PDF they are vector drawings: each is a text object the document lays out
// and paints with the printer's own painter.
#include "stats/LmcReport.h"

#include <QRectF>

class QPainter;
class QTextDocument;

namespace cd {

void paintUptakeChart(const LmcReport& report, QPainter& painter, const QRectF& area);
void paintFormsChart(const LmcReport& report, QPainter& painter, const QRectF& area);

// Replaces the placeholders "[[chart:uptake]]" and "[[chart:forms]]" in a document with the charts as objects. The
// report must outlive the document.
void embedReportCharts(QTextDocument& document, const LmcReport& report);

} // namespace cd
