#pragma once

#include <cstdio>

#include "domain/Clock.h"
#include "domain/Result.h"
#include "service/Actor.h"
#include "store/Database.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace cd {
class UserService;
}

namespace cd::cli {

// Exit codes of INTERFACES.md.
enum Exit : int { Done = 0, Usage = 1, Refused = 2, DatabaseProblem = 3, SignInRefused = 4 };

struct OptionSpec
{
    QString name;      // without dashes: "nhs"
    QString valueName; // empty for a flag
    QString help;
    bool required = false;
    // The value may be left out (the option then stands alone, as a flag): "--signed" or "--signed DATE".
    bool optionalValue = false;
};

struct ParsedOptions
{
    QHash<QString, QString> values;  // flags map to "1"; a repeated option keeps its last value here
    QHash<QString, QStringList> all; // every value of an option given more than once (--map a=b --map c=d)
    QString positional;              // the command's first positional argument (import-register FILE)
    QStringList positionals;         // all of them (user add NAME)
    [[nodiscard]] bool has(const QString& name) const { return values.contains(name); }
    [[nodiscard]] QString value(const QString& name) const { return values.value(name); }
};

// What every command gets: the options before the command, the streams, and how to open the database.
// Why CONSENTDESK_NOW is refused on a practice database (trust, issue #17 rule 3).
inline const QString kFixedClockRefused = QStringLiteral(
    "CONSENTDESK_NOW fixes the clock, which only a demo or training database allows (consentdesk-cli init "
    "--training): a practice database records the real time of everything. Unset CONSENTDESK_NOW.");

class Context
{
public:
    QString dbPath;
    std::optional<QDate> asOf; // --as-of
    QTextStream& out;
    QTextStream& err;
    Actor actor;
    QString requestedUser; // --user or CONSENTDESK_USER: who signs in on a database with users
    // Set by `user password`: a user whose password was reset may sign in for this one command.
    bool changingOwnPassword = false;

    Context(QTextStream& o, QTextStream& e)
        : out(o)
        , err(e)
    {}
    // Opens the database; on failure prints why and returns the exit code in `exit`.
    Database* open(bool create, int& exit);
    // The clock for this run: --as-of, else the demo's own date, else today.
    const Clock& clock();
    // Prints the error and returns its exit code.
    int fail(const Error& error);

private:
    // On a database with users: the named user signs in with CONSENTDESK_PASSWORD (or a prompt on a terminal).
    bool signIn(int& exit);
    // A user whose password a manager reset may only set their own until they do.
    bool mustChangeChecked(UserService& users, int& exit);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_clock;
    bool m_fixedClockAllowed = true; // until a practice database says otherwise (init and demo make their own)
};

struct CommandSpec
{
    QString name;
    QString synopsis; // one line for --help
    QList<OptionSpec> options;
    bool json = false; // takes --json
    std::function<int(Context&, const ParsedOptions&)> run;
    QString positional = {}; // the name of its one positional argument, if any ("FILE")
};

// The one table of commands, options and help lines: parsing and --help both come from it.
const QList<CommandSpec>& commandTable();
const QList<OptionSpec>& globalOptions();
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);
QString usageText();

// Command handlers (Commands.cpp, Reports.cpp).
int runInit(Context& ctx, const ParsedOptions& opts);
int runServerSetup(Context& ctx, const ParsedOptions& opts);
int runDemo(Context& ctx, const ParsedOptions& opts);
int runRecord(Context& ctx, const ParsedOptions& opts);
int runLetterReturned(Context& ctx, const ParsedOptions& opts);
int runMailout(Context& ctx, const ParsedOptions& opts);
int runCoded(Context& ctx, const ParsedOptions& opts);
int runReview(Context& ctx, const ParsedOptions& opts);
int runVoid(Context& ctx, const ParsedOptions& opts);
int runStatus(Context& ctx, const ParsedOptions& opts);
int runStats(Context& ctx, const ParsedOptions& opts);
int runVerify(Context& ctx, const ParsedOptions& opts);
int runCopy(Context& ctx, const ParsedOptions& opts);
int runImportRegister(Context& ctx, const ParsedOptions& opts);
int runReconcile(Context& ctx, const ParsedOptions& opts);
int runFind(Context& ctx, const ParsedOptions& opts);
int runWorklist(Context& ctx, const ParsedOptions& opts);
int runSeries(Context& ctx, const ParsedOptions& opts);
int runTimeline(Context& ctx, const ParsedOptions& opts);
int runTimelineExport(Context& ctx, const ParsedOptions& opts);
int runTimelineImport(Context& ctx, const ParsedOptions& opts);
int runReport(Context& ctx, const ParsedOptions& opts);
int runExport(Context& ctx, const ParsedOptions& opts);
int runBackup(Context& ctx, const ParsedOptions& opts);
int runBackups(Context& ctx, const ParsedOptions& opts);
int runRestore(Context& ctx, const ParsedOptions& opts);
int runUser(Context& ctx, const ParsedOptions& opts);
int runCodeRemoved(Context& ctx, const ParsedOptions& opts);
int runSettings(Context& ctx, const ParsedOptions& opts);
int runRegisterPatient(Context& ctx, const ParsedOptions& opts);

// A password from the environment variable, else typed at a prompt (echo off) when stdin is a terminal; a null
// string when neither: never wait on a prompt without a terminal.
QString readPassword(const char* variable, const QString& prompt, QTextStream& err);
// Before any output: the console as the CLI writes for it (a no-op except on Windows; Terminal.cpp).
void prepareConsole();
// Whether a stream is a terminal (text stored with hidden characters is then shown inert).
bool isTerminal(std::FILE* stream);

} // namespace cd::cli
