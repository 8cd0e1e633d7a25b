// The desk's search and worklists on both engines: what each kind of typed text finds, the sort orders, paging,
// capped counts, patients who left, and the worklists of choices with their urgency.
#include "query/PatientQuery.h"
#include "query/Worklists.h"
#include "register/RegisterImport.h"
#include "service/ConsentService.h"
#include "store/Stores.h"

#include "TestDatabase.h"

#include <QFile>

#include <gtest/gtest.h>

using cd::PatientFilter;
using cd::PatientQuery;
using cd::PatientSearch;
using cd::PatientSort;
using cd::test::TestDatabase;

namespace {

QStringList list(std::initializer_list<const char*> names)
{
    QStringList out;
    for (const char* n : names) {
        out << QString::fromUtf8(n);
    }
    return out;
}

const QStringList& numbers()
{
    return cd::test::validNhsNumbers();
}

// Surname, forename, date of birth, postcode; the NHS number is the list's i-th.
struct Person
{
    const char* surname;
    const char* forename;
    const char* dob;
    const char* postcode;
};

const Person kPeople[] = {
    {"Smith", "John", "05/03/1950", "E17 4AB"},      {"SMITHERS", "Anne", "12/11/1962", "E17 9ZZ"},
    {"Osmith", "Carl", "01/01/1980", "N1 2CD"},      {"Johnson", "Smita", "30/06/1984", "e1 6an"},
    {"De Souza", "Maria", "30/06/1984", "SW1A 1AA"}, {"O'Brien", "Sean", "07/07/2007", "E17 4AC"},
    {"Adams", "Zoe", "02/02/1990", "IG8 3WH"},       {"Brontë", "Zoë", "03/03/1991", "N1 9XX"},
};

class PatientQueryTest : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        QString text = QStringLiteral("NHS Number,Surname,Forename,Date of Birth,Sex,Postcode\r\n");
        int i = 0;
        for (const Person& p : kPeople) {
            text += QStringLiteral("%1,%2,%3,%4,F,%5\r\n")
                        .arg(numbers().at(i++), QString::fromUtf8(p.surname), QString::fromUtf8(p.forename),
                             QString::fromUtf8(p.dob), QString::fromUtf8(p.postcode));
        }
        auto report = cd::importRegister(t().db(), TestDatabase::manager(), t().clock(), text.toUtf8(), {});
        ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
        ASSERT_EQ(report->added, std::size(kPeople));
    }
    QStringList surnames(const QString& typed, PatientSort sort = PatientSort::Name, bool descending = false,
                         bool includeLeft = false)
    {
        PatientFilter filter;
        filter.search = PatientSearch::parse(typed);
        filter.includeLeft = includeLeft;
        auto rows = PatientQuery(t().db(), t().clock().today()).page(filter, sort, descending, 0, 100);
        EXPECT_TRUE(rows.ok()) << rows.error().message.toStdString();
        QStringList names;
        for (const auto& r : *rows) {
            names << r.familyName;
        }
        return names;
    }
    static QString nhs(int i) { return numbers().at(i); }
};

TEST_P(PatientQueryTest, EachKindOfTypedTextFindsItsPatients)
{
    // A surname's start in any case; never a name that only contains it.
    EXPECT_EQ(surnames(QStringLiteral("smi")), (list({"Johnson", "Smith", "SMITHERS"}))); // Smita Johnson too
    EXPECT_EQ(surnames(QStringLiteral("S")), (list({"Smith", "SMITHERS"})));              // one letter: surnames only
    // Forename then surname, or surname then forename (Johnson, Smita).
    EXPECT_EQ(surnames(QStringLiteral("john smi")), (list({"Johnson", "Smith"})));
    EXPECT_EQ(surnames(QStringLiteral("smith, j")), (list({"Smith"})));
    EXPECT_EQ(surnames(QStringLiteral("de sou")), (list({"De Souza"})));
    EXPECT_EQ(surnames(QStringLiteral("o'b")), (list({"O'Brien"})));
    // An NHS number with any spacing, whole or its start.
    const QString n = nhs(2);
    EXPECT_EQ(surnames(n.left(3) + u' ' + n.mid(3, 3) + u' ' + n.mid(6)), (list({"Osmith"})));
    EXPECT_TRUE(surnames(n.left(6)).contains(QStringLiteral("Osmith")));
    // A date of birth, either way it is written.
    EXPECT_EQ(surnames(QStringLiteral("30/06/1984")), (list({"De Souza", "Johnson"})));
    EXPECT_EQ(surnames(QStringLiteral("1984-06-30")), (list({"De Souza", "Johnson"})));
    EXPECT_TRUE(surnames(QStringLiteral("30/06/19")).isEmpty()); // not whole yet
    // A postcode's start, whatever the spacing and case.
    // (A postcode search lists in postcode order: E17 4AB before E17 4AC.)
    EXPECT_EQ(surnames(QStringLiteral("e174")), (list({"Smith", "O'Brien"})));
    EXPECT_EQ(surnames(QStringLiteral("E17 4A")), (list({"Smith", "O'Brien"})));
    EXPECT_EQ(surnames(QStringLiteral("e1 6")), (list({"Johnson"})));
    EXPECT_TRUE(surnames(QStringLiteral("zzz")).isEmpty());
    // Letters beyond ASCII, as typed, on either engine.
    EXPECT_EQ(surnames(QStringLiteral("brontë")), (list({"Brontë"})));
    EXPECT_EQ(surnames(QStringLiteral("zoë")), (list({"Brontë"})));
}

