#include "stats/Suppression.h"

#include <limits>

namespace cd {

SuppressedTable::SuppressedTable(QStringList rowLabels, QStringList columnLabels, QList<QList<qint64>> counts,
                                 int threshold)
    : m_rows(std::move(rowLabels))
    , m_columns(std::move(columnLabels))
    , m_threshold(std::max(1, threshold))
{
    const int rows = rowCount();
    const int columns = columnCount();
    m_cells = QList<QList<qint64>>(rows + 1, QList<qint64>(columns + 1, 0));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const qint64 n = counts.value(r).value(c);
            m_cells[r][c] = n;
            m_cells[r][columns] += n;
            m_cells[rows][c] += n;
            m_cells[rows][columns] += n;
        }
    }
    m_hidden = QList<QList<bool>>(rows + 1, QList<bool>(columns + 1, false));
    suppress();
}

void SuppressedTable::suppress()
{
    const int rows = rowCount();
    const int columns = columnCount();
    // Primary: the small counts themselves, totals included.
    for (int r = 0; r <= rows; ++r) {
        for (int c = 0; c <= columns; ++c) {
            const qint64 n = m_cells.at(r).at(c);
            m_hidden[r][c] = n > 0 && n < m_threshold;
        }
    }
    m_small = m_hidden;
    // Secondary: a line (a row or a column with its total) must not have exactly one hidden cell. Repeat until no
    // line changes: hiding a cell in a row can leave its column with a single hidden cell.
    bool changed = true;
    while (changed) {
        changed = false;
        for (int r = 0; r <= rows; ++r) {
            QList<std::pair<int, int>> cells;
            for (int c = 0; c < columns; ++c) {
                cells.append({r, c});
            }
            changed = protectLine(cells, {r, columns}) || changed;
        }
        for (int c = 0; c <= columns; ++c) {
            QList<std::pair<int, int>> cells;
            for (int r = 0; r < rows; ++r) {
                cells.append({r, c});
            }
            changed = protectLine(cells, {rows, c}) || changed;
        }
    }
}

// If exactly one of the line's cells and total is hidden, hides one more: the smallest shown non-zero cell, or the
// total when every other cell is zero (then the hidden cell is the total, and the total would give it away).
bool SuppressedTable::protectLine(const QList<std::pair<int, int>>& cells, std::pair<int, int> total)
{
    QList<std::pair<int, int>> members = cells;
    members.append(total);
    int hiddenMembers = 0;
    for (const auto& [r, c] : members) {
        hiddenMembers += m_hidden.at(r).at(c) ? 1 : 0;
    }
    if (hiddenMembers != 1) {
        return false;
    }
    std::pair<int, int> pick{-1, -1};
    qint64 smallest = std::numeric_limits<qint64>::max();
    for (const auto& [r, c] : members) {
        const qint64 n = m_cells.at(r).at(c);
        if (!m_hidden.at(r).at(c) && n > 0 && n < smallest) {
            smallest = n;
            pick = {r, c};
        }
    }
    if (pick.first < 0) {
        return false; // every other member is zero: nothing to subtract, nothing to give away
    }
    m_hidden[pick.first][pick.second] = true;
    return true;
}

QString SuppressedTable::text(int row, int column) const
{
    if (!hidden(row, column)) {
        return QString::number(count(row, column));
    }
    return small(row, column) ? hiddenText() : withheldText();
}

QString SuppressedTable::percentOfRow(int row, int column) const
{
    const int totalColumn = columnCount();
    if (hidden(row, column) || hidden(row, totalColumn) || count(row, totalColumn) == 0) {
        return QString();
    }
    return QString::number(
               100.0 * static_cast<double>(count(row, column)) / static_cast<double>(count(row, totalColumn)), 'f', 2) +
           u'%';
}

int SuppressedTable::hiddenCount() const
{
    int n = 0;
    for (const auto& row : m_hidden) {
        n += static_cast<int>(row.count(true));
    }
    return n;
}

} // namespace cd
