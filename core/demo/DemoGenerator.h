#pragma once

#include "domain/ConsentEvent.h"
#include "domain/Patient.h"

#include <QDate>
#include <QList>

namespace cd {

struct DemoOptions
{
    int patients = 8000; // 1 to 200,000
    quint64 seed = 2010;
};

// The demo practice's fixed story: a London practice whose packs went out in mid-January 2010.
struct DemoTimeline
{
    static QDate mailout() { return {2010, 1, 15}; }
    static QDate asOf() { return {2010, 3, 15}; }
    static QDate plannedUpload() { return {2010, 4, 26}; }
};

struct DemoPatient
{
    Patient patient;
    // Chronological; ids are local (1..n within the patient) and targetEventId refers to them. The writer maps
    // them onto the database's ids in the same order, so folds give the same answer before and after.
    QList<ConsentEvent> events;
};

// Deterministic: the same options give the same practice on every machine (no std:: distributions, whose
// results differ between standard libraries). NHS numbers come only from the 999 test range.
class DemoGenerator
{
public:
    static QList<DemoPatient> generate(const DemoOptions& options);
};

} // namespace cd
