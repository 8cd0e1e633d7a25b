#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"
#include "store/Stores.h"

namespace cd {

class Database;

struct InitPracticeCommand
{
    QString code; // ODS practice code: a letter and five digits, e.g. F84001
    QString name;
    QString region; // id or name of the SHA
    int windowDays = 84;
    QDate plannedUpload; // optional
};

// Sets up the practice on a new database. One practice per database.
class PracticeService
{
public:
    PracticeService(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}
    Result<Practice> init(const Actor& actor, const InitPracticeCommand& command);
    // The checks init makes of its input alone, before anything is opened or written.
    static Status validate(const InitPracticeCommand& command);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cd
