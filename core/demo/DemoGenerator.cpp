#include "demo/DemoGenerator.h"

#include "demo/DemoNames.h"
#include "demo/DemoRandom.h"
#include "demo/DemoStories.h"
#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"

#include <QHash>

#include <algorithm>
#include <array>

namespace cd {
namespace {

const QString kManager = QStringLiteral("demo-manager");
const QString kReception = QStringLiteral("demo-reception");
const QString kClinician = QStringLiteral("demo-clinician");

// Age bands of a 2010 English practice list, and each band's share (they add up to 1).
struct AgeBand
{
    int low;
    int high;
    double share;
};
constexpr std::array<AgeBand, 8> kAgeBands{{
    {0, 4, 0.065},
    {5, 15, 0.125},
    {16, 24, 0.125},
    {25, 44, 0.30},
    {45, 64, 0.23},
    {65, 74, 0.08},
    {75, 84, 0.055},
    {85, 99, 0.02},
}};

int pickAge(DemoRandom& rng)
{
    double r = rng.unit();
    for (const AgeBand& band : kAgeBands) {
        if (r < band.share) {
            return rng.between(band.low, band.high);
        }
        r -= band.share;
    }
    return rng.between(30, 40);
}

QString postcode(DemoRandom& rng)
{
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    const auto letter = [&] {
        return letters.at(rng.between(0, static_cast<int>(letters.size()) - 1));
    };
    return QStringLiteral("%1 %2%3%4")
        .arg(rng.pick(demo::postcodeDistricts()))
        .arg(rng.between(1, 9))
        .arg(letter())
        .arg(letter());
}

// Builds one patient's history in any order; finish() sorts it and numbers it.
class HistoryBuilder
{
public:
    explicit HistoryBuilder(DemoRandom& rng)
        : m_rng(rng)
    {}

    int add(EventType type, QDate date, const QString& by, Role role, int targetKey = 0)
    {
        ConsentEvent e;
        e.type = type;
        e.programme = type == EventType::Registered || type == EventType::Left ? QString() : QStringLiteral("scr");
        e.date = date;
        e.recordedBy = by;
        e.recordedRole = role;
        e.recordedAt = QDateTime(date, QTime(m_rng.between(8, 17), m_rng.between(0, 59)));
        e.targetEventId = targetKey;
        e.id = m_events.size() + 1; // a key until finish()
        m_events.append(e);
        return static_cast<int>(e.id);
    }
    ConsentEvent& at(int key) { return m_events[key - 1]; }

