#include "service/PatientRecord.h"

#include "domain/Dates.h"
#include "domain/NhsNumber.h"
#include "store/Database.h"
#include "store/Stores.h"

#include <QJsonArray>

namespace cd {
Result<PatientRecord> PatientRecord::load(Database& db, const Programme& programme, const QString& nhsNumber,
                                          QDate asOf)
{
    auto found = PatientStore(db).require(nhsNumber);
    if (!found) {
        return found.error();
    }
    auto events = EventStore(db).forPatient(found->id);
    auto rules = PracticeStore(db).rules();
    if (!events || !rules) {
        return events ? rules.error() : events.error();
    }
    PatientRecord r;
    r.patient = *found;
    r.asOf = asOf;
    r.state = Ledger::fold(programme, *events, r.patient.dateOfBirth, asOf, *rules);
    for (const auto& e : *events) {
        if (e.type == EventType::Void) {
            r.voided.insert(e.targetEventId);
            r.voidReasons.insert(e.targetEventId, e.reason);
        }
        if (e.date <= asOf) {
            r.history.append(e);
        }
    }
    return r;
}

QString PatientRecord::summary(const Programme& programme) const
{
    QStringList parts;
    if (!state.registered) {
        parts << QStringLiteral("Not registered with the practice on %1.").arg(humanDate(asOf));
    }
    const ConsentEvent* pack = findEvent(history, state.packEventId);
    if (const ConsentEvent* choice = findEvent(history, state.currentChoiceId)) {
        const ChoiceDefinition* def = programme.choice(choice->choice);
        QString sentence =
            QStringLiteral("%1 on %2 by %3")
                .arg(def ? def->label : choice->choice, humanDate(choice->date), describe(choice->submittedBy));
        const ConsentEvent* coding = nullptr;
        for (const auto& e : history) {
            if (e.type == EventType::Coded && e.targetEventId == choice->id && !voided.contains(e.id)) {
                coding = &e;
            }
        }
        if (coding) {
            sentence += QStringLiteral("; coded %1 on %2 by %3.")
                            .arg(coding->readCode, humanDate(coding->date), coding->recordedBy);
        } else {
            sentence +=
                QStringLiteral("; not yet coded in the clinical system (%1).").arg(def ? def->readCode : QString());
        }
        parts << sentence;
    } else if (state.state == kNotInformed) {
        if (state.letterReturned && pack) {
            parts << QStringLiteral("Not informed: the pack sent on %1 came back undelivered.")
                         .arg(humanDate(pack->date));
        } else {
            parts << QStringLiteral("Not informed: no information pack has been sent.");
        }
    } else if (state.state == kInWindow) {
        parts << QStringLiteral("In the opt-out window: pack sent on %1; the window closes on %2 (%3).")
                     .arg(humanDate(pack ? pack->date : QDate()), humanDate(state.windowLastDay),
                          state.windowDaysLeft == 0 ? QStringLiteral("today is the last day")
                                                    : QStringLiteral("%1 days left").arg(state.windowDaysLeft));
    } else {
        parts << QStringLiteral("%1: no choice recorded%2.")
                     .arg(programme.stateLabel(state.state),
                          pack ? QStringLiteral(" by the end of the window on %1").arg(humanDate(state.windowLastDay))
                               : QString());
    }
    if (const ConsentEvent* pending = findEvent(history, state.pendingChoiceId)) {
        const ChoiceDefinition* def = programme.choice(pending->choice);
        parts << QStringLiteral("%1 received %2 from %3 takes effect only once a GP upholds it.")
                     .arg(def ? def->label : pending->choice, humanDate(pending->date), describe(pending->submittedBy));
    }
    if (state.gpReview) {
        parts << QStringLiteral("Waiting for a GP's review: %1.").arg(describe(state.reviewReason));
    }
    for (const CodeToCorrect& c : state.codesToCorrect) {
        parts << QStringLiteral("Code to take out of the clinical record: %1, keyed %2 for a choice since %3.")
                     .arg(c.readCode, humanDate(c.codedOn),
                          c.why == CodeToCorrect::Why::Voided ? QStringLiteral("voided")
                                                              : QStringLiteral("overridden by a GP"));
    }
    return parts.join(u' ');
}

namespace {

// "a person with parental responsibility (Mary Smith, mother)": who submitted a form, named when the form names them.
QString submitterWords(const ConsentEvent& e)
{
    QStringList named;
    for (const QString& part : {e.proxyName, e.proxyRelationship}) {
        if (!part.isEmpty()) {
            named << part;
        }
    }
    return named.isEmpty() ? describe(e.submittedBy)
                           : QStringLiteral("%1 (%2)").arg(describe(e.submittedBy), named.join(QStringLiteral(", ")));
}

} // namespace

QString PatientRecord::describeEvent(const ConsentEvent& e)
{
    switch (e.type) {
    case EventType::Registered:
        return e.channel == Channel::Desk ? QStringLiteral("registered with the practice, at the desk")
                                          : QStringLiteral("registered with the practice");
    case EventType::Left:
        return QStringLiteral("left the practice");
    case EventType::PackSent:
        return QStringLiteral("information pack sent%1 (batch %2, window %3 days)")
            .arg(e.addressedToParent ? QStringLiteral(" to the parent or guardian") : QString())
            .arg(e.batchId)
            .arg(e.windowDays);
    case EventType::LetterReturned:
        return QStringLiteral("pack returned undelivered (pack #%1)").arg(e.targetEventId);
    case EventType::Choice:
        return QStringLiteral("%1 from %2, %3%4; identity %5, signature %6%7")
            .arg(e.choice, submitterWords(e), describe(e.channel),
                 e.signedOn.isValid() && e.signedOn != e.date ? QStringLiteral(", signed %1").arg(isoDate(e.signedOn))
                                                              : QString(),
                 e.identityChecked ? QStringLiteral("checked") : QStringLiteral("not checked"),
                 e.signaturePresent ? QStringLiteral("present") : QStringLiteral("missing"),
                 e.note.isEmpty() ? QString() : QStringLiteral("; note: %1").arg(e.note));
    case EventType::Coded:
        return QStringLiteral("coded %1 in the clinical system (choice #%2)").arg(e.readCode).arg(e.targetEventId);
    case EventType::GpReview:
        return QStringLiteral("GP review: %1 (choice #%2): %3")
            .arg(toString(e.outcome))
            .arg(e.targetEventId)
            .arg(e.reason);
    case EventType::Void:
        return QStringLiteral("void of #%1: %2").arg(e.targetEventId).arg(e.reason);
    case EventType::CodeRemoved:
        return QStringLiteral("code %1 taken out of the clinical record (coding #%2)")
            .arg(e.readCode)
            .arg(e.targetEventId);
    }
    return QString();
}

QJsonObject PatientRecord::toJson(const Programme& programme) const
{
    QJsonObject o;
    o.insert(QStringLiteral("nhs"), patient.nhsNumber);
    o.insert(QStringLiteral("name"), patient.displayName());
    o.insert(QStringLiteral("date_of_birth"), isoDate(patient.dateOfBirth));
    o.insert(QStringLiteral("sex"), patient.sex);
    o.insert(QStringLiteral("as_of"), isoDate(asOf));
    o.insert(QStringLiteral("registered"), state.registered);
    o.insert(QStringLiteral("state"), state.state);
    o.insert(QStringLiteral("state_label"), programme.stateLabel(state.state));
    if (state.state == kInWindow) {
        o.insert(QStringLiteral("window_days_left"), state.windowDaysLeft);
    }
    if (state.windowLastDay.isValid()) {
        o.insert(QStringLiteral("window_last_day"), isoDate(state.windowLastDay));
    }
    o.insert(QStringLiteral("gp_review"), state.gpReview);
    if (state.gpReview) {
        o.insert(QStringLiteral("gp_review_reason"), toString(state.reviewReason));
    }
    if (state.pendingChoiceId != 0) {
        o.insert(QStringLiteral("pending_choice_id"), state.pendingChoiceId);
    }
    QJsonArray corrections;
    for (const CodeToCorrect& c : state.codesToCorrect) {
        corrections.append(QJsonObject{{QStringLiteral("code"), c.readCode},
                                       {QStringLiteral("coded_on"), isoDate(c.codedOn)},
                                       {QStringLiteral("reason"), toString(c.why)},
                                       {QStringLiteral("event_id"), c.choiceEventId},
                                       {QStringLiteral("coded_event_id"), c.codedEventId}});
    }
    o.insert(QStringLiteral("codes_to_correct"), corrections);
    o.insert(QStringLiteral("awaiting_coding"), state.awaitingCoding);
    o.insert(QStringLiteral("letter_returned"), state.letterReturned);
    o.insert(QStringLiteral("summary"), summary(programme));
    QJsonArray rows;
    for (const auto& e : history) {
        QJsonObject h;
        h.insert(QStringLiteral("id"), e.id);
        h.insert(QStringLiteral("type"), toString(e.type));
        h.insert(QStringLiteral("date"), isoDate(e.date));
        if (!e.programme.isEmpty()) {
            h.insert(QStringLiteral("programme"), e.programme);
        }
        switch (e.type) {
        case EventType::Choice: {
            h.insert(QStringLiteral("choice"), e.choice);
            if (const ChoiceDefinition* def = programme.choice(e.choice)) {
                h.insert(QStringLiteral("read_code"), def->readCode);
            }
            h.insert(QStringLiteral("submitted_by"), toString(e.submittedBy));
            if (!e.proxyName.isEmpty()) {
                h.insert(QStringLiteral("proxy_name"), e.proxyName);
            }
            if (!e.proxyRelationship.isEmpty()) {
                h.insert(QStringLiteral("proxy_relationship"), e.proxyRelationship);
            }
            h.insert(QStringLiteral("channel"), toString(e.channel));
            h.insert(QStringLiteral("identity_checked"), e.identityChecked);
            h.insert(QStringLiteral("signature_present"), e.signaturePresent);
            h.insert(QStringLiteral("signed_on"), isoDate(e.signedDate()));
            if (!e.note.isEmpty()) {
                h.insert(QStringLiteral("note"), e.note);
            }
            break;
        }
        case EventType::PackSent:
            h.insert(QStringLiteral("batch_id"), e.batchId);
            h.insert(QStringLiteral("addressed_to"),
                     e.addressedToParent ? QStringLiteral("parent") : QStringLiteral("patient"));
            h.insert(QStringLiteral("window_days"), e.windowDays);
            break;
        case EventType::Coded:
        case EventType::CodeRemoved:
            h.insert(QStringLiteral("read_code"), e.readCode);
            break;
        case EventType::GpReview:
            h.insert(QStringLiteral("outcome"), toString(e.outcome));
            break;
        default:
            break;
        }
        if (e.targetEventId != 0) {
            h.insert(QStringLiteral("target_event_id"), e.targetEventId);
        }
        if (!e.reason.isEmpty()) {
            h.insert(QStringLiteral("reason"), e.reason);
        }
        h.insert(QStringLiteral("recorded_by"), e.recordedBy);
        h.insert(QStringLiteral("recorded_role"), toString(e.recordedRole));
        h.insert(QStringLiteral("recorded_at"), isoDateTime(e.recordedAt));
        h.insert(QStringLiteral("voided"), voided.contains(e.id));
        if (voided.contains(e.id)) {
            h.insert(QStringLiteral("void_reason"), voidReasons.value(e.id));
        }
        rows.append(h);
    }
    o.insert(QStringLiteral("history"), rows);
    return o;
}

} // namespace cd
