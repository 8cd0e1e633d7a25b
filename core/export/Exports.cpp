#include "export/Exports.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/NhsNumber.h"
#include "export/CsvWriter.h"
#include "query/Worklists.h"
#include "store/Stores.h"

#include <QJsonArray>
#include <QUuid>

namespace cd {
namespace {

QString performer(Submitter by)
{
    switch (by) {
    case Submitter::Parent:
        return QStringLiteral("Parent or guardian");
    case Submitter::Attorney:
        return QStringLiteral("Lasting power of attorney (health and welfare)");
    case Submitter::Deputy:
        return QStringLiteral("Court-appointed deputy");
    case Submitter::Patient:
        break;
    }
    return {};
}

QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    return QJsonObject{
        {QStringLiteral("system"), system}, {QStringLiteral("code"), code}, {QStringLiteral("display"), display}};
}

// The proxy as the form named them: "Mary Smith, mother (parent or guardian)"; the kind alone when unnamed.
QString proxyDisplay(const ConsentEvent& e)
{
    QStringList who;
    for (const QString& part : {e.proxyName, e.proxyRelationship}) {
        if (!part.isEmpty()) {
            who << part;
        }
    }
    return who.isEmpty() ? performer(e.submittedBy)
                         : QStringLiteral("%1 (%2)").arg(who.join(QStringLiteral(", ")), performer(e.submittedBy));
}

QJsonObject consentResource(const ConsentEvent& e, const ChoiceDefinition& choice, const QString& nhs,
                            const QString& practiceCode, const QString& status, const QString& id)
{
    QJsonObject o{
        {QStringLiteral("resourceType"), QStringLiteral("Consent")},
        {QStringLiteral("id"), id},
        {QStringLiteral("meta"),
         QJsonObject{{QStringLiteral("profile"),
                      QJsonArray{QStringLiteral("https://fhir.hl7.org.uk/StructureDefinition/UKCore-Consent")}}}},
        {QStringLiteral("status"), status},
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("coding"),
                      QJsonArray{coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"),
                                        QStringLiteral("patient-privacy"), QStringLiteral("Privacy Consent"))}}}},
        {QStringLiteral("category"),
         QJsonArray{QJsonObject{{QStringLiteral("coding"),
                                 QJsonArray{coding(QStringLiteral("http://loinc.org"), QStringLiteral("59284-0"),
                                                   QStringLiteral("Consent Document"))}}},
                    QJsonObject{{QStringLiteral("coding"), QJsonArray{coding(QStringLiteral("http://read.info/readv2"),
                                                                             choice.readCode, choice.label)}}}}},
        {QStringLiteral("patient"),
         QJsonObject{{QStringLiteral("identifier"),
                      QJsonObject{{QStringLiteral("system"), QStringLiteral("https://fhir.nhs.uk/Id/nhs-number")},
                                  {QStringLiteral("value"), nhs}}}}},
        {QStringLiteral("dateTime"), isoDate(e.date)},
        {QStringLiteral("organization"),
         QJsonArray{QJsonObject{
             {QStringLiteral("identifier"),
              QJsonObject{{QStringLiteral("system"), QStringLiteral("https://fhir.nhs.uk/Id/ods-organization-code")},
                          {QStringLiteral("value"), practiceCode}}}}}},
        // Dissent opts out; the SCR's default is to permit, so an express consent opts in (DOMAIN.md section 5).
        {QStringLiteral("policyRule"),
         QJsonObject{{QStringLiteral("coding"),
                      QJsonArray{coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ActCode"),
                                        choice.permit ? QStringLiteral("OPTIN") : QStringLiteral("OPTOUT"),
                                        choice.permit ? QStringLiteral("opt-in") : QStringLiteral("opt-out"))}}}},
        {QStringLiteral("verification"),
         QJsonArray{QJsonObject{{QStringLiteral("verified"), e.identityChecked},
                                {QStringLiteral("verificationDate"), isoDate(e.date)}}}},
        {QStringLiteral("provision"),
         QJsonObject{{QStringLiteral("type"), choice.permit ? QStringLiteral("permit") : QStringLiteral("deny")}}},
    };
    if (e.submittedBy != Submitter::Patient) {
        o.insert(QStringLiteral("performer"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("RelatedPerson")},
                                        {QStringLiteral("display"), proxyDisplay(e)}}});
    }
    return o;
}

} // namespace

