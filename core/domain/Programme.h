#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd {

// One choice a patient can make in a programme, with its Read v2 code (DOMAIN.md 1.2).
struct ChoiceDefinition
{
    QString key;             // CLI and JSON name: "dissent"
    QString state;           // the state it leads to: "dissent"
    QString label;           // for people: "Express dissent (opted out)"
    QString readCode;        // "9Ndo"
    QStringList legacyCodes; // older codes that mean the same: "93C3"
    // The same choice in CTV3 (SystmOne), current and legacy, where DOMAIN.md confirms one: "XaXj6", "XaKRy".
    // Read only from a clinical system's export (reconcile); never keyed at the desk.
    QStringList ctv3Codes;
    bool permit = true; // FHIR provision.type: permit or deny
    // Two different choices with one date: the higher stands (an opt-out over core only over core and additional).
    int restriction = 0;
};

// A consent programme kept as data (resources/programmes/*.json), so a second programme such as the Type 1
// opt-out needs a file, not a change to the Ledger.
struct Programme
{
    QString id;
    QString name;
    // With an information pack and opt-out window (SCR): until the pack is out the patient is "not informed",
    // then "in window", then the default state. Without one (Type 1), the default state holds from the start.
    bool informationRequired = false;
    int defaultWindowDays = 84;
    ChoiceDefinition defaultState; // no key; readCode may be empty
    QList<ChoiceDefinition> choices;

    [[nodiscard]] const ChoiceDefinition* choice(const QString& key) const;
    // The choice a Read code records, current or legacy, spelt exactly as the programme file spells it; nullptr
    // when the code is not this programme's. Read codes are case-sensitive: 9Ndo and 9NDO are different codes.
    [[nodiscard]] const ChoiceDefinition* choiceForReadCode(const QString& readCode) const;
    // The programme's own spelling of a code typed in another case ("9ndo" -> "9Ndo"); empty when there is none.
    [[nodiscard]] QString spellingOf(const QString& readCode) const;
    // Every code of the programme's choices, current then legacy: "9Ndm, 9Ndn, 9Ndo, 93C2, 93C3".
    [[nodiscard]] QStringList choiceCodes() const;
    [[nodiscard]] QStringList choiceKeys() const;
    // Every state a patient can be in, in a fixed order: not_informed, in_window, default, then the choices'.
    [[nodiscard]] QStringList stateNames() const;
    // "Opted out", "Implied consent", "Not informed", ...
    [[nodiscard]] QString stateLabel(const QString& state) const;

    static Result<Programme> fromJson(const QByteArray& json);
    // The Summary Care Record, from the resource compiled into core.
    static const Programme& scr();
};

inline const QString kNotInformed = QStringLiteral("not_informed");
inline const QString kInWindow = QStringLiteral("in_window");

} // namespace cd
