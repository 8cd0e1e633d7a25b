#pragma once

#include "domain/Patient.h"
#include "register/ColumnMapping.h"
#include "register/CsvReader.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace cd {

// A row that passed every check: the patient as the clinical system has them, and when they registered.
struct RegisterRow
{
    int line = 0;
    QString nhsAsWritten;
    Patient patient;
    QDate registered; // invalid when the file has no registration date
};

// A row refused, in words a practice manager understands.
struct RegisterReject
{
    int line = 0;
    QString nhsAsWritten;
    QString reason;
};

// The rows that passed, packed: the numbers and dates as integers, 32 bytes a row, and the text fields as UTF-8 in
// a few large blocks (no allocation of its own per row). A 2-million-row register is held whole until it is merged:
// packed, it takes about a sixth of its RegisterRows. Read back a row at a time, unpacked.
class PackedRegisterRows
{
public:
    void append(const RegisterRow& row);
    void reserve(qsizetype rows) { m_rows.reserve(rows); }
    [[nodiscard]] qsizetype size() const { return m_rows.size(); }
    [[nodiscard]] bool isEmpty() const { return m_rows.isEmpty(); }
    [[nodiscard]] RegisterRow operator[](qsizetype i) const;
    // The NHS number of row i as a number: no unpacking.
    [[nodiscard]] qint64 nhsAt(qsizetype i) const { return m_rows.at(i).nhs; }
    // Removes, in place, the rows whose NHS number the predicate names.
    void removeIf(const std::function<bool(qint64 nhs)>& byNumber);

private:
    struct Packed
    {
        qint64 nhs = 0;
        qint32 dateOfBirth = 0; // Julian days; kNoDate when the file had none
        qint32 registered = 0;
        qint32 line = 0;
        quint32 block = 0;  // where the row's text is: nhsAsWritten, title, forename, surname, sex, address,
        quint32 offset = 0; // postcode, usual GP, 0x1F apart
        quint32 length = 0;
    };
    QList<Packed> m_rows;
    QList<QByteArray> m_blocks; // filled to their capacity, never grown: a row's text never moves
};
struct ValidatedRegister
{
    PackedRegisterRows rows;
    QList<RegisterReject> rejects;
};

// Dates as the clinical systems write them: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd and dd-Mon-yyyy, with an
// optional time after them (ignored). Never month first; two-digit years are refused.
Result<QDate> parseRegisterDate(const QString& text);

// M, F, Male, Female, U, Unknown, I, Indeterminate (any case) as the one letter stored; empty means not known (U).
std::optional<QString> parseSex(const QString& text);

// Each detail that differs, as `field: "old" -> "new"`: the audit keeps both, so a practice can see who changed
// what (an import's update, a returning patient registered again).
QStringList patientDifferences(const Patient& was, const Patient& now);

// Checks rows one at a time as they are read (DOMAIN.md's NHS number check, surname, dates, sex); at the end,
// refuses every row whose NHS number appeared more than once in the file: we cannot know which is right.
class RegisterValidator
{
public:
    RegisterValidator(const ColumnMapping& mapping, QDate today)
        : m_mapping(mapping)
        , m_today(today)
    {}
    void add(const CsvRecord& record);
    // Room for about this many rows at once: growing a list of 100,000 rows step by step holds two copies at each
    // step.
    void reserve(qsizetype rows)
    {
        m_result.rows.reserve(rows);
        m_seen.reserve(static_cast<size_t>(rows));
    }
    // The rows and the rejects, in line order.
    ValidatedRegister finish();

private:
    ColumnMapping m_mapping;
    QDate m_today;
    ValidatedRegister m_result;
    // Every valid NHS number read, as a number (8 bytes a row; a table of strings cost over 100).
    std::vector<qint64> m_seen;
};

// The same over a whole table in memory.
ValidatedRegister validateRegister(const CsvTable& table, const ColumnMapping& mapping, QDate today);

} // namespace cd
