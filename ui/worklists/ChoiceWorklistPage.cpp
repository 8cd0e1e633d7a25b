#include "worklists/ChoiceWorklistPage.h"

#include "domain/Dates.h"
#include "domain/Programme.h"
#include "query/Worklists.h"
#include "review/ReviewDialog.h"
#include "service/ConsentService.h"
#include "worklists/ChoiceWorklistModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

ChoiceWorklistPage::ChoiceWorklistPage(Kind kind, Database& db, ConsentService& service, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_db(db)
    , m_service(service)
    , m_actor(std::move(actor))
{
    confirm = [this](const QString& question) {
        return QMessageBox::question(this, tr("Consent Desk"), question) == QMessageBox::Yes;
    };
    runReview = [](ReviewDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_model = new ChoiceWorklistModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(kind == Kind::GpReview ? QAbstractItemView::SingleSelection
                                                    : QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + fontMetrics().horizontalAdvance(u'M'));
    m_view->setAccessibleName(kind == Kind::AwaitingCoding   ? tr("Choices awaiting coding")
                              : kind == Kind::CodesToCorrect ? tr("Codes to take out of the clinical record")
                                                             : tr("Choices waiting for a GP's review"));
    // Awaiting coding lists current choices only: nothing more to say about why. Elsewhere the why comes early,
    // where it is read first.
    m_view->setColumnHidden(ChoiceWorklistModel::Detail, kind == Kind::AwaitingCoding);
    if (kind != Kind::AwaitingCoding) {
        QHeaderView* header = m_view->horizontalHeader();
        header->moveSection(header->visualIndex(ChoiceWorklistModel::Detail),
                            header->visualIndex(kind == Kind::CodesToCorrect ? ChoiceWorklistModel::Received
                                                                             : ChoiceWorklistModel::ReadCode));
    }
    if (kind == Kind::GpReview) {
        m_model->setHeader(ChoiceWorklistModel::Urgency, tr("In force and coded?"));
        // Who made the choice is what a GP reads first after the name: on a small screen it must not be cut off.
        QHeaderView* header = m_view->horizontalHeader();
        header->moveSection(header->visualIndex(ChoiceWorklistModel::SubmittedBy),
                            header->visualIndex(ChoiceWorklistModel::Name) + 1);
    }
    if (kind == Kind::CodesToCorrect) {
        m_model->setHeader(ChoiceWorklistModel::ReadCode, tr("Code to take out"));
        m_model->setHeader(ChoiceWorklistModel::Choice, tr("The choice it was keyed for"));
    }
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT patientActivated(index.data(Qt::UserRole).toString()); });

    auto* buttons = new QHBoxLayout;
    if (kind == Kind::AwaitingCoding) {
        auto* coded = new QPushButton(tr("&Mark selected coded (Ctrl+K)"), this);
        // Ctrl+K while on this page: its own shortcut, so it cannot clash with a text box's Ctrl+K elsewhere.
        auto* shortcut =
            new QShortcut(QKeySequence(tr("Ctrl+K")), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(tr("Mark the selected choices coded"));
        setProperty("pageName", tr("Awaiting coding"));
        connect(shortcut, &QShortcut::activated, this, &ChoiceWorklistPage::markSelectedCoded);
        coded->setAccessibleName(tr("Mark the selected choices coded"));
        connect(coded, &QPushButton::clicked, this, &ChoiceWorklistPage::markSelectedCoded);
        buttons->addWidget(coded);
    } else if (kind == Kind::CodesToCorrect) {
        auto* removed = new QPushButton(tr("&Mark selected removed (Ctrl+K)"), this);
        auto* shortcut =
            new QShortcut(QKeySequence(tr("Ctrl+K")), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(tr("Mark the selected codes taken out of the clinical record"));
        setProperty("pageName", tr("Codes to correct"));
        removed->setAccessibleName(tr("Mark the selected codes taken out of the clinical record"));
        // Taking a code out of a patient's record is a GP's or a manager's call; the service refuses others too.
        removed->setEnabled(allows(m_actor.role, Permission::ReviewChoices));
        removed->setToolTip(removed->isEnabled() ? QString()
                                                 : tr("Only a GP (clinician) or a practice manager may record that a "
                                                      "code was taken out."));
        shortcut->setEnabled(removed->isEnabled());
        connect(shortcut, &QShortcut::activated, this, &ChoiceWorklistPage::markSelectedRemoved);
        connect(removed, &QPushButton::clicked, this, &ChoiceWorklistPage::markSelectedRemoved);
        buttons->addWidget(removed);
    } else {
        auto* uphold = new QPushButton(tr("&Uphold…"), this);
        auto* overrule = new QPushButton(tr("Overr&ide…"), this);
        uphold->setAccessibleName(tr("Uphold the choice"));
        overrule->setAccessibleName(tr("Override the choice"));
        const bool may = allows(m_actor.role, Permission::ReviewChoices);
        for (QPushButton* b : {uphold, overrule}) {
            b->setEnabled(may);
            b->setToolTip(may ? QString() : tr("Only a GP (clinician) or a practice manager may record a GP review."));
        }
        connect(uphold, &QPushButton::clicked, this, [this] { reviewSelected(true); });
        connect(overrule, &QPushButton::clicked, this, [this] { reviewSelected(false); });
        buttons->addWidget(uphold);
        buttons->addWidget(overrule);
    }
    buttons->addStretch();
    layout->addLayout(buttons);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);
}

QString ChoiceWorklistPage::message() const
{
    return m_message->text();
}

void ChoiceWorklistPage::reload(QDate asOf)
{
    m_asOf = asOf;
    auto items = m_kind == Kind::AwaitingCoding   ? Worklists::awaitingCoding(m_db, Programme::scr(), asOf)
                 : m_kind == Kind::CodesToCorrect ? Worklists::codesToCorrect(m_db, Programme::scr(), asOf)
                                                  : Worklists::gpReview(m_db, Programme::scr(), asOf);
    if (!items) {
        m_model->setItems({});
        m_heading->setText(items.error().message);
        return;
    }
    m_model->setItems(*items);
    m_view->resizeColumnsToContents();
    if (m_kind == Kind::AwaitingCoding) {
        const auto overdue = std::count_if(items->cbegin(), items->cend(),
                                           [](const ChoiceItem& i) { return i.urgency == Urgency::Overdue; });
        QString text = tr("%n choice(s) recorded here but not yet coded in the clinical system. Key each code in the "
                          "clinical system, then mark it coded.",
                          nullptr, static_cast<int>(items->size()));
        if (overdue > 0) {
            text += u' ' + tr("\u26A0 %n past the upload date: code these first.", nullptr, static_cast<int>(overdue));
        }
        m_heading->setText(text);
    } else if (m_kind == Kind::CodesToCorrect) {
        m_heading->setText(tr("%n code(s) keyed in the clinical system for a choice that was since voided or "
                              "overridden. The clinical system still holds each: take it out of the patient's record, "
                              "then mark it removed here. Consent codes come first: they could upload a patient who "
                              "opted out.",
                              nullptr, static_cast<int>(items->size())));
    } else {
        m_heading->setText(tr("%n choice(s) waiting for a GP's decision: made by a proxy or a child, a parent's "
                              "choice for a patient now 16, or conflicting forms.",
                              nullptr, static_cast<int>(items->size())));
    }
}

void ChoiceWorklistPage::markSelectedRemoved()
{
    forEachSelected(
        tr("Select the codes you have taken out of the clinical record first (Shift or Ctrl with the arrows selects "
           "several)."),
        [this](int n) {
            return tr("Record that %n code(s) were taken out of the clinical record on %1?", nullptr, n)
                .arg(humanDate(m_asOf));
        },
        [this](const ChoiceItem& item) {
            return m_service.recordCodeRemoved(m_actor, item.patient.nhsNumber, item.readCode, m_asOf);
        },
        [](int done, bool all) {
            return all ? tr("Recorded %n code(s) removed.", nullptr, done)
                       : tr("Recorded %n code(s) removed; not recorded: ", nullptr, done);
        });
}

void ChoiceWorklistPage::markSelectedCoded()
{
    forEachSelected(
        tr("Select the choices you have coded first (Shift or Ctrl with the arrows selects several)."),
        [this](int n) {
            return tr("Mark %n choice(s) as coded in the clinical system on %1, each with its own Read code?", nullptr,
                      n)
                .arg(humanDate(m_asOf));
        },
        [this](const ChoiceItem& item) {
            return m_service.markCoded(m_actor, item.patient.nhsNumber, item.readCode, m_asOf);
        },
        [](int done, bool all) {
            return all ? tr("Marked %n coded.", nullptr, done) : tr("Marked %n coded; not marked: ", nullptr, done);
        });
}

void ChoiceWorklistPage::forEachSelected(const QString& selectFirst, const std::function<QString(int)>& question,
                                         const std::function<Result<qint64>(const ChoiceItem&)>& act,
                                         const std::function<QString(int, bool)>& outcome)
{
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        rows << index.row();
    }
    if (rows.isEmpty()) {
        m_message->setText(selectFirst);
        return;
    }
    std::sort(rows.begin(), rows.end());
    if (!confirm(question(static_cast<int>(rows.size())))) {
        return;
    }
    // Each item is its own transaction: one refused (a desk changed it meanwhile) never holds back the others.
    QStringList problems;
    int done = 0;
    for (const int row : rows) {
        const ChoiceItem& item = m_model->item(row);
        if (auto result = act(item)) {
            ++done;
        } else {
            problems << QStringLiteral("%1: %2").arg(item.patient.familyName, result.error().message);
        }
    }
    reload(m_asOf);
    m_message->setText(outcome(done, problems.isEmpty()) + problems.join(QStringLiteral("; ")));
    Q_EMIT changed();
}

void ChoiceWorklistPage::reviewSelected(bool upheld)
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_message->setText(tr("Select the choice to review first."));
        return;
    }
    const ChoiceItem item = m_model->item(selected.first().row());
    ReviewDialog dialog(m_db, m_service, m_actor, m_asOf, item.patient.nhsNumber,
                        upheld ? ReviewOutcome::Upheld : ReviewOutcome::Overridden, this);
    if (!runReview(dialog)) {
        return;
    }
    reload(m_asOf);
    m_message->setText(tr("Review recorded."));
    Q_EMIT changed();
}

} // namespace cd
