#include "charts/ChartPainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cd {
namespace {

struct Frame
{
    QRectF plot;
    QDate from;
    QDate to;
    double top = 100.0;
    double rightTop = 0.0;

    [[nodiscard]] double x(QDate d) const
    {
        const auto span = static_cast<double>(std::max<qint64>(1, from.daysTo(to)));
        return plot.left() + plot.width() * static_cast<double>(from.daysTo(d)) / span;
    }
    [[nodiscard]] double y(double v, bool right = false) const
    {
        const double scale = right ? rightTop : top;
        return plot.bottom() - plot.height() * (scale > 0 ? v / scale : 0.0);
    }
};

} // namespace

double niceAxisTop(double value)
{
    if (value <= 0) {
        return 1.0;
    }
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (value <= step * magnitude) {
            return step * magnitude;
        }
    }
    return 10.0 * magnitude;
}

void paintChart(const ChartSpec& spec, QPainter& painter, const QRectF& area, const ChartStyle& style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, style.background);
    QFont font = painter.font();
    const double unit = area.height() / 40.0; // one text line
    font.setPixelSize(std::max(8, static_cast<int>(unit)));
    painter.setFont(font);
    painter.setPen(style.text);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), unit * 1.6), Qt::AlignCenter, spec.title);
    painter.setFont(font);
    if (spec.isEmpty()) {
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, spec.emptyText);
        painter.restore();
        return;
    }

    Frame f;
    f.from = spec.from;
    f.to = spec.to;
    bool hasRight = false;
    double leftMax = 0.0;
    double rightMax = 0.0;
    for (const auto& s : spec.series) {
        for (const auto& p : s.points) {
            if (!std::isnan(p.second)) {
                (s.secondaryAxis ? rightMax : leftMax) = std::max(s.secondaryAxis ? rightMax : leftMax, p.second);
            }
        }
        hasRight = hasRight || s.secondaryAxis;
    }
    f.top = spec.valueMax > 0 ? spec.valueMax : niceAxisTop(leftMax * 1.1);
    f.rightTop = niceAxisTop(std::max(0.5, rightMax * 1.25));
    const int legendLines = static_cast<int>((spec.series.size() + 1) / 2);
    f.plot = QRectF(area.left() + unit * 4, area.top() + unit * 2.5, area.width() - unit * (hasRight ? 8 : 5),
                    area.height() - unit * (5.5 + 1.4 * legendLines));

    // Grid and value axes.
    QPen grid(style.grid, 0.5);
    for (int i = 0; i <= 5; ++i) {
        const double v = f.top * i / 5.0;
        const double y = f.y(v);
        painter.setPen(grid);
        painter.drawLine(QPointF(f.plot.left(), y), QPointF(f.plot.right(), y));
        painter.setPen(style.text);
        painter.drawText(QRectF(area.left(), y - unit, unit * 3.6, unit * 2), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(v, 'f', f.top < 5 ? 1 : 0));
        if (hasRight) {
            painter.drawText(QRectF(f.plot.right() + unit * 0.4, y - unit, unit * 3.6, unit * 2),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(f.rightTop * i / 5.0, 'f', 2));
        }
    }
    // Month ticks on the first of each month (every second or third over long ranges).
    const qint64 days = f.from.daysTo(f.to);
    const int step = days > 1100 ? 6 : (days > 550 ? 3 : (days > 280 ? 2 : 1));
    QDate month(f.from.year(), f.from.month(), 1);
    if (month < f.from) {
        month = month.addMonths(1);
    }
    for (; month <= f.to; month = month.addMonths(step)) {
        const double x = f.x(month);
        painter.setPen(grid);
        painter.drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
        painter.setPen(style.text);
        painter.drawText(QRectF(x - unit * 3, f.plot.bottom() + unit * 0.3, unit * 6, unit * 1.4), Qt::AlignCenter,
                         month.toString(QStringLiteral("MMM yyyy")));
    }
    painter.setPen(QPen(style.text, 1.0));
    painter.drawRect(f.plot);

    // Milestones: dashed verticals, labels up the line; a label goes right of its line, else left, else to the next
    // free column, so close dates never overprint.
    QList<std::pair<double, double>> taken;
    const double thickness = unit * 0.95;
    const auto isFree = [&](double from, double to) {
        return std::none_of(taken.cbegin(), taken.cend(),
                            [&](const auto& r) { return from < r.second && r.first < to; });
    };
    for (const auto& m : spec.markers) {
        if (m.date < f.from || m.date > f.to) {
            continue;
        }
        const double x = f.x(m.date);
        painter.setPen(style.markerPen(m.practice, m.planned));
        painter.drawLine(QPointF(x, f.plot.top()), QPointF(x, f.plot.bottom()));
        double left = x + 1.0;
        if (!isFree(left, left + thickness)) {
            left = x - thickness - 1.0;
        }
        while (!isFree(left, left + thickness)) {
            left += 2.0;
        }
        taken.append({left, left + thickness});
        painter.save();
        painter.translate(left, f.plot.top() + f.plot.height() * 0.98);
        painter.rotate(-90);
        QFont small = font;
        small.setPixelSize(std::max(7, static_cast<int>(unit * 0.8)));
        small.setBold(m.practice);
        painter.setFont(small);
        painter.setPen(style.text);
        painter.drawText(QRectF(0, 0, f.plot.height() * 0.96, unit * 1.1), Qt::AlignLeft | Qt::AlignTop,
                         m.label + (m.planned ? QStringLiteral(" (planned)") : QString()));
        painter.restore();
    }
    int target = 0;
    for (const auto& t : spec.targets) {
        const QDate until = std::min(t.until, f.to);
        if (until >= f.from) {
            painter.setPen(style.targetPen(target++));
            painter.drawLine(QPointF(f.x(f.from), f.y(t.value)), QPointF(f.x(until), f.y(t.value)));
        }
    }
    // The series, broken where a value is withheld.
    painter.setClipRect(f.plot.adjusted(-2, -2, 2, 2));
    for (int i = 0; i < spec.series.size(); ++i) {
        const auto& s = spec.series.at(i);
        QPainterPath path;
        bool drawing = false;
        for (const auto& p : s.points) {
            if (std::isnan(p.second)) {
                drawing = false;
                continue;
            }
            const QPointF point(f.x(p.first), f.y(p.second, s.secondaryAxis));
            drawing ? path.lineTo(point) : path.moveTo(point);
            drawing = true;
        }
        painter.setPen(style.linePen(i));
        painter.drawPath(path);
    }
    painter.setClipping(false);
    // Legend, two entries a line.
    for (int i = 0; i < spec.series.size(); ++i) {
        const double lx = area.left() + unit * 4 + (i % 2) * area.width() / 2;
        const double ly = f.plot.bottom() + unit * (2.2 + 1.4 * (i / 2));
        painter.setPen(style.linePen(i));
        painter.drawLine(QPointF(lx, ly + unit * 0.6), QPointF(lx + unit * 2.5, ly + unit * 0.6));
        painter.setPen(style.text);
        const auto& s = spec.series.at(i);
        painter.drawText(QRectF(lx + unit * 3, ly, area.width() / 2 - unit * 4, unit * 1.3), Qt::AlignLeft,
                         s.secondaryAxis ? s.name + QStringLiteral(" (right-hand scale)") : s.name);
    }
    painter.restore();
}

} // namespace cd
