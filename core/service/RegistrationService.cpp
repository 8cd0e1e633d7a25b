#include "service/RegistrationService.h"
#include "domain/TextRules.h"
#include "service/Refusal.h"

#include "domain/Dates.h"
#include "domain/Ledger.h"
#include "domain/NhsNumber.h"
#include "domain/Programme.h"
#include "register/RegisterRows.h"
#include "store/Database.h"
#include "store/Dialect.h"
#include "store/Stores.h"

namespace cd {
namespace {

constexpr qsizetype kMaxNameLength = 100;
constexpr qsizetype kMaxAddressLength = 300;
constexpr int kOldestAge = 125;

// Control characters (a scanner's tab or carriage return) and direction overrides are never part of a name or an
// address (domain/TextRules.h).
bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return true;
        }
    }
    return !hidingCharacterProblem(QString(), text).isEmpty();
}

Status checkName(const QString& name, const QString& what, bool required)
{
    if (name.isEmpty()) {
        return required ? Status(invalid(QStringLiteral("The %1 is missing: type it as on the form.").arg(what)))
                        : Status(Done{});
    }
    if (name.size() > kMaxNameLength) {
        return invalid(
            QStringLiteral("The %1 is longer than %2 characters: check what was typed.").arg(what).arg(kMaxNameLength));
    }
    for (const QChar c : name) {
        if (c.isDigit()) {
            return invalid(QStringLiteral("The %1 has a digit in it: was a number typed or scanned into it? Type "
                                          "the name as on the form.")
                               .arg(what));
        }
    }
    if (hasControlCharacter(name)) {
        return invalid(QStringLiteral("The %1 has a character that cannot be printed: type it again.").arg(what));
    }
    return Done{};
}

// A UK postcode as people type it: "ls1 4ap" -> "LS1 4AP". Empty is allowed (no fixed abode).
Result<QString> tidyPostcode(const QString& typed)
{
    QString compact = typed.simplified().remove(u' ').toUpper();
    if (compact.isEmpty()) {
        return QString();
    }
    const bool shapeOk = compact.size() >= 5 && compact.size() <= 7 && compact.at(0).isLetter() &&
                         compact.at(compact.size() - 3).isDigit() && compact.at(compact.size() - 2).isLetter() &&
                         compact.at(compact.size() - 1).isLetter();
    bool asciiOnly = true;
    for (const QChar c : compact) {
        asciiOnly = asciiOnly && c.unicode() < 128 && c.isLetterOrNumber();
    }
    if (!shapeOk || !asciiOnly) {
        return invalid(QStringLiteral("The postcode \"%1\" is not a UK postcode (like LS1 4AP): check it, or leave it "
                                      "empty for no fixed abode.")
                           .arg(typed.trimmed()));
    }
    return compact.left(compact.size() - 3) + u' ' + compact.right(3);
}

} // namespace

