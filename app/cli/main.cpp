#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char* argv[])
{
    // Only the report draws: it gets a QGuiApplication on the offscreen platform (INTERFACES.md), so it needs no
    // display; every other command stays a plain QCoreApplication.
    bool draws = false;
    for (int i = 1; i < argc; ++i) {
        draws = draws || qstrcmp(argv[i], "report") == 0;
    }
    std::unique_ptr<QCoreApplication> app;
    if (draws) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("consentdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONSENTDESK_VERSION));
    cd::cli::prepareConsole();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cd::cli::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
