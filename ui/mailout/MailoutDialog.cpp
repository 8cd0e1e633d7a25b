#include "mailout/MailoutDialog.h"
#include "help/HelpKey.h"
#include "widgets/DateField.h"

#include "domain/Dates.h"
#include "service/MailoutService.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
    m_date = new DateField(clock.today(), this);
    m_date->setMaximumDate(clock.today());
    m_date->setAccessibleName(tr("Date the packs were posted"));
    m_date->setToolTip(tr("The day the packs were posted: each opt-out window runs from it."));
    m_selection = new QComboBox(this);
    m_selection->addItem(tr("Patients sent no pack since they registered (new and returning patients)"),
                         static_cast<int>(MailoutCommand::Selection::NeverSent));
    m_selection->addItem(tr("Patients whose pack came back undelivered (nobody else's window restarts)"),
                         static_cast<int>(MailoutCommand::Selection::ReturnedLetters));
    m_selection->addItem(tr("Every registered patient (each opt-out window starts again)"),
                         static_cast<int>(MailoutCommand::Selection::EveryRegistered));
    m_selection->setAccessibleName(tr("Who the packs went to"));
    m_selection->setToolTip(tr("A top-up batch for new registrations, packs sent again to the new addresses of those "
                               "that came back, or a second mailing to everyone, which starts every patient's "
                               "opt-out window again."));
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
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; }"));
    m_warning->hide();
    layout->addWidget(m_warning);
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
    confirm = [this](const QString& question) {
        return QMessageBox::warning(this, tr("Record a mail-out"), question, QMessageBox::Yes | QMessageBox::No,
                                    QMessageBox::No) == QMessageBox::Yes;
    };
    connect(m_date, &DateField::dateChanged, this, &MailoutDialog::updateCount);
    connect(m_date, &DateField::refused, this,
            [this](const QString& why) { m_message->setText(tr("\u26A0 %1").arg(why)); });
    connect(m_selection, &QComboBox::currentIndexChanged, this, &MailoutDialog::updateCount);
    updateCount();
    setMinimumWidth(560);
}

QString MailoutDialog::message() const
{
    return m_message->text();
}

QString MailoutDialog::preview() const
{
    return m_count->text();
}

QString MailoutDialog::warning() const
{
    return m_warning->isVisible() ? m_warning->text() : QString();
}

void MailoutDialog::updateCount()
{
    MailoutCommand command;
    command.sentOn = m_date->date();
    command.selection = static_cast<MailoutCommand::Selection>(m_selection->currentData().toInt());
    auto p = previewMailout(m_db, command);
    if (!p) {
        m_count->setText(p.error().message);
        m_warning->hide();
        return;
    }
    m_count->setText(tr("%n pack(s) to record; children under 16 are addressed to their parent or guardian. Their "
                        "%1-day windows close on %2.",
                        nullptr, static_cast<int>(p->packs))
                         .arg(p->windowDays)
                         .arg(humanDate(p->windowLastDay)));
    const bool late = p->packs > 0 && p->windowsEndAfterUpload();
    m_warning->setText(late ? tr("\u26A0 These windows close after the planned upload on %1: these patients would be "
                                 "uploaded before their time to opt out is over. Move the upload date (Practice "
                                 "settings), or make sure no record is uploaded before %2.")
                                  .arg(humanDate(p->plannedUpload), humanDate(p->windowLastDay))
                            : QString());
    m_warning->setVisible(late);
}

void MailoutDialog::record()
{
    MailoutCommand command;
    command.sentOn = m_date->date();
    command.selection = static_cast<MailoutCommand::Selection>(m_selection->currentData().toInt());
    command.name = m_name->text();
    if (m_warning->isVisible() && !confirm(m_warning->text() + u'\n' + u'\n' + tr("Record the mail-out anyway?"))) {
        m_message->setText(tr("Not recorded."));
        return;
    }
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
