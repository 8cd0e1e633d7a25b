// consentdesk: opens the practice's database (or the demo) in the main window.
#include "connect/ConnectDialog.h"
#include "domain/Dates.h"
#include "domain/Programme.h"
#include "firstrun/FirstRunWizard.h"
#include "mainwindow/MainWindow.h"
#include "service/Actor.h"
#include "service/BackupService.h"
#include "service/DemoService.h"
#include "service/FileTrust.h"
#include "service/PracticeOverview.h"
#include "service/UserService.h"
#include "settings/DeskSettings.h"
#include "signin/SignInDialog.h"
#include "store/Database.h"
#include "store/DatabaseTarget.h"
#include "store/Stores.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

struct Session
{
    cd::Actor actor;
    bool signedIn = false;
};

// The sign-in dialog, again after "Switch user"; nothing when cancelled.
std::optional<Session> signInAgain(cd::Database& db, const cd::Clock& clock, const QString& name = QString())
{
    cd::SignInDialog dialog(db, clock, cd::SignInDialog::Mode::SignIn, name);
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    return Session{dialog.actor(), true};
}

// Who uses this desk. A database with users: the named user signs in, from CONSENTDESK_USER (or --user) and
// CONSENTDESK_PASSWORD when both are given (scripts, the start-up benchmark), else at the dialog. A database with no
// users yet asks for its first manager (INTERFACES.md, sign-in).
std::optional<Session> signIn(cd::Database& db, const cd::Clock& clock, const QString& optionUser,
                              const QString& systemUser)
{
    cd::UserService users(db, clock);
    if (db.engine() == cd::Engine::PostgreSQL) {
        // On a server the connection was the sign-in: the server checked the password and knows the login's role.
        auto session = users.serverSession();
        if (!session) {
            QMessageBox::critical(nullptr, QObject::tr("Consent Desk"), session.error().message);
            return std::nullopt;
        }
        return Session{*session, true};
    }
    auto any = users.hasUsers();
    if (!any) {
        QMessageBox::critical(nullptr, QObject::tr("Consent Desk"), any.error().message);
        return std::nullopt;
    }
    if (!*any) {
        cd::SignInDialog first(db, clock, cd::SignInDialog::Mode::FirstManager, systemUser);
        if (first.exec() != QDialog::Accepted) {
            return std::nullopt;
        }
        return Session{first.actor(), true};
    }
    const QString named = optionUser.isEmpty() ? qEnvironmentVariable("CONSENTDESK_USER") : optionUser;
    if (!named.isEmpty() && qEnvironmentVariableIsSet("CONSENTDESK_PASSWORD")) {
        if (auto actor = users.signIn(named, qEnvironmentVariable("CONSENTDESK_PASSWORD"))) {
            return Session{*actor, true};
        }
    }
    auto demo = cd::PracticeStore(db).setting(QStringLiteral("demo"));
    return signInAgain(
        db, clock,
        !named.isEmpty() ? named : (demo && *demo == QLatin1String("1") ? QStringLiteral("demo-manager") : QString()));
}

// Opens the practice. On a server the connection is the sign-in: --user (or CONSENTDESK_USER) is the login and
// CONSENTDESK_PASSWORD its password; what the server refuses is asked again in the Connect form, with the reason.
// An empty error: the person cancelled.
cd::Result<std::unique_ptr<cd::Database>> openPractice(const QString& path, bool demo, const QString& optionUser)
{
    const auto mode = demo ? cd::Database::Mode::CreateIfMissing : cd::Database::Mode::MustExist;
    cd::ServerLogin login{optionUser.isEmpty() ? qEnvironmentVariable("CONSENTDESK_USER") : optionUser};
    if (qEnvironmentVariableIsSet("CONSENTDESK_PASSWORD")) {
        login.password = qEnvironmentVariable("CONSENTDESK_PASSWORD");
    }
    QString target = path;
    auto db = cd::Database::open(target, mode, login);
    while (!db && db.error().kind == cd::ErrorKind::Forbidden) {
        auto parsed = cd::DatabaseTarget::parse(target);
        if (!parsed || parsed->engine != cd::Engine::PostgreSQL) {
            break;
        }
        cd::DatabaseTarget shown = *parsed;
        if (!login.user.isEmpty()) {
            shown.user = login.user;
        }
        cd::ConnectDialog dialog;
        dialog.askAgain(shown, db.error().message);
        if (dialog.exec() != QDialog::Accepted) {
            return cd::Error{cd::ErrorKind::Forbidden, QString()};
        }
        target = dialog.url();
        login = cd::ServerLogin{dialog.user(), dialog.password()};
        db = cd::Database::open(target, mode, login);
    }
    return db;
}

