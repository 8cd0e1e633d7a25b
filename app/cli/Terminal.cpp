// The terminal: the one place for platform-specific calls (ARCHITECTURE: portable code elsewhere).
// Reading a password: from the environment, or typed at a terminal with the echo off. Never from a pipe or a file
// (a script gives CONSENTDESK_PASSWORD), so a command never hangs waiting for input nobody will type.
// Preparing the console: on Windows, output as written (no \n to \r\n) and in UTF-8 (names like Zoë, Siobhán).
#include "Cli.h"

#include <cstdio>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>

#include <fcntl.h>
#include <io.h>
#endif

namespace cd::cli {

bool isTerminal(std::FILE* stream)
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stream)) != 0;
#else
    return _isatty(_fileno(stream)) != 0;
#endif
}

void prepareConsole()
{
#ifdef Q_OS_WIN
    // Unproven here (written on Linux): the CLI's output is UTF-8 with \n line ends on every platform, so the golden
    // files and the scripts that read it see the same bytes.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    SetConsoleOutputCP(CP_UTF8);
#endif
}

QString readPassword(const char* variable, const QString& prompt, QTextStream& err)
{
    Q_UNUSED(err) // the prompt goes straight to the terminal, never into output held back
    if (qEnvironmentVariableIsSet(variable)) {
        return qEnvironmentVariable(variable);
    }
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO) == 0) {
        return QString();
    }
    // Straight to the terminal: the rest of the output may be held back to be shown inert (main.cpp).
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
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
    std::fputs("\n", stderr);
    std::fflush(stderr);
    return QString::fromStdString(line);
#elif defined(Q_OS_WIN)
    // The one guarded place for Windows. Only a console is asked; a pipe, a file, NUL or a mintty/MSYS terminal
    // (which is a pipe, not a console) gives nothing, as a pipe does above: give CONSENTDESK_PASSWORD there.
    const HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD saved = 0;
    if (in == nullptr || in == INVALID_HANDLE_VALUE || GetConsoleMode(in, &saved) == 0) {
        return QString();
    }
    // Straight to the terminal: the rest of the output may be held back to be shown inert (main.cpp).
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
    // Echo off needs line input on. ReadConsoleW rather than getchar: the console hands over UTF-16 whatever its
    // code page, so a password with a pound sign or an accent arrives as it was typed.
    SetConsoleMode(in, (saved & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) | static_cast<DWORD>(ENABLE_LINE_INPUT));
    std::wstring line;
    wchar_t c = 0;
    DWORD got = 0;
    while (ReadConsoleW(in, &c, 1, &got, nullptr) != 0 && got == 1 && c != L'\n') {
        if (c != L'\r') {
            line.push_back(c);
        }
    }
    SetConsoleMode(in, saved);
    std::fputs("\n", stderr);
    std::fflush(stderr);
    return QString::fromStdWString(line);
#else
    Q_UNUSED(prompt);
    Q_UNUSED(err);
    return QString(); // no terminal API here: give the password in the environment variable
#endif
}

} // namespace cd::cli
