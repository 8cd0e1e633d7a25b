#pragma once

#include "domain/Result.h"

#include <QString>

namespace cd {

// A checked NHS number: ten digits whose tenth is the Modulus 11 check digit (DOMAIN.md section 4).
class NhsNumber
{
public:
    // Accepts "9434765919", "943 476 5919", "943-476-5919" (spaces and hyphens anywhere).
    static Result<NhsNumber> parse(const QString& text);
    // The check digit for nine digits, or -1 when the total gives 10 (such numbers are never issued).
    static int checkDigitFor(const QString& firstNineDigits);

    [[nodiscard]] const QString& digits() const { return m_digits; } // "9434765919"
    [[nodiscard]] QString formatted() const;                         // "943 476 5919"
    // For people: 3-3-4 when the text is a valid NHS number, else the text as it stands.
    static QString display(const QString& text);

    friend bool operator==(const NhsNumber&, const NhsNumber&) = default;

private:
    explicit NhsNumber(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace cd
