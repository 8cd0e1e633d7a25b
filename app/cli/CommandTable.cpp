#include "Cli.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "store/Database.h"
#include "store/DatabaseTarget.h"
#include "store/Stores.h"

#include <QCoreApplication>

namespace cd::cli {
namespace {

const OptionSpec kJson{QStringLiteral("json"), QString(), QStringLiteral("write the result as one JSON document")};

// The practice's database in the user's data location; the demo keeps a file of its own there, so trying the
// demo never takes over the real practice's database.
QString defaultDbPath(const QString& command)
{
    return defaultDatabaseFile(command == QLatin1String("demo") ? QStringLiteral("demo.sqlite")
                                                                : QStringLiteral("consentdesk.sqlite"));
}

QString optionLine(const OptionSpec& o)
{
    QString left = QStringLiteral("  --") + o.name;
    if (!o.valueName.isEmpty()) {
        left += o.optionalValue ? QStringLiteral(" [%1]").arg(o.valueName) : u' ' + o.valueName;
    }
    const QString help = o.help + (o.required ? QStringLiteral(" (required)") : QString());
    // A long value list goes on its own line, the help under it, so the columns stay aligned.
    return left.size() < 30 ? left.leftJustified(30) + u' ' + help : left + u'\n' + QString(31, u' ') + help;
}

QString commandHelp(const CommandSpec& c)
{
    QString text = QStringLiteral("Usage: consentdesk-cli [GLOBAL OPTIONS] %1").arg(c.name);
    if (!c.positional.isEmpty()) {
        text += u' ' + c.positional;
    }
    for (const auto& o : c.options) {
        QString part = QStringLiteral("--") + o.name +
                       (o.valueName.isEmpty() ? QString()
                        : o.optionalValue     ? QStringLiteral(" [%1]").arg(o.valueName)
                                              : u' ' + o.valueName);
        text += o.required ? u' ' + part : QStringLiteral(" [%1]").arg(part);
    }
    text += c.json ? QStringLiteral(" [--json]\n\n") : QStringLiteral("\n\n");
    text += c.synopsis + QStringLiteral("\n\nOptions:\n");
    for (const auto& o : c.options) {
        text += optionLine(o) + u'\n';
    }
    if (c.json) {
        text += optionLine(kJson) + u'\n';
    }
    return text;
}

// Parses "--name value", "--name=value" and flags against the spec. Returns an error message or empty.
QString parseOptions(const QList<OptionSpec>& specs, const QStringList& args, qsizetype& i, ParsedOptions& parsed,
                     bool stopAtNonOption, const QString& positional = QString())
{
    while (i < args.size()) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            if (stopAtNonOption) {
                return QString();
            }
            // A command takes as many positional arguments as its synopsis names ("ACTION NAME": two).
            const qsizetype allowed = positional.isEmpty() ? 0 : positional.count(u' ') + 1;
            if (parsed.positionals.size() < allowed) {
                if (parsed.positional.isNull()) {
                    parsed.positional = arg;
                }
                parsed.positionals.append(arg);
                ++i;
                continue;
            }
            return QStringLiteral("unexpected argument \"%1\"").arg(arg);
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const auto eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& o) { return o.name == name; });
        if (spec == specs.end()) {
            return QStringLiteral("unknown option --%1").arg(name);
        }
        if (spec->valueName.isEmpty()) {
            if (inlineValue) {
                return QStringLiteral("--%1 takes no value").arg(name);
            }
            parsed.values.insert(name, QStringLiteral("1"));
        } else {
            if (!inlineValue && spec->optionalValue &&
                (i + 1 >= args.size() || args.at(i + 1).startsWith(QLatin1String("--")))) {
                parsed.values.insert(name, QString()); // given without its value: the option as a flag
                ++i;
                continue;
            }
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    return QStringLiteral("--%1 needs a value (%2)").arg(name, spec->valueName);
                }
                value = args.at(++i);
            }
            parsed.values.insert(name, value);
            parsed.all[name].append(value);
        }
        ++i;
    }
    return QString();
}

} // namespace

