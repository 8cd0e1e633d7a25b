#include "settings/PracticeSettingsDialog.h"
#include "help/HelpKey.h"
#include "widgets/DateField.h"

#include "domain/Region.h"
#include "service/PracticeOverview.h"
#include "service/PracticeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {

PracticeSettingsDialog::PracticeSettingsDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("Practice settings"));
    setHelpSection(this, HelpSection::PracticeSettings);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_code = new QLineEdit(this);
    m_code->setPlaceholderText(tr("a letter and five digits, e.g. F84001"));
    m_region = new QComboBox(this);
    for (const Region& r : allRegions()) {
        m_region->addItem(r.name, r.id);
    }
    m_window = new QSpinBox(this);
    m_window->setToolTip(tr("How long patients have to opt out after their pack is posted: 84 days (12 weeks) unless "
                            "the PCT set another. A change applies to mail-outs recorded from now on: packs already "
                            "posted keep the window their letters gave."));
    m_window->setRange(1, 365);
    m_window->setSuffix(tr(" days"));
    m_lock = new QSpinBox(this);
    m_lock->setRange(0, 240);
    m_lock->setSuffix(tr(" minutes idle"));
    m_lock->setSpecialValueText(tr("never"));
    m_lock->setAccessibleName(tr("Lock the desk after this many idle minutes"));
    m_hasUpload = new QCheckBox(tr("&Upload planned on:"), this);
    m_hasUpload->setToolTip(tr("The date the practice's records are to be uploaded: the worklists count down to it."));
    m_upload = new DateField(clock.today(), this);
    m_hasDone = new QCheckBox(tr("Upload d&one on:"), this);
    m_hasDone->setToolTip(tr("Record the upload once it has been made: until then the report and the timeline call it "
                             "planned, whatever the date."));
    m_done = new DateField(clock.today(), this);
    m_done->setAccessibleName(tr("Date the upload was made"));
    m_disclosure = new QComboBox(this);
    m_disclosure->addItem(tr("Standard: 1 to 7 shown as *, the rest rounded to 5"), QStringLiteral("standard"));
    m_disclosure->addItem(tr("Strict: 1 to 14 shown as *, the rest rounded to 10"), QStringLiteral("strict"));
    m_disclosure->setAccessibleName(tr("Disclosure control of the LMC report"));
    m_disclosure->setToolTip(tr("The least the LMC report may hide; a report may be stricter, never weaker."));
    form->addRow(tr("Practice &name:"), m_name);
    form->addRow(tr("ODS &code:"), m_code);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Opt-out &window:"), m_window);
    m_windowNote = new QLabel(tr("Applies to mail-outs recorded from now on. Packs already posted keep the window "
                                 "their letters gave: no patient's window changes."),
                              this);
    m_windowNote->setWordWrap(true);
    m_windowNote->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_windowNote);
    form->addRow(m_hasUpload, m_upload);
    form->addRow(m_hasDone, m_done);
    form->addRow(tr("LMC report &disclosure:"), m_disclosure);
    form->addRow(tr("&Lock the desk after:"), m_lock);
    m_name->setAccessibleName(tr("Practice name"));
    m_code->setAccessibleName(tr("ODS practice code"));
    m_region->setAccessibleName(tr("Region"));
    m_window->setAccessibleName(tr("Opt-out window length in days"));
    m_upload->setAccessibleName(tr("Planned upload date"));
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PracticeSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasUpload, &QCheckBox::toggled, m_upload, &QWidget::setEnabled);
    connect(m_hasDone, &QCheckBox::toggled, m_done, &QWidget::setEnabled);
    connect(m_upload, &DateField::refused, this,
            [this](const QString& why) { m_message->setText(tr("\u26A0 %1").arg(why)); });

    if (auto o = PracticeOverview::load(db)) {
        m_name->setText(o->practice.name);
        m_code->setText(o->practice.code);
        m_region->setCurrentIndex(m_region->findData(o->practice.regionId));
        m_window->setValue(o->windowDays);
        m_lock->setValue(o->lockMinutes);
        m_hasUpload->setChecked(o->plannedUpload.isValid());
        if (o->plannedUpload.isValid()) {
            m_upload->setDate(o->plannedUpload);
        }
        m_hasDone->setChecked(o->uploadDone.isValid());
        if (o->uploadDone.isValid()) {
            m_done->setDate(o->uploadDone);
        }
        m_disclosure->setCurrentIndex(std::max(0, m_disclosure->findData(o->disclosure)));
    } else {
        m_message->setText(o.error().message);
    }
    m_upload->setEnabled(m_hasUpload->isChecked());
    m_done->setEnabled(m_hasDone->isChecked());
}

QString PracticeSettingsDialog::message() const
{
    return m_message->text();
}

void PracticeSettingsDialog::save()
{
    InitPracticeCommand c;
    c.name = m_name->text();
    c.code = m_code->text();
    c.region = m_region->currentData().toString();
    c.windowDays = m_window->value();
    c.plannedUpload = m_hasUpload->isChecked() ? m_upload->date() : QDate();
    c.lockMinutes = m_lock->value();
    c.uploadDone = m_hasDone->isChecked() ? m_done->date() : QDate();
    c.disclosure = m_disclosure->currentData().toString();
    const auto done = PracticeService(m_db, m_clock).update(m_actor, c);
    if (!done) {
        m_message->setText(tr("\u26A0 Not saved: %1").arg(done.error().message));
        return;
    }
    accept();
}

} // namespace cd
