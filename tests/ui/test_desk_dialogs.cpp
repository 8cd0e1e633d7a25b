// The desk's mail-out dialogs, offscreen: returned letters typed one after another, a mail-out with its count.
#include "domain/NhsNumber.h"
#include "mailout/MailoutDialog.h"
#include "mailout/ReturnedLettersDialog.h"
#include "service/ConsentService.h"
#include "service/MailoutService.h"
#include "service/PatientRecord.h"

#include "DeskFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

using cd::test::DeskTest;
using cd::test::TestDatabase;

namespace {

TEST_F(DeskTest, ReturnedLettersAreTypedOneAfterAnotherEachConfirmedByName)
{
    cd::ConsentService service(t.db(), t.clock());
    const cd::Patient p = adultInWindow();
    cd::ReturnedLettersDialog dialog(t.db(), service, TestDatabase::reception(), {2010, 3, 15});
    dialog.show();
    QTest::keyClicks(dialog.input(), cd::NhsNumber::parse(p.nhsNumber)->formatted());
    QTest::keyClick(dialog.input(), Qt::Key_Return);
    ASSERT_EQ(dialog.lines().size(), 1);
    EXPECT_TRUE(dialog.lines().first().contains(p.displayName())) << qPrintable(dialog.lines().first());
    EXPECT_TRUE(dialog.input()->text().isEmpty()); // ready for the next
    QTest::keyClicks(dialog.input(), QStringLiteral("123 456 7890"));
    QTest::keyClick(dialog.input(), Qt::Key_Return);
    ASSERT_EQ(dialog.lines().size(), 2);
    EXPECT_TRUE(dialog.lines().first().startsWith(u'\u26A0'));         // newest first, refused with the reason
    EXPECT_EQ(dialog.input()->text(), QStringLiteral("123 456 7890")); // kept to correct
    auto record = cd::PatientRecord::load(t.db(), cd::Programme::scr(), p.nhsNumber, {2010, 3, 15});
    ASSERT_TRUE(record.ok());
    EXPECT_TRUE(record->state.letterReturned);
    EXPECT_EQ(record->state.state, QStringLiteral("not_informed"));
}

TEST_F(DeskTest, AMailoutIsRecordedWithItsCountShownFirst)
{
    cd::MailoutCommand everyone;
    everyone.sentOn = {2010, 3, 15};
    const qint64 waiting = *cd::mailoutSize(t.db(), everyone);
    ASSERT_GT(waiting, 0); // the demo's late registrations were never sent a pack
    cd::MailoutDialog dialog(t.db(), t.clock(), TestDatabase::manager());
    dialog.show();
    auto* count = dialog.findChild<QLabel*>();
    ASSERT_NE(count, nullptr);
    const auto labels = dialog.findChildren<QLabel*>();
    EXPECT_TRUE(std::any_of(labels.cbegin(), labels.cend(),
                            [&](QLabel* l) { return l->text().startsWith(QStringLiteral("%1 pack").arg(waiting)); }));
    dialog.record();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << qPrintable(dialog.message());
    EXPECT_EQ(*cd::mailoutSize(t.db(), everyone), 0);
    // A reception desk may not.
    cd::MailoutDialog refused(t.db(), t.clock(), TestDatabase::reception());
    refused.record();
    EXPECT_NE(refused.result(), QDialog::Accepted);
    EXPECT_TRUE(refused.message().contains(QStringLiteral("manager")));
}

} // namespace
