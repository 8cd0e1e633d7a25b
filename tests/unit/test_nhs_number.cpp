#include "domain/NhsNumber.h"

#include <gtest/gtest.h>

using cd::NhsNumber;

namespace {

class ValidNhsNumber : public ::testing::TestWithParam<const char*>
{
};

// Every check-valid example of DOMAIN.md section 4, and the 999 test range used by the demo.
INSTANTIATE_TEST_SUITE_P(DomainExamples, ValidNhsNumber,
                         ::testing::Values("9434765919", "4857773457", "9000000009", "9313317125", "5466066893",
                                           "9990000018", "9990000026"));

TEST_P(ValidNhsNumber, ParsesAndKeepsTenDigits)
{
    const auto parsed = NhsNumber::parse(QString::fromLatin1(GetParam()));
    ASSERT_TRUE(parsed.ok()) << qPrintable(parsed.error().message);
    EXPECT_EQ(parsed->digits(), QString::fromLatin1(GetParam()));
}

TEST(NhsNumber, AcceptsSpacesAndHyphensAnywhere)
{
    for (const char* text : {"943 476 5919", "943-476-5919", " 9434765919 ", "943 4765 919", "943- 476 -5919"}) {
        const auto parsed = NhsNumber::parse(QString::fromLatin1(text));
        ASSERT_TRUE(parsed.ok()) << text;
        EXPECT_EQ(parsed->digits(), QStringLiteral("9434765919")) << text;
    }
}

TEST(NhsNumber, FormatsThreeThreeFour)
{
    EXPECT_EQ(NhsNumber::parse(QStringLiteral("9434765919"))->formatted(), QStringLiteral("943 476 5919"));
}

TEST(NhsNumber, AWrongCheckDigitIsNotValidWithoutNamingTheDigitThatWouldPass)
{
    const auto parsed = NhsNumber::parse(QStringLiteral("4857773456"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("is not valid"))) << qPrintable(parsed.error().message);
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("Modulus 11")));
    // Naming the passing digit invites staff to change digits until someone else's number passes: apart from the
    // number as typed and the rule's name, the message holds no digit at all.
    QString rest = parsed.error().message;
    rest.remove(QStringLiteral("4857773456")).remove(QStringLiteral("Modulus 11"));
    for (const QChar c : rest) {
        EXPECT_FALSE(c.isDigit()) << qPrintable(parsed.error().message);
    }
}

TEST(NhsNumber, CheckValueTenIsNeverValid)
{
    // 999000000 gives a check value of 10: whatever the tenth digit, the number is refused.
    EXPECT_EQ(NhsNumber::checkDigitFor(QStringLiteral("999000000")), -1);
    for (int last = 0; last <= 9; ++last) {
        const auto parsed = NhsNumber::parse(QStringLiteral("999000000%1").arg(last));
        ASSERT_FALSE(parsed.ok());
        EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("check value of 10")));
    }
}

TEST(NhsNumber, CheckDigitElevenBecomesZero)
{
    // 999000005: the weighted total, 253, is a multiple of 11, so 11 - 0 = 11, written as 0.
    EXPECT_EQ(NhsNumber::checkDigitFor(QStringLiteral("999000005")), 0);
    EXPECT_TRUE(NhsNumber::parse(QStringLiteral("9990000050")).ok());
}

TEST(NhsNumber, RefusesWrongLengthsWithTheCount)
{
    const auto shortOne = NhsNumber::parse(QStringLiteral("943476591"));
    ASSERT_FALSE(shortOne.ok());
    EXPECT_TRUE(shortOne.error().message.contains(QStringLiteral("9 digits")));
    const auto longOne = NhsNumber::parse(QStringLiteral("94347659190"));
    ASSERT_FALSE(longOne.ok());
    EXPECT_TRUE(longOne.error().message.contains(QStringLiteral("11 digits")));
}

TEST(NhsNumber, RefusesLettersAndOtherPunctuation)
{
    for (const char* text : {"943476591O", "943.476.5919", "943/476/5919", "NHS9434765919"}) {
        const auto parsed = NhsNumber::parse(QString::fromLatin1(text));
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("digits only"))) << text;
    }
}

TEST(NhsNumber, RefusesEmpty)
{
    const auto parsed = NhsNumber::parse(QStringLiteral("   "));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("missing")));
}

TEST(NhsNumber, RefusesRepeatedDigitPlaceholdersThatPassTheChecksum)
{
    // DOMAIN.md: 4444444444 and 9999999999 pass Modulus 11 but are placeholders.
    EXPECT_EQ(NhsNumber::checkDigitFor(QStringLiteral("444444444")), 4);
    for (const char* text : {"4444444444", "9999999999"}) {
        const auto parsed = NhsNumber::parse(QString::fromLatin1(text));
        ASSERT_FALSE(parsed.ok()) << text;
        EXPECT_TRUE(parsed.error().message.contains(QStringLiteral("repeated"))) << text;
    }
}

} // namespace
