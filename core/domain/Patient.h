#pragma once

#include <QDate>
#include <QString>

namespace cd {

struct Patient
{
    qint64 id = 0;
    QString nhsNumber; // ten digits, checked
    QString title;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString sex; // M, F, U (unknown) or I (indeterminate)
    QString address;
    QString postcode;
    QString usualGp;

    [[nodiscard]] QString displayName() const
    {
        return givenName.isEmpty() ? familyName : givenName + u' ' + familyName;
    }
};

} // namespace cd
