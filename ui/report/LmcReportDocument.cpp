#include "report/LmcReportDocument.h"

#include "domain/Dates.h"
#include "domain/TextRules.h"
#include "export/PrivateFile.h"
#include "report/ReportCharts.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>

namespace cd {

namespace {

// The report's words go through tr() like the screens', under their own context.
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(LmcReport)
};

QString esc(const QString& text)
{
    return inertText(text).toHtmlEscaped(); // a hidden character is printed as text, inert
}

// A number never wraps: it is kept whole on its line.
QString number(const QString& text)
{
    return QStringLiteral("<span style=\"white-space: nowrap\">%1</span>").arg(esc(text));
}

// A column header broken only between words, each line kept whole, so no word splits and no bracket stands alone.
QString header(const QString& label, int width = 11)
{
    QStringList lines;
    for (const QString& word : label.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= width) {
            lines.last() += u' ' + word;
        } else {
            lines << word;
        }
    }
    for (QString& line : lines) {
        line = number(line);
    }
    return lines.join(QStringLiteral("<br>"));
}

// A table whose heading is its first header row: Qt repeats header rows on each page and never prints a heading at
// the foot of a page without the table under it.
QString openTable(const QString& heading, int columns, const QString& columnHeaders)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr><th "
                          "colspan=\"%1\" align=\"left\" style=\"border: none\"><h2>%2</h2></th></tr>%3</thead>")
        .arg(columns)
        .arg(esc(heading), columnHeaders);
}

