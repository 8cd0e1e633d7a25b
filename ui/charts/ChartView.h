#pragma once

#include "charts/ChartSpec.h"

#include <QWidget>

class QPainter;

namespace cd {

// The one seam between the screens and the charting library: a widget that draws a ChartSpec, exports it and
// renders it onto any painter (the PDF report). Moving to Qt Graphs or plain QPainter replaces ChartView.cpp alone.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    static ChartView* create(QWidget* parent = nullptr);

    virtual void setSpec(const ChartSpec& spec) = 0;
    [[nodiscard]] virtual const ChartSpec& spec() const = 0;
    // Draws the chart as it stands into a rectangle of the painter (an image, an SVG, a PDF page).
    virtual void renderChart(QPainter& painter, const QRectF& target) = 0;
    // Writes the chart at the given size; false with a reason in `error` when the file cannot be written.
    bool exportPng(const QString& file, QSize size, QString* error = nullptr);
    bool exportSvg(const QString& file, QSize size, QString* error = nullptr);

protected:
    using QWidget::QWidget;
};

} // namespace cd
