// The QtCharts implementation of ChartView: the only file that knows QtCharts.
#include "charts/ChartView.h"

#include "charts/ChartStyle.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace cd {
namespace {

// A line's legend marker filled with a pattern of its own (QtCharts draws every line's marker as a plain square of
// its colour, so two lines of one colour, or for a reader who cannot tell the colours apart, would look the same).
void markWithPattern(QChart& chart, QAbstractSeries* series, const QBrush& brush)
{
    for (QLegendMarker* marker : chart.legend()->markers(series)) {
        marker->setBrush(brush);
    }
}

qreal msecs(QDate date)
{
    return static_cast<qreal>(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

void applyStyle(const ChartStyle& style, QChart& chart)
{
    chart.setTheme(style.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart.setBackgroundBrush(style.background);
    chart.setTitleBrush(style.text);
    chart.legend()->setLabelColor(style.text);
    chart.setAnimationOptions(QChart::NoAnimation);
}

void applyStyle(const ChartStyle& style, QAbstractAxis& axis)
{
    axis.setLabelsColor(style.text);
    axis.setTitleBrush(style.text);
    axis.setGridLineColor(style.grid);
    axis.setLinePenColor(style.grid);
}

QString number(double value, const QString& unit)
{
    return unit == QLatin1String("%") ? QString::number(value, 'f', 2) + unit : QString::number(value, 'f', 0);
}

class QtChartsView final : public ChartView
{
public:
    explicit QtChartsView(QWidget* parent)
        : ChartView(parent)
    {
        m_stack = new QStackedLayout(this);
        m_view = new QChartView(this);
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setAccessibleName(tr("Chart"));
        m_empty = new QLabel(this);
        m_empty->setAlignment(Qt::AlignCenter);
        m_empty->setWordWrap(true);
        m_stack->addWidget(m_view);
        m_stack->addWidget(m_empty);
    }

    void setSpec(const ChartSpec& spec) override
    {
        m_spec = spec;
        m_labels.clear();
        auto chart = std::make_unique<QChart>();
        const ChartStyle style = ChartStyle::fromPalette(palette());
        applyStyle(style, *chart);
        // QChart's title takes rich text: the title in bold, what it covers under it.
        chart->setTitle(
            QStringLiteral("<b>%1</b>%2")
                .arg(spec.title.toHtmlEscaped(),
                     spec.subtitle.isEmpty() ? QString() : QStringLiteral("<br>") + spec.subtitle.toHtmlEscaped()));
        chart->legend()->setAlignment(Qt::AlignBottom);
        switch (spec.kind) {
        case ChartSpec::Kind::DateLines:
            buildDateLines(*chart, style);
            break;
        case ChartSpec::Kind::StackedPercent:
        case ChartSpec::Kind::Stacked:
            buildStacked(*chart, style);
            break;
        case ChartSpec::Kind::Bars:
            buildBars(*chart, style);
            break;
        }
        QChart* raw = chart.release();
        connect(raw, &QChart::plotAreaChanged, this, [this, raw] { placeMarkerLabels(*raw); });
        QChart* old = m_view->chart();
        m_view->setChart(raw); // the view owns the chart now
        delete old;
        m_empty->setText(spec.emptyText);
        m_stack->setCurrentWidget(spec.isEmpty() ? static_cast<QWidget*>(m_empty) : m_view);
        setAccessibleDescription(spec.title);
    }

    [[nodiscard]] const ChartSpec& spec() const override { return m_spec; }

    void renderChart(QPainter& painter, const QRectF& target) override
    {
        if (m_spec.isEmpty()) {
            painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap, m_spec.emptyText);
            return;
        }
        m_view->render(&painter, target, m_view->viewport()->rect());
    }

private:
    void buildDateLines(QChart& chart, const ChartStyle& style)
    {
        auto* x = dateAxis();
        auto* y = new QValueAxis;
        y->setTitleText(m_spec.valueTitle);
        double top = m_spec.valueMax;
        if (top <= 0.0) {
            for (const auto& s : m_spec.series) {
                for (const auto& p : s.points) {
                    top = std::max(top, p.second);
                }
            }
            top = std::max(1.0, top * 1.1);
        }
        y->setRange(0.0, top);
        y->applyNiceNumbers();
        y->setLabelFormat(QStringLiteral("%.0f"));
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        applyStyle(style, *x);
        applyStyle(style, *y);
        QValueAxis* y2 = nullptr;
        double top2 = 0.0;
        for (const auto& s : m_spec.series) {
            for (const auto& p : s.points) {
                top2 = s.secondaryAxis ? std::max(top2, p.second) : top2;
            }
            if (s.secondaryAxis && !y2) {
                y2 = new QValueAxis;
                y2->setTitleText(m_spec.secondaryTitle);
                chart.addAxis(y2, Qt::AlignRight);
                applyStyle(style, *y2);
                y2->setGridLineVisible(false);
            }
        }
        if (y2) {
            y2->setRange(0.0, std::max(0.5, top2 * 1.25));
            y2->applyNiceNumbers();
        }
        int i = 0;
        for (const auto& s : m_spec.series) {
            auto* line = new QLineSeries;
            line->setName(s.name);
            for (const auto& p : s.points) {
                line->append(msecs(p.first), p.second);
            }
            line->setPen(style.linePen(i));
            markWithPattern(chart, line, style.legendBrush(i));
            line->setPointsVisible(s.points.size() <= 60);
            line->setName(s.secondaryAxis ? s.name + tr(" (right-hand scale)") : s.name);
            chart.addSeries(line);
            line->attachAxis(x);
            line->attachAxis(s.secondaryAxis && y2 ? y2 : y);
            const QString unit = s.unit;
            connect(line, &QLineSeries::hovered, this, [line, unit](const QPointF& point, bool on) {
                if (on) {
                    const QDate day = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x())).date();
                    QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3")
                                                           .arg(day.toString(QStringLiteral("d MMM yyyy")),
                                                                line->name(), number(point.y(), unit)));
                }
            });
            ++i;
        }
        const double yMax = y->max();
        int target = 0;
        for (const auto& t : m_spec.targets) {
            const QDate until = std::min(t.until, m_spec.to);
            if (until < m_spec.from) {
                continue;
            }
            auto* line = new QLineSeries;
            line->setName(t.label);
            line->append(msecs(m_spec.from), t.value);
            line->append(msecs(until), t.value);
            line->setPen(style.targetPen(target));
            chart.addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            // Each target's own dashes, and its own pattern in the legend: two aims never look alike.
            markWithPattern(chart, line, style.legendBrush(static_cast<int>(m_spec.series.size()) + target));
            ++target;
        }
        for (const auto& m : m_spec.markers) {
            if (m.date < m_spec.from || m.date > m_spec.to) {
                continue;
            }
            auto* line = new QLineSeries;
            line->append(msecs(m.date), 0.0);
            line->append(msecs(m.date), yMax);
            line->setPen(style.markerPen(m.practice, m.planned));
            chart.addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            for (QLegendMarker* marker : chart.legend()->markers(line)) {
                marker->setVisible(false);
            }
            auto* label = new QGraphicsSimpleTextItem(m.label + (m.planned ? tr(" (planned)") : QString()), &chart);
            label->setBrush(style.text);
            QFont font = label->font();
            font.setPointSizeF(font.pointSizeF() * 0.85);
            font.setBold(m.practice);
            label->setFont(font);
            label->setRotation(-90);
            m_labels.append({label, msecs(m.date), yMax});
        }
    }

