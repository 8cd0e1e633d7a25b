#pragma once

#include "charts/ChartSpec.h"
#include "charts/ChartStyle.h"

class QPainter;
class QRectF;

namespace cd {

// Draws a date-lines ChartSpec with QPainter alone (Qt Gui, no widgets): the PDF report's charts, made inside the
// CLI without a display. The screen draws the same spec through ChartView. Points whose value is NaN are gaps (a
// suppressed count is never plotted).
void paintChart(const ChartSpec& spec, QPainter& painter, const QRectF& area, const ChartStyle& style);
// The top of a value axis: the smallest 1, 2, 2.5 or 5 times a power of ten at or above the value (1 for none).
double niceAxisTop(double value);

} // namespace cd
