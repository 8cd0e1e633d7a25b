#include "service/ConsentService.h"
#include "domain/TextRules.h"
#include "service/Refusal.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Stores.h"

namespace cd {
namespace {

constexpr qsizetype kMaxNoteLength = 2000;
constexpr qsizetype kMaxProxyLength = 200;

} // namespace

ConsentService::ConsentService(Database& db, const Clock& clock, const Programme& programme, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_programme(programme)
{}

Status ConsentService::checkDate(QDate date, const QString& what)
{
    if (!date.isValid()) {
        return invalid(QStringLiteral("The %1 is missing: give it as YYYY-MM-DD or DD/MM/YYYY.").arg(what));
    }
    if (date > m_clock.today()) {
        return invalid(QStringLiteral("The %1, %2, is after today (%3): a form cannot be dated in the future. Check "
                                      "the date.")
                           .arg(what, humanDate(date), humanDate(m_clock.today())));
    }
    return Done{};
}

Status ConsentService::refuse(const Actor& actor, const QString& action, qint64 patientId, const QString& why)
{
    Q_UNUSED(patientId); // the audit row of a refusal names the action, not the patient the form was for
    return cd::refuse(m_db, m_clock, actor, action, why);
}

Result<qint64> ConsentService::append(const Actor& actor, const Patient& patient, const QString& action,
                                      const Prepare& prepare)
{
    qint64 eventId = 0;
    const auto step = [this](const char* name) {
        if (m_stepHook) {
            m_stepHook(name);
        }
    };
    const Status written = m_db.write([&]() -> Status {
        // Checks that depend on the history run here, under the patient's lock: two desks acting on one patient
        // at once see each other's events instead of both passing the same check.
        if (auto locked = m_db.execDialect(dialect::lockPatient(m_db.engine()), {patient.id}); !locked) {
            return locked;
        }
        auto stored = EventStore(m_db).forPatient(patient.id);
        if (!stored) {
            return stored.error();
        }
        QList<ConsentEvent> events = std::move(stored).value();
        auto prepared = prepare(events);
        if (!prepared) {
            return prepared.error();
        }
        ConsentEvent event = std::move(prepared).value();
        event.patientId = patient.id;
        event.recordedBy = actor.user;
        event.recordedRole = actor.role;
        event.recordedAt = m_clock.recordedNow();
        auto id = EventStore(m_db).append(event);
        if (!id) {
            return id.error();
        }
        eventId = *id;
        event.id = eventId;
        step("event");
        if (auto audited = AuditStore(m_db).append(
                {event.recordedAt, actor.user, actor.role, action, patient.id, eventId, QString()});
            !audited) {
            return audited;
        }
        step("audit");
        auto rules = PracticeStore(m_db).rules();
        if (!rules) {
            return rules.error();
        }
        events.append(event);
        const auto segments = Ledger::segments(m_programme, events, patient.dateOfBirth, *rules);
        if (auto saved = SegmentStore(m_db).replace(patient.id, m_programme.id, segments); !saved) {
            return saved;
        }
        step("state");
        // Other desks hear of it when, and only if, this commits.
        return m_db.execDialect(dialect::notifyChange(m_db.engine()), {QString::number(patient.id)});
    });
    if (!written) {
        return written.error();
    }
    Q_EMIT patientChanged(patient.id);
    return eventId;
}

Result<PracticeRules> ConsentService::rules()
{
    return PracticeStore(m_db).rules();
}

Result<qint64> ConsentService::recordChoice(const Actor& actor, const RecordChoiceCommand& command)
{
    auto patient = PatientStore(m_db).require(command.nhsNumber);
    if (!patient) {
        return patient.error();
    }
    if (!allows(actor.role, Permission::RecordForms)) {
        return refuse(actor, QStringLiteral("record-choice"), patient->id,
                      QStringLiteral("Your role may not record forms."))
            .error();
    }
    if (!m_programme.choice(command.choice)) {
        return invalid(QStringLiteral("\"%1\" is not a choice: use one of %2.")
                           .arg(command.choice, m_programme.choiceKeys().join(QStringLiteral(", "))));
    }
    if (command.channel == Channel::ClinicalSystem) {
        // Only a reconciliation that found the code may say a choice came from the clinical system.
        return invalid(QStringLiteral("A form arrives by post, at the desk, from a mail house or by email. A choice "
                                      "coded in the clinical system is recorded from a reconciliation (reconcile "
                                      "--record-not-on-desk)."));
    }
    if (auto ok = checkDate(command.received, QStringLiteral("date received")); !ok) {
        return ok.error();
    }
    const QDate signedOn = command.signedOn.isValid() ? command.signedOn : command.received;
    if (signedOn > command.received) {
        return invalid(QStringLiteral("The form is signed on %1, after it was received (%2): check both dates.")
                           .arg(humanDate(signedOn), humanDate(command.received)));
    }
    if (signedOn < patient->dateOfBirth) {
        return invalid(QStringLiteral("The date %1 is before the patient's date of birth (%2): check the date on the "
                                      "form and that it is this patient's form.")
                           .arg(humanDate(signedOn), humanDate(patient->dateOfBirth)));
    }
    // Parental responsibility ends at 16 (DOMAIN.md 2.5): an adult's choice is theirs, or an attorney's or a
    // court-appointed deputy's when they lack capacity.
    if (command.submittedBy == Submitter::Parent && ageOn(patient->dateOfBirth, signedOn) >= 16) {
        return invalid(QStringLiteral("The patient was %1 on %2, the day the form was signed: a parent cannot choose "
                                      "for someone aged 16 or over. The patient chooses; if they lack capacity, an "
                                      "attorney (health and welfare LPA) or a court-appointed deputy can choose for "
                                      "them (--by attorney or --by deputy).")
                           .arg(ageOn(patient->dateOfBirth, signedOn))
                           .arg(humanDate(signedOn)));
    }
    const QString proxyName = command.proxyName.simplified();
    const QString proxyRelationship = command.proxyRelationship.simplified();
    if (command.submittedBy == Submitter::Patient && (!proxyName.isEmpty() || !proxyRelationship.isEmpty())) {
        return invalid(QStringLiteral("The form is the patient's own, so it has no proxy: leave the proxy's name and "
                                      "relationship out, or say who submitted it (--by parent, attorney or deputy)."));
    }
    for (const QString& field : {proxyName, proxyRelationship}) {
        if (field.size() > kMaxProxyLength) {
            return invalid(
                QStringLiteral("The proxy's name and relationship are %1 characters at most.").arg(kMaxProxyLength));
        }
    }
    for (const auto& [what, text] : {std::pair{QStringLiteral("proxy's name"), proxyName},
                                     std::pair{QStringLiteral("proxy's relationship"), proxyRelationship},
                                     std::pair{QStringLiteral("note"), command.note}}) {
        if (const QString problem = hidingCharacterProblem(what, text); !problem.isEmpty()) {
            return invalid(problem);
        }
    }
    if (command.note.size() > kMaxNoteLength) {
        return invalid(QStringLiteral("The note is %1 characters long: keep it under %2 (scan the form instead).")
                           .arg(command.note.size())
                           .arg(kMaxNoteLength));
    }
    ConsentEvent e;
    e.type = EventType::Choice;
    e.programme = m_programme.id;
    e.date = command.received;
    e.signedOn = signedOn;
    e.choice = command.choice;
    e.submittedBy = command.submittedBy;
    e.proxyName = proxyName;
    e.proxyRelationship = proxyRelationship;
    e.channel = command.channel;
    e.identityChecked = command.identityChecked;
    e.signaturePresent = command.signaturePresent;
    e.note = command.note.trimmed();
    return append(actor, *patient, QStringLiteral("record-choice"),
                  [&](const QList<ConsentEvent>&) -> Result<ConsentEvent> { return e; });
}

Result<qint64> ConsentService::recordLetterReturned(const Actor& actor, const QString& nhsNumber, QDate date)
{
    auto patient = PatientStore(m_db).require(nhsNumber);
    if (!patient) {
        return patient.error();
    }
    if (auto ok = checkDate(date, QStringLiteral("date the letter came back")); !ok) {
        return ok.error();
    }
    return append(actor, *patient, QStringLiteral("letter-returned"),
                  [&](const QList<ConsentEvent>& events) -> Result<ConsentEvent> {
                      const QSet<qint64> voided = Ledger::voidedIds(events);
                      const ConsentEvent* pack = nullptr;
                      for (const auto& e : events) {
                          if (e.type == EventType::PackSent && e.programme == m_programme.id && e.date <= date &&
                              !voided.contains(e.id) && (!pack || Ledger::laterThan(e, *pack))) {
                              pack = &e;
                          }
                      }
                      if (!pack) {
                          return Error{ErrorKind::Conflict,
                                       QStringLiteral("No information pack was sent to this patient on or before %1, "
                                                      "so no letter can have come back. Check the date.")
                                           .arg(humanDate(date))};
                      }
                      for (const auto& e : events) {
                          if (e.type == EventType::LetterReturned && e.targetEventId == pack->id &&
                              !voided.contains(e.id)) {
                              return Error{ErrorKind::Conflict,
                                           QStringLiteral("The pack sent on %1 is already recorded as returned "
                                                          "(event %2).")
                                               .arg(humanDate(pack->date))
                                               .arg(e.id)};
                          }
                      }
                      ConsentEvent e;
                      e.type = EventType::LetterReturned;
                      e.programme = m_programme.id;
                      e.date = date;
                      e.targetEventId = pack->id;
                      return e;
                  });
}

namespace {

// A Read code exactly as the programme spells it, or why not (a code in the wrong case names the right one).
Status checkReadCode(const Programme& programme, const QString& code)
{
    if (programme.choiceForReadCode(code)) {
        return Done{};
    }
    if (const QString spelt = programme.spellingOf(code); !spelt.isEmpty()) {
        return invalid(QStringLiteral("\"%1\" is not spelt as the code is: Read codes are case-sensitive. Did you mean "
                                      "%2?")
                           .arg(code, spelt));
    }
    return invalid(QStringLiteral("\"%1\" is not a code for a recorded choice: use %2.")
                       .arg(code, programme.choiceCodes().join(QStringLiteral(", "))));
}

} // namespace

Result<qint64> ConsentService::markCoded(const Actor& actor, const QString& nhsNumber, const QString& readCode,
                                         QDate date)
{
    auto patient = PatientStore(m_db).require(nhsNumber);
    if (!patient) {
        return patient.error();
    }
    if (auto ok = checkDate(date, QStringLiteral("date coded")); !ok) {
        return ok.error();
    }
    const QString code = readCode.trimmed();
    if (auto ok = checkReadCode(m_programme, code); !ok) {
        return ok.error();
    }
    const ChoiceDefinition* coded = m_programme.choiceForReadCode(code);
    auto practiceRules = rules();
    if (!practiceRules) {
        return practiceRules.error();
    }
    return append(actor, *patient, QStringLiteral("coded"),
                  [&](const QList<ConsentEvent>& events) -> Result<ConsentEvent> {
                      // Only the choice the ledger holds current today may be coded: never a superseded, voided,
                      // overridden or still-pending one (rule 1 of the clinical-safety rules).
                      const PatientState state =
                          Ledger::fold(m_programme, events, patient->dateOfBirth, m_clock.today(), *practiceRules);
                      const ConsentEvent* current = findEvent(events, state.currentChoiceId);
                      if (!current) {
                          const ConsentEvent* pending = findEvent(events, state.pendingChoiceId);
                          return Error{ErrorKind::Conflict,
                                       pending ? QStringLiteral("Nothing is waiting to be coded: the consent received "
                                                                "%1 waits for a GP's review, and is coded only once a "
                                                                "GP upholds it.")
                                                     .arg(humanDate(pending->date))
                                               : QStringLiteral("Nothing is waiting to be coded: this patient has no "
                                                                "current choice (%1).")
                                                     .arg(m_programme.stateLabel(state.state).toLower())};
                      }
                      const ChoiceDefinition* expected = m_programme.choice(current->choice);
                      const QString label = expected ? expected->label : current->choice;
                      const QString expectedCode = expected ? expected->readCode : QString();
                      if (!state.awaitingCoding) {
                          return Error{ErrorKind::Conflict,
                                       QStringLiteral("Nothing is waiting to be coded: the current choice, \"%1\" "
                                                      "(%2, received %3), is already marked coded.")
                                           .arg(label, expectedCode, humanDate(current->date))};
                      }
                      if (expected != coded) {
                          return Error{ErrorKind::Conflict,
                                       QStringLiteral("The current choice is \"%1\" (%2, received %3), but %4 records "
                                                      "\"%5\". Key %2 in the clinical system, or check that this is "
                                                      "the right patient.")
                                           .arg(label, expectedCode, humanDate(current->date), code, coded->label)};
                      }
                      if (date < current->date) {
                          return invalid(QStringLiteral("The date coded, %1, is before the form was received (%2): "
                                                        "check the date.")
                                             .arg(humanDate(date), humanDate(current->date)));
                      }
                      ConsentEvent e;
                      e.type = EventType::Coded;
                      e.programme = m_programme.id;
                      e.date = date;
                      e.readCode = code;
                      e.targetEventId = current->id;
                      return e;
                  });
}

Result<qint64> ConsentService::recordCodeRemoved(const Actor& actor, const QString& nhsNumber, const QString& readCode,
                                                 QDate date)
{
    if (!allows(actor.role, Permission::ReviewChoices)) {
        return refuse(actor, QStringLiteral("code-removed"), 0,
                      QStringLiteral("Only a GP or a manager may record that a code was taken out of the clinical "
                                     "record."))
            .error();
    }
    auto patient = PatientStore(m_db).require(nhsNumber);
    if (!patient) {
        return patient.error();
    }
    if (auto ok = checkDate(date, QStringLiteral("date the code was removed")); !ok) {
        return ok.error();
    }
    const QString code = readCode.trimmed();
    if (auto ok = checkReadCode(m_programme, code); !ok) {
        return ok.error();
    }
    auto practiceRules = rules();
    if (!practiceRules) {
        return practiceRules.error();
    }
    return append(
        actor, *patient, QStringLiteral("code-removed"),
        [&](const QList<ConsentEvent>& events) -> Result<ConsentEvent> {
            const PatientState state =
                Ledger::fold(m_programme, events, patient->dateOfBirth, m_clock.today(), *practiceRules);
            if (state.codesToCorrect.isEmpty()) {
                return Error{ErrorKind::Conflict, QStringLiteral("Nothing to correct: this patient has no code to take "
                                                                 "out of the clinical record.")};
            }
            // The latest-keyed entry with that code first: it is the one the clinical system shows as current.
            const CodeToCorrect* item = nullptr;
            QStringList listed;
            for (const CodeToCorrect& c : state.codesToCorrect) {
                listed << QStringLiteral("%1 (coded %2)").arg(c.readCode, humanDate(c.codedOn));
                if (c.readCode == code && (!item || c.codedOn >= item->codedOn)) {
                    item = &c;
                }
            }
            if (!item) {
                return Error{ErrorKind::Conflict, QStringLiteral("%1 is not a code to correct for this patient: the "
                                                                 "codes to take out are %2.")
                                                      .arg(code, listed.join(QStringLiteral(", ")))};
            }
            if (date < item->codedOn) {
                return invalid(
                    QStringLiteral("The date removed, %1, is before the code was keyed (%2): check the date.")
                        .arg(humanDate(date), humanDate(item->codedOn)));
            }
            ConsentEvent e;
            e.type = EventType::CodeRemoved;
            e.programme = m_programme.id;
            e.date = date;
            e.readCode = code;
            e.targetEventId = item->codedEventId;
            return e;
        });
}

Result<qint64> ConsentService::recordReview(const Actor& actor, const QString& nhsNumber, ReviewOutcome outcome,
                                            const QString& reason, qint64 expectedChoiceId)
{
    // The role first: a refused command is refused whatever its input (and the refusal audited).
    if (!allows(actor.role, Permission::ReviewChoices)) {
        return refuse(actor, QStringLiteral("gp-review"), 0,
                      QStringLiteral("Only a clinician or a manager may record a GP review."))
            .error();
    }
    auto patient = PatientStore(m_db).require(nhsNumber);
    if (!patient) {
        return patient.error();
    }
    if (reason.trimmed().isEmpty()) {
        return invalid(QStringLiteral("Give the reason for the review's outcome (--reason)."));
    }
    if (const QString problem = hidingCharacterProblem(QStringLiteral("reason"), reason); !problem.isEmpty()) {
        return invalid(problem);
    }
    auto practiceRules = rules();
    if (!practiceRules) {
        return practiceRules.error();
    }
    return append(
        actor, *patient, QStringLiteral("gp-review"), [&](const QList<ConsentEvent>& events) -> Result<ConsentEvent> {
            const PatientState state =
                Ledger::fold(m_programme, events, patient->dateOfBirth, m_clock.today(), *practiceRules);
            if (!state.gpReview) {
                return Error{ErrorKind::Conflict,
                             QStringLiteral("This patient has no choice waiting for a GP review.")};
            }
            if (expectedChoiceId != 0 && state.reviewChoiceId != expectedChoiceId) {
                // Another desk recorded a newer choice since the GP's list was read: never decide on one unseen.
                return Error{ErrorKind::Conflict,
                             QStringLiteral("A newer choice has been recorded for this patient since the list was "
                                            "read: look at the patient again before deciding.")};
            }
            ConsentEvent e;
            e.type = EventType::GpReview;
            e.programme = m_programme.id;
            e.date = m_clock.today();
            e.outcome = outcome;
            e.reason = reason.trimmed();
            e.targetEventId = state.reviewChoiceId;
            return e;
        });
}

Result<qint64> ConsentService::voidEvent(const Actor& actor, qint64 eventId, const QString& reason)
{
    if (!allows(actor.role, Permission::VoidEvents)) {
        return refuse(actor, QStringLiteral("void"), 0, QStringLiteral("Only a manager may void an event.")).error();
    }
    auto target = EventStore(m_db).findById(eventId);
    if (!target) {
        return target.error();
    }
    if (!target->has_value()) {
        return Error{ErrorKind::NotFound, QStringLiteral("There is no event %1: check the id in the patient's history "
                                                         "('status --nhs N').")
                                              .arg(eventId)};
    }
    const ConsentEvent t = **target;
    if (reason.trimmed().isEmpty()) {
        return invalid(QStringLiteral("Give the reason the event is void (--reason): it stays in the history."));
    }
    if (const QString problem = hidingCharacterProblem(QStringLiteral("reason"), reason); !problem.isEmpty()) {
        return invalid(problem);
    }
    if (t.type == EventType::Void) {
        return Error{ErrorKind::Conflict, QStringLiteral("Event %1 is itself a void: record the original again "
                                                         "instead of voiding the void.")
                                              .arg(eventId)};
    }
    auto patient = PatientStore(m_db).findById(t.patientId);
    if (!patient || !patient->has_value()) {
        return patient ? Error{ErrorKind::NotFound, QStringLiteral("The event's patient is missing.")}
                       : patient.error();
    }
    return append(actor, **patient, QStringLiteral("void"),
                  [&](const QList<ConsentEvent>& events) -> Result<ConsentEvent> {
                      if (Ledger::voidedIds(events).contains(eventId)) {
                          return Error{ErrorKind::Conflict, QStringLiteral("Event %1 is already void.").arg(eventId)};
                      }
                      ConsentEvent e;
                      e.type = EventType::Void;
                      e.programme = t.programme;
                      e.date = m_clock.today();
                      e.reason = reason.trimmed();
                      e.targetEventId = eventId;
                      return e;
                  });
}

} // namespace cd
