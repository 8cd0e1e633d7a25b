// consentdesk: opens the practice's database (or the demo) in the main window.
#include "domain/Dates.h"
#include "domain/Programme.h"
#include "mainwindow/MainWindow.h"
#include "service/Actor.h"
#include "service/BackupService.h"
#include "service/DemoService.h"
#include "service/PracticeOverview.h"
#include "service/UserService.h"
#include "settings/DeskSettings.h"
#include "signin/SignInDialog.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

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

} // namespace

int main(int argc, char* argv[])
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("consentdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Consent Desk"));
    QApplication::setApplicationVersion(QStringLiteral(CONSENTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Consent Desk: the practice's register of Summary Care Record "
                                                    "consent."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The practice's database."),
                                      QStringLiteral("PATH"),
                                      cd::defaultDatabaseFile(QStringLiteral("consentdesk.sqlite")));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        QStringLiteral("View the practice as of this date (YYYY-MM-DD or DD/MM/YYYY)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Act as this user."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the demo practice (created on first use)."));
    parser.addOptions({dbOption, asOfOption, userOption, demoOption});
    parser.process(app);

    const bool demo = parser.isSet(demoOption);
    cd::DeskSettings settings;
    // Without --db: the demo when asked for, else the practice this desk had open last, else the default file.
    QString path = parser.value(dbOption);
    if (demo && !parser.isSet(dbOption)) {
        path = cd::defaultDatabaseFile(QStringLiteral("demo.sqlite"));
    } else if (const QString last = settings.lastDatabase();
               !parser.isSet(dbOption) && !last.isEmpty() &&
               (last.startsWith(QLatin1String("postgresql://")) || QFileInfo::exists(last))) {
        path = last;
    }
    auto db = cd::Database::open(path, demo ? cd::Database::Mode::CreateIfMissing : cd::Database::Mode::MustExist);
    if (!db) {
        return failWith(db.error().message);
    }
    QString user = parser.value(userOption);
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
    if (parser.isSet(asOfOption)) {
        auto parsed = cd::parseDate(parser.value(asOfOption));
        if (!parsed) {
            return failWith(QStringLiteral("--as-of: ") + parsed.error().message);
        }
        asOf = *parsed;
    }
    const cd::SystemClock clock;
    cd::Database* practice = db->get();
    auto actor = signIn(*practice, clock, parser.value(userOption), user);
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
