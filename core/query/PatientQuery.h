#pragma once

#include "domain/Result.h"
#include "query/PatientSearch.h"

#include <QDate>
#include <QList>
#include <QString>

namespace cd {

class Database;

// One line of the patient list: who, and their state on the list's date.
struct PatientRow
{
    qint64 id = 0;
    QString nhsNumber;
    QString title;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString sex;
    QString postcode;
    bool registered = false; // on the list on the date; a patient who left has no state
    QString state;           // one of the programme's state names, empty when not registered
    bool gpReview = false;
    bool awaitingCoding = false;
    bool letterReturned = false;
    QDate stateUntil; // the day the state's stretch ends (exclusive); for a window, the day after its last day

    // As lists show a patient: "SMITH, John" (or "SMITH" with no forename).
    [[nodiscard]] QString listName() const
    {
        return givenName.isEmpty() ? familyName.toUpper() : familyName.toUpper() + QStringLiteral(", ") + givenName;
    }
};

enum class PatientSort { Name, NhsNumber, DateOfBirth, Postcode, State };

struct PatientFilter
{
    PatientSearch search;
    QString state; // empty: every state
    enum class Flag { Any, AwaitingCoding, GpReview, LetterReturned, CodesToCorrect } flag = Flag::Any;
    bool includeLeft = false; // patients not registered on the date
    QDate windowClosesBy;     // valid: only patients in the window whose last day is on or before this date
    // Only patients sent no information pack (voided ones aside) since their latest registration on the list's
    // date, whatever the pack's own date: new patients, and patients who came back after leaving.
    bool noPackThisRegistration = false;
};

// The desk's patient list and search, read straight from the indexes a page at a time: nothing here holds the
// whole register. Counts may be capped, so a search that matches most of the list still answers at once.
class PatientQuery
{
public:
    // A search (anything typed) is counted up to this many matches: a keystroke never counts a whole large list,
    // and nobody at a desk reads further down a list of matches.
    static constexpr qint64 kSearchCap = 500;
    // The rows read at a time by a list on screen.
    static constexpr qint64 kPageSize = 100;

    PatientQuery(Database& db, QDate asOf, QString programme = QStringLiteral("scr"));

    // How many patients match, up to cap (cap < 0: no cap).
    Result<qint64> count(const PatientFilter& filter, qint64 cap = -1);
    // Name order (the default) becomes NHS number or postcode order while one of those is being searched for.
    Result<QList<PatientRow>> page(const PatientFilter& filter, PatientSort sort, bool descending, qint64 offset,
                                   qint64 limit);
    static PatientSort orderFor(const PatientFilter& filter, PatientSort requested);

private:
    // A one-word name search matches surnames or forenames; the page reads each as an arm of its own.
    enum class NameArm { Both, Surname, ForenameOnly };
    // The filter's conditions on the state segment (state, flag, window closing).
    static QStringList stateConditions(const PatientFilter& filter, QVariantList& values);
    QString fromAndWhere(const PatientFilter& filter, QVariantList& values, bool ordered,
                         NameArm arm = NameArm::Both) const;

    Database& m_db;
    QDate m_asOf;
    QString m_programme;
};

} // namespace cd
