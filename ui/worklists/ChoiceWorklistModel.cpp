#include "worklists/ChoiceWorklistModel.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"

#include <QApplication>
#include <QStyle>

#include <cstdlib>

namespace cd {

QString ChoiceWorklistModel::shortWho(Submitter by)
{
    switch (by) {
    case Submitter::Patient:
        return tr("Patient");
    case Submitter::Parent:
        return tr("Parent");
    case Submitter::Attorney:
        return tr("Attorney");
    case Submitter::Deputy:
        return tr("Deputy");
    }
    return QString();
}

ChoiceWorklistModel::ChoiceWorklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ChoiceWorklistModel::setItems(QList<ChoiceItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int ChoiceWorklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ChoiceWorklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChoiceWorklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size()) {
        return {};
    }
    const ChoiceItem& i = m_items.at(index.row());
    if (role == Qt::UserRole) {
        return i.patient.nhsNumber;
    }
    // Urgency has an icon and words, never colour alone.
    if (role == Qt::DecorationRole && index.column() == Urgency && i.urgency != cd::Urgency::Due &&
        i.reviewReason == ReviewReason::None) {
        return QApplication::style()->standardIcon(i.urgency == cd::Urgency::Overdue ? QStyle::SP_MessageBoxCritical
                                                                                     : QStyle::SP_MessageBoxWarning);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Urgency: {
        if (i.reviewReason != ReviewReason::None) {
            // For a GP: whether the choice is in force and coded (what deciding would change), not a coding deadline.
            if (!i.inForce) {
                return tr("Not in force until upheld");
            }
            return i.choiceCodedOn.isValid() ? tr("In force; coded %1").arg(humanDate(i.choiceCodedOn))
                                             : tr("In force; not yet coded");
        }
        if (!i.upload.isValid()) {
            return describe(i.urgency);
        }
        // On screen short, so the columns that say what to do fit; the tooltip and screen readers get it whole.
        if (role == Qt::DisplayRole) {
            const int days = std::abs(i.daysToUpload);
            const QString count = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
            return i.urgency == cd::Urgency::Overdue  ? tr("Overdue by %1").arg(count)
                   : i.urgency == cd::Urgency::AtRisk ? tr("At risk: %1 left").arg(count)
                                                      : tr("%1 to the upload").arg(count);
        }
        return describe(i.urgency) + (i.daysToUpload >= 0 ? tr(" (%n days to the upload)", nullptr, i.daysToUpload)
                                                          : tr(" (upload was %n days ago)", nullptr, -i.daysToUpload));
    }
    case NhsNumber:
        return cd::NhsNumber::display(i.patient.nhsNumber);
    case Name:
        return i.patient.listName();
    case Choice:
        return i.label;
    case ReadCode:
        return i.readCode;
    case Received:
        return humanDate(i.received);
    case SubmittedBy: {
        // Short words, so the column fits a small screen; a child's age on the day the form was signed, whoever
        // submitted it (as the user guide says). The tooltip has the words in full.
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            return i.ageOnReceipt < 16 ? tr("%1, for a child of %2").arg(describe(i.submittedBy)).arg(i.ageOnReceipt)
                                       : describe(i.submittedBy);
        }
        const QString who = shortWho(i.submittedBy);
        return i.ageOnReceipt < 16 ? tr("%1, child of %2").arg(who).arg(i.ageOnReceipt) : who;
    }
    case Detail:
        if (i.codedEventId != 0) {
            return i.correctionWhy == CodeToCorrect::Why::Voided
                       ? tr("Keyed %1; the choice was voided").arg(humanDate(i.codedOn))
                       : tr("Keyed %1; a GP overrode the choice").arg(humanDate(i.codedOn));
        }
        switch (i.reviewReason) {
        case ReviewReason::Proxy:
            return tr("Made for the patient by someone else");
        case ReviewReason::Child:
            return tr("Made by a child under 16 alone");
        case ReviewReason::TurnedSixteen:
            return tr("Turned 16: offer the patient their own choice");
        case ReviewReason::ConflictingForms:
            return tr("Two different forms on one day: the opt-out stands until decided");
        case ReviewReason::None:
            break;
        }
        return QString();
    default:
        return {};
    }
}

QVariant ChoiceWorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (m_headers.contains(section)) {
        return m_headers.value(section);
    }
    switch (section) {
    case Urgency:
        return m_headers.value(Urgency, tr("Urgency"));
    case NhsNumber:
        return tr("NHS number");
    case Name:
        return tr("Name");
    case Choice:
        return tr("Choice");
    case ReadCode:
        return tr("Read code");
    case Received:
        return tr("Received");
    case SubmittedBy:
        return tr("Submitted by");
    case Detail:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace cd
