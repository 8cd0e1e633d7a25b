// consentdesk: opens the practice's database (or the demo) in the main window.
#include "domain/Dates.h"
#include "domain/Programme.h"
#include "mainwindow/MainWindow.h"
#include "service/Actor.h"
#include "service/DemoService.h"
#include "service/PracticeOverview.h"
#include "settings/DeskSettings.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace {

int failWith(const QString& message)
{
    QMessageBox::critical(nullptr, QStringLiteral("Consent Desk"), message);
    return 3;
}

} // namespace

int main(int argc, char* argv[])
{
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
    const QString path = demo && !parser.isSet(dbOption) ? cd::defaultDatabaseFile(QStringLiteral("demo.sqlite"))
                                                         : parser.value(dbOption);
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
    cd::DeskSettings settings;
    cd::MainWindow window(**db, asOf, user, &settings);
    window.show();
    return QApplication::exec();
}
