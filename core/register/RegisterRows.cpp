#include "register/RegisterRows.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"

#include <QHash>
#include <QRegularExpression>

namespace cd {
namespace {

int monthFromName(const QString& name)
{
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const QString key = name.left(3).toLower();
    const qsizetype index = months.indexOf(key);
    return index < 0 ? 0 : static_cast<int>(index) + 1;
}

QString field(const CsvRecord& record, int column)
{
    return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
}

// M, F, Male, Female, U, Unknown, I, Indeterminate (any case); empty means not known.
std::optional<QString> parseSex(const QString& text)
{
    const QString s = text.trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("u") || s == QLatin1String("unknown") || s == QLatin1String("not known")) {
        return QStringLiteral("U");
    }
    if (s == QLatin1String("m") || s == QLatin1String("male")) {
        return QStringLiteral("M");
    }
    if (s == QLatin1String("f") || s == QLatin1String("female")) {
        return QStringLiteral("F");
    }
    if (s == QLatin1String("i") || s == QLatin1String("indeterminate")) {
        return QStringLiteral("I");
    }
    return std::nullopt;
}

} // namespace

Result<QDate> parseRegisterDate(const QString& text)
{
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2}|[A-Za-z]{3,9})[/.-](\\d+)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    static const QRegularExpression iso(
        QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    const QString t = text.trimmed();
    int d = 0;
    int m = 0;
    int y = 0;
    QString yearText;
    if (const auto match = iso.match(t); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
        yearText = match.captured(1);
    } else if (const auto dm = dayFirst.match(t); dm.hasMatch()) {
        d = dm.captured(1).toInt();
        const QString month = dm.captured(2);
        m = month.at(0).isDigit() ? month.toInt() : monthFromName(month);
        yearText = dm.captured(3);
        y = yearText.toInt();
    } else {
        return invalid(QStringLiteral("\"%1\" is not a date this import reads (use dd/mm/yyyy)").arg(t));
    }
    if (yearText.size() != 4) {
        return invalid(
            QStringLiteral("\"%1\" has a %2-digit year: write the year in full").arg(t).arg(yearText.size()));
    }
    const QDate date(y, m, d);
    if (!date.isValid()) {
        return invalid(QStringLiteral("\"%1\" is not a real date (day %2, month %3)").arg(t).arg(d).arg(m));
    }
    return date;
}

void RegisterValidator::add(const CsvRecord& r)
{
    const auto col = [&](RegisterField f) {
        return m_mapping.column(f);
    };
    const QString nhsText = field(r, col(RegisterField::NhsNumber));
    const auto reject = [&](const QString& reason) {
        m_result.rejects.append({r.line, nhsText, reason});
    };
    const auto nhs = NhsNumber::parse(nhsText);
    if (!nhs) {
        reject(nhs.error().message);
        return;
    }
    m_seen[nhs->digits()] += 1;
    RegisterRow row;
    row.line = r.line;
    row.nhsAsWritten = nhsText;
    Patient& p = row.patient;
    p.nhsNumber = nhs->digits();
    p.familyName = field(r, col(RegisterField::Surname));
    if (p.familyName.isEmpty()) {
        reject(QStringLiteral("The surname is missing."));
        return;
    }
    const QString dobText = field(r, col(RegisterField::DateOfBirth));
    if (dobText.isEmpty()) {
        reject(QStringLiteral("The date of birth is missing."));
        return;
    }
    const auto dob = parseRegisterDate(dobText);
    if (!dob) {
        reject(QStringLiteral("The date of birth is unreadable: %1.").arg(dob.error().message));
        return;
    }
    if (*dob > m_today) {
        reject(QStringLiteral("The date of birth, %1, is in the future.").arg(humanDate(*dob)));
        return;
    }
    p.dateOfBirth = *dob;
    if (const QString regText = field(r, col(RegisterField::Registered)); !regText.isEmpty()) {
        const auto registered = parseRegisterDate(regText);
        if (!registered) {
            reject(QStringLiteral("The registration date is unreadable: %1.").arg(registered.error().message));
            return;
        }
        if (*registered < *dob) {
            reject(QStringLiteral("The registration date, %1, is before the date of birth, %2.")
                       .arg(humanDate(*registered), humanDate(*dob)));
            return;
        }
        row.registered = *registered;
    }
    const auto sex = parseSex(field(r, col(RegisterField::Sex)));
    if (!sex) {
        reject(QStringLiteral("The sex \"%1\" is not one of M, F, U (unknown) or I (indeterminate).")
                   .arg(field(r, col(RegisterField::Sex))));
        return;
    }
    p.sex = *sex;
    p.givenName = field(r, col(RegisterField::Forenames));
    p.title = field(r, col(RegisterField::Title));
    p.postcode = field(r, col(RegisterField::Postcode)).toUpper();
    p.usualGp = field(r, col(RegisterField::UsualGp));
    QStringList address;
    for (const int c : m_mapping.columns.value(RegisterField::Address)) {
        if (const QString part = field(r, c); !part.isEmpty()) {
            address << part;
        }
    }
    p.address = address.join(QStringLiteral(", "));
    m_result.rows.append(std::move(row));
}

ValidatedRegister RegisterValidator::finish()
{
    // Every row of a number that appeared more than once is refused, whatever else was right with it. Rows refused
    // for another reason already count in m_seen, so a duplicate of a bad row is caught too.
    QList<RegisterRow> kept;
    kept.reserve(m_result.rows.size());
    for (RegisterRow& row : m_result.rows) {
        const int times = m_seen.value(row.patient.nhsNumber);
        if (times > 1) {
            const QString formatted = NhsNumber::parse(row.patient.nhsNumber)->formatted();
            m_result.rejects.append({row.line, row.nhsAsWritten,
                                     QStringLiteral("The NHS number %1 appears on %2 rows of the file: none of them is "
                                                    "imported, as we cannot know which is right. Correct the export "
                                                    "and import it again.")
                                         .arg(formatted)
                                         .arg(times)});
        } else {
            kept.append(std::move(row));
        }
    }
    m_result.rows = std::move(kept);
    std::stable_sort(m_result.rejects.begin(), m_result.rejects.end(),
                     [](const RegisterReject& a, const RegisterReject& b) { return a.line < b.line; });
    return std::move(m_result);
}

ValidatedRegister validateRegister(const CsvTable& table, const ColumnMapping& mapping, QDate today)
{
    RegisterValidator validator(mapping, today);
    for (const CsvRecord& r : table.records) {
        validator.add(r);
    }
    return validator.finish();
}

} // namespace cd
