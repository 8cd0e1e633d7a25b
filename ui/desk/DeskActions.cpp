#include "desk/DeskActions.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "mailout/MailoutDialog.h"
#include "mailout/ReturnedLettersDialog.h"
#include "patients/NewPatientDialog.h"
#include "record/RecordFormDialog.h"
#include "review/ReviewDialog.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"
#include "service/RegistrationService.h"
#include "settings/PracticeSettingsDialog.h"

#include <QInputDialog>
#include <QMessageBox>

namespace cd {

DeskActions::DeskActions(Database& db, ConsentService& service, const Clock& clock, Actor actor, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_service(service)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_window(window)
{}

void DeskActions::report(const QString& done, const QString& refusedWhy)
{
    if (refusedWhy.isEmpty()) {
        Q_EMIT message(done);
        Q_EMIT changed();
    } else {
        QMessageBox::warning(m_window, tr("Consent Desk"), tr("Not recorded: %1").arg(refusedWhy));
    }
}

void DeskActions::recordForm(const QString& nhs)
{
    RecordFormDialog dialog(m_db, m_service, m_actor, m_clock.today(), nhs, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT message(tr("Form saved (#%1).").arg(dialog.savedEventId()));
        Q_EMIT changed();
    }
}

void DeskActions::registerPatient()
{
    RegistrationService registration(m_db, m_clock);
    NewPatientDialog dialog(registration, m_actor, m_clock.today(), m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const RegisteredPatient& done = dialog.registered();
    Q_EMIT message(done.returning
                       ? tr("%1 registered again (a returning patient, history kept).").arg(done.patient.displayName())
                       : tr("%1 registered.").arg(done.patient.displayName()));
    Q_EMIT changed();
    Q_EMIT registered(done.patient.nhsNumber);
    if (dialog.recordFormNext()) {
        recordForm(done.patient.nhsNumber);
    }
}

void DeskActions::markCoded(const QString& nhs)
{
    auto record = PatientRecord::load(m_db, Programme::scr(), nhs, m_clock.today());
    if (!record || !record->state.awaitingCoding) {
        QMessageBox::information(m_window, tr("Consent Desk"),
                                 record ? tr("This patient has no choice waiting to be coded.")
                                        : record.error().message);
        return;
    }
    QString code;
    for (const ConsentEvent& e : record->history) {
        if (e.id == record->state.currentChoiceId) {
            const ChoiceDefinition* def = Programme::scr().choice(e.choice);
            code = def ? def->readCode : QString();
        }
    }
    if (QMessageBox::question(m_window, tr("Mark coded"),
                              tr("Mark the choice of %1 as coded %2 in the clinical system on %3?")
                                  .arg(record->patient.displayName(), code, humanDate(m_clock.today()))) !=
        QMessageBox::Yes) {
        return;
    }
    auto done = m_service.markCoded(m_actor, nhs, code, m_clock.today());
    report(tr("Marked coded %1.").arg(code), done ? QString() : done.error().message);
}

void DeskActions::review(const QString& nhs)
{
    ReviewDialog dialog(m_db, m_service, m_actor, m_clock.today(), nhs, ReviewOutcome::Upheld, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        report(tr("Review recorded."), QString());
    }
}

void DeskActions::letterReturned(const QString& nhs)
{
    if (QMessageBox::question(
            m_window, tr("Letter returned"),
            tr("Record that the information pack came back undelivered on %1?").arg(humanDate(m_clock.today()))) !=
        QMessageBox::Yes) {
        return;
    }
    auto done = m_service.recordLetterReturned(m_actor, nhs, m_clock.today());
    report(tr("Returned letter recorded."), done ? QString() : done.error().message);
}

void DeskActions::voidEntry(const QString& nhs)
{
    auto record = PatientRecord::load(m_db, Programme::scr(), nhs, m_clock.today());
    if (!record) {
        QMessageBox::warning(m_window, tr("Consent Desk"), record.error().message);
        return;
    }
    QStringList entries;
    QList<qint64> ids;
    for (const ConsentEvent& e : record->history) {
        if (e.type != EventType::Void && e.type != EventType::Registered && e.type != EventType::Left &&
            !record->voided.contains(e.id)) {
            entries << QStringLiteral("#%1  %2  %3").arg(e.id).arg(humanDate(e.date), PatientRecord::describeEvent(e));
            ids << e.id;
        }
    }
    if (entries.isEmpty()) {
        QMessageBox::information(m_window, tr("Void an entry"), tr("There is nothing to void in this history."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, tr("Void an entry"), tr("The mistaken entry:"), entries, 0, false, &ok);
    if (!ok) {
        return;
    }
    const QString reason = QInputDialog::getText(
        m_window, tr("Void an entry"), tr("Why it is void (kept in the history):"), QLineEdit::Normal, QString(), &ok);
    if (!ok) {
        return;
    }
    auto done = m_service.voidEvent(m_actor, ids.at(entries.indexOf(chosen)), reason.trimmed());
    report(tr("Entry voided."), done ? QString() : done.error().message);
}

void DeskActions::mailout()
{
    MailoutDialog dialog(m_db, m_clock, m_actor, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT message(dialog.message());
        Q_EMIT changed();
    }
}

void DeskActions::returnedLetters()
{
    ReturnedLettersDialog dialog(m_db, m_service, m_actor, m_clock.today(), m_window);
    dialog.exec();
    Q_EMIT changed();
}

void DeskActions::practiceSettings()
{
    PracticeSettingsDialog dialog(m_db, m_clock, m_actor, m_window);
    if (dialog.exec() == QDialog::Accepted) {
        Q_EMIT message(tr("Practice settings saved."));
        Q_EMIT changed();
    }
}

} // namespace cd