    void placeMarkerLabels(QChart& chart)
    {
        // Rotated a quarter turn, each label runs up its line. Labels of close dates would overprint: a label goes
        // right of its line, else left of it, else to the next free column.
        QList<std::pair<qreal, qreal>> taken; // occupied x ranges
        const auto isFree = [&](qreal from, qreal to) {
            return std::none_of(taken.cbegin(), taken.cend(),
                                [&](const auto& r) { return from < r.second && r.first < to; });
        };
        for (const auto& l : std::as_const(m_labels)) {
            const QPointF top = chart.mapToPosition(QPointF(l.x, l.top));
            const QRectF box = l.item->boundingRect();
            const qreal thickness = box.height();
            qreal left = top.x() + 1.0;
            if (!isFree(left, left + thickness)) {
                left = top.x() - thickness - 1.0;
            }
            while (!isFree(left, left + thickness)) {
                left += 2.0;
            }
            taken.append({left, left + thickness});
            l.item->setPos(left, top.y() + std::min(box.width(), chart.plotArea().height()) + 4.0);
        }
    }

    // Month labels on the first of each month (every second or third month over long ranges, days over short ones):
    // a tick must sit on the date it names.
    QCategoryAxis* dateAxis()
    {
        auto* x = new QCategoryAxis;
        x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        x->setRange(msecs(m_spec.from), msecs(m_spec.to));
        const qint64 days = m_spec.from.daysTo(m_spec.to);
        if (days <= 62) {
            for (QDate d = m_spec.from; d <= m_spec.to; d = d.addDays(days <= 14 ? 1 : 7)) {
                x->append(d.toString(QStringLiteral("d MMM")), msecs(d));
            }
            return x;
        }
        const int step = days > 1100 ? 6 : (days > 550 ? 3 : (days > 280 ? 2 : 1));
        QDate month(m_spec.from.year(), m_spec.from.month(), 1);
        if (month < m_spec.from) {
            month = month.addMonths(1);
        }
        for (; month <= m_spec.to; month = month.addMonths(step)) {
            x->append(month.toString(QStringLiteral("MMM yyyy")), msecs(month));
        }
        return x;
    }

