#pragma once

#include "query/Worklists.h"

#include <QAbstractTableModel>

namespace cd {

// A worklist of recorded choices (awaiting coding, or waiting for a GP): short by nature, so held whole.
class ChoiceWorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Urgency, NhsNumber, Name, Choice, ReadCode, Received, SubmittedBy, ColumnCount };

    explicit ChoiceWorklistModel(QObject* parent = nullptr);
    void setItems(QList<ChoiceItem> items);
    [[nodiscard]] const ChoiceItem& item(int row) const { return m_items.at(row); }
    [[nodiscard]] const QList<ChoiceItem>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChoiceItem> m_items;
};

} // namespace cd
