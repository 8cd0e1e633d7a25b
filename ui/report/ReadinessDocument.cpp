#include "report/ReadinessDocument.h"

#include "domain/Dates.h"
#include "export/PrivateFile.h"

#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace cd {
namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString html(const ReadinessRecord& r)
{
    const UploadReadiness& u = r.readiness;
    QString h = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 10pt;'>");
    h += QStringLiteral("<p style='color:#b00020; font-weight:bold;'>INTERNAL: for the practice's own files. It names "
                        "patients by NHS number: not for the LMC, not to be sent outside the practice. Made by a "
                        "manager.</p>");
    h += QStringLiteral("<h2>Summary Care Record: readiness for upload</h2>");
    h += QStringLiteral("<p><b>%1</b> (%2)<br>Planned upload: %3</p>")
             .arg(escaped(r.practiceName), escaped(r.practiceCode),
                  u.plannedUpload.isValid() ? humanDate(u.plannedUpload) : QStringLiteral("not set"));
    const bool atRisk = u.reconciled() && !u.atRisk.isEmpty();
    h += QStringLiteral("<p style='font-size: 12pt; %1'><b>%2</b></p>")
             .arg(atRisk ? QStringLiteral("color:#b00020;") : QString(), escaped(u.sentence(r.today)));
    if (u.last) {
        h += QStringLiteral("<h3>Last reconciliation with the clinical system</h3><p>Run %1 by %2, as of %3.</p>")
                 .arg(humanDate(u.last->at.date()) + u' ' + u.last->at.time().toString(QStringLiteral("HH:mm")),
                      escaped(u.last->by), humanDate(u.last->asOf));
        h += QStringLiteral("<table border='1' cellspacing='0' cellpadding='4'><tr><th align='left'>Outcome</th>"
                            "<th align='right'>Patients</th></tr>");
        for (const ReconcileOutcome o : allOutcomes()) {
            h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                     .arg(toString(o))
                     .arg(u.last->counts.value(toString(o)));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h3>Patients at risk of an upload against their wishes: %1</h3>").arg(r.atRiskNhs.size());
    if (r.atRiskNhs.isEmpty()) {
        h += QStringLiteral("<p>None%1.</p>")
                 .arg(u.reconciled() ? QString() : QStringLiteral(" known: no reconciliation has been run"));
    } else {
        h += QStringLiteral("<p>Found opting out at the desk with no dissent code in the clinical system at the last "
                            "reconciliation, or opting out since and not yet coded. Key 9Ndo for each, then "
                            "reconcile again.</p><p style='font-family: monospace;'>%1</p>")
                 .arg(r.atRiskNhs.join(QStringLiteral("<br>")));
    }
    h += QStringLiteral("<p>Opt-outs recorded at the desk and not yet marked coded: %1.</p>").arg(u.optOutsNotCoded);
    h += QStringLiteral("<hr><p style='font-size: 8pt;'>Produced %1 by %2 with Consent Desk. Internal; manager "
                        "only.</p></body></html>")
             .arg(humanDate(r.produced.date()) + u' ' + r.produced.time().toString(QStringLiteral("HH:mm")),
                  escaped(r.producedBy));
    return h;
}

} // namespace

Status writeReadinessPdf(const ReadinessRecord& record, const QString& file)
{
    auto out = PrivateFile::create(file);
    if (!out) {
        return out.error();
    }
    {
        QPdfWriter writer(&(*out)->device());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(QStringLiteral("SCR upload readiness, %1 (internal)").arg(record.practiceName));
        writer.setCreator(QStringLiteral("Consent Desk"));
        QTextDocument doc;
        doc.setHtml(html(record));
        doc.print(&writer);
    }
    if ((*out)->device().size() == 0) {
        return invalid(QStringLiteral("%1 could not be written: check there is room on the disk.")
                           .arg(QFileInfo(file).fileName()));
    }
    return (*out)->commit();
}

} // namespace cd
