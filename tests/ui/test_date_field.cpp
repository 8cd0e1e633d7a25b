// One way of typing a date everywhere (issue #22): dd/mm/yyyy in digits, a whole date typed replaces the one shown,
// Tab leaves the field, Enter presses the default button, and a refused date says why.
#include "widgets/DateField.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

namespace {

struct Form
{
    QDialog dialog;
    cd::DateField* date = nullptr;
    QLineEdit* next = nullptr;
    QPushButton* ok = nullptr;
    Form()
    {
        auto* layout = new QVBoxLayout(&dialog);
        date = new cd::DateField(QDate(2010, 3, 15), &dialog);
        date->setMaximumDate({2010, 3, 15});
        next = new QLineEdit(&dialog);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, &dialog);
        ok = buttons->button(QDialogButtonBox::Ok);
        ok->setDefault(true);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        layout->addWidget(date);
        layout->addWidget(next);
        layout->addWidget(buttons);
        dialog.show();
        dialog.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&dialog));
        date->setFocus();
        QTest::qWait(10); // the field selects itself on focus
    }
};

TEST(DateField, AWholeDateTypedInDigitsReplacesTheOneShown)
{
    Form f;
    QSignalSpy changed(f.date, &cd::DateField::dateChanged);
    QTest::keyClicks(f.date, QStringLiteral("01022010"));
    EXPECT_EQ(f.date->date(), QDate(2010, 2, 1));
    EXPECT_EQ(f.date->text(), QStringLiteral("01/02/2010"));
    EXPECT_EQ(changed.count(), 1);
    // With the slashes typed too.
    f.date->selectAll();
    QTest::keyClicks(f.date, QStringLiteral("28/02/2009"));
    EXPECT_EQ(f.date->date(), QDate(2009, 2, 28));
    // Up and Down step a day.
    QTest::keyClick(f.date, Qt::Key_Up);
    EXPECT_EQ(f.date->date(), QDate(2009, 3, 1));
}

TEST(DateField, TabGoesToTheNextFieldAndEnterPressesTheDefaultButton)
{
    Form f;
    QTest::keyClick(f.date, Qt::Key_Tab);
    EXPECT_TRUE(f.next->hasFocus()); // not the month, then the year
    f.date->setFocus();
    QTest::keyClick(f.date, Qt::Key_Return);
    EXPECT_EQ(f.dialog.result(), QDialog::Accepted);
}

TEST(DateField, ARefusedDateSaysWhyAndKeepsTheLastGoodOne)
{
    Form f;
    QSignalSpy refused(f.date, &cd::DateField::refused);
    QTest::keyClicks(f.date, QStringLiteral("31022010"));
    EXPECT_EQ(f.date->date(), QDate(2010, 3, 15));
    ASSERT_EQ(refused.count(), 1);
    EXPECT_TRUE(refused.first().first().toString().contains(QStringLiteral("31/02/2010 is not a date")));
    f.date->selectAll();
    QTest::keyClicks(f.date, QStringLiteral("01042010"));
    EXPECT_EQ(f.date->date(), QDate(2010, 3, 15));
    EXPECT_TRUE(f.date->problem().contains(QStringLiteral("after 15 Mar 2010"))) << qPrintable(f.date->problem());
    f.date->selectAll();
    QTest::keyClicks(f.date, QStringLiteral("0103"));
    QTest::keyClick(f.date, Qt::Key_Tab); // leaving with half a date
    EXPECT_TRUE(f.date->problem().contains(QStringLiteral("not a whole date"))) << qPrintable(f.date->problem());
    EXPECT_EQ(f.date->text(), QStringLiteral("15/03/2010"));
    // Month first, as an American export would write it, is not quietly read the other way round.
    f.date->setFocus();
    f.date->selectAll();
    QTest::keyClicks(f.date, QStringLiteral("03152010"));
    EXPECT_EQ(f.date->date(), QDate(2010, 3, 15));
    EXPECT_TRUE(f.date->problem().contains(QStringLiteral("day first")));
}

} // namespace

TEST(DateField, AnEmptyFieldTakesADateTypedAfterTabOrWhereverItsCursorWas)
{
    QDialog dialog;
    auto* layout = new QVBoxLayout(&dialog);
    auto* before = new QLineEdit(&dialog);
    auto* date = new cd::DateField(QDate(), &dialog);
    layout->addWidget(before);
    layout->addWidget(date);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    before->setFocus();
    QTest::keyClick(before, Qt::Key_Tab);
    ASSERT_EQ(dialog.focusWidget(), date);
    QTest::keyClicks(date, QStringLiteral("01021970"));
    EXPECT_EQ(date->date(), QDate(1970, 2, 1));
    // Emptied, with the cursor left at the end (a click there): typing still starts at the day.
    date->clear();
    date->setCursorPosition(10);
    date->deselect();
    QTest::keyClicks(date, QStringLiteral("02031971"));
    EXPECT_EQ(date->date(), QDate(1971, 3, 2));
}
