#include "stats/Disclosure.h"

#include <QLocale>

namespace cd {

Result<DisclosureMethod> DisclosureMethod::fromName(const QString& name)
{
    if (name == QLatin1String("standard")) {
        return standard();
    }
    if (name == QLatin1String("strict")) {
        return strict();
    }
    return invalid(QStringLiteral("'%1' is not a disclosure method: use standard (counts from 1 to 7 shown as *, the "
                                  "rest rounded to 5) or strict (1 to 14 as *, the rest rounded to 10). No weaker "
                                  "method may be chosen.")
                       .arg(name));
}

Result<DisclosureMethod> DisclosureMethod::fromThreshold(int threshold)
{
    if (threshold < standard().suppressUpTo + 1) {
        return invalid(QStringLiteral("--threshold %1 would show counts the report must hide: the report hides counts "
                                      "from 1 to 7 and rounds the rest to 5, and a practice may only make that "
                                      "stricter (--disclosure strict).")
                           .arg(threshold));
    }
    if (threshold <= strict().suppressUpTo + 1) {
        return threshold == standard().suppressUpTo + 1 ? standard() : strict();
    }
    return invalid(QStringLiteral("--threshold %1 is stricter than any method the report has: the strictest hides "
                                  "counts from 1 to 14 and rounds the rest to 10 (--disclosure strict).")
                       .arg(threshold));
}

QString DisclosureMethod::name() const
{
    return *this == strict() ? QStringLiteral("strict") : QStringLiteral("standard");
}

QString DisclosureMethod::sentence() const
{
    return QStringLiteral("Counts from 1 to %1 are shown as *; every other count, totals included, is rounded to the "
                          "nearest %2 (totals from the true values); percentages come from the rounded figures; zero "
                          "stays zero%3.")
        .arg(suppressUpTo)
        .arg(roundTo)
        .arg(*this == standard() ? QStringLiteral(" (NHS Digital's method for sub-national counts)")
                                 : QStringLiteral(" (stricter than NHS Digital's method)"));
}

QString Published::text() const
{
    switch (kind) {
    case Kind::Zero:
        return QStringLiteral("0");
    case Kind::Suppressed:
        return QStringLiteral("*");
    case Kind::Withheld:
        return QStringLiteral("x");
    case Kind::Rounded:
        break;
    }
    return QString::number(value);
}

qint64 Published::low(const DisclosureMethod& method) const
{
    switch (kind) {
    case Kind::Zero:
        return 0;
    case Kind::Withheld: // zero is always shown, so an "x" is at least 1, and a reader knows it
    case Kind::Suppressed:
        return 1;
    case Kind::Rounded:
        break;
    }
    // Half up: v rounds to R when R - roundTo/2 <= v < R + roundTo/2; never a count that would have been "*".
    return std::max<qint64>(value - method.roundTo / 2, method.suppressUpTo + 1);
}

qint64 Published::high(const DisclosureMethod& method) const
{
    switch (kind) {
    case Kind::Zero:
        return 0;
    case Kind::Withheld:
        return -1;
    case Kind::Suppressed:
        return method.suppressUpTo;
    case Kind::Rounded:
        break;
    }
    return value + (method.roundTo + 1) / 2 - 1;
}

Published publish(qint64 truth, const DisclosureMethod& method)
{
    if (truth <= 0) {
        return {};
    }
    if (truth <= method.suppressUpTo) {
        return {Published::Kind::Suppressed, 0, Published::Kind::Zero};
    }
    return {Published::Kind::Rounded, (truth + method.roundTo / 2) / method.roundTo * method.roundTo,
            Published::Kind::Zero};
}

QString publishedPercent(const Published& part, const Published& whole)
{
    if (!part.shown() || whole.kind != Published::Kind::Rounded) {
        return QString();
    }
    const double percent = 100.0 * static_cast<double>(part.value) / static_cast<double>(whole.value);
    return QLocale::c().toString(percent, 'f', whole.value >= 4000 ? 1 : 0) + u'%';
}

PublishedTable::PublishedTable(QString key, QStringList rowKeys, QStringList rowLabels, QStringList columnKeys,
                               QStringList columnLabels, const QList<QList<qint64>>& counts,
                               const DisclosureMethod& method)
    : m_key(std::move(key))
    , m_rowKeys(std::move(rowKeys))
    , m_rowLabels(std::move(rowLabels))
    , m_columnKeys(std::move(columnKeys))
    , m_columnLabels(std::move(columnLabels))
{
    const int rows = rowCount();
    const int columns = columnCount();
    m_truth = QList<QList<qint64>>(rows + 1, QList<qint64>(columns + 1, 0));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const qint64 n = counts.value(r).value(c);
            m_truth[r][c] = n;
            m_truth[r][columns] += n;
            m_truth[rows][c] += n;
            m_truth[rows][columns] += n;
        }
    }
    m_cells = QList<QList<Published>>(rows + 1, QList<Published>(columns + 1));
    for (int r = 0; r <= rows; ++r) {
        for (int c = 0; c <= columns; ++c) {
            m_cells[r][c] = publish(m_truth.at(r).at(c), method);
        }
    }
}

QString PublishedTable::cellKey(int row, int column) const
{
    if (row == rowCount() && !m_totalRowKeys.isEmpty()) {
        return m_totalRowKeys.value(column);
    }
    return QStringLiteral("%1/%2/%3")
        .arg(m_key, row < rowCount() ? m_rowKeys.at(row) : QStringLiteral("total"),
             column < columnCount() ? m_columnKeys.at(column) : QStringLiteral("total"));
}

QString PublishedTable::percentOfRow(int row, int column) const
{
    return publishedPercent(cell(row, column), cell(row, columnCount()));
}

void PublishedTable::withhold(int row, int column)
{
    const Published& p = m_cells.at(row).at(column);
    if (p.kind == Published::Kind::Suppressed || p.kind == Published::Kind::Rounded) {
        m_cells[row][column] = p.withheld();
    }
}

} // namespace cd
