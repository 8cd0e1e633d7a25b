#include "register/RegisterRows.h"
#include "domain/TextRules.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <optional>

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

} // namespace

namespace {

// A cursor over a date as written; hand-rolled rather than a regular expression, as it runs for every row.
struct DateScanner
{
    QStringView text;
    qsizetype at = 0;

    bool done() const { return at == text.size(); }
    static bool isAsciiDigit(QChar c) { return c >= u'0' && c <= u'9'; }
    static bool isAsciiLetter(QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); }
    // Digits from here, at least min and at most max (0: any number); the run as text.
    std::optional<QStringView> digits(qsizetype min, qsizetype max)
    {
        const qsizetype from = at;
        while (at < text.size() && isAsciiDigit(text[at]) && (max == 0 || at - from < max)) {
            ++at;
        }
        if (at - from < min || (at < text.size() && isAsciiDigit(text[at]))) {
            return std::nullopt;
        }
        return text.sliced(from, at - from);
    }
    std::optional<QStringView> letters(qsizetype min, qsizetype max)
    {
        const qsizetype from = at;
        while (at < text.size() && isAsciiLetter(text[at])) {
            ++at;
        }
        if (at - from < min || at - from > max) {
            return std::nullopt;
        }
        return text.sliced(from, at - from);
    }
    bool separator(QStringView allowed)
    {
        if (at < text.size() && allowed.contains(text[at])) {
            ++at;
            return true;
        }
        return false;
    }
    // An optional time after the date, as some systems export date-times: [ T]h:mm or [ T]h:mm:ss.
    bool timeThenEnd()
    {
        if (done()) {
            return true;
        }
        if (!separator(u" T") || !digits(1, 2) || !separator(u":") || !digits(2, 2)) {
            return false;
        }
        if (separator(u":") && !digits(2, 2)) {
            return false;
        }
        return done();
    }
};

