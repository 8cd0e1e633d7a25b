#pragma once
// Disclosure control for what leaves the practice (the LMC report, its CSV): the method NHS Digital applies to
// sub-national counts in its secondary-care publications. Counts from 1 to 7 are shown as "*"; every other count,
// totals included, is rounded to the nearest 5 (totals from the true values, then rounded); zero stays zero;
// percentages come from the rounded numerator and denominator. A practice may choose the stricter setting (1 to 14
// shown as "*", the rest rounded to the nearest 10), never a weaker one. DisclosureCheck proves what a reader can
// still work out from everything published together.
#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

struct DisclosureMethod
{
    int suppressUpTo = 7; // counts from 1 to this are "*"
    int roundTo = 5;      // every other count to the nearest multiple of this

    static DisclosureMethod standard() { return {}; }
    static DisclosureMethod strict() { return {14, 10}; }
    // "standard" or "strict"; anything else (a weaker method above all) is refused with a message saying why.
    static Result<DisclosureMethod> fromName(const QString& name);
    // The old --threshold N (counts below N hidden): 8 or less is standard's floor, refused when it would weaken
    // it (N < 8); up to 15 is strict.
    static Result<DisclosureMethod> fromThreshold(int threshold);
    [[nodiscard]] QString name() const; // "standard" or "strict"
    // The method in one sentence, for the report's first page and the CSV's header.
    [[nodiscard]] QString sentence() const;
    bool operator==(const DisclosureMethod&) const = default;
};

// One published count: what a reader sees, and what they may take the true value to be.
struct Published
{
    enum class Kind {
        Zero,       // "0": a true zero
        Suppressed, // "*": from 1 to suppressUpTo
        Rounded,    // a multiple of roundTo, the true value within its rounding interval
        Withheld,   // "x": withheld so that nothing else can be narrowed; the reader knows only that it is 1 or more
    };
    Kind kind = Kind::Zero;
    qint64 value = 0;         // the rounded value (Rounded, and Withheld when it was rounded)
    Kind before = Kind::Zero; // Withheld: what it would have been ("*" or rounded), which the checker protects

    [[nodiscard]] QString text() const;
    [[nodiscard]] bool shown() const { return kind == Kind::Zero || kind == Kind::Rounded; }
    // Withheld, from a star or a rounded count.
    [[nodiscard]] Published withheld() const { return {Kind::Withheld, value, kind}; }
    // What it would have said had it not been withheld (itself otherwise).
    [[nodiscard]] Published unwithheld() const { return kind == Kind::Withheld ? Published{before, value} : *this; }
    // The true values this publication is consistent with; high is -1 when there is no upper bound (Withheld).
    [[nodiscard]] qint64 low(const DisclosureMethod& method) const;
    [[nodiscard]] qint64 high(const DisclosureMethod& method) const;
};

Published publish(qint64 truth, const DisclosureMethod& method);
// A percentage from what is published: whole numbers, or one decimal where the rounded denominator is at least
// 4,000; "" when either part is not shown or the denominator is zero.
QString publishedPercent(const Published& part, const Published& whole);

// A table of counts with row and column totals, published by the method. Every cell has a key naming the true
// value it stands for ("table/row/column"), so the checker can join tables, and reports, that publish the same
// value. Totals are the row "total" and the column "total".
class PublishedTable
{
public:
    PublishedTable(QString key, QStringList rowKeys, QStringList rowLabels, QStringList columnKeys,
                   QStringList columnLabels, const QList<QList<qint64>>& counts, const DisclosureMethod& method);

    [[nodiscard]] const QString& key() const { return m_key; }
    [[nodiscard]] int rowCount() const { return static_cast<int>(m_rowKeys.size()); }
    [[nodiscard]] int columnCount() const { return static_cast<int>(m_columnKeys.size()); }
    [[nodiscard]] const QStringList& rowLabels() const { return m_rowLabels; }
    [[nodiscard]] const QStringList& columnLabels() const { return m_columnLabels; }
    [[nodiscard]] const QStringList& rowKeys() const { return m_rowKeys; }
    [[nodiscard]] const QStringList& columnKeys() const { return m_columnKeys; }
    // Cells by row and column; row == rowCount() is the totals row, column == columnCount() the totals column.
    [[nodiscard]] const Published& cell(int row, int column) const { return m_cells.at(row).at(column); }
    [[nodiscard]] qint64 truth(int row, int column) const { return m_truth.at(row).at(column); }
    [[nodiscard]] QString text(int row, int column) const { return cell(row, column).text(); }
    [[nodiscard]] QString cellKey(int row, int column) const;
    // A cell's share of its row total, from the published values ("" when either is not shown).
    [[nodiscard]] QString percentOfRow(int row, int column) const;
    // Withholds a shown count, or a "*", so that a "*" elsewhere cannot be narrowed.
    void withhold(int row, int column);
    // The total row uses these keys instead of its own (the mix table's totals are the states table's cells).
    void setTotalRowKeys(const QStringList& keys) { m_totalRowKeys = keys; }

private:
    QString m_key;
    QStringList m_rowKeys;
    QStringList m_rowLabels;
    QStringList m_columnKeys;
    QStringList m_columnLabels;
    QStringList m_totalRowKeys;
    QList<QList<qint64>> m_truth;
    QList<QList<Published>> m_cells;
};

} // namespace cd
