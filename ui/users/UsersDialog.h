#pragma once

#include "service/Actor.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cd {

class Clock;
class Database;

// The practice's staff accounts, for a manager, without a terminal: add someone (name, role, a first password
// typed twice), disable and enable an account (their work stays in the history), and reset a forgotten password
// (the user chooses their own at their next sign-in). Every change goes through UserService: checked, audited.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QString message() const;
    // Selects the row of a user, as a click would.
    void select(const QString& name);
    // Asks before disabling; tests answer it themselves.
    std::function<bool(const QString& question)> confirm;

    void addUser();
    void disableSelected();
    void enableSelected();
    void unlockSelected();
    void resetSelected();

private:
    void reload();
    void updateButtons();
    [[nodiscard]] QString selectedName() const;
    void report(const QString& done, const QString& failed);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_disable = nullptr;
    QPushButton* m_enable = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_reset = nullptr;
};

// Asks for a password twice, in a small dialog of its own: the text above it says whose and why. Returns the
// password, or a null string when cancelled. `check` refuses a password in place (e.g. too short).
QString askNewPassword(QWidget* parent, const QString& title, const QString& intro,
                       const std::function<QString(const QString& password)>& check);

} // namespace cd
