#pragma once

#include "domain/Clock.h"
#include "service/Actor.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

class QAbstractItemModel;
class QPrinter;
class QTableView;
class QWidget;

namespace cd {

class Database;
struct PatientRecord;

// A list or a patient's history as it is printed or saved as a PDF from the desk: a title, its columns and rows,
// and on every page the footer "Contains patient data: <practice>, printed <date> by <user>, page n of m".
struct PrintedList
{
    QString title;
    QStringList columns;
    QList<QStringList> rows;
    QString practice;
    QString printedBy;
    QDateTime printedAt;
    QString patientNhs; // when the list is one patient's history (the audit names them)

    // The footer of every page.
    [[nodiscard]] QString footer(int page, int pages) const;
    // Lays the list out on the printer's pages; returns how many.
    int paint(QPrinter& printer) const;

    // The rows of a table as shown: its visible columns in their order on screen, every row of its model.
    static PrintedList fromTable(const QString& title, const QTableView& view);
    // A patient's whole history, newest first, voided entries marked with their reason.
    static PrintedList history(const PatientRecord& record, QDate asOf);
};

// Print preview (then the printer), or a PDF file: either way audited first through the service, and refused with a
// message if the audit cannot be written. Returns false when cancelled or refused.
bool printWithPreview(QWidget* parent, Database& db, const Clock& clock, const Actor& actor, PrintedList list);
bool saveListAsPdf(QWidget* parent, Database& db, const Clock& clock, const Actor& actor, PrintedList list,
                   const QString& file = QString());

} // namespace cd
