#include "mailout/ReturnedLettersDialog.h"
#include "help/HelpKey.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace cd {

ReturnedLettersDialog::ReturnedLettersDialog(Database& db, ConsentService& service, Actor actor, QDate today,
                                             QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_service(service)
    , m_actor(std::move(actor))
    , m_today(today)
{
    setWindowTitle(tr("Record returned letters"));
    setHelpSection(this, HelpSection::ReturnedLetters);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Type or scan the &NHS number on each returned pack, then press Enter. Returned on "
                                "%1.")
                                 .arg(humanDate(today)),
                             this);
    label->setWordWrap(true);
    m_input = new QLineEdit(this);
    m_input->setAccessibleName(tr("NHS number on the returned pack"));
    label->setBuddy(m_input);
    m_done = new QListWidget(this);
    m_done->setAccessibleName(tr("Returned letters recorded"));
    m_tally = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(label);
    layout->addWidget(m_input);
    layout->addWidget(m_done, 1);
    layout->addWidget(m_tally);
    layout->addWidget(buttons);
    connect(m_input, &QLineEdit::returnPressed, this, &ReturnedLettersDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resize(560, 420);
}

QStringList ReturnedLettersDialog::lines() const
{
    QStringList out;
    for (int i = 0; i < m_done->count(); ++i) {
        out << m_done->item(i)->text();
    }
    return out;
}

void ReturnedLettersDialog::submit()
{
    const QString typed = m_input->text().trimmed();
    if (typed.isEmpty()) {
        return;
    }
    QString line;
    auto recorded = m_service.recordLetterReturned(m_actor, typed, m_today);
    if (recorded) {
        ++m_recorded;
        auto record = PatientRecord::load(m_db, Programme::scr(), typed, m_today);
        line = tr("\u2714 %1 %2, born %3: letter returned")
                   .arg(NhsNumber::display(typed), record ? record->patient.displayName() : QString(),
                        record ? humanDate(record->patient.dateOfBirth) : QString());
        m_input->clear();
    } else {
        // The number stays in the box to correct.
        line = tr("\u26A0 %1: %2").arg(typed, recorded.error().message);
        m_input->selectAll();
    }
    m_done->insertItem(0, line); // newest first, where the eye is
    m_tally->setText(tr("%n letter(s) recorded in this session.", nullptr, m_recorded));
}

} // namespace cd
