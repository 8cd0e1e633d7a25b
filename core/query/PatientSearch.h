#pragma once

#include <QDate>
#include <QString>

namespace cd {

// What a receptionist typed in the one search box, understood: an NHS number (whole or its start, any spacing), a
// date of birth (dd/mm/yyyy), a postcode (its start, any spacing), or a name ("smi", "john smi", "smith, j").
struct PatientSearch
{
    enum class Kind { Everyone, NhsNumber, DateOfBirth, Postcode, Name, Incomplete };

    Kind kind = Kind::Everyone;
    QString nhsPrefix;         // digits only
    QDate dateOfBirth;         // Kind::DateOfBirth
    QString postcodeKey;       // upper case, no spaces
    QString firstWord;         // Kind::Name: upper case (ASCII), as the index keeps names
    QString rest;              // Kind::Name: the words after the first, or after the comma
    bool surnameFirst = false; // "smith, j": the first part is the surname
    QString hint;              // Kind::Incomplete: what to type next, for the screen

    static PatientSearch parse(const QString& text);
    // Upper case for ASCII letters only, the same rule SQLite's upper() follows, so the key and the index agree.
    static QString key(const QString& text);
};

} // namespace cd
