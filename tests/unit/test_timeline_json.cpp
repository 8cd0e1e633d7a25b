// The timeline file: the shipped timeline's facts (DOMAIN.md), every kind of bad file refused with its line and
// reason, and a written timeline reading back the same.
#include "domain/Region.h"
#include "rollout/JsonLines.h"
#include "rollout/TimelineJson.h"

#include "TestDatabase.h"

#include <QFile>

#include <gtest/gtest.h>

using cd::Milestone;

namespace {

QList<Milestone> of(const QString& scope)
{
    QList<Milestone> list;
    for (const Milestone& m : cd::shippedTimeline()) {
        if (m.scope == scope) {
            list.append(m);
        }
    }
    return list;
}

bool has(const QList<Milestone>& list, const char* kind, QDate date)
{
    return std::any_of(list.cbegin(), list.cend(),
                       [&](const Milestone& m) { return m.kind == QLatin1String(kind) && m.date == date; });
}

TEST(ShippedTimeline, CoversTheTenShasAndTheNation)
{
    EXPECT_FALSE(of(cd::kNationalScope).isEmpty());
    for (const cd::Region& region : cd::allRegions()) {
        EXPECT_FALSE(of(region.id).isEmpty()) << region.id.toStdString();
    }
    EXPECT_TRUE(of(cd::kPracticeScope).isEmpty()); // the practice's own come from its data
}

TEST(ShippedTimeline, TheFiveBlanketShasStartInJanuary2010AndTheOthersPilot)
{
    const QStringList blanket = {QStringLiteral("london"), QStringLiteral("north-west"), QStringLiteral("north-east"),
                                 QStringLiteral("east-of-england"), QStringLiteral("yorkshire-and-the-humber")};
    for (const cd::Region& region : cd::allRegions()) {
        const auto list = of(region.id);
        const bool accelerated = blanket.contains(region.id);
        EXPECT_EQ(has(list, "programme-start", {2010, 1, 1}), accelerated) << region.id.toStdString();
        EXPECT_EQ(has(list, "funding-deadline", {2010, 3, 31}), accelerated) << region.id.toStdString();
        EXPECT_EQ(has(list, "pilot", {2009, 1, 1}), !accelerated) << region.id.toStdString();
    }
    const auto london = of(QStringLiteral("london"));
    const auto start = std::find_if(london.cbegin(), london.cend(),
                                    [](const Milestone& m) { return m.kind == QLatin1String("programme-start"); });
    ASSERT_NE(start, london.cend());
    EXPECT_EQ(start->precision, Milestone::Precision::Month); // the sources give only the month
    EXPECT_EQ(start->status, Milestone::Status::Actual);
}

TEST(ShippedTimeline, HasThePauseTheResumptionAndBothNationalAims)
{
    const auto nation = of(cd::kNationalScope);
    EXPECT_TRUE(has(nation, "pause", {2010, 4, 1}));
    EXPECT_TRUE(has(nation, "resume", {2011, 1, 1}));
    EXPECT_TRUE(has(nation, "target", {2011, 12, 31}));
    EXPECT_TRUE(has(nation, "target", {2013, 12, 31}));
    for (const Milestone& m : cd::shippedTimeline()) {
        EXPECT_FALSE(m.source.isEmpty()) << m.label.toStdString(); // every date says where it comes from
        if (m.date > QDate(2011, 4, 1)) {
            EXPECT_EQ(m.status, Milestone::Status::Planned) << m.label.toStdString();
        }
    }
}

TEST(TimelineJson, WhatIsWrittenReadsBackTheSame)
{
    const QByteArray json = cd::writeTimelineJson(cd::shippedTimeline());
    auto read = cd::readTimelineJson(json);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    EXPECT_EQ(*read, cd::shippedTimeline());
    EXPECT_TRUE(json.contains("\"date\": \"2010-01\"")); // month precision survives as a month
}

// Inputs the fuzzer once broke (tests/data/timeline): each must read, write and read back the same.
TEST(TimelineJson, InputsThatOnceFailedRoundTrip)
{
    for (const char* name : {"fuzz-regions-listed-out-of-order.json", "practice-edits.json"}) {
        QFile file(QStringLiteral(CONSENTDESK_TEST_DATA "/timeline/") + QLatin1String(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        auto read = cd::readTimelineJson(file.readAll());
        ASSERT_TRUE(read.ok()) << name << ": " << read.error().message.toStdString();
        auto again = cd::readTimelineJson(cd::writeTimelineJson(*read));
        ASSERT_TRUE(again.ok()) << name;
        EXPECT_EQ(*again, *read) << name;
    }
}

TEST(TimelineJson, RegionsAreTakenByIdOrNameInAnyCase)
{
    auto read = cd::readTimelineJson(R"({"format": "consentdesk-timeline", "version": 1, "regions": [
        {"region": "NHS Yorkshire and the Humber", "milestones": [
            {"kind": "target", "label": "70% coverage", "date": "2011-03", "status": "planned", "percent": 70}]},
        {"region": "south west", "milestones": []}]})");
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    ASSERT_EQ(read->size(), 1);
    EXPECT_EQ(read->at(0).scope, QStringLiteral("yorkshire-and-the-humber"));
    EXPECT_EQ(read->at(0).percent, 70.0);
}

struct BadFile
{
    const char* name;
    const char* text;
    int line;
    const char* says;
};

class TimelineJsonRefuses : public ::testing::TestWithParam<BadFile>
{
};

TEST_P(TimelineJsonRefuses, WithTheLineAndTheReason)
{
    const BadFile& bad = GetParam();
    auto read = cd::readTimelineJson(QByteArray(bad.text));
    ASSERT_FALSE(read.ok());
    const QString message = read.error().message;
    EXPECT_TRUE(message.startsWith(QStringLiteral("Line %1:").arg(bad.line))) << message.toStdString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(bad.says))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("the current timeline is kept"))) << message.toStdString();
}

