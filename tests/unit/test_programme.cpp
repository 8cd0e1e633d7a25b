#include "domain/Ledger.h"
#include "domain/Programme.h"

#include "Events.h"

#include <QFile>

#include <gtest/gtest.h>

using cd::Programme;

namespace {

TEST(Programme, ScrChoicesCarryTheReadCodesOfDomainMd)
{
    const Programme& scr = Programme::scr();
    EXPECT_EQ(scr.defaultState.state, QStringLiteral("implied"));
    EXPECT_EQ(scr.defaultState.readCode, QStringLiteral("9Ndl"));
    EXPECT_EQ(scr.choice(QStringLiteral("consent-core"))->readCode, QStringLiteral("9Ndm"));
    EXPECT_EQ(scr.choice(QStringLiteral("consent-core-additional"))->readCode, QStringLiteral("9Ndn"));
    EXPECT_EQ(scr.choice(QStringLiteral("dissent"))->readCode, QStringLiteral("9Ndo"));
    EXPECT_FALSE(scr.choice(QStringLiteral("dissent"))->permit);
}

TEST(Programme, LegacyCodesMapOntoTheCurrentChoices)
{
    const Programme& scr = Programme::scr();
    EXPECT_EQ(scr.choiceForReadCode(QStringLiteral("93C3")), scr.choice(QStringLiteral("dissent")));
    EXPECT_EQ(scr.choiceForReadCode(QStringLiteral("93C2")), scr.choice(QStringLiteral("consent-core-additional")));
    // Read codes are case-sensitive: a code typed in another case is not the code, but says which was meant.
    EXPECT_EQ(scr.choiceForReadCode(QStringLiteral("9ndo")), nullptr);
    EXPECT_EQ(scr.choiceForReadCode(QStringLiteral("93c3")), nullptr);
    EXPECT_EQ(scr.spellingOf(QStringLiteral("9ndo")), QStringLiteral("9Ndo"));
    EXPECT_EQ(scr.spellingOf(QStringLiteral("93c3")), QStringLiteral("93C3"));
    EXPECT_EQ(scr.spellingOf(QStringLiteral("9Nu0")), QString());
    EXPECT_EQ(scr.choiceForReadCode(QString()), nullptr);
    EXPECT_EQ(scr.choiceForReadCode(QStringLiteral("9Nu0")), nullptr); // another programme's code
    EXPECT_EQ(scr.choiceForReadCode(QStringLiteral("93C1")), nullptr); // a local record, not the SCR
}

TEST(Programme, StatesAreTheSixOfTheInterface)
{
    EXPECT_EQ(Programme::scr().stateNames(),
              QStringList({QStringLiteral("not_informed"), QStringLiteral("in_window"), QStringLiteral("implied"),
                           QStringLiteral("consent_core"), QStringLiteral("consent_core_additional"),
                           QStringLiteral("dissent")}));
}

TEST(Programme, MalformedDefinitionsAreRefusedWithAReason)
{
    EXPECT_FALSE(Programme::fromJson("{not json").ok());
    const auto noChoices = Programme::fromJson(R"({"id":"x","defaultState":{"state":"s"},"choices":[]})");
    ASSERT_FALSE(noChoices.ok());
    EXPECT_TRUE(noChoices.error().message.contains(QStringLiteral("choices")));
}

// The Type 1 opt-out is a second programme added as data alone: the same Ledger folds it.
TEST(Programme, TypeOneOptOutNeedsOnlyAFile)
{
    QFile file(QStringLiteral(CONSENTDESK_TEST_DATA "/type1-programme.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const auto type1 = Programme::fromJson(file.readAll());
    ASSERT_TRUE(type1.ok()) << qPrintable(type1.error().message);

    cd::test::Events events;
    events.registered({2000, 1, 1});
    const QDate born(1960, 1, 1);
    EXPECT_EQ(cd::Ledger::fold(*type1, events, born, {2014, 1, 1}, {}).state, QStringLiteral("no_objection"));

    cd::ConsentEvent objection;
    objection.id = 2;
    objection.type = cd::EventType::Choice;
    objection.programme = QStringLiteral("type1");
    objection.choice = QStringLiteral("type1-objection");
    objection.date = QDate(2014, 2, 1);
    QList<cd::ConsentEvent> list = events;
    list.append(objection);
    EXPECT_EQ(cd::Ledger::fold(*type1, list, born, {2014, 3, 1}, {}).state, QStringLiteral("type1_objection"));
    // The SCR fold of the same history ignores the other programme's choice.
    EXPECT_EQ(cd::Ledger::fold(Programme::scr(), list, born, {2014, 3, 1}, {}).state, QStringLiteral("not_informed"));
}

} // namespace