    QList<ConsentEvent> finish()
    {
        std::stable_sort(m_events.begin(), m_events.end(),
                         [](const ConsentEvent& a, const ConsentEvent& b) { return a.date < b.date; });
        QHash<qint64, qint64> idOfKey;
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            idOfKey.insert(m_events[i].id, i + 1);
            m_events[i].id = i + 1;
        }
        for (auto& e : m_events) {
            e.targetEventId = idOfKey.value(e.targetEventId);
        }
        return m_events;
    }

private:
    DemoRandom& m_rng;
    QList<ConsentEvent> m_events;
};

Channel pickChannel(DemoRandom& rng)
{
    const double r = rng.unit();
    return r < 0.6 ? Channel::Post : r < 0.85 ? Channel::Desk : r < 0.95 ? Channel::MailHouse : Channel::Email;
}

// Opt-outs come mostly in the first three weeks after the packs land, then a second rise near the window's end.
QDate dissentDate(DemoRandom& rng)
{
    const double r = rng.unit();
    if (r < 0.65) {
        return rng.dateBetween({2010, 1, 18}, {2010, 2, 7});
    }
    if (r < 0.85) {
        return rng.dateBetween({2010, 2, 8}, {2010, 3, 19});
    }
    return rng.dateBetween({2010, 3, 22}, {2010, 4, 9});
}

int addChoice(HistoryBuilder& h, DemoRandom& rng, const QString& choice, QDate date, Submitter by)
{
    const int key = h.add(EventType::Choice, date, kReception, Role::Reception);
    ConsentEvent& e = h.at(key);
    e.choice = choice;
    e.submittedBy = by;
    e.channel = pickChannel(rng);
    e.identityChecked = rng.chance(0.9);
    e.signaturePresent = rng.chance(0.95);
    return key;
}

// Most forms that came in before March are coded a few days later; later ones are the backlog.
void maybeCode(HistoryBuilder& h, DemoRandom& rng, int choiceKey, const QString& readCode)
{
    const QDate received = h.at(choiceKey).date;
    const double codedShare = received < QDate(2010, 3, 1) ? 0.92 : 0.3;
    if (rng.chance(codedShare)) {
        const int key =
            h.add(EventType::Coded, received.addDays(rng.between(2, 10)), kManager, Role::Manager, choiceKey);
        h.at(key).readCode = readCode;
    }
}

void maybeReview(HistoryBuilder& h, DemoRandom& rng, int choiceKey)
{
    const QDate received = h.at(choiceKey).date;
    if (received < QDate(2010, 2, 20) && rng.chance(0.6)) {
        const int key =
            h.add(EventType::GpReview, received.addDays(rng.between(3, 14)), kClinician, Role::Clinician, choiceKey);
        ConsentEvent& e = h.at(key);
        if (rng.chance(0.08)) {
            e.outcome = ReviewOutcome::Overridden;
            e.reason = QStringLiteral("Serious allergy: sharing the record is in the patient's best interests.");
        } else {
            e.outcome = ReviewOutcome::Upheld;
            e.reason = QStringLiteral("Discussed with the family; the choice stands.");
        }
    }
}

void addChoices(HistoryBuilder& h, DemoRandom& rng, int age)
{
    const Programme& scr = Programme::scr();
    const auto code = [&](const QString& choice) {
        return scr.choice(choice)->readCode;
    };
    const double r = rng.unit();
    const bool child = age < 16;
    if ((child && r < 0.006) || (!child && r < 0.015)) {
        Submitter by = child ? Submitter::Parent : Submitter::Patient;
        if (!child && age >= 80 && rng.chance(0.1)) {
            by = rng.chance(0.8) ? Submitter::Attorney : Submitter::Deputy;
        }
        const QDate date = dissentDate(rng);
        if (rng.chance(0.02)) {
            // Keyed as a consent by mistake, voided the next day, then keyed again correctly.
            const int wrong = addChoice(h, rng, QStringLiteral("consent-core"), date, by);
            const int v = h.add(EventType::Void, date.addDays(1), kManager, Role::Manager, wrong);
            h.at(v).reason = QStringLiteral("Keyed as consent in error: the form says opt out.");
        }
        const int dissent = addChoice(h, rng, QStringLiteral("dissent"), date, by);
        maybeCode(h, rng, dissent, code(QStringLiteral("dissent")));
        if (by != Submitter::Patient) {
            maybeReview(h, rng, dissent);
        }
        if (!child && rng.chance(0.05)) {
            const int again = addChoice(h, rng, QStringLiteral("consent-core"), date.addDays(rng.between(10, 40)),
                                        Submitter::Patient);
            maybeCode(h, rng, again, code(QStringLiteral("consent-core")));
        }
    } else if (!child && r < 0.023) {
        const int c = addChoice(h, rng, QStringLiteral("consent-core-additional"),
                                rng.dateBetween({2010, 1, 18}, {2010, 4, 9}), Submitter::Patient);
        maybeCode(h, rng, c, code(QStringLiteral("consent-core-additional")));
    } else if (!child && r < 0.026) {
        const int c = addChoice(h, rng, QStringLiteral("consent-core"), rng.dateBetween({2010, 1, 18}, {2010, 4, 9}),
                                Submitter::Patient);
        maybeCode(h, rng, c, code(QStringLiteral("consent-core")));
    }
}

Patient makePatient(DemoRandom& rng, const QString& nhs, int age)
{
    Patient p;
    p.nhsNumber = nhs;
    p.sex = rng.chance(0.495) ? QStringLiteral("M") : QStringLiteral("F");
    const bool male = p.sex == QLatin1String("M");
    p.givenName = rng.pick(male ? demo::maleForenames() : demo::femaleForenames());
    p.familyName = rng.pick(demo::surnames());
    p.dateOfBirth = DemoTimeline::mailout().addYears(-age).addDays(-rng.between(0, 364));
    if (age < 16) {
        p.title = male ? QStringLiteral("Master") : QStringLiteral("Miss");
    } else {
        p.title = male ? QStringLiteral("Mr") : (rng.chance(0.5) ? QStringLiteral("Mrs") : QStringLiteral("Ms"));
    }
    p.address =
        QStringLiteral("%1 %2, %3").arg(rng.between(1, 240)).arg(rng.pick(demo::streets()), rng.pick(demo::towns()));
    p.postcode = postcode(rng);
    p.usualGp = rng.pick(demo::usualGps());
    return p;
}

} // namespace