#define HEAD "{\n\"format\": \"consentdesk-timeline\",\n\"version\": 1,\n\"regions\": [\n"
#define MILESTONE_IN(region, fields) HEAD "{\"region\": \"" region "\", \"milestones\": [\n" fields "\n]}\n]}\n"

const BadFile kBadFiles[] = {
    {"NotJson", "{\n\"format\": \"consentdesk-timeline\",\n\"version\": 1,,\n}", 3, "not valid JSON"},
    {"Empty", "", 1, "not valid JSON"},
    {"NotAnObject", "[1, 2]", 1, "one JSON object"},
    {"WrongFormat", "{\n\"format\": \"register\",\n\"version\": 1, \"regions\": []}", 2, "Consent Desk timeline"},
    {"NewerVersion", "{\"format\": \"consentdesk-timeline\",\n\"version\": 2, \"regions\": []}", 2, "newer"},
    {"RegionsNotAList", "{\"format\": \"consentdesk-timeline\", \"version\": 1,\n\"regions\": {}}", 2,
     "must be a list"},
    {"UnknownRegion", HEAD "{\"region\": \"Wessex\", \"milestones\": []}\n]}", 5, "\"Wessex\" is not a region"},
    {"RegionTwice",
     HEAD "{\"region\": \"london\", \"milestones\": []},\n{\"region\": \"NHS London\", \"milestones\": []}\n]}", 6,
     "appears twice"},
    {"MilestonesMissing", HEAD "{\"region\": \"london\"}\n]}", 5, "\"milestones\" must be a list"},
    {"UnknownKind",
     MILESTONE_IN("london", "{\"kind\": \"party\", \"label\": \"x\", \"date\": \"2010-01-01\", "
                            "\"status\": \"actual\"}"),
     6, "\"party\" is not a kind"},
    {"NoLabel", MILESTONE_IN("london", "{\"kind\": \"other\", \"date\": \"2010-01-01\", \"status\": \"actual\"}"), 6,
     "no \"label\""},
    {"MonthFirstDate",
     MILESTONE_IN("london", "{\"kind\": \"other\", \"label\": \"x\", \"date\": \"01/31/2010\", "
                            "\"status\": \"actual\"}"),
     6, "\"01/31/2010\" is not a date"},
    {"ImpossibleDate",
     MILESTONE_IN("london", "{\"kind\": \"other\", \"label\": \"x\", \"date\": \"2010-02-30\", "
                            "\"status\": \"actual\"}"),
     6, "is not a date"},
    {"TwoDigitYear",
     MILESTONE_IN("london", "{\"kind\": \"other\", \"label\": \"x\", \"date\": \"10-01\", "
                            "\"status\": \"actual\"}"),
     6, "is not a date"},
    {"BadStatus",
     MILESTONE_IN("london", "{\"kind\": \"other\", \"label\": \"x\", \"date\": \"2010-01\", "
                            "\"status\": \"maybe\"}"),
     6, "\"planned\" or \"actual\""},
    {"PercentTooBig",
     MILESTONE_IN("london", "{\"kind\": \"target\", \"label\": \"x\", \"date\": \"2010-01\", "
                            "\"status\": \"planned\", \"percent\": 140}"),
     6, "from 0 to 100"},
    {"PercentAsText",
     MILESTONE_IN("london", "{\"kind\": \"target\", \"label\": \"x\", \"date\": \"2010-01\", "
                            "\"status\": \"planned\", \"percent\": \"70\"}"),
     6, "from 0 to 100"},
    {"MisspeltField",
     MILESTONE_IN("london", "{\"kind\": \"other\", \"lable\": \"x\", \"date\": \"2010-01\", "
                            "\"status\": \"planned\"}"),
     6, "\"lable\" is not a milestone field"},
    {"MilestoneNotAnObject", MILESTONE_IN("london", "\"2010-01-01\""), 6, "must be an object"},
};

INSTANTIATE_TEST_SUITE_P(EveryKind, TimelineJsonRefuses, ::testing::ValuesIn(kBadFiles),
                         [](const ::testing::TestParamInfo<BadFile>& p) { return std::string(p.param.name); });

TEST(JsonLines, FindsTheLineOfANestedValue)
{
    const QByteArray text = "{\n \"a\": [\n  {\"b\": 1},\n  {\"c\": \"x,]}\",\n   \"d\": [true]}\n ]\n}";
    EXPECT_EQ(cd::jsonLineOf(text, {QStringLiteral("a")}), 2);
    EXPECT_EQ(cd::jsonLineOf(text, {QStringLiteral("a"), 1}), 4);
    EXPECT_EQ(cd::jsonLineOf(text, {QStringLiteral("a"), 1, QStringLiteral("d")}), 5);
    EXPECT_EQ(cd::jsonLineOf(text, {QStringLiteral("a"), 7}), 2); // not there: the deepest found
    EXPECT_EQ(cd::lineOfOffset(text, 0), 1);
    EXPECT_EQ(cd::lineOfOffset(text, text.indexOf("\"d\"")), 5);
}

} // namespace
