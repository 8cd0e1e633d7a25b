// Reading a password: from the environment, or typed at a terminal with the echo off. Never from a pipe or a file
// (a script gives CONSENTDESK_PASSWORD), so a command never hangs waiting for input nobody will type.
#include "Cli.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace cd::cli {

QString readPassword(const char* variable, const QString& prompt, QTextStream& err)
{
    if (qEnvironmentVariableIsSet(variable)) {
        return qEnvironmentVariable(variable);
    }
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO) == 0) {
        return QString();
    }
    err << prompt;
    err.flush();
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    std::string line;
    int c = 0;
    while ((c = std::getchar()) != EOF && c != '\n') {
        line.push_back(static_cast<char>(c));
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << '\n';
    err.flush();
    return QString::fromStdString(line);
#else
    Q_UNUSED(prompt);
    Q_UNUSED(err);
    return QString(); // Windows: give the password in the environment variable (see packaging/windows)
#endif
}

} // namespace cd::cli
