#include "report/ReportCharts.h"

#include "charts/ChartPainter.h"
#include "domain/Dates.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

namespace cd {
namespace {

struct ChartText
{
    Q_DECLARE_TR_FUNCTIONS(LmcReport)
};

const QColor kInk(0x20, 0x20, 0x20);
const QColor kGrid(0xc8, 0xc8, 0xc8);
const QColor kCreated(0x1f, 0x5f, 0xa8);
const QColor kDissent(0xb0, 0x3a, 0x2e);

// A share from published counts only: NaN (a gap) when either is hidden.
double share(const Published& part, const Published& whole)
{
    if (!part.shown() || whole.kind != Published::Kind::Rounded) {
        return std::nan("");
    }
    return 100.0 * static_cast<double>(part.value) / static_cast<double>(whole.value);
}

struct Canvas
{
    QPainter& p;
    QRectF area;
    double unit; // one line of text
    QFont font;

    void text(const QRectF& box, int flags, const QString& s, bool bold = false, double scale = 1.0)
    {
        QFont f = font;
        f.setBold(bold);
        f.setPixelSize(std::max(6, static_cast<int>(unit * 0.9 * scale)));
        p.setFont(f);
        p.setPen(kInk);
        p.drawText(box, flags, s);
    }
    void verticalTitle(double x, const QRectF& plot, const QString& s)
    {
        p.save();
        p.translate(x, plot.center().y());
        p.rotate(-90);
        text(QRectF(-plot.height() / 2, 0, plot.height(), unit), Qt::AlignCenter, s);
        p.restore();
    }
};

// The milestones inside the period, numbered in date order above the plot, rows apart where numbers would touch.
struct MilestoneKey
{
    QList<const Milestone*> milestones;
    QList<int> rows;
    int rowCount = 0;
};

MilestoneKey milestonesIn(const LmcReport& r, const std::function<double(QDate)>& x, double width)
{
    MilestoneKey key;
    QList<double> lastInRow;
    for (const Milestone& m : r.timeline) {
        if (m.date < r.from || m.date > r.to) {
            continue;
        }
        const double at = x(m.date);
        int row = 0;
        while (row < lastInRow.size() && at - lastInRow.at(row) < width) {
            ++row;
        }
        if (row == lastInRow.size()) {
            lastInRow.append(at);
        }
        lastInRow[row] = at;
        key.milestones.append(&m);
        key.rows.append(row);
    }
    key.rowCount = static_cast<int>(lastInRow.size());
    return key;
}

void drawMilestones(Canvas& c, const MilestoneKey& key, const QRectF& plot, const std::function<double(QDate)>& x,
                    double legendTop)
{
    for (qsizetype i = 0; i < key.milestones.size(); ++i) {
        const Milestone& m = *key.milestones.at(i);
        const double at = x(m.date);
        QPen pen(kInk, 0.8, m.status == Milestone::Status::Planned ? Qt::DotLine : Qt::DashLine);
        c.p.setPen(pen);
        c.p.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()));
        const QRectF badge(at - c.unit * 0.55, plot.top() - c.unit * (1.15 + 1.1 * key.rows.at(i)), c.unit * 1.1,
                           c.unit * 1.0);
        c.p.setPen(QPen(kInk, 0.8));
        c.p.setBrush(Qt::white);
        c.p.drawEllipse(badge);
        c.text(badge, Qt::AlignCenter, QString::number(i + 1), false, 0.85);
        // The key under the legend: one entry a line.
        const double column = c.area.width() - c.unit * 2;
        const QRectF line(c.area.left() + c.unit, legendTop + c.unit * 1.1 * static_cast<double>(i), column,
                          c.unit * 1.1);
        const QString whose = m.scope == kPracticeScope ? ChartText::tr("practice") : QString();
        // Whole, never cut off: a label too long for the line is set in smaller type instead.
        const QString entry =
            QStringLiteral("%1  %2  %3%4")
                .arg(i + 1)
                .arg(m.displayDate(), m.label, whose.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(whose));
        QFont probe = c.font;
        probe.setPixelSize(std::max(6, static_cast<int>(c.unit * 0.9 * 0.85)));
        const double width = QFontMetricsF(probe).horizontalAdvance(entry);
        c.text(line, Qt::AlignLeft | Qt::AlignVCenter, entry, false, width > column ? 0.85 * column / width : 0.85);
    }
}

} // namespace

