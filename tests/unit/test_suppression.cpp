// Small-number suppression for the LMC: primary (1 to threshold - 1 hidden), secondary (no row or column with a
// single hidden cell, totals included), zeros shown, no percentage from a hidden count; and Excel-safe CSV.
#include "export/CsvWriter.h"
#include "stats/Suppression.h"

#include "TestDatabase.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using cd::SuppressedTable;

namespace {

// Every row and every column, with its total, has no hidden cell or at least two.
void expectNoLoneHiddenCell(const SuppressedTable& t)
{
    for (int r = 0; r <= t.rowCount(); ++r) {
        int hidden = 0;
        for (int c = 0; c <= t.columnCount(); ++c) {
            hidden += t.hidden(r, c) ? 1 : 0;
        }
        EXPECT_NE(hidden, 1) << "row " << r;
    }
    for (int c = 0; c <= t.columnCount(); ++c) {
        int hidden = 0;
        for (int r = 0; r <= t.rowCount(); ++r) {
            hidden += t.hidden(r, c) ? 1 : 0;
        }
        EXPECT_NE(hidden, 1) << "column " << c;
    }
}

TEST(Suppression, SmallCountsAreHiddenAndZerosShown)
{
    const SuppressedTable t({QStringLiteral("a")}, {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")},
                            {{0, 3, 20}});
    EXPECT_EQ(t.text(0, 0), QStringLiteral("0"));
    EXPECT_EQ(t.text(0, 1), QStringLiteral("<5"));
    EXPECT_EQ(t.text(0, 3), QStringLiteral("23")); // the total
    // 23 - 0 = 3 + 20: the 20 must go too, or the 3 could be worked out; it is withheld, not small.
    EXPECT_TRUE(t.hidden(0, 2));
    EXPECT_EQ(t.text(0, 2), QStringLiteral("*"));
    EXPECT_EQ(t.percentOfRow(0, 1), QString());
    EXPECT_EQ(t.percentOfRow(0, 0), QStringLiteral("0.00%"));
    expectNoLoneHiddenCell(t);
}

TEST(Suppression, SecondaryCellsFollowThroughRowsAndColumns)
{
    const SuppressedTable t({QStringLiteral("r1"), QStringLiteral("r2")},
                            {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}, {{12, 3, 20}, {8, 15, 9}});
    EXPECT_TRUE(t.hidden(0, 1));  // 3: primary
    EXPECT_TRUE(t.hidden(0, 0));  // 12: the smallest other in its row
    EXPECT_TRUE(t.hidden(1, 0));  // 8: column A would give the 12 away
    EXPECT_TRUE(t.hidden(1, 1));  // 15: column B would give the 3 away
    EXPECT_FALSE(t.hidden(0, 2)); // 20
    EXPECT_FALSE(t.hidden(2, 3)); // the grand total
    EXPECT_EQ(t.hiddenCount(), 4);
    expectNoLoneHiddenCell(t);
}

TEST(Suppression, ATotalThatIsSmallIsHiddenWithItsCells)
{
    const SuppressedTable t({QStringLiteral("r")}, {QStringLiteral("A"), QStringLiteral("B")}, {{2, 1}});
    EXPECT_TRUE(t.hidden(0, 0));
    EXPECT_TRUE(t.hidden(0, 1));
    EXPECT_TRUE(t.hidden(0, 2));
    expectNoLoneHiddenCell(t);
}

TEST(Suppression, TheThresholdIsConfigurable)
{
    const SuppressedTable t({QStringLiteral("r")}, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")},
                            {{9, 12, 30}}, 10);
    EXPECT_EQ(t.text(0, 0), QStringLiteral("<10"));
    EXPECT_TRUE(t.hidden(0, 1)); // secondary
    EXPECT_FALSE(t.hidden(0, 2));
}

TEST(Suppression, RandomTablesNeverLeaveAHiddenCountDerivable)
{
    QRandomGenerator random(2010);
    for (int trial = 0; trial < 300; ++trial) {
        const int rows = 1 + random.bounded(6);
        const int columns = 1 + random.bounded(6);
        QList<QList<qint64>> counts;
        QStringList rowLabels;
        QStringList columnLabels;
        for (int c = 0; c < columns; ++c) {
            columnLabels << QString::number(c);
        }
        for (int r = 0; r < rows; ++r) {
            rowLabels << QString::number(r);
            QList<qint64> row;
            for (int c = 0; c < columns; ++c) {
                const int kind = random.bounded(4); // zeros, small counts and large ones, mixed
                row << (kind == 0 ? 0 : (kind == 1 ? 1 + random.bounded(4) : 5 + random.bounded(200)));
            }
            counts << row;
        }
        const SuppressedTable t(rowLabels, columnLabels, counts);
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                const qint64 n = counts.at(r).at(c);
                if (n > 0 && n < 5) {
                    EXPECT_TRUE(t.hidden(r, c));
                }
                if (n == 0) {
                    EXPECT_FALSE(t.hidden(r, c)); // a zero identifies nobody
                }
            }
        }
        expectNoLoneHiddenCell(t);
    }
}

TEST(CsvWriter, IsExcelSafe)
{
    cd::CsvWriter csv;
    csv.row({QStringLiteral("=SUM(A1:A9)"), QStringLiteral("+44 20"), QStringLiteral("-1"), QStringLiteral("@cmd"),
             QStringLiteral("say \"hi\", then"), QStringLiteral("Brontë")});
    const QByteArray bytes = csv.bytes();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    EXPECT_EQ(text,
              QStringLiteral("\"'=SUM(A1:A9)\",\"'+44 20\",\"'-1\",\"'@cmd\",\"say \"\"hi\"\", then\",\"Brontë\"\r\n"));
}

} // namespace