const QList<OptionSpec>& globalOptions()
{
    static const QList<OptionSpec> options = {
        {QStringLiteral("db"), QStringLiteral("PATH|URL"),
         QStringLiteral("the practice's database: a file, or postgresql://USER@HOST:PORT/DBNAME (default: "
                        "~/.local/share/consentdesk/consentdesk.sqlite; demo.sqlite for the demo command)")},
        {QStringLiteral("as-of"), QStringLiteral("DATE"),
         QStringLiteral("view and record as of this date (YYYY-MM-DD or DD/MM/YYYY)")},
        {QStringLiteral("user"), QStringLiteral("NAME"),
         QStringLiteral(
             "the user to sign in as (default: CONSENTDESK_USER; the password from CONSENTDESK_PASSWORD or a prompt)")},
        {QStringLiteral("help"), QString(), QStringLiteral("show this help")},
        {QStringLiteral("version"), QString(), QStringLiteral("show the version")},
    };
    return options;
}

const QList<CommandSpec>& commandTable()
{
    const QString choices = Programme::scr().choiceKeys().join(u'|');
    static const QList<CommandSpec> table = {
        {QStringLiteral("init"),
         QStringLiteral("Set up a new practice database."),
         {{QStringLiteral("practice-code"), QStringLiteral("CODE"), QStringLiteral("ODS code, e.g. F84001"), true},
          {QStringLiteral("practice-name"), QStringLiteral("NAME"), QStringLiteral("the practice's name"), true},
          {QStringLiteral("region"), QStringLiteral("REGION"), QStringLiteral("SHA id or name, e.g. london"), true},
          {QStringLiteral("window-days"), QStringLiteral("DAYS"), QStringLiteral("opt-out window (default 84)")},
          {QStringLiteral("planned-upload"), QStringLiteral("DATE"), QStringLiteral("the planned upload date")},
          {QStringLiteral("manager"), QStringLiteral("NAME"),
           QStringLiteral("the first manager, who signs in from then on (password from CONSENTDESK_PASSWORD or a "
                          "prompt)")},
          {QStringLiteral("training"), QString(),
           QStringLiteral("a training database: it may run on a fixed clock (CONSENTDESK_NOW), and the desk's title "
                          "says Training")}},
         false,
         runInit},
        {QStringLiteral("server-setup"),
         QStringLiteral("Set up (or update) a practice on a PostgreSQL server, run by the database's owner (a role "
                        "with CREATEROLE): its schema, its reception, clinician and manager group roles with their "
                        "grants, and the first manager's login. Safe to run again: a second run changes nothing."),
         {{QStringLiteral("practice-code"), QStringLiteral("CODE"), QStringLiteral("ODS code, e.g. F84001"), true},
          {QStringLiteral("practice-name"), QStringLiteral("NAME"), QStringLiteral("the practice's name"), true},
          {QStringLiteral("region"), QStringLiteral("REGION"), QStringLiteral("SHA id or name, e.g. london"), true},
          {QStringLiteral("manager"), QStringLiteral("NAME"),
           QStringLiteral("the first manager's login (password from CONSENTDESK_NEW_PASSWORD or a prompt)"), true},
          {QStringLiteral("window-days"), QStringLiteral("DAYS"), QStringLiteral("opt-out window (default 84)")},
          {QStringLiteral("planned-upload"), QStringLiteral("DATE"), QStringLiteral("the planned upload date")}},
         true,
         runServerSetup},
        {QStringLiteral("demo"),
         QStringLiteral("Create the demo practice (London, packs mailed January 2010) in a new "
                        "database."),
         {{QStringLiteral("patients"), QStringLiteral("N"), QStringLiteral("list size, 1 to 200000 (default 8000)")},
          {QStringLiteral("seed"), QStringLiteral("S"), QStringLiteral("random seed (default 2010)")}},
         true,
         runDemo},
        {QStringLiteral("record"),
         QStringLiteral("Record a patient's form: their choice for the Summary Care Record."),
         {{QStringLiteral("nhs"), QStringLiteral("N"), QStringLiteral("NHS number, any spacing"), true},
          {QStringLiteral("choice"), choices, QStringLiteral("the choice on the form"), true},
          {QStringLiteral("received"), QStringLiteral("DATE"), QStringLiteral("date the form was received"), true},
          {QStringLiteral("by"), QStringLiteral("patient|parent|attorney|deputy"), QStringLiteral("who submitted it"),
           true},
          {QStringLiteral("channel"), QStringLiteral("post|desk|mailhouse|email"), QStringLiteral("how it arrived"),
           true},
          {QStringLiteral("proxy-name"), QStringLiteral("NAME"),
           QStringLiteral("a parent's, attorney's or deputy's form: their name as it is on the form")},
          {QStringLiteral("relationship"), QStringLiteral("TEXT"),
           QStringLiteral("and how they are related to the patient (mother, son, attorney...)")},
          {QStringLiteral("identity-checked"), QString(), QStringLiteral("identity checked against the register")},
          {QStringLiteral("signed"), QStringLiteral("DATE"),
           QStringLiteral("the form is signed, on DATE (default: the date received; not after it); age and who may "
                          "choose are judged on that day"),
           false, true},
          {QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("free text, kept with the form")}},
         true,
         runRecord},
        {QStringLiteral("register-patient"),
         QStringLiteral("Register a new patient at the desk (the next register import matches them by NHS number); "
                        "a former patient with the same date of birth is registered again, history kept."),
         {{QStringLiteral("nhs"), QStringLiteral("N"), QStringLiteral("NHS number (checked)"), true},
          {QStringLiteral("family"), QStringLiteral("NAME"), QStringLiteral("surname"), true},
          {QStringLiteral("given"), QStringLiteral("NAME"), QStringLiteral("first name"), true},
          {QStringLiteral("dob"), QStringLiteral("DATE"), QStringLiteral("date of birth"), true},
          {QStringLiteral("sex"), QStringLiteral("SEX"), QStringLiteral("M, F, U (unknown) or I (indeterminate)"),
           true},
          {QStringLiteral("title"), QStringLiteral("TEXT"), QStringLiteral("Mr, Mrs, Ms, Dr...")},
          {QStringLiteral("address"), QStringLiteral("TEXT"), QStringLiteral("address, lines joined by commas")},
          {QStringLiteral("postcode"), QStringLiteral("TEXT"), QStringLiteral("UK postcode")},
          {QStringLiteral("registered"), QStringLiteral("DATE"),
           QStringLiteral("the day they joined the list (default: the as-of date)")}},
         true,
         runRegisterPatient},
        {QStringLiteral("letter-returned"),
         QStringLiteral("Record that the information pack came back undelivered."),
         {{QStringLiteral("nhs"), QStringLiteral("N"), QStringLiteral("NHS number"), true},
          {QStringLiteral("date"), QStringLiteral("DATE"), QStringLiteral("date it came back"), true}},
         true,
         runLetterReturned},
        {QStringLiteral("mailout"),
         QStringLiteral("Record an information-pack mail-out: the registered patients sent no pack since they "
                        "registered (with --all, every registered patient; with --returned, those whose pack came "
                        "back); children's packs go to the parent. Warns when the windows outlast the upload."),
         {{QStringLiteral("date"), QStringLiteral("DATE"), QStringLiteral("date the packs were posted"), true},
          {QStringLiteral("all"), QString(), QStringLiteral("every registered patient: each window starts again")},
          {QStringLiteral("returned"), QString(),
           QStringLiteral("only patients whose latest pack came back undelivered: nobody else's window restarts")},
          {QStringLiteral("name"), QStringLiteral("TEXT"), QStringLiteral("the batch's name")}},
         true,
         runMailout},
        {QStringLiteral("coded"),
         QStringLiteral("Mark the patient's current choice as coded in the clinical system (only the current choice "
                        "can be; the code is spelt exactly, e.g. 9Ndo)."),
         {{QStringLiteral("nhs"), QStringLiteral("N"), QStringLiteral("NHS number"), true},
          {QStringLiteral("code"), QStringLiteral("READCODE"), QStringLiteral("the Read code keyed, e.g. 9Ndo"), true},
          {QStringLiteral("date"), QStringLiteral("DATE"), QStringLiteral("date it was coded"), true}},
         true,
         runCoded},
        {QStringLiteral("code-removed"),
         QStringLiteral("Record that a code on the codes-to-correct list (a choice voided or overridden after it was "
                        "coded) was taken out of the clinical record (GP or manager)."),
         {{QStringLiteral("nhs"), QStringLiteral("N"), QStringLiteral("NHS number"), true},
          {QStringLiteral("code"), QStringLiteral("READCODE"), QStringLiteral("the code taken out, e.g. 9Ndo"), true},
          {QStringLiteral("date"), QStringLiteral("DATE"), QStringLiteral("date it was taken out"), true}},
         true,
         runCodeRemoved},
        {QStringLiteral("review"),
         QStringLiteral("Record a GP's review: of a choice made by a proxy or a child, of a parent's choice once the "
                        "patient is 16, or of two conflicting forms."),
         {{QStringLiteral("nhs"), QStringLiteral("N"), QStringLiteral("NHS number"), true},
          {QStringLiteral("outcome"), QStringLiteral("upheld|overridden"), QStringLiteral("the GP's decision"), true},
          {QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("why"), true}},
         true,
         runReview},
        {QStringLiteral("void"),
         QStringLiteral("Set aside a mistaken event; it stays in the history with the reason."),
         {{QStringLiteral("event"), QStringLiteral("ID"), QStringLiteral("the event's id (see status)"), true},
          {QStringLiteral("reason"), QStringLiteral("TEXT"), QStringLiteral("why it is void"), true}},
         true,
         runVoid},
        {QStringLiteral("status"),
         QStringLiteral("Show a patient's state, flags and whole history."),
         {{QStringLiteral("nhs"), QStringLiteral("N"), QStringLiteral("NHS number"), true}},
         true,
         runStatus},
        {QStringLiteral("stats"),
         QStringLiteral("Show the practice's headline figures as of a date."),
         {},
         true,
         runStats},
        {QStringLiteral("find"),
         QStringLiteral("Find patients as the desk's search box does: an NHS number (any spacing, or its start), a "
                        "surname or forename start (\"smi\", \"john smi\", \"smith, j\"), a date of birth "
                        "(dd/mm/yyyy) or a postcode's start."),
         {{QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("show at most N patients (default 50)")},
          {QStringLiteral("include-left"), QString(), QStringLiteral("include patients not registered on the date")}},
         true,
         runFind,
         QStringLiteral("TEXT")},
        {QStringLiteral("worklist"),
         QStringLiteral("Show a worklist: awaiting-coding, codes-to-correct, gp-review, returned-letters, "
                        "not-informed or window-closing (windows closing in the next 14 days)."),
         {},
         true,
         runWorklist,
         QStringLiteral("LIST")},
        {QStringLiteral("series"),
         QStringLiteral("Show the practice's figures by day, week or month over a date range: records created, "
                        "opt-outs, not informed, in window, and the forms received."),
         {{QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first day (default: a year before --to)")},
          {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last day (default: the as-of date)")},
          {QStringLiteral("bucket"), QStringLiteral("day|week|month"),
           QStringLiteral("one point per day, week (Monday to Sunday) or month (default week)")}},
         true,
         runSeries},
        {QStringLiteral("timeline"),
         QStringLiteral("Show the practice's rollout timeline: the national and regional milestones, with the "
                        "practice's own (mail-outs, window end, planned upload) in place of the region's."),
         {},
         true,
         runTimeline},
        {QStringLiteral("timeline-export"),
         QStringLiteral("Write the whole editable timeline (every region's and the practice's milestones) as JSON."),
         {},
         false,
         runTimelineExport},
        {QStringLiteral("timeline-import"),
         QStringLiteral("Replace the milestones of every region a timeline JSON file names (a manager's task); a bad "
                        "file is refused with its line and changes nothing."),
         {},
         true,
         runTimelineImport,
         QStringLiteral("FILE")},
        {QStringLiteral("report"),
         QStringLiteral(
             "Write the report for the LMC as a PDF: aggregate figures under disclosure control (counts from 1 to 7 "
             "shown as *, the rest rounded to 5, proven by a checker), charts, the timeline and the consent mix, no "
             "patient identifiers (manager). The period is whole weeks or whole months."),
         {{QStringLiteral("pdf"), QStringLiteral("FILE"), QStringLiteral("the PDF to write")},
          {QStringLiteral("check-disclosure"), QString(),
           QStringLiteral("print each hidden or rounded count's range of possible true values, as a reader could "
                          "work it out")},
          {QStringLiteral("from"), QStringLiteral("DATE"),
           QStringLiteral("start of the period, back to its Monday (default: a month before the first mail-out)")},
          {QStringLiteral("to"), QStringLiteral("DATE"),
           QStringLiteral("end of the period and the figures' date, back to the last whole week's Sunday (default: "
                          "the as-of date)")},
          {QStringLiteral("by"), QStringLiteral("week|month"), QStringLiteral("whole weeks (default) or whole months")},
          {QStringLiteral("disclosure"), QStringLiteral("standard|strict"),
           QStringLiteral("disclosure control; never weaker than the practice's setting")},
          {QStringLiteral("threshold"), QStringLiteral("N"),
           QStringLiteral("older form of --disclosure: 8 is standard, 9 to 15 strict; below 8 is refused")},
          {QStringLiteral("note"), QStringLiteral("TEXT"), QStringLiteral("a note for the meeting")},
          {QStringLiteral("json"), QString(), QStringLiteral("--check-disclosure as JSON")},
          {QStringLiteral("upload-readiness"), QString(),
           QStringLiteral("with --pdf: instead, the internal one-page record of readiness for the upload (the last "
                          "reconciliation, who ran it, the NHS numbers of patients at risk); manager only")}},
         false,
         runReport},
        {QStringLiteral("export"),
         QStringLiteral("Export the report's figures as CSV for a locality tool (docs/lmc-export-format.md; manager), "
                        "or the coding worklist as CSV or every choice as FHIR R4 Consent resources (GP or manager; "
                        "they name patients, and each export is audited)."),
         {{QStringLiteral("aggregates-csv"), QStringLiteral("FILE"),
           QStringLiteral("what the LMC report publishes, in a documented format")},
          {QStringLiteral("coding-worklist"), QStringLiteral("FILE"),
           QStringLiteral("the choices to code: NHS number, name, date of birth, choice, Read code, date")},
          {QStringLiteral("fhir"), QStringLiteral("FILE"), QStringLiteral("a FHIR R4 Bundle of Consent resources")},
          {QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("aggregates: start of the period")},
          {QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("aggregates: end of the period")},
          {QStringLiteral("by"), QStringLiteral("week|month"), QStringLiteral("aggregates: whole weeks or months")},
          {QStringLiteral("disclosure"), QStringLiteral("standard|strict"),
           QStringLiteral("aggregates: disclosure control, never weaker than the practice's")},
          {QStringLiteral("threshold"), QStringLiteral("N"),
           QStringLiteral("aggregates: older form of --disclosure (8 standard, 9 to 15 strict)")}},
         false,
         runExport},
        {QStringLiteral("user"),
         QStringLiteral("Manage who signs in (manager): 'user add NAME --role reception|clinician|manager' (password "
                        "from CONSENTDESK_NEW_PASSWORD or a prompt), 'user disable NAME', 'user enable NAME', 'user "
                        "unlock NAME' (after 10 wrong passwords), 'user reset NAME' (a new password, "
                        "CONSENTDESK_NEW_PASSWORD, to be changed at the next sign-in), "
                        "'user list'; and for anyone, 'user password' (your own, CONSENTDESK_NEW_PASSWORD)."),
         {{QStringLiteral("role"), QStringLiteral("reception|clinician|manager"),
           QStringLiteral("user add: the role")}},
         true,
         runUser,
         QStringLiteral("ACTION NAME")},
        {QStringLiteral("backup"),
         QStringLiteral("Make a consistent, checked, owner-only copy of the practice file (manager); the newest 30 are "
                        "kept."),
         {{QStringLiteral("to"), QStringLiteral("DIR"),
           QStringLiteral("the folder (default: backups beside the practice file)")}},
         true,
         runBackup},
        {QStringLiteral("backups"),
         QStringLiteral("List the practice's backups, newest first."),
         {{QStringLiteral("in"), QStringLiteral("DIR"),
           QStringLiteral("the folder (default: backups beside the practice file)")}},
         true,
         runBackups},
        {QStringLiteral("restore"),
         QStringLiteral("Replace the practice with a backup (manager); the current state is kept as a backup first."),
         {{QStringLiteral("yes"), QString(), QStringLiteral("confirm: the whole practice is replaced")}},
         false,
         runRestore,
         QStringLiteral("FILE")},
        {QStringLiteral("import-register"),
         QStringLiteral("Import the registered list exported from the clinical system (EMIS, SystmOne, Vision) and "
                        "merge it: new patients added, changes updated, those missing marked as left."),
         {{QStringLiteral("dry-run"), QString(), QStringLiteral("show what would change, change nothing")},
          {QStringLiteral("map"), QStringLiteral("FIELD=Header"),
           QStringLiteral("read FIELD (nhs, surname, forename, dob, sex, postcode, registered, title, address, "
                          "usual-gp) from the column Header; may be repeated; remembered for the practice")},
          {QStringLiteral("allow-deductions"), QString(),
           QStringLiteral("confirm a file that marks more than 10% of the list as left")},
          {QStringLiteral("rejects-out"), QStringLiteral("FILE.csv"),
           QStringLiteral("write the rejected rows to a CSV")}},
         true,
         runImportRegister,
         QStringLiteral("FILE")},
        {QStringLiteral("reconcile"),
         QStringLiteral("Compare the clinical system's SCR consent codes (a search exported from EMIS, SystmOne or "
                        "Vision) with the desk's choices as of today, mark each agreeing choice coded, and list "
                        "every difference, opt-outs at risk of upload first (manager)."),
         {{QStringLiteral("dry-run"), QString(), QStringLiteral("compare and list, change nothing")},
          {QStringLiteral("json"), QString(), QStringLiteral("counts, ignored codes, unmatched rows and rows as JSON")},
          {QStringLiteral("out"), QStringLiteral("FILE.csv"), QStringLiteral("write the rows to a CSV")},
          {QStringLiteral("record-not-on-desk"), QString(),
           QStringLiteral("also record on the desk each choice found only in the clinical system (channel "
                          "clinical-system, dated and marked as coded)")},
          {QStringLiteral("map"), QStringLiteral("FIELD=Header"),
           QStringLiteral("read FIELD (nhs, code, date, term, name, dob) from the column Header; may be repeated")}},
         true,
         runReconcile,
         QStringLiteral("FILE")},
        {QStringLiteral("copy"),
         QStringLiteral("Copy the whole practice into an empty database (a file or a server), then check the copy."),
         {{QStringLiteral("to"), QStringLiteral("PATH|URL"), QStringLiteral("the empty target database"), true}},
         true,
         runCopy},
        {QStringLiteral("settings"),
         QStringLiteral("Show the practice's settings; a manager may change them (audited). A new window length "
                        "applies to mail-outs recorded after it."),
         {{QStringLiteral("window-days"), QStringLiteral("DAYS"),
           QStringLiteral("the opt-out window of the next mail-outs, 1 to 365")},
          {QStringLiteral("planned-upload"), QStringLiteral("DATE|none"),
           QStringLiteral("the planned upload date, or none to clear it")},
          {QStringLiteral("upload-done"), QStringLiteral("DATE|none"),
           QStringLiteral("record the day the upload was made (the report calls it done only then)")},
          {QStringLiteral("disclosure"), QStringLiteral("standard|strict"),
           QStringLiteral("the LMC report's disclosure control: standard (1 to 7 as *, rounded to 5) or strict (1 "
                          "to 14 as *, rounded to 10)")}},
         true,
         runSettings},
        {QStringLiteral("verify"),
         QStringLiteral("Check the database: the seals on every event and audit entry, the schema, the users, "
                        "SQLite's integrity check and the ledger's invariants; tells a change made outside Consent "
                        "Desk and damage to the ledger from a derived state that is merely out of date."),
         {{QStringLiteral("repair"), QString(),
           QStringLiteral("derive again the state that is out of date (manager, audited, one transaction)")},
          {QStringLiteral("against"), QStringLiteral("BACKUP"),
           QStringLiteral("also prove that today's history extends the backup's unchanged: nothing it held altered "
                          "or removed")}},
         true,
         runVerify},
    };
    return table;
}

QString usageText()
{
    QString text = QStringLiteral("Usage: consentdesk-cli [GLOBAL OPTIONS] COMMAND [OPTIONS]\n\n"
                                  "Consent Desk: the practice's register of Summary Care Record consent.\n\n"
                                  "Global options (before the command):\n");
    for (const auto& o : globalOptions()) {
        text += optionLine(o) + u'\n';
    }
    text += QStringLiteral("\nCommands:\n");
    for (const auto& c : commandTable()) {
        text += QStringLiteral("  ") + c.name.leftJustified(17) + u' ' + c.synopsis + u'\n';
    }
    text += QStringLiteral("\n'consentdesk-cli COMMAND --help' shows a command's options.\n"
                           "Exit codes: 0 done, 1 usage, 2 input refused (nothing changed), 3 database problem, "
                           "4 sign-in or role refused.\n");
    return text;
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Context ctx(out, err);
    ParsedOptions global;
    qsizetype i = 1;
    if (const QString problem = parseOptions(globalOptions(), arguments, i, global, true); !problem.isEmpty()) {
        err << "consentdesk-cli: " << problem << ". See 'consentdesk-cli --help'.\n";
        return Usage;
    }
    if (global.has(QStringLiteral("version"))) {
        out << "consentdesk-cli " << CONSENTDESK_VERSION << '\n';
        return Done;
    }
    if (global.has(QStringLiteral("help")) || i >= arguments.size()) {
        (global.has(QStringLiteral("help")) ? out : err) << usageText();
        return global.has(QStringLiteral("help")) ? Done : Usage;
    }
    const QString name = arguments.at(i++);
    const auto& table = commandTable();
    const auto command = std::find_if(table.begin(), table.end(), [&](const CommandSpec& c) { return c.name == name; });
    if (command == table.end()) {
        err << "consentdesk-cli: there is no command \"" << name << "\". See 'consentdesk-cli --help'.\n";
        return Usage;
    }
    if (arguments.mid(i).contains(QStringLiteral("--help"))) {
        out << commandHelp(*command);
        return Done;
    }
    QList<OptionSpec> specs = command->options;
    if (command->json) {
        specs.append(kJson);
    }
    ParsedOptions opts;
    if (const QString problem = parseOptions(specs, arguments, i, opts, false, command->positional);
        !problem.isEmpty()) {
        err << "consentdesk-cli " << name << ": " << problem << ". See 'consentdesk-cli " << name << " --help'.\n";
        return Usage;
    }
    if (!command->positional.isEmpty() && opts.positional.isEmpty()) {
        err << "consentdesk-cli " << name << ": give the " << command->positional << ". See 'consentdesk-cli " << name
            << " --help'.\n";
        return Usage;
    }
    for (const auto& o : command->options) {
        if (o.required && !opts.has(o.name)) {
            err << "consentdesk-cli " << name << ": --" << o.name << " is required. See 'consentdesk-cli " << name
                << " --help'.\n";
            return Usage;
        }
    }
    ctx.dbPath = global.has(QStringLiteral("db")) ? global.value(QStringLiteral("db")) : defaultDbPath(name);
    if (global.has(QStringLiteral("as-of"))) {
        auto date = parseDate(global.value(QStringLiteral("as-of")));
        if (!date) {
            err << "consentdesk-cli: --as-of: " << date.error().message << '\n';
            return Usage;
        }
        ctx.asOf = *date;
    }
    QString user = global.value(QStringLiteral("user"));
    if (user.isEmpty()) {
        user = qEnvironmentVariable("CONSENTDESK_USER");
    }
    ctx.requestedUser = user;
    if (user.isEmpty()) {
        user = operatingSystemUser();
    }
    ctx.actor = Actor{user, Role::Manager};
    return command->run(ctx, opts);
}

} // namespace cd::cli
