#include "mailout/MailoutDialog.h"
#include "help/HelpKey.h"

#include "domain/Dates.h"
#include "service/MailoutService.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

MailoutDialog::MailoutDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Record a mail-out"));
    setHelpSection(this, HelpSection::Mailouts);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date = new QDateEdit(clock.today(), this);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(clock.today());
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date the packs were posted"));
    m_date->setToolTip(tr("The day the packs were posted: each opt-out window runs from it."));
    m_selection = new QComboBox(this);
    m_selection->addItem(tr("Patients never sent a pack (new registrations since the last batch)"),
                         static_cast<int>(MailoutCommand::Selection::NeverSent));
    m_selection->addItem(tr("Every registered patient (each opt-out window starts again)"),
                         static_cast<int>(MailoutCommand::Selection::EveryRegistered));
    m_selection->setAccessibleName(tr("Who the packs went to"));
    m_selection->setToolTip(tr("A top-up batch for new registrations, or a second mailing to everyone, which starts "
                               "every patient's opt-out window again."));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("SCR information packs, (date)"));
    m_name->setAccessibleName(tr("Name of the batch"));
    form->addRow(tr("&Posted on:"), m_date);
    form->addRow(tr("&Sent to:"), m_selection);
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    m_count = new QLabel(this);
    m_count->setWordWrap(true);
    m_count->setAccessibleName(tr("Packs in this mail-out"));
    layout->addWidget(m_count);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Mail-out progress"));
    m_progress->hide();
    layout->addWidget(m_progress);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_record = buttons->addButton(tr("&Record the mail-out"), QDialogButtonBox::AcceptRole);
    m_record->setDefault(true);
    layout->addWidget(buttons);
    connect(m_record, &QPushButton::clicked, this, &MailoutDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_running) {
            m_cancelled = true; // the service stops at its next step and writes nothing
        } else {
            reject();
        }
    });
    connect(m_date, &QDateEdit::dateChanged, this, &MailoutDialog::updateCount);
    connect(m_selection, &QComboBox::currentIndexChanged, this, &MailoutDialog::updateCount);
    updateCount();
    setMinimumWidth(560);
}

QString MailoutDialog::message() const
{
    return m_message->text();
}

void MailoutDialog::updateCount()
{
    MailoutCommand command;
    command.sentOn = m_date->date();
    command.selection = static_cast<MailoutCommand::Selection>(m_selection->currentData().toInt());
    auto n = mailoutSize(m_db, command);
    m_count->setText(n ? tr("%n pack(s) to record; children under 16 are addressed to their parent or guardian.",
                            nullptr, static_cast<int>(*n))
                       : n.error().message);
}

void MailoutDialog::record()
{
    MailoutCommand command;
    command.sentOn = m_date->date();
    command.selection = static_cast<MailoutCommand::Selection>(m_selection->currentData().toInt());
    command.name = m_name->text();
    m_running = true;
    m_cancelled = false;
    m_record->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    auto done = recordMailout(m_db, m_actor, m_clock, command, [this](int percent) {
        m_progress->setValue(percent);
        QApplication::processEvents(); // the window stays alive and Cancel can be pressed
        return !m_cancelled;
    });
    m_running = false;
    m_progress->hide();
    m_record->setEnabled(true);
    if (!done) {
        m_message->setText(tr("\u26A0 %1").arg(done.error().message));
        return;
    }
    m_message->setText(tr("Recorded %1 packs (%2 to parents) posted on %3.")
                           .arg(done->packs)
                           .arg(done->toParents)
                           .arg(humanDate(command.sentOn)));
    accept();
}

} // namespace cd
