#include "domain/NhsNumber.h"

namespace cd {

int NhsNumber::checkDigitFor(const QString& firstNineDigits)
{
    int total = 0;
    for (int i = 0; i < 9; ++i) {
        total += firstNineDigits.at(i).digitValue() * (10 - i);
    }
    const int check = 11 - total % 11;
    if (check == 11) {
        return 0;
    }
    return check == 10 ? -1 : check;
}

Result<NhsNumber> NhsNumber::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return invalid(QStringLiteral("The NHS number is missing: enter its 10 digits."));
    }
    QString digits;
    digits.reserve(10);
    for (const QChar c : trimmed) {
        if (c == u' ' || c == u'-') {
            continue;
        }
        if (c < u'0' || c > u'9') {
            return invalid(QStringLiteral("The NHS number \"%1\" contains \"%2\": use digits only "
                                          "(spaces or hyphens between groups are fine).")
                               .arg(trimmed, c));
        }
        digits.append(c);
    }
    if (digits.size() != 10) {
        return invalid(QStringLiteral("The NHS number \"%1\" has %2 digits: it must have exactly 10.")
                           .arg(trimmed)
                           .arg(digits.size()));
    }
    if (digits.count(digits.at(0)) == digits.size()) {
        return invalid(QStringLiteral("The NHS number \"%1\" is one digit repeated: that is a placeholder, "
                                      "not a patient's number. Check it against the patient's documents.")
                           .arg(trimmed));
    }
    const int expected = checkDigitFor(digits.left(9));
    if (expected < 0) {
        return invalid(QStringLiteral("The NHS number \"%1\" is not valid: its first nine digits give a "
                                      "check value of 10, so it can never have been issued. Check it "
                                      "against the patient's documents.")
                           .arg(trimmed));
    }
    if (digits.at(9).digitValue() != expected) {
        // Never name the digit that would pass: changing digits until one passes finds someone else's number.
        return invalid(QStringLiteral("The NHS number \"%1\" is not valid: it fails the Modulus 11 check, so a "
                                      "digit is mistyped or misread. Check it against the form, or find the "
                                      "patient by name and date of birth.")
                           .arg(trimmed));
    }
    return NhsNumber(digits);
}

QString NhsNumber::display(const QString& text)
{
    const auto nhs = parse(text);
    return nhs ? nhs->formatted() : text;
}

QString NhsNumber::formatted() const
{
    return m_digits.left(3) + u' ' + m_digits.mid(3, 3) + u' ' + m_digits.mid(6);
}

} // namespace cd
