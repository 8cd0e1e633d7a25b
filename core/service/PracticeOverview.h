#pragma once

#include "domain/Result.h"
#include "store/Stores.h"

#include <QDate>

#include <optional>

namespace cd {

class Database;

// The practice as the window's header and status bar show it.
struct PracticeOverview
{
    Practice practice;
    QString regionName;
    int windowDays = 84;
    QDate plannedUpload;                             // invalid when not set
    QDate uploadDone;                                // invalid until a manager records the upload as done
    QString disclosure = QStringLiteral("standard"); // the LMC report's disclosure control
    int lockMinutes = 10;                            // idle minutes before the desk locks; 0: never
    bool demo = false;
    QDate defaultAsOf;     // the demo's own date; invalid for a real practice (never honoured on one)
    bool training = false; // made with init --training: the title says so
    qint64 patients = 0;   // every patient on file, registered or not: none means the register is still to import

    static Result<PracticeOverview> load(Database& db);
    // The latest SCR mail-out on or before a date, with the window it gave; none when there is none (or the store
    // fails).
    static std::optional<MailoutBatch> latestMailout(Database& db, QDate onOrBefore);
    // The first SCR mail-out's date, where a report's period starts by default; invalid when there is none.
    static QDate firstMailout(Database& db);
    // When the windows the mail-outs opened close, as the header says it: how many packs' windows close on each day,
    // the day with most first (mail-outs whose windows close the same day are counted together).
    struct WindowsClosing
    {
        QDate lastDay;
        qint64 packs = 0;
        QDate firstPosted;
    };
    static QList<WindowsClosing> windowsClosing(Database& db, QDate onOrBefore);
};

} // namespace cd