    void buildStacked(QChart& chart, const ChartStyle& style)
    {
        const bool percent = m_spec.kind == ChartSpec::Kind::StackedPercent;
        QAbstractBarSeries* bars = percent ? static_cast<QAbstractBarSeries*>(new QPercentBarSeries)
                                           : static_cast<QAbstractBarSeries*>(new QStackedBarSeries);
        int i = 0;
        for (const auto& s : m_spec.series) {
            auto* set = new QBarSet(s.name);
            for (const double v : s.values) {
                *set << v;
            }
            set->setBrush(style.barBrush(i));
            set->setPen(QPen(style.text, 0.5));
            bars->append(set);
            connect(set, &QBarSet::hovered, this, [this, set](bool on, int index) {
                if (on && index >= 0 && index < m_spec.categories.size()) {
                    double total = 0.0;
                    for (QBarSet* other : static_cast<QPercentBarSeries*>(set->parent())->barSets()) {
                        total += other->at(index);
                    }
                    QToolTip::showText(QCursor::pos(),
                                       QStringLiteral("%1\n%2: %3 of %4 (%5%)")
                                           .arg(m_spec.categories.at(index), set->label())
                                           .arg(set->at(index))
                                           .arg(total)
                                           .arg(total > 0 ? 100.0 * set->at(index) / total : 0.0, 0, 'f', 1));
                }
            });
            ++i;
        }
        chart.addSeries(bars);
        auto* categories = new QBarCategoryAxis;
        categories->append(m_spec.categories);
        auto* y = new QValueAxis;
        double top = percent ? 100.0 : m_spec.valueMax;
        if (top <= 0.0) { // from the data: the tallest stack, with room above it
            for (qsizetype c = 0; c < m_spec.categories.size(); ++c) {
                double stack = 0.0;
                for (const auto& series : m_spec.series) {
                    stack += series.values.value(c);
                }
                top = std::max(top, stack * 1.15);
            }
        }
        y->setRange(0, std::max(top, 0.1));
        if (!percent) {
            y->applyNiceNumbers();
        }
        y->setLabelFormat(percent ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
        y->setTitleText(m_spec.valueTitle);
        chart.addAxis(categories, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        applyStyle(style, *categories);
        applyStyle(style, *y);
        bars->attachAxis(categories);
        bars->attachAxis(y);
    }

    void buildBars(QChart& chart, const ChartStyle& style)
    {
        auto* bars = new QHorizontalBarSeries;
        int i = 0;
        for (const auto& s : m_spec.series) {
            auto* set = new QBarSet(s.name);
            for (const double v : s.values) {
                *set << v;
            }
            set->setBrush(style.barBrush(i++));
            set->setPen(QPen(style.text, 0.5));
            set->setLabelColor(style.text);
            bars->append(set);
        }
        bars->setLabelsVisible(true);
        bars->setLabelsFormat(QStringLiteral("@value%"));
        bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        bars->setLabelsPrecision(3);
        chart.addSeries(bars);
        auto* categories = new QBarCategoryAxis;
        categories->append(m_spec.categories);
        auto* x = new QValueAxis;
        double top = m_spec.valueMax;
        for (const auto& s : m_spec.series) {
            for (const double v : s.values) {
                top = std::max(top, v * 1.25);
            }
        }
        x->setRange(0.0, std::max(top, 1.0));
        x->applyNiceNumbers();
        x->setTitleText(m_spec.valueTitle);
        chart.addAxis(categories, Qt::AlignLeft);
        chart.addAxis(x, Qt::AlignBottom);
        applyStyle(style, *categories);
        applyStyle(style, *x);
        bars->attachAxis(categories);
        bars->attachAxis(x);
        chart.legend()->setVisible(m_spec.series.size() > 1);
    }

    struct MarkerLabel
    {
        QGraphicsSimpleTextItem* item;
        qreal x;
        qreal top;
    };

    ChartSpec m_spec;
    QStackedLayout* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QList<MarkerLabel> m_labels;
};

} // namespace

ChartView* ChartView::create(QWidget* parent)
{
    return new QtChartsView(parent);
}

} // namespace cd
