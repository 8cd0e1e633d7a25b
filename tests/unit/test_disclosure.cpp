// Disclosure control (issue #21): NHS Digital's method for sub-national counts, and the checker that works out, as
// a determined reader with an integer-programming solver would, what each hidden or rounded count can still be.
#include "stats/DisclosureCheck.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using cd::checkDisclosure;
using cd::DisclosureBody;
using cd::DisclosureMethod;
using cd::publish;
using cd::Published;
using cd::PublishedTable;

namespace {

const DisclosureMethod kStandard = DisclosureMethod::standard();

PublishedTable table(const QList<QList<qint64>>& counts, const DisclosureMethod& method = kStandard)
{
    QStringList rows;
    QStringList columns;
    for (int r = 0; r < counts.size(); ++r) {
        rows << QStringLiteral("r%1").arg(r);
    }
    for (int c = 0; c < counts.value(0).size(); ++c) {
        columns << QStringLiteral("c%1").arg(c);
    }
    return PublishedTable(QStringLiteral("t"), rows, rows, columns, columns, counts, method);
}

const cd::CellRange* rangeOf(const QList<cd::CellRange>& ranges, const QString& key)
{
    for (const cd::CellRange& r : ranges) {
        if (r.key == key) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

TEST(Disclosure, OneToSevenIsAStarTheRestRoundToFiveAndZeroStaysZero)
{
    EXPECT_EQ(publish(0, kStandard).text(), QStringLiteral("0"));
    for (qint64 n = 1; n <= 7; ++n) {
        EXPECT_EQ(publish(n, kStandard).text(), QStringLiteral("*")) << n;
    }
    const std::pair<qint64, const char*> rounded[] = {{8, "10"},  {12, "10"},   {13, "15"},   {17, "15"},
                                                      {18, "20"}, {102, "100"}, {103, "105"}, {4998, "5000"}};
    for (const auto& [n, text] : rounded) {
        EXPECT_EQ(publish(n, kStandard).text(), QLatin1String(text)) << n;
    }
    // What each text allows: "*" 1..7, a rounded 10 only 8..12 (7 would have been a star).
    const Published star = publish(3, kStandard);
    EXPECT_EQ(star.low(kStandard), 1);
    EXPECT_EQ(star.high(kStandard), 7);
    // A withheld count is never a zero (zeros are always shown): a reader knows it is 1 or more.
    EXPECT_EQ(star.withheld().text(), QStringLiteral("x"));
    EXPECT_EQ(star.withheld().low(kStandard), 1);
    EXPECT_EQ(star.withheld().high(kStandard), -1);
    const Published ten = publish(9, kStandard);
    EXPECT_EQ(ten.low(kStandard), 8);
    EXPECT_EQ(ten.high(kStandard), 12);
    // The strict method: 1 to 14 hidden, the rest to 10, and the smallest rounded value keeps its whole interval.
    const DisclosureMethod strict = DisclosureMethod::strict();
    EXPECT_EQ(publish(14, strict).text(), QStringLiteral("*"));
    EXPECT_EQ(publish(15, strict).text(), QStringLiteral("20"));
    EXPECT_EQ(publish(24, strict).text(), QStringLiteral("20"));
    EXPECT_EQ(publish(15, strict).low(strict), 15);
    EXPECT_EQ(publish(15, strict).high(strict), 24);
}

TEST(Disclosure, PercentagesComeFromTheRoundedFiguresWithOneDecimalFromFourThousand)
{
    EXPECT_EQ(cd::publishedPercent(publish(13, kStandard), publish(298, kStandard)), QStringLiteral("5%")); // 15/300
    EXPECT_EQ(cd::publishedPercent(publish(3, kStandard), publish(298, kStandard)), QString()); // a star: none
    EXPECT_EQ(cd::publishedPercent(publish(0, kStandard), publish(298, kStandard)), QStringLiteral("0%"));
    EXPECT_EQ(cd::publishedPercent(publish(123, kStandard), publish(8001, kStandard)),
              QStringLiteral("1.6%")); // 125 of 8,000
}

TEST(Disclosure, AMethodCanBeMadeStricterNeverWeaker)
{
    EXPECT_FALSE(DisclosureMethod::fromName(QStringLiteral("lenient")).ok());
    EXPECT_FALSE(DisclosureMethod::fromThreshold(5).ok()); // the old "<5" rule would show 5, 6 and 7
    EXPECT_EQ(*DisclosureMethod::fromThreshold(8), DisclosureMethod::standard());
    EXPECT_EQ(*DisclosureMethod::fromThreshold(10), DisclosureMethod::strict());
    EXPECT_FALSE(DisclosureMethod::fromThreshold(40).ok());
}

TEST(Disclosure, TotalsComeFromTheTrueValuesThenRounded)
{
    const PublishedTable t = table({{3, 3, 3, 3}}); // four stars that add to 12: the total shows 10
    EXPECT_EQ(t.text(0, 4), QStringLiteral("10"));
    EXPECT_EQ(t.truth(0, 4), 12);
}

// The reviewer's attack on the old rule: "<5" cells in a row with a shown total gave themselves away by subtraction.
// Under rounding, every star keeps at least 4 possible values and every rounded count its whole interval.
TEST(DisclosureCheck, AReaderCannotRecoverAStarFromARowAndItsTotal)
{
    const PublishedTable t = table({{1, 0, 96, 2}, {0, 4, 40, 0}});
    DisclosureBody body(kStandard);
    body.addTable(t, QStringLiteral("test"));
    auto ranges = checkDisclosure(body);
    ASSERT_TRUE(ranges.ok()) << qPrintable(ranges.error().message);
    for (const cd::CellRange& r : *ranges) {
        EXPECT_TRUE(r.safe) << qPrintable(r.label) << " " << r.low << ".." << r.high;
    }
    const cd::CellRange* first = rangeOf(*ranges, t.cellKey(0, 0));
    ASSERT_NE(first, nullptr);
    EXPECT_GE(first->possibleValues(), 4);
}

// The checker does find what can be worked out: five stars whose total is itself a star can each be at most 3.
TEST(DisclosureCheck, FindsAStarNarrowedByItsNeighboursAndTotal)
{
    const PublishedTable t = table({{1, 1, 1, 1, 1}});
    DisclosureBody body(kStandard);
    body.addTable(t, QStringLiteral("test"));
    auto ranges = checkDisclosure(body);
    ASSERT_TRUE(ranges.ok());
    const cd::CellRange* first = rangeOf(*ranges, t.cellKey(0, 0));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->low, 1);
    EXPECT_EQ(first->high, 3); // 1 + 1 + 1 + 1 + x <= 7
    EXPECT_FALSE(first->safe);
    // An exact total (a zero elsewhere publishes exactly) narrows a rounded count too: 10 = 10 + 0 keeps 8..12.
    const PublishedTable exact = table({{10, 0}});
    DisclosureBody second(kStandard);
    second.addTable(exact, QStringLiteral("exact"));
    auto more = checkDisclosure(second);
    ASSERT_TRUE(more.ok());
    for (const cd::CellRange& r : *more) {
        EXPECT_TRUE(r.safe) << qPrintable(r.label);
    }
}

// Two publications of the same true value (two reports sharing a week) are one variable for the reader, bound by
// both reports' identities: what the two say together is never more than each allows.
TEST(DisclosureCheck, TwoReportsSharingCellsAreCheckedAsOneBody)
{
    const auto report = [](const QString& otherWeek, qint64 other, qint64 shared) {
        DisclosureBody body(kStandard);
        body.add(otherWeek, otherWeek, publish(other, kStandard));
        body.add(QStringLiteral("week2"), QStringLiteral("week 2"), publish(shared, kStandard));
        body.add(QStringLiteral("period-") + otherWeek, QStringLiteral("period"), publish(other + shared, kStandard));
        body.addSum(QStringLiteral("period-") + otherWeek, {otherWeek, QStringLiteral("week2")});
        return body;
    };
    DisclosureBody a = report(QStringLiteral("week1"), 3, 40);
    const DisclosureBody b = report(QStringLiteral("week3"), 5, 40);
    auto alone = checkDisclosure(a);
    a.merge(b);
    auto together = checkDisclosure(a);
    ASSERT_TRUE(alone.ok() && together.ok());
    EXPECT_EQ(std::count_if(together->cbegin(), together->cend(),
                            [](const cd::CellRange& r) { return r.key == QLatin1String("week2"); }),
              1);
    for (const cd::CellRange& r : *alone) {
        const cd::CellRange* joined = rangeOf(*together, r.key);
        ASSERT_NE(joined, nullptr);
        EXPECT_GE(joined->low, r.low);
        EXPECT_LE(joined->high, r.high);
    }
    for (const cd::CellRange& r : *together) {
        EXPECT_TRUE(r.safe) << qPrintable(r.label) << " " << r.low << ".." << r.high;
    }
}

// A rounded total equal to its one rounded cell, with a star beside it, narrows both: 20 = 20 + * leaves the cell
// 18..21 and the total 19..22. The checker says so; the report then withholds the total.
TEST(DisclosureCheck, ARoundedCountNarrowedInsideItsIntervalIsFound)
{
    const PublishedTable t = table({{20, 1}});
    DisclosureBody body(kStandard);
    body.addTable(t, QStringLiteral("test"));
    auto ranges = checkDisclosure(body);
    ASSERT_TRUE(ranges.ok());
    const cd::CellRange* cell = rangeOf(*ranges, t.cellKey(0, 0));
    ASSERT_NE(cell, nullptr);
    EXPECT_EQ(cell->low, 18);
    EXPECT_EQ(cell->high, 21); // 22 would need a total of 23 at least, which would have been published as 25
    EXPECT_FALSE(cell->safe);
}

// Many random small tables: whatever the checker says is possible, the truth is inside it.
TEST(DisclosureCheck, TheTruthIsAlwaysInsideTheRangeFound)
{
    QRandomGenerator random(21);
    for (int round = 0; round < 30; ++round) {
        QList<QList<qint64>> counts;
        for (int r = 0; r < 3; ++r) {
            QList<qint64> row;
            for (int c = 0; c < 4; ++c) {
                row << (random.bounded(3) == 0 ? 0 : random.bounded(1, 30));
            }
            counts << row;
        }
        const PublishedTable t = table(counts);
        DisclosureBody body(kStandard);
        body.addTable(t, QStringLiteral("random"));
        auto ranges = checkDisclosure(body);
        ASSERT_TRUE(ranges.ok());
        for (int r = 0; r <= t.rowCount(); ++r) {
            for (int c = 0; c <= t.columnCount(); ++c) {
                if (const cd::CellRange* found = rangeOf(*ranges, t.cellKey(r, c))) {
                    EXPECT_LE(found->low, t.truth(r, c));
                    EXPECT_GE(found->high, t.truth(r, c));
                }
            }
        }
    }
}
