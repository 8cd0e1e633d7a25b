#pragma once

#include "domain/Programme.h"
#include "domain/Result.h"

#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QMap>
#include <QStringList>

namespace cd {

// A clinical system's search of SCR consent codes (EMIS Web, SystmOne, Vision): one row per coded entry, with the
// NHS number, the code and the entry's date, and perhaps the term, the name and the date of birth. Read with the
// register import's rules (encodings, delimiters, quoting, blank lines, --map).
struct ClinicalEntry
{
    int line = 0;
    QString code; // as the programme spells it: "9Ndo", "93C3", "XaXj6"
    QDate date;
};

// A row that could not be used, or whose patient is not on the register: listed, never fatal.
struct UnusableRow
{
    int line = 0;
    QString nhsAsWritten;
    QString reason;
};

struct ClinicalExport
{
    QString encoding;
    QChar delimiter;
    QStringList columns;
    QHash<QString, QString> mappingUsed; // field -> header
    // Each patient's latest-dated SCR entry on or before the as-of date, by NHS number. Two different codes on one
    // date: the more restrictive stands (an opt-out over a consent), as the ledger settles two forms of one date.
    QHash<qint64, ClinicalEntry> latest;
    QMap<QString, qint64> ignoredCodes; // codes that are not the programme's, with how many rows had each
    QList<UnusableRow> unusable;
    qint64 rows = 0; // rows read after the header
};

enum class ExportField { NhsNumber, Code, Date, Term, Name, DateOfBirth };
QString fieldName(ExportField field); // "nhs", "code", "date", "term", "name", "dob"

// The programme's choice (or its default state, for 9Ndl) that a clinical code records, current, legacy or CTV3,
// as the programme file spells it; nullptr for any other code. A trailing dot ("9Ndo.") is not part of the code.
const ChoiceDefinition* choiceForClinicalCode(const Programme& programme, const QString& code);

// Reads the export; mapping is --map's (field -> header). A file it cannot read at all (no NHS number, code or date
// column, a refused encoding, a field over 1 MB) is an error, with nothing else done.
Result<ClinicalExport> readClinicalExport(QIODevice& file, const Programme& programme, QDate asOf,
                                          const QHash<QString, QString>& mapping = {});

} // namespace cd
