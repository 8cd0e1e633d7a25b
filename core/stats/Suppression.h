#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// A table of counts with its row and column totals, prepared for people outside the practice (the LMC): every
// count from 1 to threshold - 1 is hidden ("<5"), and then, so that no hidden count can be worked out by
// subtraction, more cells are hidden wherever a row or column (its total included) has exactly one hidden cell.
// Zeros are shown: a zero identifies nobody.
class SuppressedTable
{
public:
    SuppressedTable(QStringList rowLabels, QStringList columnLabels, QList<QList<qint64>> counts, int threshold = 5);

    [[nodiscard]] const QStringList& rowLabels() const { return m_rows; }
    [[nodiscard]] const QStringList& columnLabels() const { return m_columns; }
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int columnCount() const { return static_cast<int>(m_columns.size()); }
    [[nodiscard]] int threshold() const { return m_threshold; }

    // Cells by row and column; row == rowCount() is the totals row, column == columnCount() the totals column.
    [[nodiscard]] qint64 count(int row, int column) const { return m_cells.at(row).at(column); }
    [[nodiscard]] bool hidden(int row, int column) const { return m_hidden.at(row).at(column); }
    // What may be printed: the count, "<5" for a small one, or "*" for one withheld only so that a small one
    // cannot be worked out (it is not itself small, so "<5" would be untrue).
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] bool small(int row, int column) const { return m_small.at(row).at(column); }
    static QString withheldText() { return QStringLiteral("*"); }
    // A cell's share of its row total with two decimals and "%", or "" when either is hidden (a percentage would
    // give a hidden count away).
    [[nodiscard]] QString percentOfRow(int row, int column) const;
    [[nodiscard]] QString hiddenText() const { return QStringLiteral("<%1").arg(m_threshold); }
    [[nodiscard]] int hiddenCount() const;

private:
    void suppress();
    bool protectLine(const QList<std::pair<int, int>>& cells, std::pair<int, int> total);

    QStringList m_rows;
    QStringList m_columns;
    int m_threshold;
    QList<QList<qint64>> m_cells; // (rows + 1) x (columns + 1), totals included
    QList<QList<bool>> m_hidden;
    QList<QList<bool>> m_small; // hidden because small (primary), rather than to protect a small one
};

} // namespace cd
