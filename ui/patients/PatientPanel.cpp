#include "patients/PatientPanel.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"
#include "service/PatientRecord.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd {
namespace {

QString sexName(const QString& sex)
{
    if (sex == QLatin1String("M")) {
        return QObject::tr("male");
    }
    if (sex == QLatin1String("F")) {
        return QObject::tr("female");
    }
    return sex == QLatin1String("I") ? QObject::tr("indeterminate") : QObject::tr("sex not known");
}

QLabel* wrappingLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PatientPanel::PatientPanel(Database& db, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_actor(std::move(actor))
{
    auto* layout = new QVBoxLayout(this);
    m_heading = wrappingLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setAccessibleName(tr("Patient"));
    m_details = wrappingLabel(this);
    m_details->setAccessibleName(tr("Patient details"));
    m_summary = wrappingLabel(this);
    m_summary->setAccessibleName(tr("Consent state"));
    m_summary->setTextFormat(Qt::RichText); // bold through markup: a bold font made the wrapped label clip
    m_history = new QTextBrowser(this);
    m_history->setAccessibleName(tr("History, newest first"));
    m_history->setOpenLinks(false);

    auto* actions = new QGridLayout;
    m_record = new QPushButton(tr("Record a form… (Ctrl+R)"), this);
    m_coded = new QPushButton(tr("Mark coded…"), this);
    m_review = new QPushButton(tr("GP review…"), this);
    m_returned = new QPushButton(tr("Letter returned…"), this);
    m_void = new QPushButton(tr("Void an entry…"), this);
    int i = 0;
    for (QPushButton* b : {m_record, m_coded, m_review, m_returned, m_void}) {
        b->setAccessibleName(b->text().remove(u'…'));
        actions->addWidget(b, i / 3, i % 3);
        ++i;
    }
    connect(m_record, &QPushButton::clicked, this, [this] { Q_EMIT recordRequested(m_nhs); });
    connect(m_coded, &QPushButton::clicked, this, [this] { Q_EMIT markCodedRequested(m_nhs); });
    connect(m_review, &QPushButton::clicked, this, [this] { Q_EMIT reviewRequested(m_nhs); });
    connect(m_returned, &QPushButton::clicked, this, [this] { Q_EMIT letterReturnedRequested(m_nhs); });
    connect(m_void, &QPushButton::clicked, this, [this] { Q_EMIT voidRequested(m_nhs); });
    // What the role may not do is shown disabled, saying who may (the services refuse it whatever is shown).
    if (!allows(m_actor.role, Permission::ReviewChoices)) {
        m_review->setToolTip(tr("Only a GP (clinician) or a practice manager may record a GP review."));
    }
    if (!allows(m_actor.role, Permission::VoidEvents)) {
        m_void->setToolTip(tr("Only a practice manager may void an entry."));
    }

    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_summary);
    layout->addLayout(actions);
    auto* historyLabel = new QLabel(tr("History, newest first"), this);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    showPatient(QString(), QDate());
}

QString PatientPanel::summaryText() const
{
    QString text = m_summary->text();
    return text.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
}

QString PatientPanel::historyText() const
{
    return m_history->toPlainText();
}

void PatientPanel::showPatient(const QString& nhsNumber, QDate asOf)
{
    m_nhs = nhsNumber;
    m_asOf = asOf;
    const bool shown = !nhsNumber.isEmpty();
    for (QPushButton* b : {m_record, m_coded, m_review, m_returned, m_void}) {
        b->setEnabled(shown);
    }
    if (!shown) {
        m_heading->setText(tr("No patient selected"));
        m_details->setText(tr("Find a patient with the search box (Ctrl+F or /), then press Enter to record a form."));
        m_summary->clear();
        m_history->clear();
        return;
    }
    auto record = PatientRecord::load(m_db, Programme::scr(), nhsNumber, asOf);
    if (!record) {
        m_heading->setText(tr("This patient could not be shown"));
        m_details->setText(record.error().message);
        m_summary->clear();
        m_history->clear();
        return;
    }
    render(*record);
}

void PatientPanel::render(const PatientRecord& r)
{
    const Patient& p = r.patient;
    m_heading->setText(QStringLiteral("%1 %2").arg(p.title, p.displayName()).trimmed());
    QStringList details{
        tr("NHS number %1").arg(NhsNumber::display(p.nhsNumber)),
        tr("born %1 (age %2), %3").arg(humanDate(p.dateOfBirth)).arg(ageOn(p.dateOfBirth, r.asOf)).arg(sexName(p.sex))};
    if (!p.address.isEmpty() || !p.postcode.isEmpty()) {
        details << QStringList{p.address, p.postcode}.join(QStringLiteral(", "));
    }
    if (!p.usualGp.isEmpty()) {
        details << tr("usual GP %1").arg(p.usualGp);
    }
    m_details->setText(details.join(QStringLiteral(" \u00B7 ")));
    const Programme& scr = Programme::scr();
    m_summary->setText(
        QStringLiteral("<b>%1</b>").arg(tr("Summary Care Record: %1").arg(r.summary(scr)).toHtmlEscaped()));
    m_coded->setEnabled(r.state.awaitingCoding);
    m_review->setEnabled(r.state.gpReview && allows(m_actor.role, Permission::ReviewChoices));
    m_void->setEnabled(allows(m_actor.role, Permission::VoidEvents));

    // Newest first, each entry a paragraph that wraps as a whole: a narrow panel never shows a word a line.
    QString html;
    for (qsizetype i = r.history.size() - 1; i >= 0; --i) {
        const ConsentEvent& e = r.history.at(i);
        const bool voided = r.voided.contains(e.id);
        QString what = PatientRecord::describeEvent(e).toHtmlEscaped();
        if (voided) {
            what = QStringLiteral("<s>%1</s> \u2014 <b>%2</b>")
                       .arg(what, tr("voided: %1").arg(r.voidReasons.value(e.id)).toHtmlEscaped());
        }
        html += QStringLiteral("<p style='margin-bottom:6px'><b>%1</b> &nbsp;#%2<br>%3<br><i>%4</i></p>")
                    .arg(humanDate(e.date).toHtmlEscaped())
                    .arg(e.id)
                    .arg(what, tr("by %1 (%2)").arg(e.recordedBy, toString(e.recordedRole)).toHtmlEscaped());
    }
    m_history->setHtml(html);
}

} // namespace cd
