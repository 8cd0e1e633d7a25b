#include "print/PrintedList.h"
#include "domain/TextRules.h"
#include "export/PrivateFile.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "service/AuditService.h"
#include "service/PatientRecord.h"
#include "service/PracticeOverview.h"

#include <QAbstractItemModel>
#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextDocument>

namespace cd {

namespace {

// The audit names a patient by their record, never by a name in its details.
QString auditedTitle(const PrintedList& list)
{
    return list.patientNhs.isEmpty() ? list.title : QObject::tr("a patient's history");
}

} // namespace

QString PrintedList::footer(int page, int pages) const
{
    return QObject::tr("Contains patient data: %1, printed %2 by %3. Page %4 of %5.")
        .arg(practice, printedAt.toString(QStringLiteral("d MMM yyyy HH:mm")), printedBy)
        .arg(page)
        .arg(pages);
}

PrintedList PrintedList::history(const PatientRecord& record, QDate asOf)
{
    PrintedList list;
    list.title = QObject::tr("History of %1, NHS number %2, as of %3")
                     .arg(record.patient.displayName(), NhsNumber::display(record.patient.nhsNumber), humanDate(asOf));
    list.columns = {QObject::tr("Date"), QObject::tr("Entry"), QObject::tr("What"), QObject::tr("Recorded by")};
    for (qsizetype i = record.history.size() - 1; i >= 0; --i) {
        const ConsentEvent& e = record.history.at(i);
        const QString voided =
            record.voided.contains(e.id) ? QObject::tr(" (VOID: %1)").arg(record.voidReasons.value(e.id)) : QString();
        list.rows << QStringList{humanDate(e.date), QStringLiteral("#%1").arg(e.id),
                                 PatientRecord::describeEvent(e) + voided,
                                 QStringLiteral("%1 (%2)").arg(e.recordedBy, toString(e.recordedRole))};
    }
    list.patientNhs = record.patient.nhsNumber;
    return list;
}

int PrintedList::paint(QPrinter& printer) const
{
    QString html = QStringLiteral("<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'><tr>")
                       .arg(title.toHtmlEscaped());
    for (const QString& c : columns) {
        html += QStringLiteral("<th align='left'>%1</th>").arg(c.toHtmlEscaped());
    }
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row) {
            html += QStringLiteral("<td>%1</td>").arg(inertText(cell).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (rows.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(QObject::tr("Nothing on this list.").toHtmlEscaped());
    }
    QPainter painter(&printer);
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&printer);
    QFont font = doc.defaultFont();
    font.setPointSizeF(9.0);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    const QFontMetricsF metrics(font, &printer);
    const qreal footerHeight = metrics.height() * 2.5;
    const qreal bodyHeight = page.height() - footerHeight;
    doc.setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = doc.pageCount();
    for (int p = 0; p < pages; ++p) {
        if (p > 0) {
            printer.newPage();
        }
        painter.save();
        painter.translate(0, -p * bodyHeight);
        doc.drawContents(&painter, QRectF(0, p * bodyHeight, page.width(), bodyHeight));
        painter.restore();
        painter.setFont(font);
        painter.drawText(QRectF(0, bodyHeight + metrics.height() * 0.5, page.width(), metrics.height() * 2),
                         Qt::AlignLeft | Qt::TextWordWrap, footer(p + 1, pages));
    }
    return pages;
}

PrintedList PrintedList::fromTable(const QString& title, const QTableView& view)
{
    PrintedList list;
    list.title = title;
    const QAbstractItemModel* model = view.model();
    const QHeaderView* header = view.horizontalHeader();
    QList<int> shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!view.isColumnHidden(column)) {
            shown << column;
            list.columns << model->headerData(column, Qt::Horizontal).toString();
        }
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (const int column : shown) {
            cells << model->data(model->index(row, column)).toString();
        }
        list.rows << cells;
    }
    return list;
}

namespace {

// Fills in who, where and when, and writes the audit row first: nothing is printed that the audit does not record.
bool prepare(QWidget* parent, Database& db, const Clock& clock, const Actor& actor, PrintedList& list,
             const QString& how)
{
    auto overview = PracticeOverview::load(db);
    list.practice =
        overview ? QStringLiteral("%1 (%2)").arg(overview->practice.name, overview->practice.code) : QString();
    list.printedBy = actor.user;
    list.printedAt = clock.recordedNow();
    if (auto audited = AuditService(db, clock).recordPrint(actor, how + u' ' + auditedTitle(list), list.rows.size(),
                                                           list.patientNhs);
        !audited) {
        QMessageBox::warning(parent, QObject::tr("Print"), QObject::tr("Not printed: %1").arg(audited.error().message));
        return false;
    }
    return true;
}

} // namespace

bool printWithPreview(QWidget* parent, Database& db, const Clock& clock, const Actor& actor, PrintedList list)
{
    if (!prepare(parent, db, clock, actor, list, QStringLiteral("printed"))) {
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(list.columns.size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(QObject::tr("Print: %1").arg(list.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&list](QPrinter* target) { list.paint(*target); });
    return preview.exec() == QDialog::Accepted;
}

bool saveListAsPdf(QWidget* parent, Database& db, const Clock& clock, const Actor& actor, PrintedList list,
                   const QString& file)
{
    QString path = file;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(parent, QObject::tr("Save as PDF"),
                                            QDir(folder).filePath(list.title + QStringLiteral(".pdf")),
                                            QObject::tr("PDF (*.pdf)"));
        if (path.isEmpty()) {
            return false;
        }
    }
    // The PDF names patients: owner-only from its first byte, whole or not at all, never through a symbolic link.
    auto out = PrivateFile::create(path);
    if (!out) {
        QMessageBox::warning(parent, QObject::tr("Save as PDF"), out.error().message);
        return false;
    }
    if (!prepare(parent, db, clock, actor, list, QStringLiteral("saved as PDF"))) {
        return false;
    }
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName((*out)->temporaryPath());
        printer.setPageOrientation(list.columns.size() > 5 ? QPageLayout::Landscape : QPageLayout::Portrait);
        list.paint(printer);
    } // the PDF is finished when the printer goes
    if (auto written = (*out)->commit(); !written) {
        QMessageBox::warning(parent, QObject::tr("Save as PDF"), written.error().message);
        return false;
    }
    return true;
}

} // namespace cd
