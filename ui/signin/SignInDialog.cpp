#include "signin/SignInDialog.h"
#include "help/HelpKey.h"

#include "service/DemoService.h"
#include "service/PracticeOverview.h"
#include "service/UserService.h"
#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

SignInDialog::SignInDialog(Database& db, const Clock& clock, Mode mode, const QString& user, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_mode(mode)
{
    setWindowTitle(mode == Mode::FirstManager
                       ? tr("Consent Desk: the first manager")
                       : (mode == Mode::Unlock ? tr("Consent Desk is locked") : tr("Sign in to Consent Desk")));
    setHelpSection(this, HelpSection::UsersAndAudit);
    auto* layout = new QVBoxLayout(this);
    // The dialog follows its wrapped words: a long message grows it instead of being cut off (seen under a real X
    // server with no window manager, where nothing resized it).
    layout->setSizeConstraint(QLayout::SetFixedSize);
    auto* intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);
    intro->setMinimumWidth(420);
    if (mode == Mode::FirstManager) {
        intro->setText(tr("This practice has no users yet. Choose the first manager's name and password: the "
                          "manager then adds the other staff with File > Users."));
    } else if (mode == Mode::Unlock) {
        intro->setText(tr("The desk was locked after a while without use. Type %1's password to carry on where you "
                          "left off.")
                           .arg(user));
    } else {
        intro->setText(tr("Sign in with your own name and password."));
        if (auto practice = PracticeOverview::load(db); practice && practice->demo) {
            intro->setText(intro->text() + u' ' +
                           tr("This is the demo practice: sign in as demo-manager, demo-clinician or demo-reception, "
                              "password %1.")
                               .arg(kDemoPassword));
        }
    }
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(user, this);
    m_name->setAccessibleName(tr("User name"));
    m_name->setReadOnly(mode == Mode::Unlock);
    form->addRow(tr("&User name:"), m_name);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&Password:"), m_password);
    // Asked for the first manager, and for a password a manager reset (shown then).
    m_confirm = new QLineEdit(this);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Password again"));
    form->addRow(tr("&Again:"), m_confirm);
    form->setRowVisible(m_confirm, mode == Mode::FirstManager);
    m_form = form;
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setMinimumWidth(420);
    m_message->setAccessibleName(tr("Sign-in message"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    auto* ok = buttons->addButton(mode == Mode::Unlock ? tr("&Unlock")
                                                       : (mode == Mode::FirstManager ? tr("&Create") : tr("&Sign in")),
                                  QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    m_ok = ok;
    if (mode == Mode::Unlock) {
        auto* other = buttons->addButton(tr("S&witch user"), QDialogButtonBox::ActionRole);
        connect(other, &QPushButton::clicked, this, [this] {
            m_switchUser = true;
            QDialog::reject();
        });
    } else {
        buttons->addButton(QDialogButtonBox::Cancel);
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (attempt()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    (user.isEmpty() ? m_name : m_password)->setFocus();
}

void SignInDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
}

QString SignInDialog::intro() const
{
    return m_intro->text();
}

bool SignInDialog::attempt()
{
    UserService users(m_db, m_clock);
    const QString name = m_name->text().trimmed();
    const QString password = m_password->text();
    m_password->clear(); // never kept longer than the attempt
    if (m_mode == Mode::FirstManager) {
        const QString again = m_confirm->text();
        m_confirm->clear();
        if (password != again) {
            m_message->setText(tr("The two passwords differ: type the same one twice."));
            return false;
        }
        if (auto added = users.addFirstManager(name, password); !added) {
            m_message->setText(added.error().message);
            return false;
        }
    }
    if (m_choosingNewPassword) {
        const QString again = m_confirm->text();
        m_confirm->clear();
        if (password != again) {
            m_message->setText(tr("The two passwords differ: type the same one twice."));
            m_password->setFocus();
            return false;
        }
        if (auto changed = users.changeOwnPassword(m_actor, password); !changed) {
            m_message->setText(changed.error().message);
            m_password->setFocus();
            return false;
        }
        return true;
    }
    auto actor = users.signIn(name, password);
    if (!actor) {
        m_message->setText(actor.error().message);
        m_password->setFocus();
        return false;
    }
    m_actor = *actor;
    auto mustChange = users.mustChangePassword(m_actor.user);
    if (mustChange && *mustChange) {
        // Signed in with the password a manager set: they choose their own before the desk opens.
        m_choosingNewPassword = true;
        m_name->setReadOnly(true);
        m_intro->setText(tr("A manager reset your password. Choose your own now: at least 10 characters, not your "
                            "name. Nobody else, the manager included, will know it."));
        m_form->setRowVisible(m_confirm, true);
        m_ok->setText(tr("&Set my password"));
        m_message->clear();
        m_password->setFocus();
        return false;
    }
    return true;
}

void SignInDialog::reject()
{
    if (m_mode == Mode::Unlock && !m_switchUser) {
        return; // Escape does not unlock the desk
    }
    QDialog::reject();
}

} // namespace cd
