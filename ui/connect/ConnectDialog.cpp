#include "connect/ConnectDialog.h"

#include "connect/ConnectForm.h"
#include "help/HelpKey.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new ConnectForm(this))
{
    setWindowTitle(tr("Connect to the practice server"));
    setHelpSection(this, HelpSection::SeveralDesks);
    auto* layout = new QVBoxLayout(this);
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

} // namespace cd
