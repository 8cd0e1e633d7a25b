#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"
#include "store/Stores.h"

#include <functional>

namespace cd {

class Database;

struct InitPracticeCommand
{
    QString code; // ODS practice code: a letter and five digits, e.g. F84001
    QString name;
    QString region; // id or name of the SHA
    int windowDays = 84;
    QDate plannedUpload;   // optional
    int lockMinutes = 10;  // the desk asks for the password again after this long idle; 0: never
    bool training = false; // a training database (init --training): a fixed clock (CONSENTDESK_NOW) is honoured
    QDate uploadDone{};    // the day the practice's records were uploaded, once a manager records it
    QString disclosure = QStringLiteral("standard"); // the LMC report's disclosure control: standard or strict
};

// Whether a database may run on a fixed clock (CONSENTDESK_NOW) or a stored default date: a demo or a training
// database, as its audit trail says (a setting alone could be flipped with the sqlite3 tool; the audit is sealed).
Result<bool> fixedClockAllowed(Database& db);

// Sets up the practice on a new database. One practice per database.
class PracticeService
{
public:
    PracticeService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}
    Result<Practice> init(const Actor& actor, const InitPracticeCommand& command);
    // Changes the practice's settings (a manager's action, audited). A new window length applies to mail-outs
    // recorded after it: every pack already posted keeps the window its batch recorded.
    Status update(const Actor& actor, const InitPracticeCommand& command);
    // The checks init makes of its input alone, before anything is opened or written.
    static Status validate(const InitPracticeCommand& command);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cd
