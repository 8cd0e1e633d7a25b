#pragma once

#include "query/Worklists.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cd {

// A worklist of recorded choices (awaiting coding, codes to correct, or waiting for a GP): short by nature, so held
// whole.
class ChoiceWorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Detail: why a GP is asked, or when the code to take out was keyed and why its choice no longer holds.
    enum Column { Urgency, NhsNumber, Name, Choice, ReadCode, Received, SubmittedBy, Detail, ColumnCount };

    explicit ChoiceWorklistModel(QObject* parent = nullptr);
    void setItems(QList<ChoiceItem> items);
    [[nodiscard]] const ChoiceItem& item(int row) const { return m_items.at(row); }
    [[nodiscard]] const QList<ChoiceItem>& items() const { return m_items; }
    // A list's own word for a column ("Code to take out" for the codes to correct).
    void setHeader(Column column, const QString& text) { m_headers.insert(column, text); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString shortWho(Submitter by);

    QList<ChoiceItem> m_items;
    QHash<int, QString> m_headers;
};

} // namespace cd
