#include "mailout/ReturnedLettersDialog.h"
#include "help/HelpKey.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"
#include "service/ConsentService.h"
#include "service/PatientRecord.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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
    // A refusal is a sentence: wrapped in the list's width, never cut off at the right.
    m_done->setWordWrap(true);
    m_done->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_done->setResizeMode(QListView::Adjust);
    m_tally = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // A scanner ends every number with Enter: no button may take it (QDialog would make Close the default and shut
    // the dialog after the first pack, sending the next numbers to the patient list behind it). Close or Escape only.
    QPushButton* close = buttons->button(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    close->setDefault(false);
    layout->addWidget(label);
    layout->addWidget(m_input);
    m_last = new QLabel(this);
    m_last->setWordWrap(true);
    m_last->setTextFormat(Qt::PlainText);
    m_last->setAccessibleName(tr("The last number scanned"));
    QFont bold = m_last->font();
    bold.setBold(true);
    m_last->setFont(bold);
    layout->addWidget(m_last);
    layout->addWidget(m_done, 1);
    layout->addWidget(m_tally);
    layout->addWidget(buttons);
    m_input->installEventFilter(this); // Enter submits the number, and goes no further
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    resize(560, 420);
}

bool ReturnedLettersDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            submit();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString ReturnedLettersDialog::tally() const
{
    return m_tally->text();
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
        // The number stays in the box, selected: corrected by hand, or replaced whole by the next scan (a scanner's
        // digits are never added to a bad number).
        line = tr("\u26A0 %1: %2").arg(typed, recorded.error().message);
        ++m_refused;
        m_input->selectAll();
    }
    m_done->insertItem(0, line); // newest first, where the eye is
    m_last->setText(line);
    m_tally->setText(m_refused == 0 ? tr("%n letter(s) recorded in this session.", nullptr, m_recorded)
                                    : tr("%n letter(s) recorded in this session; ", nullptr, m_recorded) +
                                          tr("%n number(s) not recorded (marked \u26A0 below).", nullptr, m_refused));
}

} // namespace cd
