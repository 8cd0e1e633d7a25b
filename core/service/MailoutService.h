#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"

#include <QDate>
#include <QString>

#include <functional>

namespace cd {

class Database;

struct MailoutCommand
{
    enum class Selection {
        NeverSent,      // registered patients never sent a pack: new registrations since the last batch
        EveryRegistered // every registered patient: a whole-list mail-out (each window starts again)
    };
    QDate sentOn;
    Selection selection = Selection::NeverSent;
    QString name; // for people: "SCR information packs, March 2010"
};

struct MailoutSummary
{
    qint64 batchId = 0;
    qint64 packs = 0;
    qint64 toParents = 0; // children under 16: the pack goes to the parent or guardian
};

// Records an information-pack mail-out: one batch, a pack-sent event for every patient chosen, their derived
// state, and one audit row, in one transaction. progress(percent) may return false to cancel: nothing is written.
// A manager's action.
Result<MailoutSummary> recordMailout(Database& db, const Actor& actor, const Clock& clock,
                                     const MailoutCommand& command,
                                     const std::function<bool(int percent)>& progress = {});

// How many patients a mail-out would cover, before it is recorded.
Result<qint64> mailoutSize(Database& db, const MailoutCommand& command);

} // namespace cd
