#pragma once
// The desk's screen tests share one demo practice of 1,500 patients as of 15 March 2010.
#include "demo/DemoGenerator.h"
#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "service/DemoService.h"

#include "TestDatabase.h"

#include <gtest/gtest.h>

namespace cd::test {

constexpr int kPatients = 1500;
constexpr quint64 kSeed = 4;

class DeskTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(cd::createDemoPractice(t.db(), TestDatabase::manager(), t.clock(), {kPatients, kSeed}).ok());
    }
    // An adult in the window with no choice on the demo's date: the generator says who, independently of the UI.
    static cd::Patient adultInWindow()
    {
        for (const auto& p : cd::DemoGenerator::generate({kPatients, kSeed})) {
            const auto s = cd::Ledger::fold(cd::Programme::scr(), p.events, p.patient.dateOfBirth, {2010, 3, 15}, {});
            if (s.registered && s.state == QLatin1String("in_window") &&
                cd::ageOn(p.patient.dateOfBirth, {2010, 3, 15}) >= 30) {
                return p.patient;
            }
        }
        return {};
    }
    std::map<QString, qint64> counts() { return t.rowCounts(); }

    TestDatabase t{false};
};

} // namespace cd::test
