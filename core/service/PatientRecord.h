#pragma once

#include "domain/ConsentEvent.h"
#include "domain/Ledger.h"
#include "domain/Patient.h"
#include "domain/Programme.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QSet>

namespace cd {

class Database;

// Everything a GP or receptionist needs about one patient on one date: who, the derived state, and the history.
struct PatientRecord
{
    Patient patient;
    QDate asOf;
    PatientState state;
    QList<ConsentEvent> history; // events dated on or before asOf, in the order recorded
    QSet<qint64> voided;         // ids of history events that a void sets aside
    QHash<qint64, QString> voidReasons;

    // One sentence: "Opted out on 12 Feb 2010 by a person with parental responsibility; coded 9Ndo on 15 Feb 2010
    // by J Smith."
    [[nodiscard]] QString summary(const Programme& programme) const;
    [[nodiscard]] QJsonObject toJson(const Programme& programme) const;
    // One line per event for people: "#12  2010-02-12  choice dissent by parent, post ...".
    [[nodiscard]] static QString describeEvent(const ConsentEvent& e);

    static Result<PatientRecord> load(Database& db, const Programme& programme, const QString& nhsNumber, QDate asOf);
};

} // namespace cd
