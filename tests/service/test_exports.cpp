// The report's figures and the exports on both engines: who may export what, every export and refusal audited, the
// coding worklist's columns, and FHIR Consent resources built from a hand-made history (current choice active, a
// superseded one inactive, a voided one left out, a proxy as performer).
#include "domain/NhsNumber.h"
#include "export/Exports.h"
#include "service/ExportService.h"

#include "TestDatabase.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using cd::ExportService;
using cd::test::TestDatabase;

namespace {

class ExportsTest : public cd::test::EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped()) {
            return;
        }
        t().clock().set(QDateTime(QDate(2010, 6, 30), QTime(9, 0)));
        const auto& nhs = cd::test::validNhsNumbers();
        adult = nhs.at(0);
        child = nhs.at(1);
        t().sendPack(t().addPatient(adult, {1950, 5, 1}), {2010, 1, 4});
        t().sendPack(t().addPatient(child, {2005, 5, 1}), {2010, 1, 4});
        first = t().choose(adult, "dissent", {2010, 1, 20});
        second = t().choose(adult, "consent-core", {2010, 2, 20});
        mistaken = t().choose(adult, "dissent", {2010, 3, 1});
        t().voidEvent(mistaken, QStringLiteral("wrong patient"));
        proxy = t().choose(child, "dissent", {2010, 1, 25}, cd::Submitter::Parent);
    }

    ExportService exports() { return ExportService(t().db(), t().clock()); }
    qint64 audits() { return t().rowCounts().at(QStringLiteral("audit_log")); }

    QString adult, child;
    qint64 first = 0, second = 0, mistaken = 0, proxy = 0;
};

TEST_P(ExportsTest, TheCodingWorklistIsForGpsAndManagersAndEveryExportIsAudited)
{
    const qint64 before = audits();
    auto refused = exports().codingWorklist(TestDatabase::reception(), {2010, 6, 30});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, cd::ErrorKind::Forbidden);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("names patients")));
    EXPECT_EQ(audits(), before + 1); // the refusal is on the record

    auto csv = exports().codingWorklist(TestDatabase::clinician(), {2010, 6, 30});
    ASSERT_TRUE(csv.ok()) << csv.error().message.toStdString();
    EXPECT_EQ(audits(), before + 2);
    const QStringList lines = QString::fromUtf8(csv->mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3); // header, the adult's current consent, the child's dissent
    EXPECT_EQ(lines.at(0), QStringLiteral("\"NHS number\",\"Name\",\"Date of birth\",\"Choice\",\"Read code\",\"Date "
                                          "received\",\"Urgency\""));
    EXPECT_TRUE(csv->contains(cd::NhsNumber::display(child).toUtf8()));
    EXPECT_TRUE(csv->contains("\"9Ndo\""));
    EXPECT_TRUE(csv->contains("\"9Ndm\""));
}

TEST_P(ExportsTest, TheReportAndItsTablesAreAManagersAndAudited)
{
    const cd::LmcReport::Options options{{2010, 1, 1}, {2010, 6, 30}, std::nullopt, QString()};
    const qint64 before = audits();
    auto refused = exports().aggregates(TestDatabase::clinician(), options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, cd::ErrorKind::Forbidden);
    auto csv = exports().aggregates(TestDatabase::manager(), options);
    ASSERT_TRUE(csv.ok()) << csv.error().message.toStdString();
    EXPECT_EQ(audits(), before + 2);
    // Two patients: every non-zero count is from 1 to 7, so every one is a star and no NHS number appears.
    EXPECT_TRUE(csv->contains("\"*\""));
    EXPECT_FALSE(csv->contains(adult.toUtf8()));
    auto backwards =
        exports().aggregates(TestDatabase::manager(), {{2010, 6, 1}, {2010, 1, 1}, std::nullopt, QString()});
    ASSERT_FALSE(backwards.ok());
    EXPECT_TRUE(backwards.error().message.contains(QStringLiteral("forwards")));
}

TEST_P(ExportsTest, FhirConsentsFollowTheHistory)
{
    auto bundle = exports().fhirBundle(TestDatabase::manager());
    ASSERT_TRUE(bundle.ok()) << bundle.error().message.toStdString();
    EXPECT_EQ(bundle->value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
    const QJsonArray entries = bundle->value(QStringLiteral("entry")).toArray();
    ASSERT_EQ(entries.size(), 3); // the voided dissent is left out
    QHash<QString, QJsonObject> byCode;
    QList<QJsonObject> resources;
    for (const QJsonValue& e : entries) {
        const QJsonObject r = e.toObject().value(QStringLiteral("resource")).toObject();
        EXPECT_TRUE(e.toObject().value(QStringLiteral("fullUrl")).toString().startsWith(QStringLiteral("urn:uuid:")));
        EXPECT_EQ(r.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Consent"));
        EXPECT_EQ(r.value(QStringLiteral("patient"))[QStringLiteral("identifier")][QStringLiteral("system")].toString(),
                  QStringLiteral("https://fhir.nhs.uk/Id/nhs-number"));
        resources << r;
    }
    const auto find = [&](const QString& nhs, const QString& date) {
        for (const QJsonObject& r : resources) {
            if (r[QStringLiteral("patient")][QStringLiteral("identifier")][QStringLiteral("value")].toString() == nhs &&
                r[QStringLiteral("dateTime")].toString() == date) {
                return r;
            }
        }
        return QJsonObject();
    };
    const QJsonObject superseded = find(adult, QStringLiteral("2010-01-20"));
    const QJsonObject current = find(adult, QStringLiteral("2010-02-20"));
    const QJsonObject parental = find(child, QStringLiteral("2010-01-25"));
    EXPECT_EQ(superseded[QStringLiteral("status")].toString(), QStringLiteral("inactive"));
    EXPECT_EQ(superseded[QStringLiteral("provision")][QStringLiteral("type")].toString(), QStringLiteral("deny"));
    EXPECT_EQ(superseded[QStringLiteral("policyRule")][QStringLiteral("coding")][0][QStringLiteral("code")].toString(),
              QStringLiteral("OPTOUT"));
    EXPECT_EQ(current[QStringLiteral("status")].toString(), QStringLiteral("active"));
    EXPECT_EQ(current[QStringLiteral("provision")][QStringLiteral("type")].toString(), QStringLiteral("permit"));
    EXPECT_EQ(current[QStringLiteral("policyRule")][QStringLiteral("coding")][0][QStringLiteral("code")].toString(),
              QStringLiteral("OPTIN"));
    EXPECT_EQ(current[QStringLiteral("category")][1][QStringLiteral("coding")][0][QStringLiteral("code")].toString(),
              QStringLiteral("9Ndm"));
    EXPECT_FALSE(current.contains(QStringLiteral("performer"))); // the patient chose
    EXPECT_EQ(parental[QStringLiteral("performer")][0][QStringLiteral("type")].toString(),
              QStringLiteral("RelatedPerson"));
    EXPECT_EQ(parental[QStringLiteral("status")].toString(), QStringLiteral("active"));

    // The same choice keeps its id from one export to the next.
    auto again = exports().fhirBundle(TestDatabase::manager());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->value(QStringLiteral("entry")), bundle->value(QStringLiteral("entry")));
    auto refused = exports().fhirBundle(TestDatabase::reception());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, cd::ErrorKind::Forbidden);
}

CD_INSTANTIATE_FOR_BOTH_ENGINES(ExportsTest);

} // namespace