QList<DemoPatient> DemoGenerator::generate(const DemoOptions& options)
{
    DemoRandom rng(options.seed);
    QList<DemoPatient> practice;
    practice.reserve(options.patients);
    // NHS numbers walk the 999 test range from a seed-chosen start, skipping bases whose check value is 10.
    int base = 999000000 + static_cast<int>(rng.next() % 400000U);
    const QDate mailout = DemoTimeline::mailout();
    for (int i = 0; i < options.patients; ++i) {
        QString nine;
        int check = -1;
        while (check < 0) {
            nine = QString::number(base++);
            check = NhsNumber::checkDigitFor(nine);
        }
        const int age = pickAge(rng);
        DemoPatient dp{makePatient(rng, nine + QString::number(check), age), {}};
        HistoryBuilder h(rng);
        const QDate born = dp.patient.dateOfBirth;
        // About 3% joined after the mail-out and were never sent a pack.
        const bool joinedLate = rng.chance(0.03);
        const QDate earliest = std::max(born, QDate(1980, 1, 1));
        const QDate registered = joinedLate ? rng.dateBetween({2010, 1, 20}, {2010, 3, 10})
                                            : rng.dateBetween(earliest, std::max(earliest, QDate(2009, 12, 31)));
        h.add(EventType::Registered, std::max(registered, born), kManager, Role::Manager);
        if (!joinedLate) {
            const int pack = h.add(EventType::PackSent, mailout, kManager, Role::Manager);
            h.at(pack).batchId = 1;
            h.at(pack).addressedToParent = ageOn(born, mailout) < 16;
            if (rng.chance(0.02)) {
                h.add(EventType::LetterReturned, rng.dateBetween({2010, 1, 20}, {2010, 2, 10}), kReception,
                      Role::Reception, pack);
            } else {
                addChoices(h, rng, ageOn(born, mailout));
            }
        }
        if (!joinedLate && ageOn(born, mailout) >= 18 && rng.chance(0.002)) {
            // Opted out under the old scheme before the packs: coded 93C3, never asked twice.
            const int legacy = addChoice(h, rng, QStringLiteral("dissent"),
                                         rng.dateBetween({2008, 3, 1}, {2009, 10, 31}), Submitter::Patient);
            const int coded =
                h.add(EventType::Coded, h.at(legacy).date.addDays(rng.between(1, 7)), kManager, Role::Manager, legacy);
            h.at(coded).readCode = QStringLiteral("93C3");
        }
        dp.events = h.finish();
        if (rng.chance(0.01)) {
            // Leaving comes after everything else in the patient's story (and after joining, for a late joiner).
            const QDate last = dp.events.last().date;
            const QDate from = std::max(QDate(2010, 2, 1), last.addDays(1));
            const QDate leaves = rng.dateBetween(from, std::max(from, QDate(2010, 3, 10)));
            HistoryBuilder tail(rng);
            tail.add(EventType::Left, leaves, kManager, Role::Manager);
            ConsentEvent left = tail.finish().first();
            left.id = dp.events.size() + 1;
            dp.events.append(left);
        }
        practice.append(std::move(dp));
    }
    addDemoStories(practice);
    return practice;
}

} // namespace cd
