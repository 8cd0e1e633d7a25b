#include "report/LmcReportDocument.h"
#include "domain/TextRules.h"
#include "export/PrivateFile.h"

#include "charts/ChartPainter.h"
#include "charts/UptakeCharts.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QUrl>

#include <cmath>

namespace cd {

namespace {
// The report's words go through tr() like the screens', under their own context.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(LmcReport)
};
} // namespace
namespace {

QString esc(const QString& text)
{
    return inertText(text).toHtmlEscaped(); // a hidden character is printed as text, inert
}

// The report's charts never plot a small count, nor a percentage made from one.
ChartSpec suppressedUptake(const LmcReport& r)
{
    const Programme& p = *r.series.programme;
    ChartSpec spec = uptakeChart(r.series, r.timeline);
    const auto small = [&](qint64 n) {
        return n > 0 && n < r.threshold;
    };
    for (qsizetype i = 0; i < r.series.points.size(); ++i) {
        const SeriesPoint& point = r.series.points.at(i);
        const qint64 created = point.listSize - point.state(p, kNotInformed) - point.state(p, kInWindow) -
                               point.state(p, QStringLiteral("dissent"));
        const qint64 dissent = point.state(p, QStringLiteral("dissent"));
        const qint64 informed = point.listSize - point.state(p, kNotInformed);
        const bool listSmall = small(point.listSize);
        if (listSmall || small(created)) {
            spec.series[0].points[i].second = std::nan("");
        }
        if (listSmall || small(dissent)) {
            spec.series[1].points[i].second = std::nan("");
        }
        if (listSmall || small(informed)) {
            spec.series[2].points[i].second = std::nan("");
        }
    }
    return spec;
}

ChartSpec suppressedForms(const LmcReport& r)
{
    ChartSpec spec = formsChart(r.series, r.timeline);
    for (auto& s : spec.series) {
        for (auto& point : s.points) {
            if (point.second > 0 && point.second < r.threshold) {
                point.second = std::nan("");
            }
        }
    }
    spec.subtitle.clear();
    return spec;
}

QImage chartImage(const ChartSpec& spec)
{
    QImage image(1800, 1000, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(spec, painter, QRectF(0, 0, 1800, 1000), ChartStyle::forPrint());
    return image;
}

QString tableHtml(const SuppressedTable& t, const QString& corner, bool percents)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th "
                                  "align=\"left\">%1</th>")
                       .arg(esc(corner));
    for (const QString& c : t.columnLabels()) {
        html += QStringLiteral("<th>%1</th>").arg(esc(c));
    }
    html += ReportText::tr("<th>Total</th></tr>");
    for (int r = 0; r <= t.rowCount(); ++r) {
        html += QStringLiteral("<tr><td>%1</td>")
                    .arg(r < t.rowCount() ? esc(t.rowLabels().at(r)) : ReportText::tr("<b>Total</b>"));
        for (int c = 0; c <= t.columnCount(); ++c) {
            QString cell = esc(t.text(r, c));
            if (percents && c < t.columnCount() && !t.percentOfRow(r, c).isEmpty()) {
                cell += QStringLiteral("<br><small>%1</small>").arg(t.percentOfRow(r, c));
            }
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString timelineHtml(const LmcReport& r)
{
    QString html =
        ReportText::tr("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th "
                       "align=\"left\">When</th><th align=\"left\">Whose</th><th align=\"left\">Milestone</th>"
                       "<th align=\"left\"></th></tr>");
    bool placed = false;
    const auto standsRow = [&] {
        html += ReportText::tr("<tr><td><b>%1</b></td><td><b>the practice</b></td><td><b>&#9654; The practice stands "
                               "here: the figures above are as of this date</b></td><td></td></tr>")
                    .arg(esc(humanDate(r.to)));
        placed = true;
    };
    for (const Milestone& m : r.timeline) {
        if (!placed && m.date > r.to) {
            standsRow();
        }
        const QString whose = m.scope == kPracticeScope
                                  ? ReportText::tr("the practice")
                                  : (m.scope == kNationalScope ? ReportText::tr("England") : r.regionName);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(m.displayDate()), esc(whose), esc(m.label),
                         m.date <= r.to ? ReportText::tr("passed") : ReportText::tr("ahead"));
    }
    if (!placed) {
        standsRow();
    }
    return html + QStringLiteral("</table>");
}

} // namespace

std::unique_ptr<QTextDocument> buildReportDocument(const LmcReport& r)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(24);
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:uptake")),
                     chartImage(suppressedUptake(r)));
    doc->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:forms")), chartImage(suppressedForms(r)));
    const QStringList created = {QStringLiteral("implied"), QStringLiteral("consent_core"),
                                 QStringLiteral("consent_core_additional")};
    const QStringList express = {QStringLiteral("consent_core"), QStringLiteral("consent_core_additional")};
    QString html;
    html += ReportText::tr("<h1>Summary Care Record: consent and uptake</h1>");
    html += ReportText::tr("<p><b>%1</b> (%2), %3<br>Period %4 to %5; figures as of %5.<br>Produced %6 by Consent "
                           "Desk.</p>")
                .arg(esc(r.practiceName), esc(r.practiceCode), esc(r.regionName), esc(humanDate(r.from)),
                     esc(humanDate(r.to)), esc(humanDate(r.generatedAt.date())));
    html += ReportText::tr("<p><i>Aggregate figures for the Local Medical Committee. Counts from 1 to %1 are shown "
                           "as &lt;%2; a cell marked * is withheld so that a small count cannot be worked out from the "
                           "totals; no percentage is given for a hidden count. The report names no patient.</i></p>")
                .arg(r.threshold - 1)
                .arg(r.threshold);
    html += ReportText::tr("<h2>Headline figures</h2>");
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">");
    const auto row = [&](const QString& label, const QString& value, const QString& percent = QString()) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(esc(label), esc(value), esc(percent));
    };
    const SuppressedTable states = r.statesTable();
    const int total = states.columnCount();
    row(ReportText::tr("Registered patients (list size)"), states.text(0, total));
    row(ReportText::tr("Informed (sent a pack that arrived)"), r.derived({kNotInformed}, true),
        r.derivedPercent({kNotInformed}, true));
    for (int c = 0; c < total; ++c) {
        row(QStringLiteral("  ") + states.columnLabels().at(c), states.text(0, c), states.percentOfRow(0, c));
    }
    row(ReportText::tr("Records created (implied and express consent)"), r.derived(created), r.derivedPercent(created));
    row(ReportText::tr("Express consents (both kinds)"), r.derived(express), r.derivedPercent(express));
    row(ReportText::tr("Letters returned undelivered"), r.single(r.headline.lettersReturned));
    row(ReportText::tr("Choices awaiting coding in the clinical system"), r.single(r.headline.awaitingCoding),
        r.oldestAwaitingCodingDays >= 0 ? ReportText::tr("oldest %1 days").arg(r.oldestAwaitingCodingDays) : QString());
    html += QStringLiteral("</table>");
    // Each chart carries its own title, so a page break never parts a heading from its chart.
    html += QStringLiteral("<p><img src=\"chart:uptake\" width=\"640\"></p>");
    html += QStringLiteral("<p><img src=\"chart:forms\" width=\"640\"></p>");
    html += ReportText::tr("<h2>The rollout timeline</h2>") + timelineHtml(r);
    html += ReportText::tr("<h2>Consent mix by age band, %1</h2>").arg(esc(humanDate(r.to)));
    html += tableHtml(r.mixTable(), ReportText::tr("Age band"), true);
    if (!r.note.trimmed().isEmpty()) {
        html += ReportText::tr("<h2>Note from the practice</h2><p>%1</p>")
                    .arg(esc(r.note).replace(u'\n', QStringLiteral("<br>")));
    }
    doc->setHtml(html);
    return doc;
}

Status writeReportPdf(const LmcReport& report, const QString& file)
{
    // Owner-only and whole, as every file the program writes (the report is aggregate, but a practice's all the same).
    auto out = PrivateFile::create(file);
    if (!out) {
        return out.error();
    }
    auto doc = buildReportDocument(report);
    {
        QPdfWriter writer(&(*out)->device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(ReportText::tr("SCR consent report, %1").arg(report.practiceName));
        writer.setCreator(QStringLiteral("Consent Desk"));
        doc->print(&writer);
    } // the writer finishes the PDF as it goes
    if ((*out)->device().size() == 0) {
        return invalid(QStringLiteral("%1 could not be written: check there is room on the disk.")
                           .arg(QFileInfo(file).fileName()));
    }
    return (*out)->commit();
}

} // namespace cd
