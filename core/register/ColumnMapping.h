#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace cd {

// The register fields Consent Desk reads, with the names --map uses.
enum class RegisterField {
    NhsNumber,
    Surname,
    Forenames,
    DateOfBirth,
    Sex,
    Postcode,
    Registered,
    Title,
    Address,
    UsualGp
};

QString fieldName(RegisterField field); // "nhs", "surname", ...
// A header as the recognition compares it: lower case, letters and digits only ("NHS No." -> "nhsno").
QString normaliseHeader(const QString& header);
const QList<RegisterField>& allRegisterFields();

// Which column holds which field. Address may come from several columns (address lines, town), joined in order.
struct ColumnMapping
{
    QHash<RegisterField, QList<int>> columns;
    QStringList ignored; // headers that mean nothing to us, listed for the manager

    [[nodiscard]] bool has(RegisterField f) const { return !columns.value(f).isEmpty(); }
    [[nodiscard]] int column(RegisterField f) const { return has(f) ? columns.value(f).first() : -1; }

    // Recognises headers by their usual names in EMIS, SystmOne and Vision exports, ignoring case, spaces and
    // punctuation. overrides ("field" -> "Header as written") win over recognition.
    static Result<ColumnMapping> fromHeader(const QStringList& header, const QHash<QString, QString>& overrides = {});
    // Parses --map field=Header options.
    static Result<QHash<QString, QString>> parseOverrides(const QStringList& options);
};

} // namespace cd