Result<QByteArray> codingWorklistCsv(Database& db, const Programme& programme, QDate asOf, qint64* rows)
{
    auto items = Worklists::awaitingCoding(db, programme, asOf);
    if (!items) {
        return items.error();
    }
    CsvWriter csv;
    csv.row({QStringLiteral("NHS number"), QStringLiteral("Name"), QStringLiteral("Date of birth"),
             QStringLiteral("Choice"), QStringLiteral("Read code"), QStringLiteral("Date received"),
             QStringLiteral("Urgency")});
    for (const ChoiceItem& item : *items) {
        csv.row({NhsNumber::display(item.patient.nhsNumber), item.patient.listName(), isoDate(item.patient.dateOfBirth),
                 item.label, item.readCode, isoDate(item.received), toString(item.urgency)});
    }
    if (rows) {
        *rows = items->size();
    }
    return csv.bytes();
}

Result<QJsonObject> fhirConsentBundle(Database& db, const Programme& programme, const QDateTime& now, qint64* resources)
{
    auto practice = PracticeStore(db).practice();
    auto rules = PracticeStore(db).rules();
    if (!practice || !rules) {
        return !practice ? practice.error() : rules.error();
    }
    const QString practiceCode = practice->has_value() ? (*practice)->code : QString();
    QHash<qint64, std::pair<QString, QDate>> patients; // id -> NHS number, date of birth
    if (auto read = PatientStore(db).forEach([&](const Patient& p) {
            patients.insert(p.id, {p.nhsNumber, p.dateOfBirth});
        });
        !read) {
        return read.error();
    }
    // Stable ids, so a second export of the same choice names the same resource.
    const QUuid space = QUuid::createUuidV5(QUuid(), QStringLiteral("consentdesk:") + practiceCode);
    QJsonArray entries;
    auto visited = EventStore(db).forEachPatient([&](qint64 patientId, const QList<ConsentEvent>& events) {
        const auto who = patients.value(patientId);
        const QSet<qint64> voided = Ledger::voidedIds(events);
        const PatientState state = Ledger::fold(programme, events, who.second, now.date(), *rules);
        // The current choice is active; a consent waiting for a GP is proposed; any other is no longer in force.
        const auto statusOf = [&](qint64 id) {
            return id == state.currentChoiceId   ? QStringLiteral("active")
                   : id == state.pendingChoiceId ? QStringLiteral("proposed")
                                                 : QStringLiteral("inactive");
        };
        for (const ConsentEvent& e : events) {
            const ChoiceDefinition* choice = programme.choice(e.choice);
            if (e.type != EventType::Choice || e.programme != programme.id || voided.contains(e.id) || !choice ||
                e.date > now.date()) {
                continue;
            }
            const QString id =
                QUuid::createUuidV5(space, QStringLiteral("consent:%1").arg(e.id)).toString(QUuid::WithoutBraces);
            entries.append(QJsonObject{{QStringLiteral("fullUrl"), QStringLiteral("urn:uuid:") + id},
                                       {QStringLiteral("resource"),
                                        consentResource(e, *choice, who.first, practiceCode, statusOf(e.id), id)}});
        }
    });
    if (!visited) {
        return visited.error();
    }
    if (resources) {
        *resources = entries.size();
    }
    const QDateTime utc = now.toUTC();
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Bundle")},
        {QStringLiteral("id"), QUuid::createUuidV5(space, isoDateTime(now)).toString(QUuid::WithoutBraces)},
        {QStringLiteral("type"), QStringLiteral("collection")},
        {QStringLiteral("timestamp"), utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))},
        {QStringLiteral("entry"), entries}};
}

} // namespace cd
