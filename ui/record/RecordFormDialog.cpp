#include "record/RecordFormDialog.h"
#include "help/HelpKey.h"
#include "widgets/DateField.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

constexpr int kRepeatDays = 30;

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

RecordFormDialog::RecordFormDialog(Database& db, ConsentService& service, Actor actor, QDate today,
                                   const QString& nhsNumber, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_today(today)
{
    setWindowTitle(tr("Record a form"));
    setHelpSection(this, HelpSection::RecordingForm);
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto* form = new QWidget(m_pages);
    auto* fields = new QFormLayout(form);
    const auto given = NhsNumber::parse(nhsNumber);
    m_nhs = new QLineEdit(given ? given->formatted() : nhsNumber, form); // 3-3-4, as on the form
    m_nhs->setPlaceholderText(tr("10 digits, spaces are fine"));
    m_identity = messageLabel(form);
    m_identity->setAccessibleName(tr("Who this NHS number is"));
    m_choice = new QComboBox(form);
    for (const ChoiceDefinition& c : Programme::scr().choices) {
        m_choice->addItem(QStringLiteral("%1 (%2)").arg(c.label, c.readCode), c.key);
    }
    // Most forms at the desk are opt-outs; starting there is also the safer mistake than a consent.
    m_choice->setCurrentIndex(std::max(0, m_choice->findData(QStringLiteral("dissent"))));
    m_received = new DateField(today, form);
    m_received->setMaximumDate(today); // never in the future
    m_received->setToolTip(tr("The day the form reached the practice, from its date stamp: it decides whether it came "
                              "within the opt-out window."));
    m_submittedBy = new QComboBox(form);
    m_submittedBy->setToolTip(tr("Who signed the form. A parent's, attorney's or deputy's choice goes to a GP for "
                                 "review."));
    for (const Submitter s : {Submitter::Patient, Submitter::Parent, Submitter::Attorney, Submitter::Deputy}) {
        m_submittedBy->addItem(describe(s), QVariant::fromValue(static_cast<int>(s)));
    }
    // Who the proxy is, as the form names them: asked only when someone other than the patient submitted it.
    m_proxyName = new QLineEdit(form);
    m_proxyName->setAccessibleName(tr("The proxy's name"));
    m_proxyName->setPlaceholderText(tr("as on the form, e.g. Mary Smith"));
    m_proxyRelationship = new QLineEdit(form);
    m_proxyRelationship->setAccessibleName(tr("The proxy's relationship to the patient"));
    m_proxyRelationship->setPlaceholderText(tr("e.g. mother, son, attorney"));
    m_channel = new QComboBox(form);
    for (const Channel c : {Channel::Post, Channel::Desk, Channel::MailHouse, Channel::Email}) {
        m_channel->addItem(describe(c), QVariant::fromValue(static_cast<int>(c)));
    }
    m_identityChecked = new QCheckBox(tr("&Identity checked"), form);
    m_identityChecked->setToolTip(tr("Tick when the name, date of birth and address on the form match the patient "
                                     "shown above (and, for a form handed in, the person was seen)."));
    m_signature = new QCheckBox(tr("Si&gnature present"), form);
    m_signature->setToolTip(tr("Tick when the form is signed by the patient, or by the parent, attorney or deputy "
                               "named as submitting it."));
    // Created here, so Tab reaches it after the signature box, as it sits on the form.
    m_signed = new DateField(today, form);
    m_signed->setMaximumDate(today);
    m_signed->setToolTip(tr("The date beside the signature (the date received when there is none): a child's age, and "
                            "whether a parent may still choose for them, are judged on it."));
    connect(m_received, &DateField::dateChanged, this, [this](QDate received) {
        const QSignalBlocker quiet(m_signed); // following the date received is not someone changing it
        m_signed->setMaximumDate(received);
        if (!m_signedEdited) {
            m_signed->setDate(received);
        }
    });
    connect(m_signed, &DateField::dateChanged, this, [this] { m_signedEdited = true; });
    for (DateField* date : {m_received, m_signed}) {
        connect(date, &DateField::refused, this,
                [this](const QString& why) { m_message->setText(tr("\u26A0 %1").arg(why)); });
    }
    m_note = new QLineEdit(form);
    fields->addRow(tr("&NHS number:"), m_nhs);
    fields->addRow(QString(), m_identity);
    fields->addRow(tr("&Choice:"), m_choice);
    fields->addRow(tr("Date &received:"), m_received);
    fields->addRow(tr("Submitted b&y:"), m_submittedBy);
    fields->addRow(tr("Their na&me:"), m_proxyName);
    fields->addRow(tr("Re&lationship:"), m_proxyRelationship);
    const auto showProxy = [this, fields] {
        const bool proxy = static_cast<Submitter>(m_submittedBy->currentData().toInt()) != Submitter::Patient;
        fields->setRowVisible(m_proxyName, proxy);
        fields->setRowVisible(m_proxyRelationship, proxy);
    };
    connect(m_submittedBy, &QComboBox::currentIndexChanged, this, showProxy);
    showProxy();
    fields->addRow(tr("C&hannel:"), m_channel);
    fields->addRow(QString(), m_identityChecked);
    fields->addRow(QString(), m_signature);
    // Beside the signature, after the boxes a receptionist ticks: it follows the date received until changed.
    fields->addRow(tr("Dat&e signed:"), m_signed);
    fields->addRow(tr("No&te:"), m_note);
    // Accessible names for screen readers: the labels' words without their mnemonics.
    m_nhs->setAccessibleName(tr("NHS number"));
    m_choice->setAccessibleName(tr("Choice"));
    m_received->setAccessibleName(tr("Date received"));
    m_signed->setAccessibleName(tr("Date signed"));
    m_submittedBy->setAccessibleName(tr("Submitted by"));
    m_channel->setAccessibleName(tr("Channel"));
    m_note->setAccessibleName(tr("Note"));
    m_pages->addWidget(form);

    auto* confirm = new QWidget(m_pages);
    auto* confirmLayout = new QVBoxLayout(confirm);
    confirmLayout->addWidget(new QLabel(tr("Check, then save:"), confirm));
    m_summary = messageLabel(confirm);
    m_summary->setAccessibleName(tr("Summary of the form"));
    confirmLayout->addWidget(m_summary);
    confirmLayout->addStretch(1);
    m_pages->addWidget(confirm);

    m_message = messageLabel(this);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Go back"), QDialogButtonBox::ResetRole);
    m_continue = buttons->addButton(tr("C&ontinue"), QDialogButtonBox::ActionRole);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_continue, &QPushButton::clicked, this, &RecordFormDialog::showSummary);
    connect(m_save, &QPushButton::clicked, this, &RecordFormDialog::save);
    connect(m_back, &QPushButton::clicked, this, &RecordFormDialog::back);
    connect(m_nhs, &QLineEdit::textChanged, this, &RecordFormDialog::checkNumber);
    back();
    checkNumber();
    if (!nhsNumber.isEmpty()) {
        m_choice->setFocus();
    }
    setMinimumWidth(520);
    // A message goes as soon as the form is changed to put its cause right (a refused save says it again).
    const auto edited = [this] {
        if (m_pages->currentIndex() == 0) {
            m_message->clear();
        }
    };
    for (QLineEdit* edit : {m_nhs, m_proxyName, m_proxyRelationship, m_note}) {
        connect(edit, &QLineEdit::textEdited, this, edited);
    }
    for (QComboBox* box : {m_choice, m_submittedBy, m_channel}) {
        connect(box, &QComboBox::currentIndexChanged, this, edited);
    }
    for (QCheckBox* box : {m_identityChecked, m_signature}) {
        connect(box, &QCheckBox::toggled, this, edited);
    }
    confirmDiscard = [this](const QString& question) {
        return QMessageBox::question(this, tr("Record a form"), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_opened = formState();
}

QString RecordFormDialog::formState() const
{
    return QStringList{m_nhs->text(),
                       m_choice->currentData().toString(),
                       m_received->text(),
                       m_signed->text(),
                       m_submittedBy->currentText(),
                       m_proxyName->text(),
                       m_proxyRelationship->text(),
                       m_channel->currentText(),
                       m_identityChecked->isChecked() ? QStringLiteral("1") : QString(),
                       m_signature->isChecked() ? QStringLiteral("1") : QString(),
                       m_note->text()}
        .join(u'\x1f');
}

void RecordFormDialog::reject()
{
    // Escape on a half-filled form asks before throwing it away; an untouched one just closes.
    if (m_savedId == 0 && formState() != m_opened &&
        !confirmDiscard(tr("Throw away this form? Nothing you typed is saved."))) {
        return;
    }
    QDialog::reject();
}

QString RecordFormDialog::message() const
{
    return m_message->text();
}

QString RecordFormDialog::summaryText() const
{
    return m_summary->text();
}

bool RecordFormDialog::onSummary() const
{
    return m_pages->currentIndex() == 1;
}

void RecordFormDialog::checkNumber()
{
    m_patientKnown = false;
    const QString typed = m_nhs->text();
    if (typed.trimmed().isEmpty()) {
        m_identity->setText(tr("Type or scan the NHS number from the form."));
        return;
    }
    const auto nhs = NhsNumber::parse(typed);
    if (!nhs) {
        QString digits = typed;
        digits.remove(u' ').remove(u'-');
        // While typing, say only how far there is to go; a whole number gets the full reason.
        m_identity->setText(digits.size() < 10 ? tr("%1 of 10 digits").arg(digits.size())
                                               : tr("\u26A0 %1").arg(nhs.error().message));
        return;
    }
    auto record = PatientRecord::load(m_db, Programme::scr(), nhs->digits(), m_today);
    if (!record) {
        m_identity->setText(tr("\u26A0 %1").arg(record.error().message));
        return;
    }
    m_patientKnown = true;
    const Patient& p = record->patient;
    m_identity->setText(
        tr("\u2714 %1, born %2 (age %3)%4")
            .arg(QStringLiteral("%1 %2").arg(p.title, p.displayName()).trimmed(), humanDate(p.dateOfBirth))
            .arg(ageOn(p.dateOfBirth, m_today))
            .arg(record->state.registered ? QString() : tr(" \u2014 not registered with the practice")));
}

QStringList RecordFormDialog::warnings() const
{
    QStringList out;
    auto record = PatientRecord::load(m_db, Programme::scr(), m_nhs->text(), m_today);
    if (!record) {
        return out;
    }
    if (!record->state.registered) {
        out << tr("\u26A0 This patient is not registered with the practice on %1: check the form is for this "
                  "practice's patient.")
                   .arg(humanDate(m_today));
    }
    const QString choice = m_choice->currentData().toString();
    const QDate received = m_received->date();
    for (const ConsentEvent& e : record->history) {
        if (e.type == EventType::Choice && e.choice == choice && !record->voided.contains(e.id) &&
            qAbs(e.date.daysTo(received)) <= kRepeatDays) {
            out << tr("\u26A0 The same choice was already recorded on %1 (#%2): save only if this is a new form.")
                       .arg(humanDate(e.date))
                       .arg(e.id);
            break;
        }
    }
    const auto by = static_cast<Submitter>(m_submittedBy->currentData().toInt());
    const QDate signedOn = m_signed->date();
    const int age = ageOn(record->patient.dateOfBirth, signedOn);
    if (by != Submitter::Patient && m_proxyName->text().trimmed().isEmpty()) {
        out << tr("\u26A0 The proxy's name is not given: add it from the form if it is there.");
    }
    if (by == Submitter::Parent && age >= 16) {
        out << tr("\u26A0 The patient was %1 when the form was signed: a parent cannot choose for someone aged 16 or "
                  "over. Choose the patient, an attorney or a deputy.")
                   .arg(age);
    } else if (by != Submitter::Patient || age < 16) {
        const ChoiceDefinition* def = Programme::scr().choice(choice);
        out << (def && def->permit
                    ? tr("\u2139 A GP will review this consent; it takes effect only once a GP upholds it.")
                    : tr("\u2139 The opt-out holds the record back at once; a GP will review it too."));
    }
    return out;
}

void RecordFormDialog::showSummary()
{
    if (!m_patientKnown) {
        m_message->setText(tr("Enter the NHS number of a patient of the practice first."));
        m_nhs->setFocus();
        return;
    }
    const auto nhs = NhsNumber::parse(m_nhs->text());
    QStringList lines{m_identity->text().mid(2),
                      tr("NHS number %1").arg(nhs->formatted()),
                      tr("Choice: %1").arg(m_choice->currentText()),
                      tr("Received %1 from %2, %3")
                          .arg(humanDate(m_received->date()), m_submittedBy->currentText(), m_channel->currentText()),
                      tr("Signed %1").arg(humanDate(m_signed->date())),
                      tr("Identity %1; signature %2")
                          .arg(m_identityChecked->isChecked() ? tr("checked") : tr("not checked"),
                               m_signature->isChecked() ? tr("present") : tr("missing"))};
    if (static_cast<Submitter>(m_submittedBy->currentData().toInt()) != Submitter::Patient) {
        lines << tr("Proxy: %1, %2")
                     .arg(m_proxyName->text().trimmed().isEmpty() ? tr("name not given")
                                                                  : m_proxyName->text().trimmed(),
                          m_proxyRelationship->text().trimmed().isEmpty() ? tr("relationship not given")
                                                                          : m_proxyRelationship->text().trimmed());
    }
    if (!m_note->text().trimmed().isEmpty()) {
        lines << tr("Note: %1").arg(m_note->text().trimmed());
    }
    const QStringList warned = warnings();
    m_summary->setText(lines.join(u'\n'));
    m_message->setText(warned.join(u'\n'));
    const bool onlyInformation =
        std::all_of(warned.cbegin(), warned.cend(), [](const QString& w) { return w.startsWith(u'\u2139'); });
    m_save->setText(onlyInformation ? tr("&Save") : tr("&Save anyway"));
    m_pages->setCurrentIndex(1);
    m_back->setVisible(true);
    m_continue->setVisible(false);
    m_save->setVisible(true);
    // After a warning Enter goes back to the form: saving against a warning takes a deliberate Alt+S or a click.
    QPushButton* safe = onlyInformation ? m_save : m_back;
    m_save->setDefault(onlyInformation);
    m_back->setDefault(!onlyInformation);
    safe->setFocus();
}

void RecordFormDialog::back()
{
    m_pages->setCurrentIndex(0);
    m_back->setVisible(false);
    m_continue->setVisible(true);
    m_save->setVisible(false);
    m_continue->setDefault(true);
}

void RecordFormDialog::save()
{
    RecordChoiceCommand command;
    command.nhsNumber = m_nhs->text();
    command.choice = m_choice->currentData().toString();
    command.received = m_received->date();
    command.signedOn = m_signed->date();
    command.submittedBy = static_cast<Submitter>(m_submittedBy->currentData().toInt());
    if (command.submittedBy != Submitter::Patient) {
        command.proxyName = m_proxyName->text();
        command.proxyRelationship = m_proxyRelationship->text();
    }
    command.channel = static_cast<Channel>(m_channel->currentData().toInt());
    command.identityChecked = m_identityChecked->isChecked();
    command.signaturePresent = m_signature->isChecked();
    command.note = m_note->text().trimmed();
    auto saved = m_service.recordChoice(m_actor, command);
    if (!saved) {
        // Back to the form with everything as typed, and the reason.
        back();
        m_message->setText(tr("\u26A0 Not saved: %1").arg(saved.error().message));
        return;
    }
    m_savedId = *saved;
    accept();
}

} // namespace cd
