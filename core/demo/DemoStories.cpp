#include "demo/DemoStories.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"

#include <functional>

namespace cd {
namespace {

const QString kReception = QStringLiteral("demo-reception");
const QString kClinician = QStringLiteral("demo-clinician");
const QString kManager = QStringLiteral("demo-manager");
const QDate kStart(2010, 1, 20); // the packs have landed

// Appends events to one patient's chronological history; ids continue from the last.
class Story
{
public:
    explicit Story(DemoPatient& patient)
        : m_events(patient.events)
    {}

    qint64 add(EventType type, QDate date, const QString& by, Role role, qint64 target = 0)
    {
        ConsentEvent e;
        e.id = m_events.size() + 1;
        e.type = type;
        e.programme = QStringLiteral("scr");
        e.date = date;
        e.targetEventId = target;
        e.recordedBy = by;
        e.recordedRole = role;
        e.recordedAt = QDateTime(date, QTime(11, static_cast<int>(m_events.size() % 60)));
        m_events.append(e);
        return e.id;
    }
    qint64 choice(QDate date, const char* key, Submitter by)
    {
        const qint64 id = add(EventType::Choice, date, kReception, Role::Reception);
        ConsentEvent& e = m_events.last();
        e.choice = QString::fromLatin1(key);
        e.submittedBy = by;
        e.channel = Channel::Post;
        e.identityChecked = true;
        e.signaturePresent = true;
        return id;
    }
    qint64 coded(QDate date, qint64 choice, const char* code)
    {
        const qint64 id = add(EventType::Coded, date, kManager, Role::Manager, choice);
        m_events.last().readCode = QString::fromLatin1(code);
        return id;
    }
    void review(QDate date, qint64 choice, ReviewOutcome outcome, const char* reason)
    {
        add(EventType::GpReview, date, kClinician, Role::Clinician, choice);
        m_events.last().outcome = outcome;
        m_events.last().reason = QString::fromUtf8(reason);
    }
    void voids(QDate date, qint64 event, const char* reason)
    {
        add(EventType::Void, date, kManager, Role::Manager, event);
        m_events.last().reason = QString::fromUtf8(reason);
    }

private:
    QList<ConsentEvent>& m_events;
};

// Registered and informed by the January packs, with nothing else on record yet: a clean page for a story.
bool quietSince(const DemoPatient& p)
{
    for (const ConsentEvent& e : p.events) {
        if (e.type != EventType::Registered && e.type != EventType::PackSent) {
            return false;
        }
    }
    const PatientState s = Ledger::fold(Programme::scr(), p.events, p.patient.dateOfBirth, kStart, {});
    return s.registered && s.state == kInWindow;
}

// The first quiet patient the test accepts, not already used; nullptr when the list has none.
DemoPatient* pick(QList<DemoPatient>& practice, QList<const DemoPatient*>& used,
                  const std::function<bool(const DemoPatient&)>& wanted)
{
    for (DemoPatient& p : practice) {
        if (!used.contains(&p) && quietSince(p) && wanted(p)) {
            used.append(&p);
            return &p;
        }
    }
    return nullptr;
}

int age(const DemoPatient& p)
{
    return ageOn(p.patient.dateOfBirth, DemoTimeline::mailout());
}

} // namespace

void addDemoStories(QList<DemoPatient>& practice)
{
    QList<const DemoPatient*> used;
    // A consent keyed and coded for the wrong patient, then voided: 9Ndn must come out of their clinical record
    // (the most dangerous code to leave behind).
    if (DemoPatient* p = pick(practice, used, [](const DemoPatient& d) { return age(d) >= 30 && age(d) < 70; })) {
        Story s(*p);
        const qint64 c = s.choice({2010, 2, 8}, "consent-core-additional", Submitter::Patient);
        s.coded({2010, 2, 10}, c, "9Ndn");
        s.voids({2010, 2, 24}, c,
                "Recorded against the wrong patient: the form is for another patient of the same "
                "name.");
    }
    // A parent's opt-out, coded, then overridden by a GP in the child's best interests: 9Ndo must come out.
    if (DemoPatient* p = pick(practice, used, [](const DemoPatient& d) { return age(d) >= 4 && age(d) <= 12; })) {
        Story s(*p);
        const qint64 c = s.choice({2010, 1, 25}, "dissent", Submitter::Parent);
        s.coded({2010, 1, 28}, c, "9Ndo");
        s.review({2010, 2, 15}, c, ReviewOutcome::Overridden,
                 "Serious allergy: sharing the record is in the child's best interests.");
    }
    // An opt-out and a consent received the same day: the opt-out stands until a GP decides.
    if (DemoPatient* p = pick(practice, used, [](const DemoPatient& d) { return age(d) >= 30; })) {
        Story s(*p);
        s.choice({2010, 3, 2}, "consent-core", Submitter::Patient);
        s.choice({2010, 3, 2}, "dissent", Submitter::Patient);
    }
    // A parent opted a 15-year-old out; a GP upheld it; the patient turned 16 on 20 February 2010 and is offered
    // their own choice.
    if (DemoPatient* p = pick(practice, used, [](const DemoPatient& d) {
            return age(d) == 15 && d.events.first().date >= QDate(1994, 2, 20); // registered after that birth
        })) {
        p->patient.dateOfBirth = QDate(1994, 2, 20);
        Story s(*p);
        const qint64 c = s.choice({2010, 1, 22}, "dissent", Submitter::Parent);
        s.coded({2010, 1, 26}, c, "9Ndo");
        s.review({2010, 2, 1}, c, ReviewOutcome::Upheld, "Discussed with the family; the choice stands.");
    }
    // A parent's consent for a young child, waiting for a GP before it takes effect.
    if (DemoPatient* p = pick(practice, used, [](const DemoPatient& d) { return age(d) >= 1 && age(d) <= 10; })) {
        Story(*p).choice({2010, 3, 8}, "consent-core", Submitter::Parent);
    }
}

} // namespace cd
