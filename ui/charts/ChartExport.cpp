// ChartView's exports: through renderChart(), so they need nothing of the charting library.
#include "charts/ChartView.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <memory>

namespace cd {
namespace {

// Lays the chart out afresh at the file's size, off screen, so an export never depends on the window's size.
void renderAtSize(const ChartView& shown, QPainter& painter, QSize size)
{
    std::unique_ptr<ChartView> copy(ChartView::create());
    copy->setAttribute(Qt::WA_DontShowOnScreen);
    copy->setPalette(shown.palette());
    copy->setSpec(shown.spec());
    copy->resize(size);
    copy->show();
    QCoreApplication::sendPostedEvents();
    copy->renderChart(painter, QRectF(QPointF(0, 0), QSizeF(size)));
}

} // namespace

bool ChartView::exportPng(const QString& file, QSize size, QString* error)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderAtSize(*this, painter, size);
    }
    if (!image.save(file, "PNG")) {
        if (error) {
            *error = tr("%1 could not be written: check the folder exists and you may write to it.")
                         .arg(QFileInfo(file).fileName());
        }
        return false;
    }
    return true;
}

bool ChartView::exportSvg(const QString& file, QSize size, QString* error)
{
    QSvgGenerator svg;
    svg.setFileName(file);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(spec().title);
    svg.setDescription(spec().subtitle);
    QPainter painter;
    if (!painter.begin(&svg)) {
        if (error) {
            *error = tr("%1 could not be written: check the folder exists and you may write to it.")
                         .arg(QFileInfo(file).fileName());
        }
        return false;
    }
    painter.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
    renderAtSize(*this, painter, size);
    painter.end();
    return true;
}

} // namespace cd
