#include "ReconcilePractice.h"

#include "service/ConsentService.h"

#include <gtest/gtest.h>

namespace cd::test {

void makeReconcilePractice(TestDatabase& t)
{
    const QStringList& numbers = validNhsNumbers();
    for (int i = 0; i < 12; ++i) {
        t.sendPack(t.addPatient(numbers.at(i), QDate(1950 + i, 1, 10)), {2010, 1, 15});
    }
    ConsentService service(t.db(), t.clock());
    const auto record = [&](int i, const char* choice, QDate received) {
        RecordChoiceCommand c;
        c.nhsNumber = numbers.at(i);
        c.choice = QString::fromLatin1(choice);
        c.received = received;
        auto id = service.recordChoice(TestDatabase::reception(), c);
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
        return id.ok() ? *id : 0;
    };
    const auto code = [&](int i, const char* readCode, QDate on) {
        auto id = service.markCoded(TestDatabase::reception(), numbers.at(i), QString::fromLatin1(readCode), on);
        EXPECT_TRUE(id.ok()) << (id ? std::string() : id.error().message.toStdString());
    };
    record(0, "dissent", {2010, 2, 1});
    code(0, "9Ndo", {2010, 2, 2});
    record(1, "dissent", {2010, 2, 3});
    record(2, "dissent", {2010, 2, 10});
    record(3, "dissent", {2010, 2, 11});
    record(4, "consent-core-additional", {2010, 2, 12});
    record(6, "consent-core", {2010, 2, 14});
    const qint64 mistaken = record(7, "consent-core", {2010, 2, 15});
    code(7, "9Ndm", {2010, 2, 16});
    EXPECT_TRUE(service.voidEvent(TestDatabase::manager(), mistaken, QStringLiteral("keyed for the wrong patient")));
    record(9, "consent-core", {2010, 2, 17});
    record(10, "dissent", {2010, 2, 18});
}

} // namespace cd::test
