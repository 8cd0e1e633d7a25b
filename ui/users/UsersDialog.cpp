#include "users/UsersDialog.h"
#include "help/HelpKey.h"

#include "service/UserService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

QString describeRole(Role role)
{
    switch (role) {
    case Role::Reception:
        return QObject::tr("Reception");
    case Role::Clinician:
        return QObject::tr("GP (clinician)");
    case Role::Manager:
        return QObject::tr("Practice manager");
    }
    return QString();
}

// Locked by wrong passwords: the lock runs on the real clock, whatever date the desk views.
bool lockedNow(const User& u)
{
    return u.lockedUntil.isValid() && QDateTime::currentDateTimeUtc() < u.lockedUntil;
}

QString describeState(const User& u)
{
    QString state = u.disabled ? QObject::tr("Disabled")
                    : lockedNow(u)
                        ? QObject::tr("Locked until %1 after %2 wrong passwords in a row")
                              .arg(QLocale().toString(u.lockedUntil.toLocalTime().time(), QLocale::ShortFormat))
                              .arg(UserService::kLockAfter)
                    : u.mustChangePassword ? QObject::tr("Active; chooses a new password at the next sign-in")
                    : u.failedSignIns >= UserService::kWaitAfter
                        ? QObject::tr("Active; %1 wrong passwords in a row").arg(u.failedSignIns)
                        : QObject::tr("Active");
    return u.demo ? QObject::tr("%1 (demo)").arg(state) : state;
}

QLineEdit* passwordEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

QString askNewPassword(QWidget* parent, const QString& title, const QString& intro,
                       const std::function<QString(const QString& password)>& check)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(wrappedLabel(intro, &dialog));
    auto* form = new QFormLayout;
    auto* password = passwordEdit(&dialog, QObject::tr("New password"));
    auto* again = passwordEdit(&dialog, QObject::tr("New password again"));
    form->addRow(QObject::tr("New &password:"), password);
    form->addRow(QObject::tr("&Again:"), again);
    layout->addLayout(form);
    auto* message = wrappedLabel(QString(), &dialog);
    message->setAccessibleName(QObject::tr("Message"));
    layout->addWidget(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(QObject::tr("&Set password"));
    layout->addWidget(buttons);
    QString chosen;
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (password->text() != again->text()) {
            message->setText(QObject::tr("\u26A0 The two passwords differ: type the same one twice."));
            again->clear();
            again->setFocus();
            return;
        }
        if (const QString why = check(password->text()); !why.isEmpty()) {
            message->setText(QObject::tr("\u26A0 %1").arg(why));
            password->setFocus();
            return;
        }
        chosen = password->text();
        dialog.accept();
    });
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.setMinimumWidth(420);
    password->setFocus();
    return dialog.exec() == QDialog::Accepted ? chosen : QString();
}

UsersDialog::UsersDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Users"));
    setHelpSection(this, HelpSection::UsersAndAudit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wrappedLabel(tr("Everyone who signs in to this practice, with their role. A disabled user can "
                                      "no longer sign in; their work stays in the history and the audit trail."),
                                   this));
    auto* row = new QHBoxLayout;
    layout->addLayout(row);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Role"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Users"));
    row->addWidget(m_table, 1);
    auto* actions = new QVBoxLayout;
    row->addLayout(actions);
    m_add = new QPushButton(tr("&Add a user…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_enable = new QPushButton(tr("&Enable"), this);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setToolTip(tr("Lets someone locked out by wrong passwords sign in again at once."));
    m_reset = new QPushButton(tr("&Reset password…"), this);
    for (QPushButton* b : {m_add, m_disable, m_enable, m_unlock, m_reset}) {
        b->setAutoDefault(false); // Enter in the list never disables or resets anyone
        actions->addWidget(b);
    }
    actions->addStretch();
    m_message = wrappedLabel(QString(), this);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_disable, &QPushButton::clicked, this, &UsersDialog::disableSelected);
    connect(m_enable, &QPushButton::clicked, this, &UsersDialog::enableSelected);
    connect(m_unlock, &QPushButton::clicked, this, &UsersDialog::unlockSelected);
    connect(m_reset, &QPushButton::clicked, this, &UsersDialog::resetSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersDialog::updateButtons);
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    resize(640, 360);
    reload();
}

QString UsersDialog::message() const
{
    return m_message->text();
}

void UsersDialog::reload()
{
    const QString keep = selectedName();
    auto users = UserService(m_db, m_clock).list(m_actor);
    m_table->setRowCount(0);
    if (!users) {
        m_message->setText(tr("\u26A0 %1").arg(users.error().message));
        updateButtons();
        return;
    }
    for (const User& u : *users) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto* name = new QTableWidgetItem(u.name);
        name->setData(Qt::UserRole, u.disabled);
        name->setData(Qt::UserRole + 1, lockedNow(u) || u.failedSignIns >= UserService::kWaitAfter);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(describeRole(u.role)));
        m_table->setItem(r, 2, new QTableWidgetItem(describeState(u)));
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty()) {
        select(keep);
    }
    updateButtons();
}

