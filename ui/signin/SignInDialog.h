#pragma once

#include "service/Actor.h"

#include <QDialog>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd {

class Clock;
class Database;

// Signing in to the desk, in three forms:
// - SignIn: a user name and password (on the demo, the demo users are named on the dialog);
// - Unlock: after the desk has been idle, the same user's password again (the window and anything typed in it wait
//   underneath, untouched); "Switch user" instead ends the session;
// - FirstManager: a database with no users yet asks for its first manager, password typed twice.
// Every attempt goes through UserService, which checks the password with Argon2id and audits it.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Unlock, FirstManager };
    SignInDialog(Database& db, const Clock& clock, Mode mode, const QString& user = QString(),
                 QWidget* parent = nullptr);

    [[nodiscard]] const Actor& actor() const { return m_actor; }
    [[nodiscard]] bool switchUserChosen() const { return m_switchUser; }
    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit* passwordEdit() const { return m_password; }
    [[nodiscard]] QLineEdit* confirmEdit() const { return m_confirm; }
    [[nodiscard]] QLabel* message() const { return m_message; }

    // The words above the fields (the unlock box says who locked the desk, or that it locked itself, and when).
    void setIntro(const QString& text);
    [[nodiscard]] QString intro() const;

    // What the OK button does; true when signed in (the dialog is then accepted). A user whose password a manager
    // reset is signed in only once they have chosen their own: the dialog asks for it, twice, in place.
    bool attempt();
    [[nodiscard]] bool choosingNewPassword() const { return m_choosingNewPassword; }

protected:
    void reject() override; // an unlock cannot be dismissed: only unlocked, or the user switched

private:
    Database& m_db;
    const Clock& m_clock;
    Mode m_mode;
    Actor m_actor;
    bool m_switchUser = false;
    bool m_choosingNewPassword = false;
    QFormLayout* m_form = nullptr;
    QPushButton* m_ok = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_intro = nullptr;
};

} // namespace cd