RegistrationService::RegistrationService(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

Result<Patient> RegistrationService::checked(const NewPatientCommand& command) const
{
    auto nhs = NhsNumber::parse(command.nhsNumber);
    if (!nhs) {
        return nhs.error();
    }
    Patient p;
    p.nhsNumber = nhs->digits();
    p.title = command.title.simplified();
    p.givenName = command.givenName.simplified();
    p.familyName = command.familyName.simplified();
    for (const Status& s : {checkName(p.familyName, QStringLiteral("surname"), true),
                            checkName(p.givenName, QStringLiteral("first name"), true),
                            checkName(p.title, QStringLiteral("title"), false)}) {
        if (!s) {
            return s.error();
        }
    }
    const QDate today = m_clock.today();
    if (!command.dateOfBirth.isValid()) {
        return invalid(QStringLiteral("The date of birth is missing: type it as dd/mm/yyyy."));
    }
    if (command.dateOfBirth > today) {
        return invalid(
            QStringLiteral("The date of birth, %1, is after today: check it.").arg(humanDate(command.dateOfBirth)));
    }
    if (command.dateOfBirth < today.addYears(-kOldestAge)) {
        return invalid(QStringLiteral("The date of birth, %1, would make them over %2: check the year.")
                           .arg(humanDate(command.dateOfBirth))
                           .arg(kOldestAge));
    }
    p.dateOfBirth = command.dateOfBirth;
    const auto sex = parseSex(command.sex);
    if (!sex) {
        return invalid(QStringLiteral("The sex \"%1\" is not one of M, F, U (unknown) or I (indeterminate).")
                           .arg(command.sex.trimmed()));
    }
    p.sex = *sex;
    p.address = command.address.simplified();
    if (p.address.size() > kMaxAddressLength || hasControlCharacter(p.address)) {
        return invalid(QStringLiteral("The address is longer than %1 characters or has a character that cannot be "
                                      "printed: check it.")
                           .arg(kMaxAddressLength));
    }
    auto postcode = tidyPostcode(command.postcode);
    if (!postcode) {
        return postcode.error();
    }
    p.postcode = *postcode;
    if (!command.registeredOn.isValid()) {
        return invalid(QStringLiteral("The registration date is missing: type it as dd/mm/yyyy."));
    }
    if (command.registeredOn > today) {
        return invalid(QStringLiteral("The registration date, %1, is after today (%2): register them on the day they "
                                      "join.")
                           .arg(humanDate(command.registeredOn), humanDate(today)));
    }
    if (command.registeredOn < command.dateOfBirth) {
        return invalid(QStringLiteral("The registration date, %1, is before the date of birth, %2: check both.")
                           .arg(humanDate(command.registeredOn), humanDate(command.dateOfBirth)));
    }
    return p;
}

Result<std::optional<Patient>> RegistrationService::known(const QString& nhsDigits) const
{
    return PatientStore(m_db).findByNhs(nhsDigits);
}

Result<RegisteredPatient> RegistrationService::registerPatient(const Actor& actor, const NewPatientCommand& command)
{
    if (!allows(actor.role, Permission::RegisterPatients)) {
        return refuse(m_db, m_clock, actor, QStringLiteral("register-patient"),
                      QStringLiteral("Only a practice manager may register a patient (the register import brings "
                                     "everyone else on to the list)."));
    }
    auto patient = checked(command);
    if (!patient) {
        return patient.error();
    }
    RegisteredPatient done;
    done.patient = *patient;
    const Status written = m_db.write([&]() -> Status {
        auto rules = PracticeStore(m_db).rules();
        if (!rules) {
            return rules.error();
        }
        const QDateTime at = m_clock.recordedNow();
        auto known = PatientStore(m_db).findByNhs(patient->nhsNumber);
        if (!known) {
            return known.error();
        }
        QList<ConsentEvent> history;
        QStringList changes; // a returning patient's details as they were and are, for the audit
        if (known->has_value()) {
            const Patient& was = **known;
            if (auto locked = m_db.execDialect(dialect::lockPatient(m_db.engine()), {was.id}); !locked) {
                return locked;
            }
            auto stored = EventStore(m_db).forPatient(was.id);
            if (!stored) {
                return stored.error();
            }
            history = *stored;
            const PatientState now = Ledger::fold(Programme::scr(), history, was.dateOfBirth, m_clock.today(), *rules);
            if (now.registered) {
                return Error{
                    ErrorKind::Conflict,
                    QStringLiteral("NHS number %1 is already on the list (%2, born %3): find them at the desk "
                                   "instead of registering them again.")
                        .arg(NhsNumber::display(was.nhsNumber), was.displayName(), humanDate(was.dateOfBirth))};
            }
            if (was.dateOfBirth != patient->dateOfBirth) {
                // A former patient's number with another birth date: far likelier a mistyped number than a new person.
                return Error{ErrorKind::Conflict,
                             QStringLiteral("NHS number %1 belongs to a former patient with another date of birth. "
                                            "Check the number against the form: nothing was saved.")
                                 .arg(NhsNumber::display(was.nhsNumber))};
            }
            QDate lastLeft;
            for (const ConsentEvent& e : history) {
                if (e.type == EventType::Left && (!lastLeft.isValid() || e.date > lastLeft)) {
                    lastLeft = e.date;
                }
            }
            if (lastLeft.isValid() && command.registeredOn < lastLeft) {
                return invalid(QStringLiteral("They left the practice on %1: a new registration is on or after that "
                                              "day.")
                                   .arg(humanDate(lastLeft)));
            }
            done.patient.id = was.id;
            done.returning = true;
            changes = patientDifferences(was, done.patient);
            if (auto updated = PatientStore(m_db).update(done.patient); !updated) {
                return updated;
            }
        } else {
            auto id = PatientStore(m_db).insert(done.patient, at);
            if (!id) {
                return id.error();
            }
            done.patient.id = *id;
        }
        ConsentEvent joined;
        joined.type = EventType::Registered;
        joined.date = command.registeredOn;
        joined.channel = Channel::Desk; // the import keeps a desk registration while the export catches up
        joined.patientId = done.patient.id;
        joined.recordedBy = actor.user;
        joined.recordedRole = actor.role;
        joined.recordedAt = at;
        auto eventId = EventStore(m_db).append(joined);
        if (!eventId) {
            return eventId.error();
        }
        done.eventId = *eventId;
        if (auto audited = AuditStore(m_db).append(
                {at, actor.user, actor.role, QStringLiteral("register-patient"), done.patient.id, done.eventId,
                 done.returning ? QStringLiteral("returning patient; %1")
                                      .arg(changes.isEmpty() ? QStringLiteral("details unchanged")
                                                             : changes.join(QStringLiteral("; ")))
                                : QStringLiteral("new patient")});
            !audited) {
            return audited;
        }
        if (auto rebuilt = SegmentStore(m_db).rebuild(done.patient.id, Programme::scr()); !rebuilt) {
            return rebuilt;
        }
        return m_db.execDialect(dialect::notifyChange(m_db.engine()), {QString::number(done.patient.id)});
    });
    if (!written) {
        return written.error();
    }
    Q_EMIT patientChanged(done.patient.id);
    return done;
}

} // namespace cd
