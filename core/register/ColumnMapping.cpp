#include "register/ColumnMapping.h"

#include <algorithm>
#include <vector>

namespace cd {
namespace {

struct FieldNames
{
    RegisterField field;
    const char* name;
    std::vector<const char*> synonyms; // normalised: lower case, letters and digits only

    [[nodiscard]] bool knows(const QString& key) const
    {
        return std::any_of(synonyms.begin(), synonyms.end(), [&](const char* s) { return key == QLatin1String(s); });
    }
};

const QList<FieldNames>& table()
{
    static const QList<FieldNames> names = {
        {RegisterField::NhsNumber, "nhs", {"nhsnumber", "nhsno", "nhsnum", "nhs", "newnhsnumber", "nhsnumberverified"}},
        {RegisterField::Surname, "surname", {"surname", "familyname", "lastname", "patientsurname"}},
        {RegisterField::Forenames,
         "forename",
         {"forename", "forenames", "firstname", "firstnames", "givenname", "givennames", "patientforename"}},
        {RegisterField::DateOfBirth, "dob", {"dateofbirth", "dob", "birthdate", "birthdatedob"}},
        {RegisterField::Sex, "sex", {"sex", "gender"}},
        {RegisterField::Postcode, "postcode", {"postcode", "postalcode", "patientpostcode"}},
        {RegisterField::Registered,
         "registered",
         {"registrationdate", "dateregistered", "dateofregistration", "registereddate", "regdate"}},
        {RegisterField::Title, "title", {"title"}},
        {RegisterField::Address,
         "address",
         {"address", "fulladdress", "addressline1", "addressline2", "addressline3", "addressline4", "addressline5",
          "address1", "address2", "address3", "address4", "address5", "houseno", "street", "locality", "town", "city",
          "county"}},
        {RegisterField::UsualGp, "usual-gp", {"usualgp", "registeredgp", "usualgpname", "gp"}},
    };
    return names;
}

QString normalise(const QString& header)
{
    return normaliseHeader(header);
}

} // namespace

QString normaliseHeader(const QString& header)
{
    QString key;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber()) {
            key.append(c);
        }
    }
    return key;
}

QString fieldName(RegisterField field)
{
    for (const auto& f : table()) {
        if (f.field == field) {
            return QString::fromLatin1(f.name);
        }
    }
    return QString();
}

const QList<RegisterField>& allRegisterFields()
{
    static const QList<RegisterField> fields = [] {
        QList<RegisterField> list;
        for (const auto& f : table()) {
            list << f.field;
        }
        return list;
    }();
    return fields;
}

Result<ColumnMapping> ColumnMapping::fromHeader(const QStringList& header, const QHash<QString, QString>& overrides)
{
    ColumnMapping m;
    QList<bool> used(header.size(), false);
    // Overrides first: they name the header exactly as the file writes it (case and spaces ignored).
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const auto spec = std::find_if(table().begin(), table().end(),
                                       [&](const FieldNames& f) { return QLatin1String(f.name) == it.key(); });
        if (spec == table().end()) {
            return invalid(
                QStringLiteral("--map names an unknown field \"%1\": use one of nhs, surname, forename, dob, "
                               "sex, postcode, registered, title, address, usual-gp.")
                    .arg(it.key()));
        }
        const qsizetype column =
            std::distance(header.begin(), std::find_if(header.begin(), header.end(), [&](const QString& h) {
                              return normalise(h) == normalise(it.value());
                          }));
        if (column >= header.size()) {
            return invalid(QStringLiteral("--map %1=%2: the file has no column \"%2\" (its columns are: %3).")
                               .arg(it.key(), it.value(), header.join(QStringLiteral(", "))));
        }
        m.columns[spec->field] = {static_cast<int>(column)};
        used[column] = true;
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (used[i]) {
            continue;
        }
        const QString key = normalise(header[i]);
        bool known = false;
        for (const auto& f : table()) {
            if (f.knows(key) && !overrides.contains(QLatin1String(f.name))) {
                // The first column of a field wins, except for the address, which gathers every line.
                if (f.field == RegisterField::Address || !m.has(f.field)) {
                    m.columns[f.field].append(static_cast<int>(i));
                    known = true;
                }
                break;
            }
        }
        if (!known && !header[i].isEmpty()) {
            m.ignored << header[i];
        }
    }
    QStringList missing;
    for (const RegisterField required :
         {RegisterField::NhsNumber, RegisterField::Surname, RegisterField::DateOfBirth}) {
        if (!m.has(required)) {
            missing << fieldName(required);
        }
    }
    if (!missing.isEmpty()) {
        return invalid(QStringLiteral("The file has no column for %1. Its columns are: %2. Name the right one with "
                                      "--map FIELD=\"Header\" (e.g. --map nhs=\"NHS No.\").")
                           .arg(missing.join(QStringLiteral(", ")), header.join(QStringLiteral(", "))));
    }
    return m;
}

Result<QHash<QString, QString>> ColumnMapping::parseOverrides(const QStringList& options)
{
    QHash<QString, QString> overrides;
    for (const QString& option : options) {
        const auto eq = option.indexOf(u'=');
        if (eq <= 0) {
            return invalid(
                QStringLiteral("--map takes FIELD=Header, e.g. --map nhs=\"NHS No.\" (got \"%1\").").arg(option));
        }
        overrides.insert(option.left(eq).trimmed().toLower(), option.mid(eq + 1).trimmed());
    }
    return overrides;
}

} // namespace cd
