// The LMC report against a determined reader (issue #21, hazard H6): a small practice at the start of its window,
// where several counts are from 1 to 7 and one week a receptionist records a single form. Every "*" keeps at least
// 4 possible values and every rounded count its rounding interval, in one report, in two reports a week apart read
// together, and in two whose requested periods differ by a day (they snap to the same whole weeks).
#include "export/Exports.h"
#include "service/DemoService.h"
#include "service/ExportService.h"
#include "stats/LmcReport.h"

#include "TestDatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using cd::test::TestDatabase;

namespace {

class LmcDisclosure : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {600, 7}).ok());
    }
    cd::LmcReport report(QDate from, QDate to)
    {
        cd::LmcReport::Options options;
        options.from = from;
        options.to = to;
        auto r = cd::ExportService(t.db(), t.clock()).report(TestDatabase::manager(), options, QStringLiteral("test"));
        EXPECT_TRUE(r.ok()) << (r ? std::string() : r.error().message.toStdString());
        return r ? *r : cd::LmcReport{};
    }
    static void expectSafe(const QList<cd::CellRange>& ranges, bool starsOnly = false)
    {
        ASSERT_FALSE(ranges.isEmpty());
        for (const cd::CellRange& r : ranges) {
            if (r.text == QLatin1String("*")) {
                EXPECT_GE(r.possibleValues(), 4) << qPrintable(r.label) << ": " << r.low << ".." << r.high;
            } else if (!starsOnly) {
                EXPECT_TRUE(r.safe) << qPrintable(r.label) << ": " << r.low << ".." << r.high;
            }
        }
    }
    QString anyPatientInWindow()
    {
        QSqlQuery q(t.db().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT p.nhs_number FROM patients p WHERE NOT EXISTS (SELECT 1 FROM "
                                          "consent_events e WHERE e.patient_id = p.id AND e.type = 'choice') "
                                          "ORDER BY p.id LIMIT 1")) &&
                    q.next());
        return q.value(0).toString();
    }
    TestDatabase t{false}; // the demo makes the practice itself
};

TEST_F(LmcDisclosure, ASmallPracticeAtTheStartOfItsWindowGivesNothingAway)
{
    const cd::LmcReport r = report({2009, 12, 1}, {2010, 1, 24});
    EXPECT_EQ(r.to, QDate(2010, 1, 24)); // a Sunday
    int stars = 0;
    for (const cd::CellRange& c : r.disclosure) {
        stars += c.text == QLatin1String("*") ? 1 : 0;
    }
    EXPECT_GE(stars, 3) << "the test needs small counts to attack";
    expectSafe(r.disclosure);
    // The checker ran on what was published: recomputing it from the report's own body gives the same.
    auto again = cd::checkDisclosure(r.disclosureBody());
    ASSERT_TRUE(again.ok());
    expectSafe(*again);
}

TEST_F(LmcDisclosure, OneFormInAWeekAndTwoReportsAWeekApartReadTogether)
{
    const cd::LmcReport before = report({2009, 12, 1}, {2010, 1, 24});
    t.choose(anyPatientInWindow(), "dissent", {2010, 1, 27}); // the week's only form from this receptionist
    const cd::LmcReport after = report({2009, 12, 8}, {2010, 1, 31});
    expectSafe(after.disclosure);
    cd::DisclosureBody both = before.disclosureBody();
    both.merge(after.disclosureBody());
    auto together = cd::checkDisclosure(both);
    ASSERT_TRUE(together.ok()) << qPrintable(together.error().message);
    expectSafe(*together, true);
}

TEST_F(LmcDisclosure, PeriodsADayApartSnapToTheSameWholeWeeks)
{
    const cd::LmcReport a = report({2009, 12, 1}, {2010, 2, 3});
    const cd::LmcReport b = report({2009, 12, 2}, {2010, 2, 4});
    EXPECT_EQ(a.from, b.from);
    EXPECT_EQ(a.to, b.to);
    EXPECT_EQ(a.from.dayOfWeek(), 1);
    EXPECT_EQ(a.to.dayOfWeek(), 7);
    // Published alike, so the two add nothing to each other.
    ASSERT_TRUE(a.forms && b.forms);
    for (int r = 0; r <= a.forms->rowCount(); ++r) {
        for (int c = 0; c <= a.forms->columnCount(); ++c) {
            EXPECT_EQ(a.forms->text(r, c), b.forms->text(r, c));
        }
    }
    cd::DisclosureBody both = a.disclosureBody();
    both.merge(b.disclosureBody());
    auto together = cd::checkDisclosure(both);
    ASSERT_TRUE(together.ok());
    expectSafe(*together);
    // By month: the whole months inside.
    const auto [from, to] = cd::LmcReport::snapPeriod({2010, 1, 15}, {2010, 3, 20}, cd::LmcReport::Period::Month);
    EXPECT_EQ(from, QDate(2010, 1, 1));
    EXPECT_EQ(to, QDate(2010, 2, 28));
}