void paintUptakeChart(const LmcReport& r, QPainter& painter, const QRectF& area)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    Canvas c{painter, area, area.width() / 40.0, painter.font()};
    c.text(QRectF(area.left(), area.top(), area.width(), c.unit * 1.4), Qt::AlignCenter,
           ChartText::tr("Records created and opt-outs, as a share of the list"), true);
    const qint64 span = std::max<qint64>(1, r.from.daysTo(r.to));
    QRectF plot(area.left() + c.unit * 4.5, 0, area.width() - c.unit * 9, 0);
    const auto x = [&](QDate d) {
        return plot.left() + plot.width() * static_cast<double>(r.from.daysTo(d)) / static_cast<double>(span);
    };
    const MilestoneKey key = milestonesIn(r, x, c.unit * 1.3);
    const auto keyLines = static_cast<double>(key.milestones.size());
    plot.setTop(area.top() + c.unit * (2.0 + 1.1 * key.rowCount));
    plot.setBottom(area.bottom() - c.unit * (5.8 + 1.1 * keyLines));
    double dissentMax = 0.0;
    for (const auto& point : r.uptake) {
        const double d = share(point.dissent, point.list);
        dissentMax = std::isnan(d) ? dissentMax : std::max(dissentMax, d);
    }
    const double rightTop = niceAxisTop(std::max(0.5, dissentMax * 1.25));
    // Grid, both value axes with their titles and units.
    for (int i = 0; i <= 5; ++i) {
        const double y = plot.bottom() - plot.height() * i / 5.0;
        painter.setPen(QPen(kGrid, 0.5));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        c.text(QRectF(plot.left() - c.unit * 3, y - c.unit / 2, c.unit * 2.7, c.unit),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(20 * i));
        c.text(QRectF(plot.right() + c.unit * 0.3, y - c.unit / 2, c.unit * 3, c.unit),
               Qt::AlignLeft | Qt::AlignVCenter, QString::number(rightTop * i / 5.0, 'f', rightTop < 5 ? 1 : 0));
    }
    c.verticalTitle(area.left() + c.unit * 0.2, plot, ChartText::tr("Records created (% of the list)"));
    c.verticalTitle(area.right() - c.unit * 1.2, plot, ChartText::tr("Opted out (% of the list)"));
    QDate month(r.from.year(), r.from.month(), 1);
    month = month < r.from ? month.addMonths(1) : month;
    // As many month labels as fit side by side without touching.
    const double perMonth = plot.width() * 30.4 / static_cast<double>(span);
    const int step = std::max(1, static_cast<int>(std::ceil(c.unit * 5.5 / perMonth)));
    for (; month <= r.to; month = month.addMonths(step)) {
        c.text(QRectF(x(month) - c.unit * 2.7, plot.bottom() + c.unit * 0.2, c.unit * 5.4, c.unit), Qt::AlignCenter,
               month.toString(QStringLiteral("MMM yyyy")));
    }
    c.text(QRectF(plot.left(), plot.bottom() + c.unit * 1.2, plot.width(), c.unit), Qt::AlignCenter,
           ChartText::tr("Week ending (Sunday)"));
    painter.setPen(QPen(kInk, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    const double legendTop = plot.bottom() + c.unit * 2.4;
    drawMilestones(c, key, plot, x, legendTop + c.unit * 2.3);
    // The two lines, broken where a count is hidden.
    for (const bool dissent : {false, true}) {
        QPainterPath path;
        bool drawing = false;
        for (const auto& point : r.uptake) {
            const double v = dissent ? share(point.dissent, point.list) : share(point.created, point.list);
            if (std::isnan(v)) {
                drawing = false;
                continue;
            }
            const QPointF at(x(point.end), plot.bottom() - plot.height() * v / (dissent ? rightTop : 100.0));
            drawing ? path.lineTo(at) : path.moveTo(at);
            drawing = true;
        }
        painter.setPen(QPen(dissent ? kDissent : kCreated, 1.6, dissent ? Qt::DashLine : Qt::SolidLine));
        painter.drawPath(path);
    }
    for (int i = 0; i < 2; ++i) {
        const double lx = area.left() + c.unit;
        const double ly = legendTop + c.unit * 1.1 * i;
        painter.setPen(QPen(i == 1 ? kDissent : kCreated, 1.6, i == 1 ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(QPointF(lx, ly + c.unit * 0.5), QPointF(lx + c.unit * 2, ly + c.unit * 0.5));
        c.text(QRectF(lx + c.unit * 2.4, ly, area.width() - c.unit * 4, c.unit), Qt::AlignLeft,
               i == 1 ? ChartText::tr("Opted out (right-hand scale); a gap where a count is not shown")
                      : ChartText::tr("Records created (left-hand scale)"));
    }
    painter.restore();
}

void paintFormsChart(const LmcReport& r, QPainter& painter, const QRectF& area)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(area, Qt::white);
    Canvas c{painter, area, area.width() / 40.0, painter.font()};
    c.text(QRectF(area.left(), area.top(), area.width(), c.unit * 1.4), Qt::AlignCenter,
           ChartText::tr("Forms received each week"), true);
    const QRectF plot(area.left() + c.unit * 4.5, area.top() + c.unit * 2.2, area.width() - c.unit * 6,
                      area.height() - c.unit * 8.4);
    const int weeks = r.forms ? r.forms->rowCount() : 0;
    const int total = r.forms ? r.forms->columnCount() : 0;
    double most = 0.0;
    for (int w = 0; w < weeks; ++w) {
        const Published& n = r.forms->cell(w, total);
        most = n.kind == Published::Kind::Rounded ? std::max(most, static_cast<double>(n.value)) : most;
    }
    const double top = niceAxisTop(std::max(10.0, most * 1.15));
    for (int i = 0; i <= 5; ++i) {
        const double y = plot.bottom() - plot.height() * i / 5.0;
        painter.setPen(QPen(kGrid, 0.5));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        c.text(QRectF(plot.left() - c.unit * 3, y - c.unit / 2, c.unit * 2.7, c.unit),
               Qt::AlignRight | Qt::AlignVCenter, QString::number(top * i / 5.0, 'f', 0));
    }
    c.verticalTitle(area.left() + c.unit * 0.2, plot,
                    ChartText::tr("Forms (count, rounded to %1)").arg(r.method.roundTo));
    const double slot = weeks > 0 ? plot.width() / weeks : plot.width();
    const int labelEvery = std::max(1, static_cast<int>(std::ceil(c.unit * 3.2 / slot)));
    bool anyHidden = false;
    bool anyPart = false;
    for (int w = 0; w < weeks; ++w) {
        const Published& n = r.forms->cell(w, total);
        const bool part = r.partWeeks.value(w);
        const QRectF bar(plot.left() + slot * (w + 0.15), 0, slot * 0.7, 0);
        if (n.kind == Published::Kind::Rounded) {
            const double h = plot.height() * static_cast<double>(n.value) / top;
            painter.setPen(QPen(kCreated.darker(), 0.6, part ? Qt::DotLine : Qt::SolidLine));
            painter.setBrush(part ? QBrush(kCreated.lighter(170), Qt::Dense4Pattern) : QBrush(kCreated.lighter(130)));
            painter.drawRect(QRectF(bar.left(), plot.bottom() - h, bar.width(), h));
        } else if (n.kind != Published::Kind::Zero) {
            anyHidden = true;
            c.text(QRectF(bar.left() - slot, plot.bottom() - c.unit * 1.1, bar.width() + 2 * slot, c.unit),
                   Qt::AlignCenter, n.text(), true);
        }
        anyPart = anyPart || part;
        if (w % labelEvery == 0) {
            c.text(QRectF(bar.center().x() - c.unit * 2, plot.bottom() + c.unit * 0.2, c.unit * 4, c.unit),
                   Qt::AlignCenter, r.forms->rowKeys().at(w).mid(5, 5).replace(u'-', u'/'));
        }
    }
    painter.setPen(QPen(kInk, 0.8));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);
    c.text(QRectF(plot.left(), plot.bottom() + c.unit * 1.2, plot.width(), c.unit), Qt::AlignCenter,
           ChartText::tr("Week beginning (Monday), month/day"));
    QStringList legend{ChartText::tr("Bar: the week's forms, all choices together")};
    if (anyHidden) {
        legend << ChartText::tr("* under a week: 1 to %1 forms, not shown; x: withheld so a hidden count cannot be "
                                "worked out")
                      .arg(r.method.suppressUpTo);
    }
    if (anyPart) {
        legend << ChartText::tr("Dotted bar: a part week, cut by the edge of the period");
    }
    for (int i = 0; i < legend.size(); ++i) {
        c.text(
            QRectF(area.left() + c.unit, plot.bottom() + c.unit * (2.6 + 1.1 * i), area.width() - 2 * c.unit, c.unit),
            Qt::AlignLeft, legend.at(i));
    }
    painter.restore();
}

namespace {

// A chart as a character of the document: laid out like an image, painted with whatever painter prints the page,
// so a PDF holds vectors rather than pixels.
class ChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartObject(const LmcReport& report, QObject* parent)
        : QObject(parent)
        , m_report(report)
    {}
    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        if (format.property(kKind).toString() != QLatin1String("uptake")) {
            return {640, 340};
        }
        // Room for the plot whatever the number of milestones listed under it (16 is the chart's line of text).
        const auto milestones =
            std::count_if(m_report.timeline.cbegin(), m_report.timeline.cend(),
                          [&](const Milestone& m) { return m.date >= m_report.from && m.date <= m_report.to; });
        return {640, 16.0 * (27.0 + 1.1 * static_cast<double>(milestones))};
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        if (format.property(kKind).toString() == QLatin1String("uptake")) {
            paintUptakeChart(m_report, *painter, rect);
        } else {
            paintFormsChart(m_report, *painter, rect);
        }
    }
    static constexpr int kType = QTextFormat::UserObject + 21;
    static constexpr int kKind = QTextFormat::UserProperty + 21;

private:
    const LmcReport& m_report;
};

} // namespace

void embedReportCharts(QTextDocument& document, const LmcReport& report)
{
    auto* handler = new ChartObject(report, &document);
    document.documentLayout()->registerHandler(ChartObject::kType, handler);
    for (const QString& kind : {QStringLiteral("uptake"), QStringLiteral("forms")}) {
        QTextCursor found = document.find(QStringLiteral("[[chart:%1]]").arg(kind));
        if (found.isNull()) {
            continue;
        }
        QTextCharFormat format;
        format.setObjectType(ChartObject::kType);
        format.setProperty(ChartObject::kKind, kind);
        found.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

} // namespace cd

#include "ReportCharts.moc"
