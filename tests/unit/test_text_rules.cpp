// Hidden characters (trust, issue #17 rule 16): escape sequences, NUL, DEL, C1 controls and direction overrides are
// refused by name; tab always and line breaks in a multi-line field are allowed; stored text is shown inert.
#include "domain/TextRules.h"

#include <gtest/gtest.h>

using cd::hidingCharacterProblem;
using cd::inertText;

TEST(TextRules, OrdinaryNamesAndAccentsPass)
{
    for (const QString& name : {QStringLiteral("O'Brien"), QStringLiteral("Zoë Smith-Jones"), QStringLiteral("Siobhán"),
                                QStringLiteral("李"), QStringLiteral("a\tb")}) {
        EXPECT_TRUE(hidingCharacterProblem(QStringLiteral("surname"), name).isEmpty()) << qPrintable(name);
    }
}

TEST(TextRules, ControlsAndDirectionOverridesAreRefusedNamingTheField)
{
    const QString cases[] = {
        QStringLiteral("Smith\x1b[2J"),                          // clears a terminal
        QStringLiteral("Smi") + QChar(0) + QStringLiteral("th"), // ends a C string early
        QStringLiteral("Smith") + QChar(0x7F),                   // DEL
        QStringLiteral("Smith") + QChar(0x85),                   // a C1 control
        QStringLiteral("htimS") + QChar(0x202E),                 // right-to-left override
        QChar(0x2066) + QStringLiteral("Smith"),                 // left-to-right isolate
        QStringLiteral("line\nbreak"),                           // one line only
    };
    for (const QString& text : cases) {
        const QString problem = hidingCharacterProblem(QStringLiteral("surname"), text);
        EXPECT_TRUE(problem.startsWith(QStringLiteral("The surname has a hidden character"))) << qPrintable(problem);
    }
    EXPECT_TRUE(hidingCharacterProblem(QStringLiteral("note"), QStringLiteral("two\nlines\r\n"), true).isEmpty());
    EXPECT_TRUE(hidingCharacterProblem(QStringLiteral("note"), QStringLiteral("U+202E: ") + QChar(0x202E), true)
                    .contains(QStringLiteral("U+202E")));
}

TEST(TextRules, StoredTextIsShownInertKeepingLinesAndTabs)
{
    EXPECT_EQ(inertText(QStringLiteral("Smith\x1b[2J\tx\ny")), QStringLiteral("Smith\\u001b[2J\tx\ny"));
    EXPECT_EQ(inertText(QStringLiteral("ab") + QChar(0x202E) + QStringLiteral("cd")), QStringLiteral("ab\\u202ecd"));
    EXPECT_EQ(inertText(QStringLiteral("Zoë")), QStringLiteral("Zoë"));
}