int failWith(const QString& message)
{
    QMessageBox::critical(nullptr, QStringLiteral("Consent Desk"), message);
    return 3;
}

QElapsedTimer g_sinceMain; // started first thing in main()

// Quits the application after the window's first paint and prints the time since main() began.
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QObject* parent)
        : QObject(parent)
    {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // From the launch (the script's clock, CONSENTDESK_LAUNCHED_AT_MS) when given, else from main().
            bool given = false;
            const qint64 launched = qEnvironmentVariable("CONSENTDESK_LAUNCHED_AT_MS").toLongLong(&given);
            const qint64 ms = given ? QDateTime::currentMSecsSinceEpoch() - launched : g_sinceMain.elapsed();
            std::fprintf(stderr, "first paint %lld ms after %s\n", static_cast<long long>(ms),
                         given ? "launch" : "main");
            // "settled": stay until the deferred figures are in, for the resident memory of a working window.
            const bool settled = qEnvironmentVariable("CONSENTDESK_EXIT_AFTER_FIRST_PAINT") == QLatin1String("settled");
            QTimer::singleShot(settled ? 1500 : 0, qApp, [] { QApplication::quit(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

// The options, also for --help before any display is opened (help2man runs it on build machines without one).
struct Options
{
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("main", "The practice's database: a file, or "
                                                              "postgresql://USER@HOST:PORT/DBNAME."),
                          QStringLiteral("PATH"), cd::defaultDatabaseFile(QStringLiteral("consentdesk.sqlite"))};
    QCommandLineOption asOf{QStringLiteral("as-of"),
                            QCoreApplication::translate("main", "View the practice as of this date (YYYY-MM-DD or "
                                                                "DD/MM/YYYY)."),
                            QStringLiteral("DATE")};
    QCommandLineOption user{QStringLiteral("user"),
                            QCoreApplication::translate("main", "The user to sign in as (default: CONSENTDESK_USER)."),
                            QStringLiteral("NAME")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open the demo practice (created on first use).")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Consent Desk: the practice's register of Summary Care Record consent.\n\n"
                    "Opened with no database, it offers to create a new practice, connect to the practice's server or "
                    "explore the demo. Qt's own options (-platform, -style, -reverse, ...) are accepted too."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, asOf, user, demo});
    }
};

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("consentdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSENTDESK_VERSION));
}

// --help and --version answer without a display, as a Debian desktop program's do.
bool answersWithoutDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        // (--help-all lists Qt's own options too, which only an application with a display knows)
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v") {
            return true;
        }
    }
    return false;
}

// Where the practice is when nothing says: the demo when asked for, else the practice this desk had open last,
// else the default file. Empty when there is none of these: the first run.
QString practiceToOpen(const QCommandLineParser& parser, const Options& options, const cd::DeskSettings& settings)
{
    if (parser.isSet(options.db)) {
        return parser.value(options.db);
    }
    if (parser.isSet(options.demo)) {
        return cd::defaultDatabaseFile(QStringLiteral("demo.sqlite"));
    }
    if (const QString last = settings.lastDatabase();
        !last.isEmpty() && (last.startsWith(QLatin1String("postgresql://")) || QFileInfo::exists(last))) {
        return last;
    }
    const QString fallback = parser.value(options.db);
    return QFileInfo::exists(fallback) ? fallback : QString();
}

