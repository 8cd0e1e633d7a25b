#include "Cli.h"
#include "domain/TextRules.h"

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
    // On a terminal, text already stored (a name imported with an escape sequence or a direction override) is shown
    // inert, as \uXXXX, never acted on by the terminal. Piped output stays exactly as stored.
    if (cd::cli::isTerminal(stdout) || cd::cli::isTerminal(stderr)) {
        QString outText;
        QString errText;
        int code = 0;
        {
            QTextStream out(&outText);
            QTextStream err(&errText);
            code = cd::cli::runCli(QCoreApplication::arguments(), out, err);
        }
        QTextStream(stdout) << (cd::cli::isTerminal(stdout) ? cd::inertText(outText) : outText);
        QTextStream(stderr) << (cd::cli::isTerminal(stderr) ? cd::inertText(errText) : errText);
        return code;
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cd::cli::runCli(QCoreApplication::arguments(), out, err);
    out.flush();
    err.flush();
    return code;
}
