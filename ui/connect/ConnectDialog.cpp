#include "connect/ConnectDialog.h"

#include "connect/ConnectForm.h"
#include "help/HelpKey.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new ConnectForm(this))
    , m_why(new QLabel(this))
{
    setWindowTitle(tr("Connect to the practice server"));
    setHelpSection(this, HelpSection::SeveralDesks);
    auto* layout = new QVBoxLayout(this);
    m_why->setWordWrap(true);
    setMinimumWidth(460); // the reason reads in a few lines, not a column
    m_why->setObjectName(QStringLiteral("why"));
    m_why->hide();
    layout->addWidget(m_why);
    layout->addWidget(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ConnectDialog::url() const
{
    return m_form->url();
}

QString ConnectDialog::password() const
{
    return m_form->password();
}

QString ConnectDialog::user() const
{
    return m_form->user();
}

void ConnectDialog::askAgain(const DatabaseTarget& target, const QString& why)
{
    setWindowTitle(tr("Sign in to the practice server"));
    m_form->setTarget(target);
    m_why->setText(QStringLiteral("\u26A0 ") + why);
    m_why->show();
    m_form->passwordEdit()->setFocus();
}

} // namespace cd