int toInt(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits) {
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

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

Result<QDate> parseRegisterDate(const QString& text)
{
    const QString t = text.trimmed();
    int d = 0;
    int m = 0;
    int y = 0;
    qsizetype yearDigits = 0;
    bool read = false;
    {
        DateScanner iso{t};
        const auto year = iso.digits(4, 4);
        if (year && iso.separator(u"-")) {
            const auto month = iso.digits(1, 2);
            if (month && iso.separator(u"-")) {
                const auto day = iso.digits(1, 2);
                if (day && iso.timeThenEnd()) {
                    y = toInt(*year);
                    m = toInt(*month);
                    d = toInt(*day);
                    yearDigits = 4;
                    read = true;
                }
            }
        }
    }
    if (!read) {
        DateScanner dayFirst{t};
        const auto day = dayFirst.digits(1, 2);
        if (day && dayFirst.separator(u"/.-")) {
            std::optional<QStringView> month = dayFirst.digits(1, 2);
            if (!month) {
                dayFirst.at = day->size() + 1;
                month = dayFirst.letters(3, 9);
            }
            if (month && dayFirst.separator(u"/.-")) {
                const auto year = dayFirst.digits(1, 0);
                if (year && dayFirst.timeThenEnd()) {
                    d = toInt(*day);
                    m = DateScanner::isAsciiDigit(month->at(0)) ? toInt(*month) : monthFromName(month->toString());
                    yearDigits = year->size();
                    y = yearDigits <= 4 ? toInt(*year) : 0;
                    read = true;
                }
            }
        }
    }
    if (!read) {
        return invalid(QStringLiteral("\"%1\" is not a date this import reads (use dd/mm/yyyy)").arg(t));
    }
    if (yearDigits != 4) {
        return invalid(QStringLiteral("\"%1\" has a %2-digit year: write the year in full").arg(t).arg(yearDigits));
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
    m_seen.push_back(nhs->digits().toLongLong());
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
    // A hidden character (an escape sequence, a direction override) is refused by name: it can make a name show as
    // someone else's on the screen, in a terminal or on paper. An address may keep its line breaks (Vision's do).
    const std::tuple<QString, QString, bool> fields[] = {
        {QStringLiteral("surname"), p.familyName, false}, {QStringLiteral("forename"), p.givenName, false},
        {QStringLiteral("title"), p.title, false},        {QStringLiteral("address"), p.address, true},
        {QStringLiteral("postcode"), p.postcode, false},  {QStringLiteral("usual GP"), p.usualGp, false}};
    for (const auto& [what, text, lines] : fields) {
        if (const QString problem = hidingCharacterProblem(what, text, lines); !problem.isEmpty()) {
            reject(problem);
            return;
        }
    }
    // No name or address is this long: a field run into the next (a quote left open), or not a register at all.
    const std::tuple<QString, qsizetype, qsizetype> lengths[] = {{QStringLiteral("surname"), p.familyName.size(), 100},
                                                                 {QStringLiteral("forename"), p.givenName.size(), 100},
                                                                 {QStringLiteral("address"), p.address.size(), 500}};
    for (const auto& [what, length, most] : lengths) {
        if (length > most) {
            reject(QStringLiteral("The %1 is %2 characters long, more than the %3 any real one has: check the row "
                                  "(a quote left open runs fields together).")
                       .arg(what)
                       .arg(length)
                       .arg(most));
            return;
        }
    }
    m_result.rows.append(row);
}

namespace {

constexpr qint32 kNoDate = std::numeric_limits<qint32>::min();
constexpr qsizetype kTextBlockBytes = 4 * 1024 * 1024;

qint32 packDate(QDate date)
{
    return date.isValid() ? static_cast<qint32>(date.toJulianDay()) : kNoDate;
}

QDate unpackDate(qint32 day)
{
    return day == kNoDate ? QDate() : QDate::fromJulianDay(day);
}

} // namespace

void PackedRegisterRows::append(const RegisterRow& row)
{
    const Patient& p = row.patient;
    const QChar unit(0x1F); // the validator refuses every C0 control in these fields, so it never occurs in them
    // The number as written is kept only where it differs from its digits (spaced, say): 2 million rows, 20 MB.
    const QString& asWritten = row.nhsAsWritten == p.nhsNumber ? QString() : row.nhsAsWritten;
    const QByteArray text = (asWritten + unit + p.title + unit + p.givenName + unit + p.familyName + unit + p.sex +
                             unit + p.address + unit + p.postcode + unit + p.usualGp)
                                .toUtf8();
    if (m_blocks.isEmpty() || m_blocks.last().capacity() - m_blocks.last().size() < text.size()) {
        m_blocks.append(QByteArray());
        m_blocks.last().reserve(std::max(kTextBlockBytes, text.size()));
    }
    QByteArray& block = m_blocks.last();
    m_rows.append({p.nhsNumber.toLongLong(), packDate(p.dateOfBirth), packDate(row.registered), row.line,
                   static_cast<quint32>(m_blocks.size() - 1), static_cast<quint32>(block.size()),
                   static_cast<quint32>(text.size())});
    block.append(text);
}

RegisterRow PackedRegisterRows::operator[](qsizetype i) const
{
    const Packed& packed = m_rows.at(i);
    const QString text = QString::fromUtf8(m_blocks.at(packed.block).constData() + packed.offset, packed.length);
    const QStringList parts = text.split(QChar(0x1F));
    RegisterRow row;
    row.line = packed.line;
    row.registered = unpackDate(packed.registered);
    Patient& p = row.patient;
    p.nhsNumber = QString::number(packed.nhs).rightJustified(10, u'0'); // a leading zero is part of the number
    row.nhsAsWritten = parts.value(0).isEmpty() ? p.nhsNumber : parts.value(0);
    p.title = parts.value(1);
    p.givenName = parts.value(2);
    p.familyName = parts.value(3);
    p.sex = parts.value(4);
    p.address = parts.value(5);
    p.postcode = parts.value(6);
    p.usualGp = parts.value(7);
    p.dateOfBirth = unpackDate(packed.dateOfBirth);
    return row;
}

void PackedRegisterRows::removeIf(const std::function<bool(qint64 nhs)>& byNumber)
{
    m_rows.removeIf([&](const Packed& packed) { return byNumber(packed.nhs); });
}

ValidatedRegister RegisterValidator::finish()
{
    // Every row of a number that appeared more than once is refused, whatever else was right with it. Rows refused
    // for another reason already count in m_seen, so a duplicate of a bad row is caught too. Sorted, the numbers
    // give their repeats in one pass; only those are kept in a table.
    std::sort(m_seen.begin(), m_seen.end());
    QHash<qint64, int> repeats;
    for (size_t i = 0; i < m_seen.size();) {
        size_t j = i + 1;
        while (j < m_seen.size() && m_seen[j] == m_seen[i]) {
            ++j;
        }
        if (j - i > 1) {
            repeats.insert(m_seen[i], static_cast<int>(j - i));
        }
        i = j;
    }
    m_seen = {};
    const auto timesSeen = [&](const RegisterRow& row) {
        return repeats.value(row.patient.nhsNumber.toLongLong(), 1);
    };
    for (qsizetype i = 0; !repeats.isEmpty() && i < m_result.rows.size(); ++i) {
        if (repeats.contains(m_result.rows.nhsAt(i))) {
            const RegisterRow row = m_result.rows[i];
            const QString formatted = NhsNumber::parse(row.patient.nhsNumber)->formatted();
            m_result.rejects.append({row.line, row.nhsAsWritten,
                                     QStringLiteral("The NHS number %1 appears on %2 rows of the file: none of them is "
                                                    "imported, as we cannot know which is right. Correct the export "
                                                    "and import it again.")
                                         .arg(formatted)
                                         .arg(timesSeen(row))});
        }
    }
    // In place: a second list of 100,000 rows would double the import's largest allocation at its peak.
    m_result.rows.removeIf([&](qint64 nhs) { return repeats.contains(nhs); });
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

QStringList patientDifferences(const Patient& was, const Patient& now)
{
    QStringList changes;
    const auto compare = [&](const char* name, const QString& a, const QString& b) {
        if (a != b) {
            changes << QStringLiteral("%1: \"%2\" -> \"%3\"").arg(QLatin1String(name), a, b);
        }
    };
    compare("title", was.title, now.title);
    compare("given_name", was.givenName, now.givenName);
    compare("family_name", was.familyName, now.familyName);
    compare("date_of_birth", isoDate(was.dateOfBirth), isoDate(now.dateOfBirth));
    compare("sex", was.sex, now.sex);
    compare("address", was.address, now.address);
    compare("postcode", was.postcode, now.postcode);
    compare("usual_gp", was.usualGp, now.usualGp);
    return changes;
}

} // namespace cd