TEST_P(PatientQueryTest, SortsByEachColumnBothWaysAndPages)
{
    EXPECT_EQ(surnames(QString()).first(), QStringLiteral("Adams"));
    EXPECT_EQ(surnames(QString(), PatientSort::Name, true).first(), QStringLiteral("SMITHERS"));
    EXPECT_EQ(surnames(QString(), PatientSort::DateOfBirth).first(), QStringLiteral("Smith"));
    EXPECT_EQ(surnames(QString(), PatientSort::DateOfBirth, true).first(), QStringLiteral("O'Brien"));
    EXPECT_EQ(surnames(QString(), PatientSort::Postcode).first(), QStringLiteral("Johnson"));        // E16AN
    EXPECT_EQ(surnames(QString(), PatientSort::Postcode, true).first(), QStringLiteral("De Souza")); // SW1A
    QStringList byNhs = surnames(QString(), PatientSort::NhsNumber);
    EXPECT_EQ(byNhs.size(), std::size(kPeople));
    PatientQuery query(t().db(), t().clock().today());
    auto second = query.page({}, PatientSort::Name, false, 1, 2);
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(second->size(), 2);
    EXPECT_EQ(second->at(0).familyName, QStringLiteral("Brontë")); // Adams, then these two
    EXPECT_EQ(second->at(1).familyName, QStringLiteral("De Souza"));
    EXPECT_EQ(*query.count({}), std::ssize(kPeople));
    EXPECT_EQ(*query.count({}, 3), 3); // a capped count stops early
}

TEST_P(PatientQueryTest, PatientsWhoLeftAreHiddenUnlessAskedFor)
{
    // The next register lacks Adams: she leaves the practice on the import date.
    QString text = QStringLiteral("NHS Number,Surname,Forename,Date of Birth,Sex,Postcode\r\n");
    for (int i = 0; i < std::ssize(kPeople); ++i) {
        const Person& p = kPeople[i];
        if (QLatin1String(p.surname) == QLatin1String("Adams")) {
            continue;
        }
        text += QStringLiteral("%1,%2,%3,%4,F,%5\r\n")
                    .arg(nhs(i), QString::fromUtf8(p.surname), QString::fromUtf8(p.forename), QString::fromUtf8(p.dob),
                         QString::fromUtf8(p.postcode));
    }
    cd::ImportOptions options;
    options.allowDeductions = true;
    auto report = cd::importRegister(t().db(), TestDatabase::manager(), t().clock(), text.toUtf8(), options);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    ASSERT_EQ(report->left, 1);
    EXPECT_FALSE(surnames(QString()).contains(QStringLiteral("Adams")));
    EXPECT_TRUE(surnames(QStringLiteral("adams"), PatientSort::Name, false, true).contains(QStringLiteral("Adams")));
}