QString tableHtml(const QString& heading, const PublishedTable& t, const QString& corner, bool withTotalRow,
                  bool percents, int cornerWidth = 11)
{
    // Every column as wide as the others and headers in small type, so the longest word ("additional)") fits and a
    // header breaks only between words.
    const auto columns = static_cast<int>(t.columnLabels().size());
    const int edge = 10;
    const int share = (100 - edge - cornerWidth) / std::max(1, columns);
    QString headers =
        QStringLiteral("<tr><th align=\"left\" width=\"%1%\"><small>%2</small></th>").arg(cornerWidth).arg(esc(corner));
    for (const QString& c : t.columnLabels()) {
        headers += QStringLiteral("<th width=\"%1%\"><small>%2</small></th>").arg(share).arg(header(c));
    }
    headers +=
        QStringLiteral("<th width=\"%1%\"><small>%2</small></th></tr>").arg(edge).arg(esc(ReportText::tr("Total")));
    QString html = openTable(heading, t.columnCount() + 2, headers);
    for (int r = 0; r <= t.rowCount(); ++r) {
        if (r == t.rowCount() && !withTotalRow) {
            break;
        }
        html += QStringLiteral("<tr><td>%1</td>")
                    .arg(r < t.rowCount() ? number(t.rowLabels().at(r))
                                          : QStringLiteral("<b>%1</b>").arg(esc(ReportText::tr("Total"))));
        for (int c = 0; c <= t.columnCount(); ++c) {
            QString cell = number(t.text(r, c));
            if (percents && c < t.columnCount() && !t.percentOfRow(r, c).isEmpty()) {
                cell += QStringLiteral("<br><small>%1</small>").arg(number(t.percentOfRow(r, c)));
            }
            html += QStringLiteral("<td align=\"right\">%1</td>").arg(cell);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString status(const Milestone& m, QDate asOf)
{
    if (m.status == Milestone::Status::Actual) {
        return m.date <= asOf ? ReportText::tr("done") : ReportText::tr("ahead");
    }
    return m.date <= asOf ? ReportText::tr("planned; not recorded as done") : ReportText::tr("planned");
}

QString whose(const LmcReport& r, const Milestone& m)
{
    return m.scope == kPracticeScope ? ReportText::tr("the practice")
                                     : (m.scope == kNationalScope ? ReportText::tr("England") : r.regionName);
}

QString timelineHtml(const LmcReport& r)
{
    const QString headers = ReportText::tr("<tr><th align=\"left\">When</th><th align=\"left\">Whose</th><th "
                                           "align=\"left\">Milestone</th><th align=\"left\">Status</th></tr>");
    QString html = openTable(ReportText::tr("The rollout timeline"), 4, headers);
    bool placed = false;
    const auto standsRow = [&] {
        html += ReportText::tr("<tr><td><b>%1</b></td><td><b>the practice</b></td><td><b>&#9654; The figures in "
                               "this report are as of this date</b></td><td></td></tr>")
                    .arg(number(humanDate(r.to)));
        placed = true;
    };
    for (const Milestone& m : r.timeline) {
        if (!placed && m.date > r.to) {
            standsRow();
        }
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(number(m.displayDate()), esc(whose(r, m)), esc(m.label), esc(status(m, r.to)));
    }
    if (!placed) {
        standsRow();
    }
    return html + QStringLiteral("</table>");
}

// Where the practice stands: the last step taken and the next one, from its own and its region's timeline.
QString standing(const LmcReport& r)
{
    const Milestone* last = nullptr;
    const Milestone* next = nullptr;
    for (const Milestone& m : r.timeline) {
        if (m.scope == kNationalScope) {
            continue;
        }
        if (m.date <= r.to && m.status == Milestone::Status::Actual) {
            last = &m;
        } else if (m.date > r.to && !next) {
            next = &m;
        }
    }
    QString text;
    if (last) {
        text += ReportText::tr("Last step: %1 (%2, %3).")
                    .arg(esc(last->label), number(last->displayDate()), esc(whose(r, *last)));
    }
    if (r.plannedUpload.isValid() && !r.uploadDone.isValid()) {
        text += u' ' + (r.plannedUpload <= r.to
                            ? ReportText::tr("The planned upload (%1) has passed and is not recorded as done.")
                            : ReportText::tr("The upload is planned for %1."))
                           .arg(number(humanDate(r.plannedUpload)));
    } else if (r.uploadDone.isValid()) {
        text += u' ' + ReportText::tr("Upload recorded as done on %1.").arg(number(humanDate(r.uploadDone)));
    }
    if (next) {
        text += u' ' + ReportText::tr("Next: %1 (%2, %3).")
                           .arg(esc(next->label), number(next->displayDate()), esc(whose(r, *next)));
    }
    return text.trimmed();
}

QString figureText(const LmcReport& r, const QString& key)
{
    const LmcReport::Figure* f = r.figure(key);
    return f ? f->value.text() : QString();
}

QString pageOne(const LmcReport& r)
{
    QString html;
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    const auto row = [&](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td width=\"34%\" valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(esc(label), value);
    };
    const int total = r.states->columnCount();
    const int dissent = static_cast<int>(r.states->columnKeys().indexOf(QStringLiteral("dissent")));
    const Published& list = r.states->cell(0, total);
    const Published& optedOut = r.states->cell(0, dissent);
    QString rate = r.states->percentOfRow(0, dissent).isEmpty()
                       ? ReportText::tr("not shown (a count is hidden)")
                       : QStringLiteral("<b>%1</b>").arg(number(r.states->percentOfRow(0, dissent)));
    rate += ReportText::tr(" of the registered list: %1 opted out of a list of %2.")
                .arg(number(optedOut.text()), number(list.text()));
    if (r.regionOptOut) {
        rate += ReportText::tr("<br>Reference: %1, %2 opted out (%3).")
                    .arg(esc(r.regionOptOut->label), number(QString::number(r.regionOptOut->percent, 'f', 1) + u'%'),
                         esc(r.regionOptOut->source));
    }
    row(ReportText::tr("Opt-out rate"), rate);
    row(ReportText::tr("On the timeline"), standing(r));
    row(ReportText::tr("Still to be coded before the upload"),
        ReportText::tr("Opt-outs: %1 (overdue: %2)<br>Consents: %3 (overdue: %4)")
            .arg(number(figureText(r, QStringLiteral("awaiting_coding_dissent"))),
                 number(figureText(r, QStringLiteral("overdue_coding_dissent"))),
                 number(figureText(r, QStringLiteral("awaiting_coding_consent"))),
                 number(figureText(r, QStringLiteral("overdue_coding_consent")))));
    row(ReportText::tr("Letters returned undelivered"), number(figureText(r, QStringLiteral("letters_returned"))));
    row(ReportText::tr("Note from the practice"),
        r.note.trimmed().isEmpty() ? ReportText::tr("(none)") : esc(r.note).replace(u'\n', QStringLiteral("<br>")));
    return html + QStringLiteral("</table>");
}

QString statesHtml(const LmcReport& r)
{
    const QString headers = ReportText::tr("<tr><th align=\"left\">Registered patients, %1</th><th>Count</th><th>Share "
                                           "of the list</th></tr>")
                                .arg(number(humanDate(r.to)));
    QString html = openTable(ReportText::tr("Consent states"), 3, headers);
    const auto row = [&](const QString& label, const Published& value, bool bold = false) {
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(bold ? QStringLiteral("<b>%1</b>").arg(esc(label)) : esc(label), number(value.text()),
                         number(r.percentOfList(value)));
    };
    const PublishedTable& t = *r.states;
    row(ReportText::tr("Registered patients (the list)"), t.cell(0, t.columnCount()), true);
    for (int c = 0; c < t.columnCount(); ++c) {
        row(t.columnLabels().at(c), t.cell(0, c));
    }
    for (const QString& key :
         {QStringLiteral("informed"), QStringLiteral("records_created"), QStringLiteral("express_consents")}) {
        if (const LmcReport::Figure* f = r.figure(key)) {
            row(f->label, f->value);
        }
    }
    return html + QStringLiteral("</table>");
}

} // namespace

std::unique_ptr<QTextDocument> buildReportDocument(const LmcReport& r)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(24);
    QString html;
    html += ReportText::tr("<h1>Summary Care Record: consent and uptake</h1>");
    html += ReportText::tr("<p><b>%1</b> (%2), %3%4<br>Figures as of <b>%5</b>; forms received %6 to %5 (whole "
                           "%7s).<br>Produced %8 by Consent Desk %9.</p>")
                .arg(esc(r.practiceName), esc(r.practiceCode), esc(r.regionName),
                     r.demo ? ReportText::tr(" &mdash; <b>demo data</b>") : QString(), number(humanDate(r.to)),
                     number(humanDate(r.from)), toString(r.period),
                     number(r.generatedAt.toUTC().toString(QStringLiteral("d MMM yyyy HH:mm 'UTC'"))),
                     QStringLiteral(CONSENTDESK_VERSION));
    html += ReportText::tr("<p><i>Aggregate figures for the Local Medical Committee; the report names no patient. "
                           "%1 A count marked x is withheld so that a hidden one cannot be worked out. Every "
                           "percentage is of the registered list unless it says otherwise.</i></p>")
                .arg(esc(r.method.sentence()));
    if (!r.states || !r.mix || !r.forms) { // nothing gathered: the heading and the note alone
        html += QStringLiteral("<p>%1</p>").arg(esc(r.note));
        doc->setHtml(html);
        return doc;
    }
    html += pageOne(r);
    html += statesHtml(r);
    html += QStringLiteral("<p align=\"center\">[[chart:uptake]]</p>");
    html += QStringLiteral("<p align=\"center\">[[chart:forms]]</p>");
    html += timelineHtml(r);
    html += tableHtml(ReportText::tr("Consent states by age band, %1").arg(humanDate(r.to)), *r.mix,
                      ReportText::tr("Age band"), true, false);
    html += tableHtml(ReportText::tr("Forms received by week"), *r.forms, ReportText::tr("Week beginning"), true, false,
                      26);
    doc->setHtml(html);
    embedReportCharts(*doc, r);
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
