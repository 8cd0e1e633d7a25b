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
        NeverSent,       // registered patients sent no pack since they (last) registered: new and returning patients
        EveryRegistered, // every registered patient: a whole-list mail-out (each window starts again)
        ReturnedLetters, // only those whose latest pack came back undelivered: nobody else's window restarts
    };
    QDate sentOn;
    Selection selection = Selection::NeverSent;
    QString name; // for people: "SCR information packs, March 2010"
};

// What a mail-out would do, shown before it is recorded.
struct MailoutPreview
{
    qint64 packs = 0;
    int windowDays = 84; // the practice's window now: the letters state it and the batch keeps it
    QDate windowLastDay; // the last day of the windows it opens
    QDate plannedUpload; // invalid when none is set
    [[nodiscard]] bool windowsEndAfterUpload() const
    {
        return plannedUpload.isValid() && windowLastDay > plannedUpload;
    }
    // One sentence for the dialog and stderr when the windows run past the upload; empty otherwise.
    [[nodiscard]] QString warning() const;
};

struct MailoutSummary
{
    qint64 batchId = 0;
    qint64 packs = 0;
    qint64 toParents = 0; // children under 16: the pack goes to the parent or guardian
    MailoutPreview preview;
};

// Records an information-pack mail-out: one batch, a pack-sent event for every patient chosen, their derived
// state, and one audit row, in one transaction. progress(percent) may return false to cancel: nothing is written.
// A manager's action.
Result<MailoutSummary> recordMailout(Database& db, const Actor& actor, const Clock& clock,
                                     const MailoutCommand& command,
                                     const std::function<bool(int percent)>& progress = {});

// How many patients a mail-out would cover and when their windows would close, before it is recorded.
Result<MailoutPreview> previewMailout(Database& db, const MailoutCommand& command);

} // namespace cd