TEST_P(PatientQueryTest, WorklistsOfChoicesCarryTheirCodeAndUrgency)
{
    cd::ConsentService service(t().db(), t().clock());
    const auto record = [&](int i, const char* choice, cd::Submitter by) {
        cd::RecordChoiceCommand c;
        c.nhsNumber = nhs(i);
        c.choice = QLatin1String(choice);
        c.received = QDate(2010, 3, 1).addDays(i);
        c.submittedBy = by;
        auto id = service.recordChoice(TestDatabase::reception(), c);
        ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    };
    record(0, "consent-core", cd::Submitter::Patient);
    record(1, "dissent", cd::Submitter::Patient);
    record(5, "dissent", cd::Submitter::Parent); // a child, by a parent: GP review too
    ASSERT_TRUE(cd::PracticeStore(t().db()).setSetting(QStringLiteral("planned_upload"), QStringLiteral("2010-03-25")));
    auto coding = cd::Worklists::awaitingCoding(t().db(), cd::Programme::scr(), t().clock().today());
    ASSERT_TRUE(coding.ok()) << coding.error().message.toStdString();
    ASSERT_EQ(coding->size(), 3);
    // Opt-outs first, oldest first; all at risk: the upload is 10 days away.
    EXPECT_EQ(coding->at(0).patient.familyName, QStringLiteral("SMITHERS"));
    EXPECT_EQ(coding->at(0).readCode, QStringLiteral("9Ndo"));
    EXPECT_EQ(coding->at(1).patient.familyName, QStringLiteral("O'Brien"));
    EXPECT_EQ(coding->at(2).readCode, QStringLiteral("9Ndm"));
    EXPECT_EQ(coding->at(2).urgency, cd::Urgency::AtRisk);
    EXPECT_EQ(coding->at(2).daysToUpload, 10);
    auto review = cd::Worklists::gpReview(t().db(), cd::Programme::scr(), t().clock().today());
    ASSERT_TRUE(review.ok());
    ASSERT_EQ(review->size(), 1);
    EXPECT_EQ(review->at(0).submittedBy, cd::Submitter::Parent);

    // Coded: off the list. After the upload date: overdue.
    ASSERT_TRUE(service.markCoded(TestDatabase::reception(), nhs(1), QStringLiteral("9Ndo"), {2010, 3, 15}).ok());
    auto after = cd::Worklists::awaitingCoding(t().db(), cd::Programme::scr(), {2010, 3, 26});
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), 2);
    EXPECT_EQ(after->at(0).urgency, cd::Urgency::Overdue);
    EXPECT_EQ(after->at(0).patient.familyName, QStringLiteral("O'Brien"));

    // A GP deciding on the choice they saw is refused once a newer one has been recorded at another desk.
    const qint64 seen = review->at(0).choiceEventId;
    cd::RecordChoiceCommand newer;
    newer.nhsNumber = nhs(5);
    newer.choice = QStringLiteral("consent-core");
    newer.received = {2010, 3, 14};
    newer.submittedBy = cd::Submitter::Parent;
    ASSERT_TRUE(service.recordChoice(TestDatabase::reception(), newer).ok());
    const auto stale = service.recordReview(TestDatabase::clinician(), nhs(5), cd::ReviewOutcome::Upheld,
                                            QStringLiteral("seen the form"), seen);
    ASSERT_FALSE(stale.ok());
    EXPECT_TRUE(stale.error().message.contains(QStringLiteral("newer choice")));
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(PatientQueryTest);

TEST(PatientSearch, ReadsWhatWasTyped)
{
    EXPECT_EQ(PatientSearch::parse(QStringLiteral("  ")).kind, PatientSearch::Kind::Everyone);
    EXPECT_EQ(PatientSearch::parse(QStringLiteral("943 476")).nhsPrefix, QStringLiteral("943476"));
    EXPECT_EQ(PatientSearch::parse(QStringLiteral("943-476-5919")).nhsPrefix, QStringLiteral("9434765919"));
    EXPECT_EQ(PatientSearch::parse(QStringLiteral("94347659190")).kind, PatientSearch::Kind::Incomplete);
    EXPECT_EQ(PatientSearch::parse(QStringLiteral("5/3/1950")).dateOfBirth, QDate(1950, 3, 5));
    EXPECT_EQ(PatientSearch::parse(QStringLiteral("sw1a 1")).postcodeKey, QStringLiteral("SW1A1"));
    const PatientSearch name = PatientSearch::parse(QStringLiteral("smith, jo"));
    EXPECT_TRUE(name.surnameFirst);
    EXPECT_EQ(name.firstWord, QStringLiteral("SMITH"));
    EXPECT_EQ(name.rest, QStringLiteral("JO"));
    EXPECT_EQ(PatientSearch::key(QStringLiteral("Zoë")), QStringLiteral("ZOë")); // as SQLite's upper() does
}

} // namespace
