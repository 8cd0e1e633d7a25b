#include "query/PatientSearch.h"

#include "domain/Dates.h"

namespace cd {
namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Only digits, spaces and hyphens, with at least one digit: an NHS number being typed.
bool looksLikeNhsNumber(const QString& text)
{
    bool digit = false;
    for (const QChar c : text) {
        if (isAsciiDigit(c)) {
            digit = true;
        } else if (c != u' ' && c != u'-') {
            return false;
        }
    }
    return digit;
}

// A letter first and a digit in the first four characters: the start of a UK postcode ("E1", "SW1A", "E17 4").
bool looksLikePostcode(const QString& text)
{
    if (text.isEmpty() || !isAsciiLetter(text.at(0))) {
        return false;
    }
    for (qsizetype i = 1; i < qMin<qsizetype>(text.size(), 4); ++i) {
        if (isAsciiDigit(text.at(i))) {
            return true;
        }
    }
    return false;
}

} // namespace

QString PatientSearch::key(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        if (c >= u'a' && c <= u'z') {
            c = QChar(c.unicode() - (u'a' - u'A'));
        }
    }
    return out;
}

PatientSearch PatientSearch::parse(const QString& typed)
{
    PatientSearch s;
    const QString text = typed.simplified();
    if (text.isEmpty()) {
        return s;
    }
    if (const auto date = parseDate(text); date.ok()) { // before the NHS test: 1950-03-12 is digits and hyphens
        s.kind = Kind::DateOfBirth;
        s.dateOfBirth = *date;
        return s;
    }
    if (looksLikeNhsNumber(text)) {
        QString digits;
        for (const QChar c : text) {
            if (isAsciiDigit(c)) {
                digits.append(c);
            }
        }
        if (digits.size() > 10) {
            s.kind = Kind::Incomplete;
            s.hint = QStringLiteral("An NHS number has 10 digits: this has %1.").arg(digits.size());
            return s;
        }
        s.kind = Kind::NhsNumber;
        s.nhsPrefix = digits;
        return s;
    }
    if (isAsciiDigit(text.at(0))) {
        // A date of birth being typed: search once it is whole.
        s.kind = Kind::Incomplete;
        s.hint = QStringLiteral("Type the whole date of birth as dd/mm/yyyy.");
        return s;
    }
    if (looksLikePostcode(text)) {
        QString compact = text;
        compact.remove(u' ');
        s.kind = Kind::Postcode;
        s.postcodeKey = key(compact);
        return s;
    }
    s.kind = Kind::Name;
    const qsizetype comma = text.indexOf(u',');
    if (comma >= 0) {
        s.surnameFirst = true;
        s.firstWord = key(text.left(comma).trimmed());
        s.rest = key(text.mid(comma + 1).trimmed());
    } else {
        const qsizetype space = text.indexOf(u' ');
        s.firstWord = key(space < 0 ? text : text.left(space));
        s.rest = space < 0 ? QString() : key(text.mid(space + 1));
    }
    if (s.firstWord.isEmpty()) {
        return PatientSearch{};
    }
    return s;
}

} // namespace cd
