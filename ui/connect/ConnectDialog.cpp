#include "connect/ConnectDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace cd {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("consentdesk"), this))
    , m_user(new QLineEdit(qEnvironmentVariable("USER"), this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
{
    setWindowTitle(tr("Connect to the practice server"));
    m_host->setObjectName(QStringLiteral("host"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("or leave empty to use ~/.pgpass"));
    m_sslMode->addItems({QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full"),
                         QStringLiteral("disable")});
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption (sslmode):"), m_sslMode);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString ConnectDialog::url() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
        .arg(m_user->text().trimmed(), m_host->text().trimmed())
        .arg(m_port->value())
        .arg(m_database->text().trimmed(), m_sslMode->currentText());
}

QString ConnectDialog::password() const
{
    return m_password->text();
}

} // namespace cd