void loadTranslations(QApplication& app)
{
    // The source strings are British English; a translation added under resources/translations is picked by locale.
    auto* translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("consentdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    }
    // Qt's own words (OK, Cancel, Close, the file dialogs) from Qt's translations, where the system has them.
    auto* qtWords = new QTranslator(&app);
    if (qtWords->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtWords);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    g_sinceMain.start();
    nameApplication();
    const Options options;
    if (answersWithoutDisplay(argc, argv)) {
        QCoreApplication core(argc, argv);
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(core); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Consent Desk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/consentdesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("org.consentdesk.ConsentDesk"));
    loadTranslations(app);

    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    bool demo = parser.isSet(options.demo);
    cd::DeskSettings settings;
    QString path = practiceToOpen(parser, options, settings);
    std::optional<Session> newManager; // the new practice's manager, signed in by the wizard
    if (path.isEmpty()) {
        cd::FirstRunWizard wizard;
        if (wizard.exec() != QDialog::Accepted) {
            return 0; // nothing was made
        }
        const cd::FirstRunWizard::Outcome& outcome = wizard.outcome();
        path = outcome.target;
        demo = outcome.choice == cd::FirstRunWizard::Choice::Demo;
        if (outcome.choice == cd::FirstRunWizard::Choice::NewPractice) {
            newManager = Session{cd::Actor{outcome.manager, cd::Role::Manager}, true};
        }
    }
    auto db = openPractice(path, demo, parser.value(options.user));
    if (!db) {
        return db.error().message.isEmpty() ? 0 : failWith(db.error().message);
    }
    QString user = parser.value(options.user);
    if (user.isEmpty()) {
        user = qEnvironmentVariable("CONSENTDESK_USER", cd::operatingSystemUser());
    }
    auto overview = cd::PracticeOverview::load(**db);
    if (!overview && demo) {
        const cd::SystemClock clock;
        if (auto created = cd::createDemoPractice(**db, cd::Actor{user, cd::Role::Manager}, clock, cd::DemoOptions{});
            !created) {
            return failWith(created.error().message);
        }
        if (auto users = cd::addDemoUsers(**db, cd::Actor{user, cd::Role::Manager}, clock); !users) {
            return failWith(users.error().message);
        }
        overview = cd::PracticeOverview::load(**db);
    }
    if (!overview) {
        return failWith(overview.error().message);
    }
    QDate asOf = overview->defaultAsOf.isValid() ? overview->defaultAsOf : QDate::currentDate();
    if (parser.isSet(options.asOf)) {
        auto parsed = cd::parseDate(parser.value(options.asOf));
        if (!parsed) {
            return failWith(QStringLiteral("--as-of: ") + parsed.error().message);
        }
        asOf = *parsed;
    }
    const cd::SystemClock clock;
    cd::Database* practice = db->get();
    auto actor = newManager ? newManager : signIn(*practice, clock, parser.value(options.user), user);
    if (!actor) {
        return 0; // the sign-in was cancelled: nothing was opened
    }
    if (const QString warning =
            practice->engine() == cd::Engine::SQLite ? cd::storageWarning(practice->path()) : QString();
        !warning.isEmpty()) {
        QMessageBox::warning(nullptr, QObject::tr("Where the practice file is"), warning);
    }
    const int lockMinutes = overview->lockMinutes;
    // Switching user closes the window and signs someone in again; the practice stays open.
    while (true) {
        cd::MainWindow window(*practice, asOf, actor->actor, &settings, cd::MainWindow::Start::FiguresAfterFirstPaint);
        if (actor->signedIn) {
            window.lockWhenIdle(lockMinutes);
        }
        window.show();
        // The day's backup once the window is up and counted, so a start never waits for it.
        QTimer::singleShot(1500, &window, [&window, practice, who = actor->actor] {
            // Against the newest backup before today's is made: the history must extend it unchanged.
            window.showHistoryWarning(cd::newestBackupWarning(*practice));
            const cd::SystemClock now;
            auto made = cd::BackupService(*practice, now).dailyIfDue(who);
            if (!made) {
                window.statusBar()->showMessage(QObject::tr("Today's backup failed: %1").arg(made.error().message));
            } else if (made->has_value()) {
                window.statusBar()->showMessage(QObject::tr("Today's backup: %1").arg((*made)->path), 8000);
            }
        });
        if (qEnvironmentVariableIsSet("CONSENTDESK_EXIT_AFTER_FIRST_PAINT")) {
            // For tests/bench/startup.sh: quit once the window has been painted, saying when.
            auto* watcher = new FirstPaintWatcher(&window);
            window.installEventFilter(watcher);
        }
        const int code = QApplication::exec();
        if (!window.switchRequested()) {
            return code;
        }
        actor = signInAgain(*practice, clock);
        if (!actor) {
            return 0;
        }
    }
}
