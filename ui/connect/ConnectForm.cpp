#include "connect/ConnectForm.h"

#include "service/Actor.h"
#include "store/DatabaseTarget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace cd {

ConnectForm::ConnectForm(QWidget* parent)
    : QWidget(parent)
    , m_host(new QLineEdit(QStringLiteral("localhost"), this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(QStringLiteral("consentdesk"), this))
    , m_user(new QLineEdit(operatingSystemUser(), this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_schema(new QLineEdit(this))
{
    m_host->setObjectName(QStringLiteral("host"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_port->setObjectName(QStringLiteral("port"));
    m_schema->setObjectName(QStringLiteral("schema"));
    m_schema->setPlaceholderText(tr("only if your IT support gave one"));
    m_schema->setToolTip(tr("On a server that keeps several practices in one database, the name of this practice's "
                            "schema (lower-case letters, digits and _)."));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("or leave empty to use ~/.pgpass"));
    m_sslMode->addItems({QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full"),
                         QStringLiteral("disable")});
    m_host->setToolTip(tr("The name or address of the practice's PostgreSQL server, as your IT support gave it."));
    m_sslMode->setToolTip(tr("prefer: encrypt when the server can; require: always encrypt; verify-full: encrypt "
                             "and check the server's certificate (best on a shared network)."));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    m_user->setToolTip(tr("Your own login on the practice server: the server checks your password and knows your "
                          "role from it."));
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption (sslmode):"), m_sslMode);
    form->addRow(tr("Sc&hema:"), m_schema);
}

QString ConnectForm::url() const
{
    QString url = QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
                      .arg(m_user->text().trimmed(), m_host->text().trimmed())
                      .arg(m_port->value())
                      .arg(m_database->text().trimmed(), m_sslMode->currentText());
    if (const QString schema = m_schema->text().trimmed(); !schema.isEmpty()) {
        url += QStringLiteral("&schema=") + schema;
    }
    return url;
}

QString ConnectForm::password() const
{
    return m_password->text();
}

QString ConnectForm::user() const
{
    return m_user->text().trimmed();
}

void ConnectForm::setTarget(const DatabaseTarget& target)
{
    m_host->setText(target.host);
    m_port->setValue(target.port);
    m_database->setText(target.database);
    m_user->setText(target.user);
    m_schema->setText(target.schema);
    if (!target.sslMode.isEmpty()) {
        m_sslMode->setCurrentText(target.sslMode);
    }
}

} // namespace cd
