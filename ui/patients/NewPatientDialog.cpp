#include "patients/NewPatientDialog.h"
#include "help/HelpKey.h"
#include "widgets/DateField.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "store/Stores.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

NewPatientDialog::NewPatientDialog(RegistrationService& service, Actor actor, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_today(today)
{
    setWindowTitle(tr("Register a new patient"));
    setHelpSection(this, HelpSection::NewPatient);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("From the registration form. The next register import from the clinical system "
                                "matches them by NHS number and brings their details up to date."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* fields = new QFormLayout;
    layout->addLayout(fields);
    m_nhs = new QLineEdit(this);
    m_nhs->setPlaceholderText(tr("10 digits, spaces are fine"));
    m_numberCheck = new QLabel(this);
    m_numberCheck->setTextFormat(Qt::PlainText);
    m_numberCheck->setWordWrap(true);
    m_numberCheck->setAccessibleName(tr("Whether the NHS number is valid"));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Mr, Mrs, Ms, Dr…"));
    m_given = new QLineEdit(this);
    m_family = new QLineEdit(this);
    m_born = new DateField(QDate(), this);
    m_born->setMaximumDate(today);
    m_born->setMinimumDate(today.addYears(-125));
    m_sex = new QComboBox(this);
    m_sex->setPlaceholderText(tr("Choose…")); // no default: a sex is read from the form, never assumed
    m_sex->addItem(tr("Female"), QStringLiteral("F"));
    m_sex->addItem(tr("Male"), QStringLiteral("M"));
    m_sex->addItem(tr("Indeterminate"), QStringLiteral("I"));
    m_sex->addItem(tr("Not known"), QStringLiteral("U"));
    m_sex->setCurrentIndex(-1);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("house, street, town"));
    m_postcode = new QLineEdit(this);
    m_postcode->setPlaceholderText(tr("e.g. LS1 4AP; empty for no fixed abode"));
    m_registeredOn = new DateField(today, this);
    m_registeredOn->setMaximumDate(today);
    m_registeredOn->setToolTip(tr("The day they joined the practice's list: usually today."));
    fields->addRow(tr("&NHS number:"), m_nhs);
    fields->addRow(QString(), m_numberCheck);
    fields->addRow(tr("T&itle:"), m_title);
    fields->addRow(tr("&First name:"), m_given);
    fields->addRow(tr("&Surname:"), m_family);
    fields->addRow(tr("Date of &birth:"), m_born);
    fields->addRow(tr("Se&x:"), m_sex);
    fields->addRow(tr("&Address:"), m_address);
    fields->addRow(tr("&Postcode:"), m_postcode);
    fields->addRow(tr("Re&gistered on:"), m_registeredOn);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_register = buttons->addButton(tr("&Register"), QDialogButtonBox::AcceptRole);
    auto* registerAndRecord = buttons->addButton(tr("Register and recor&d a form…"), QDialogButtonBox::AcceptRole);
    m_register->setDefault(true);
    layout->addWidget(buttons);
    connect(m_register, &QPushButton::clicked, this, [this] { save(false); });
    connect(registerAndRecord, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPatientDialog::reject);
    connect(m_nhs, &QLineEdit::textChanged, this, &NewPatientDialog::checkNumber);
    for (DateField* date : {m_born, m_registeredOn}) {
        connect(date, &DateField::refused, this,
                [this](const QString& why) { m_message->setText(tr("\u26A0 %1").arg(why)); });
        connect(date, &DateField::dateChanged, m_message, &QLabel::clear);
    }
    // A message goes once the form is changed to put its cause right (a refused save says it again).
    for (QLineEdit* edit : {m_nhs, m_title, m_given, m_family, m_address, m_postcode}) {
        connect(edit, &QLineEdit::textEdited, m_message, &QLabel::clear);
    }
    connect(m_sex, &QComboBox::currentIndexChanged, m_message, &QLabel::clear);
    confirmDiscard = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    checkNumber();
    setMinimumWidth(480);
    m_nhs->setFocus();
}

QString NewPatientDialog::message() const
{
    return m_message->text();
}

QString NewPatientDialog::numberCheck() const
{
    return m_numberCheck->text();
}

void NewPatientDialog::checkNumber()
{
    QString digits = m_nhs->text();
    digits.remove(u' ').remove(u'-');
    if (digits.isEmpty()) {
        m_numberCheck->setText(tr("Type or scan the NHS number from the registration form."));
        return;
    }
    const auto nhs = NhsNumber::parse(m_nhs->text());
    if (!nhs) {
        // While typing, say only how far there is to go; a whole number gets the full reason.
        m_numberCheck->setText(digits.size() < 10 ? tr("%1 of 10 digits").arg(digits.size())
                                                  : tr("\u26A0 %1").arg(nhs.error().message));
        return;
    }
    auto known = m_service.known(nhs->digits());
    if (known && known->has_value()) {
        // Named, so the receptionist can tell a second registration from a mistyped number.
        m_numberCheck->setText(tr("\u26A0 This NHS number is already known: %1, born %2. Registering is only for a "
                                  "former patient coming back (same date of birth).")
                                   .arg((*known)->displayName(), humanDate((*known)->dateOfBirth)));
        return;
    }
    m_numberCheck->setText(tr("\u2714 A valid NHS number, new to the practice."));
}

NewPatientCommand NewPatientDialog::command() const
{
    NewPatientCommand c;
    c.nhsNumber = m_nhs->text();
    c.title = m_title->text();
    c.givenName = m_given->text();
    c.familyName = m_family->text();
    c.dateOfBirth = m_born->date();
    c.sex = m_sex->currentData().toString();
    c.address = m_address->text();
    c.postcode = m_postcode->text();
    c.registeredOn = m_registeredOn->date();
    return c;
}

bool NewPatientDialog::changed() const
{
    for (const QLineEdit* edit : {m_nhs, m_title, m_given, m_family, m_address, m_postcode}) {
        if (!edit->text().trimmed().isEmpty()) {
            return true;
        }
    }
    return m_born->date().isValid() || m_sex->currentIndex() >= 0;
}

void NewPatientDialog::save(bool recordNext)
{
    const NewPatientCommand c = command();
    if (m_sex->currentIndex() < 0) {
        m_message->setText(tr("\u26A0 Choose their sex as on the form (Not known if the form does not say)."));
        m_sex->setFocus();
        return;
    }
    auto done = m_service.registerPatient(m_actor, c);
    if (!done) {
        m_message->setText(tr("\u26A0 Not registered: %1").arg(done.error().message)); // everything typed stays
        return;
    }
    m_registered = *done;
    m_recordNext = recordNext;
    accept();
}

void NewPatientDialog::reject()
{
    if (result() != QDialog::Accepted && changed() &&
        !confirmDiscard(tr("Throw away this registration? Nothing has been saved."))) {
        return;
    }
    QDialog::reject();
}

} // namespace cd