void UsersDialog::select(const QString& name)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->text() == name) {
            m_table->selectRow(r);
            return;
        }
    }
}

QString UsersDialog::selectedName() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->text();
}

void UsersDialog::updateButtons()
{
    const QString name = selectedName();
    const auto rows = m_table->selectionModel()->selectedRows();
    const bool disabled = !rows.isEmpty() && m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toBool();
    const bool self = name == m_actor.user;
    m_disable->setEnabled(!name.isEmpty() && !disabled && !self);
    m_disable->setToolTip(self ? tr("You cannot disable your own account: another manager can.") : QString());
    m_enable->setEnabled(!name.isEmpty() && disabled);
    m_unlock->setEnabled(!rows.isEmpty() && m_table->item(rows.first().row(), 0)->data(Qt::UserRole + 1).toBool());
    m_reset->setEnabled(!name.isEmpty() && !self);
    m_reset->setToolTip(self ? tr("Change your own password with File > Change my password.") : QString());
}

void UsersDialog::report(const QString& done, const QString& failed)
{
    m_message->setText(failed.isEmpty() ? done : tr("\u26A0 Not changed: %1").arg(failed));
    reload();
}

void UsersDialog::addUser()
{
    QDialog form(this);
    form.setWindowTitle(tr("Add a user"));
    auto* layout = new QVBoxLayout(&form);
    layout->addWidget(wrappedLabel(tr("Their own name to sign in with (e.g. j.smith), their role, and a first "
                                      "password: tell them it in person."),
                                   &form));
    auto* fields = new QFormLayout;
    auto* name = new QLineEdit(&form);
    name->setPlaceholderText(tr("e.g. j.smith"));
    auto* role = new QComboBox(&form);
    for (const Role r : {Role::Reception, Role::Clinician, Role::Manager}) {
        role->addItem(describeRole(r), QVariant::fromValue(static_cast<int>(r)));
    }
    auto* password = passwordEdit(&form, tr("Password"));
    auto* again = passwordEdit(&form, tr("Password again"));
    fields->addRow(tr("User &name:"), name);
    fields->addRow(tr("R&ole:"), role);
    fields->addRow(tr("&Password:"), password);
    fields->addRow(tr("A&gain:"), again);
    layout->addLayout(fields);
    auto* message = wrappedLabel(QString(), &form);
    message->setAccessibleName(tr("Message"));
    layout->addWidget(message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    layout->addWidget(buttons);
    QString added;
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        if (password->text() != again->text()) {
            message->setText(tr("\u26A0 The two passwords differ: type the same one twice."));
            again->clear();
            again->setFocus();
            return;
        }
        auto done =
            UserService(m_db, m_clock)
                .addUser(m_actor, name->text(), static_cast<Role>(role->currentData().toInt()), password->text());
        if (!done) {
            message->setText(tr("\u26A0 %1").arg(done.error().message)); // what was typed stays
            return;
        }
        added = name->text().trimmed();
        form.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    form.setMinimumWidth(440);
    name->setFocus();
    if (form.exec() == QDialog::Accepted) {
        report(tr("Added %1 (%2).").arg(added, role->currentText()), QString());
        select(added);
    }
}

void UsersDialog::disableSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() ||
        !confirm(tr("Disable %1? They can no longer sign in; their work stays in the history. You can enable them "
                    "again.")
                     .arg(name))) {
        return;
    }
    auto done = UserService(m_db, m_clock).disable(m_actor, name);
    report(tr("Disabled %1.").arg(name), done ? QString() : done.error().message);
}

void UsersDialog::enableSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    auto done = UserService(m_db, m_clock).enable(m_actor, name);
    report(tr("Enabled %1: they can sign in again.").arg(name), done ? QString() : done.error().message);
}

void UsersDialog::unlockSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    auto done = UserService(m_db, m_clock).unlock(m_actor, name);
    report(tr("Unlocked %1: they can sign in again now.").arg(name), done ? QString() : done.error().message);
}

void UsersDialog::resetSelected()
{
    const QString name = selectedName();
    if (name.isEmpty()) {
        return;
    }
    const QString password = askNewPassword(
        this, tr("Reset the password of %1").arg(name),
        tr("A new password for %1, to tell them in person (never by email). They choose their own when they next "
           "sign in.")
            .arg(name),
        [name](const QString& typed) {
            const Status ok = UserService::checkPassword(name, typed);
            return ok ? QString() : ok.error().message;
        });
    if (password.isNull()) {
        return;
    }
    auto done = UserService(m_db, m_clock).resetPassword(m_actor, name, password);
    report(tr("Reset the password of %1: they choose their own at their next sign-in.").arg(name),
           done ? QString() : done.error().message);
}

} // namespace cd
