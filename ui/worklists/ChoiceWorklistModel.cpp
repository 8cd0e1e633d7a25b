#include "worklists/ChoiceWorklistModel.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"

#include <QApplication>
#include <QStyle>

namespace cd {

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
    if (role == Qt::DecorationRole && index.column() == Urgency && i.urgency != cd::Urgency::Due) {
        return QApplication::style()->standardIcon(i.urgency == cd::Urgency::Overdue ? QStyle::SP_MessageBoxCritical
                                                                                     : QStyle::SP_MessageBoxWarning);
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Urgency: {
        QString words = describe(i.urgency);
        if (i.upload.isValid()) {
            words += i.daysToUpload >= 0 ? tr(" (%n days to the upload)", nullptr, i.daysToUpload)
                                         : tr(" (upload was %n days ago)", nullptr, -i.daysToUpload);
        }
        return words;
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
    case SubmittedBy:
        return i.ageOnReceipt < 16 && i.submittedBy == Submitter::Patient
                   ? tr("%1 (a child of %2)").arg(describe(i.submittedBy)).arg(i.ageOnReceipt)
                   : describe(i.submittedBy);
    default:
        return {};
    }
}

QVariant ChoiceWorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Urgency:
        return tr("Urgency");
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
    default:
        return {};
    }
}

} // namespace cd
