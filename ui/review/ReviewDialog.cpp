#include "review/ReviewDialog.h"
#include "help/HelpKey.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cd {

ReviewDialog::ReviewDialog(Database& db, ConsentService& service, Actor actor, QDate today, const QString& nhsNumber,
                           ReviewOutcome proposed, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_nhs(nhsNumber)
{
    setWindowTitle(tr("GP review"));
    setHelpSection(this, HelpSection::GpReview);
    auto* layout = new QVBoxLayout(this);
    m_what = new QLabel(this);
    m_what->setWordWrap(true);
    m_what->setTextFormat(Qt::PlainText);
    m_what->setMinimumWidth(460);
    m_what->setAccessibleName(tr("The choice under review"));
    layout->addWidget(m_what);
    auto record = PatientRecord::load(db, Programme::scr(), nhsNumber, today);
    if (record && record->state.gpReview) {
        m_choiceId = record->state.reviewChoiceId;
        const ConsentEvent* choice = findEvent(record->history, m_choiceId);
        const ChoiceDefinition* def = choice ? Programme::scr().choice(choice->choice) : nullptr;
        m_what->setText(tr("%1, born %2: %3, received %4 from %5. Why it is here: %6.")
                            .arg(record->patient.displayName(), humanDate(record->patient.dateOfBirth),
                                 def ? def->label : QString(), choice ? humanDate(choice->date) : QString(),
                                 choice ? describe(choice->submittedBy) : QString(),
                                 describe(record->state.reviewReason)));
    } else {
        m_what->setText(record ? tr("Nothing waits for a GP's review for this patient.") : record.error().message);
    }
    m_uphold = new QRadioButton(tr("&Uphold: the choice stands"), this);
    m_override = new QRadioButton(tr("Over&ride: the choice is set aside"), this);
    layout->addWidget(m_uphold);
    layout->addWidget(m_override);
    auto* reasonLabel = new QLabel(tr("Rea&son (kept in the patient's history):"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason for the decision"));
    m_reason->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* save = buttons->addButton(tr("Record the &decision"), QDialogButtonBox::AcceptRole);
    save->setDefault(true);
    save->setEnabled(m_choiceId != 0);
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &ReviewDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewDialog::reject);
    // The message goes once its cause is put right.
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_reason->toPlainText().trimmed().isEmpty()) {
            m_message->clear();
        }
    });
    confirmDiscard = [this](const QString& question) {
        return QMessageBox::question(this, tr("GP review"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    setOutcome(proposed);
    m_reason->setFocus();
}

QString ReviewDialog::what() const
{
    return m_what->text();
}

QString ReviewDialog::message() const
{
    return m_message->text();
}

void ReviewDialog::setOutcome(ReviewOutcome outcome)
{
    (outcome == ReviewOutcome::Upheld ? m_uphold : m_override)->setChecked(true);
}

void ReviewDialog::save()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        m_message->setText(tr("\u26A0 Give the reason for the decision: it is kept in the patient's history."));
        m_reason->setFocus();
        return;
    }
    auto saved = m_service.recordReview(
        m_actor, m_nhs, m_uphold->isChecked() ? ReviewOutcome::Upheld : ReviewOutcome::Overridden, reason, m_choiceId);
    if (!saved) {
        m_message->setText(tr("\u26A0 Not recorded: %1").arg(saved.error().message)); // everything typed stays
        return;
    }
    m_savedId = *saved;
    accept();
}

void ReviewDialog::reject()
{
    if (!m_reason->toPlainText().trimmed().isEmpty() && result() != QDialog::Accepted &&
        !confirmDiscard(tr("Throw away the reason you typed? The review is not recorded."))) {
        return;
    }
    QDialog::reject();
}

} // namespace cd