TEST_F(LmcDisclosure, TheMethodCannotBeWeakenedBelowThePractices)
{
    cd::LmcReport::Options options;
    options.from = {2009, 12, 1};
    options.to = {2010, 3, 14};
    options.method = cd::DisclosureMethod::strict();
    auto strict = cd::ExportService(t.db(), t.clock()).report(TestDatabase::manager(), options, QStringLiteral("t"));
    ASSERT_TRUE(strict.ok());
    for (const cd::CellRange& c : strict->disclosure) {
        EXPECT_TRUE(c.text == QLatin1String("*") || c.text.toLongLong() % 10 == 0) << qPrintable(c.text);
    }
    // Once the practice chooses strict, asking for standard is refused.
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('disclosure_method', "
                                      "'strict')")));
    options.method = cd::DisclosureMethod::standard();
    auto weaker = cd::ExportService(t.db(), t.clock()).report(TestDatabase::manager(), options, QStringLiteral("t"));
    ASSERT_FALSE(weaker.ok());
    EXPECT_TRUE(weaker.error().message.contains(QStringLiteral("may not be weaker")));
}

TEST_F(LmcDisclosure, APlannedUploadNeverTurnsActualUntilItIsRecordedAsDone)
{
    QSqlQuery q(t.db().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('planned_upload', "
                                      "'2010-02-01')")));
    const auto uploadOf = [](const cd::LmcReport& r) {
        for (const cd::Milestone& m : r.timeline) {
            if (m.scope == cd::kPracticeScope && m.kind == QLatin1String("upload")) {
                return m;
            }
        }
        return cd::Milestone{};
    };
    const cd::LmcReport passed = report({2009, 12, 1}, {2010, 3, 14});
    EXPECT_EQ(uploadOf(passed).status, cd::Milestone::Status::Planned); // its date passed; nobody recorded it
    ASSERT_TRUE(q.exec(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES ('upload_done', "
                                      "'2010-02-03')")));
    const cd::LmcReport done = report({2009, 12, 1}, {2010, 3, 14});
    EXPECT_EQ(uploadOf(done).status, cd::Milestone::Status::Actual);
    EXPECT_EQ(uploadOf(done).date, QDate(2010, 2, 3));
}

TEST_F(LmcDisclosure, TheAggregatesCsvCarriesItsHeaderStableKeysAndADigest)
{
    const cd::LmcReport r = report({2009, 12, 1}, {2010, 3, 14});
    const QByteArray csv = cd::aggregatesCsv(r);
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    ASSERT_GE(lines.size(), 3);
    for (const char* field : {"format", "format_version", "application_version", "ods_code", "practice_name", "sha_id",
                              "as_of", "period_start", "period_end", "disclosure_method", "generated_at", "demo"}) {
        EXPECT_TRUE(csv.contains(QByteArray("\"header\",\"") + field + "\"")) << field;
    }
    // docs/lmc-export-format.md, row by row: four quoted fields, a known section, stable keys, known values.
    static const QRegularExpression row(QStringLiteral("^\"([a-z_0-9]+)\",\"([^\"]*)\",\"([^\"]*)\",\"([^\"]*)\"$"));
    static const QRegularExpression count(QStringLiteral("^(0|\\*|x|[1-9][0-9]*[05])$"));
    const QSet<QString> sections{
        QStringLiteral("header"),    QStringLiteral("states"),   QStringLiteral("figures"),
        QStringLiteral("reference"), QStringLiteral("age_band"), QStringLiteral("forms_by_week"),
        QStringLiteral("uptake"),    QStringLiteral("timeline"), QStringLiteral("sha256")};
    const QStringList text = QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(text.constFirst(), QStringLiteral("\"section\",\"key\",\"column\",\"value\""));
    for (const QString& line : text.mid(1)) {
        const auto m = row.match(line);
        ASSERT_TRUE(m.hasMatch()) << qPrintable(line);
        EXPECT_TRUE(sections.contains(m.captured(1))) << qPrintable(line);
        const QString section = m.captured(1);
        const QString value = m.captured(4);
        if (section == QLatin1String("age_band") || section == QLatin1String("forms_by_week") ||
            section == QLatin1String("uptake") ||
            (section == QLatin1String("states") && m.captured(3) != QLatin1String("percent_of_list")) ||
            section == QLatin1String("figures")) {
            if (m.captured(3) != QLatin1String("part_week")) {
                EXPECT_TRUE(count.match(value).hasMatch()) << qPrintable(line);
            }
        }
        if (section == QLatin1String("timeline")) {
            EXPECT_TRUE(value == QLatin1String("planned") || value == QLatin1String("actual")) << qPrintable(line);
        }
    }
    // The last line is the SHA-256 of every byte before it.
    const qsizetype lastLine = csv.lastIndexOf("\"sha256\"");
    ASSERT_GT(lastLine, 0);
    const QByteArray digest = QCryptographicHash::hash(csv.left(lastLine), QCryptographicHash::Sha256).toHex();
    EXPECT_TRUE(csv.mid(lastLine).contains(digest));
}

} // namespace
