#pragma once

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace cd::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real consentdesk-cli with a fixed clock, locale and time zone, and a home of its own.
class CliRunner
{
public:
    CliRunner()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("CONSENTDESK_NOW"), QStringLiteral("2010-03-15T10:00:00"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/London"));
        m_env.insert(QStringLiteral("HOME"), m_home.path());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("USER"), QStringLiteral("j.smith"));
        // The demo's manager signs in on every demo database; a database with no users ignores the password and
        // acts as this user, manager (INTERFACES.md, sign-in).
        m_env.insert(QStringLiteral("CONSENTDESK_USER"), QStringLiteral("demo-manager"));
        m_env.insert(QStringLiteral("CONSENTDESK_PASSWORD"), QStringLiteral("demo-password"));
    }

    [[nodiscard]] QString dbPath() const { return m_home.filePath(QStringLiteral("practice.sqlite")); }
    [[nodiscard]] QString home() const { return m_home.path(); }
    [[nodiscard]] const QProcessEnvironment& environment() const { return m_env; }
    // Who signs in from now on (an empty user removes the variable).
    void signInAs(const QString& user, const QString& password)
    {
        user.isEmpty() ? m_env.remove(QStringLiteral("CONSENTDESK_USER"))
                       : m_env.insert(QStringLiteral("CONSENTDESK_USER"), user);
        password.isNull() ? m_env.remove(QStringLiteral("CONSENTDESK_PASSWORD"))
                          : m_env.insert(QStringLiteral("CONSENTDESK_PASSWORD"), password);
    }

    void setEnvironment(const QString& name, const QString& value) { m_env.insert(name, value); }

    CliRun run(const QStringList& args) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(CONSENTDESK_CLI), args);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(120000)) << qPrintable(args.join(u' '));
        CliRun r;
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError()).replace(m_home.path(), QStringLiteral("<HOME>"));
        return r;
    }
    // Global options first, as the interface says: --db PATH COMMAND ...
    CliRun db(const QStringList& args) const { return run(QStringList{QStringLiteral("--db"), dbPath()} + args); }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_env;
};

// Compares text with tests/cli/golden/NAME. CONSENTDESK_UPDATE_GOLDEN=1 rewrites the file instead.
inline void expectGolden(const QString& name, const QString& actual)
{
    const QString path = QStringLiteral(CONSENTDESK_GOLDEN_DIR "/") + name;
    if (qEnvironmentVariableIsSet("CONSENTDESK_UPDATE_GOLDEN")) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual.toUtf8());
        return;
    }
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly))
        << "missing golden file " << qPrintable(path) << " (run with CONSENTDESK_UPDATE_GOLDEN=1 to create it)";
    const QString expected = QString::fromUtf8(f.readAll());
    EXPECT_EQ(actual.toStdString(), expected.toStdString()) << "golden file " << qPrintable(name);
}

} // namespace cd::test
