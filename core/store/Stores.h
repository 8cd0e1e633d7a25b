#pragma once

#include "domain/ConsentEvent.h"
#include "domain/Ledger.h"
#include "domain/Patient.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>
#include <limits>
#include <optional>

namespace cd {

class Database;

struct Practice
{
    QString code;
    QString name;
    QString regionId;
};

struct AuditEntry
{
    QDateTime at;
    QString userName;
    Role role = Role::Manager;
    QString action;       // "record-choice", "void", "init", ...
    qint64 patientId = 0; // the internal id, never the NHS number: the audit trail is for the practice's eyes
    qint64 eventId = 0;
    QString details;
};

struct MailoutBatch
{
    qint64 id = 0;
    QString programme;
    QString name;
    QDate sentOn;
    int windowDays = 84; // what its letters told patients: fixed when recorded
    // The last day of the windows it opened.
    [[nodiscard]] QDate windowLastDay() const { return sentOn.addDays(windowDays); }
};

// Thin, stateless wrappers over one table family each. Every statement is prepared once per database and
// bound, never built from values.
class PracticeStore
{
public:
    explicit PracticeStore(Database& db)
        : m_db(db)
    {}
    Result<std::optional<Practice>> practice();
    Status insert(const Practice& practice, const QDateTime& at);
    Status update(const Practice& practice); // code, name and region of the one practice
    Result<QString> setting(const QString& key, const QString& fallback = QString());
    Status setSetting(const QString& key, const QString& value);
    // The practice's rules for the Ledger, from its settings.
    Result<PracticeRules> rules();

private:
    Database& m_db;
};

class PatientStore
{
public:
    explicit PatientStore(Database& db)
        : m_db(db)
    {}
    Result<qint64> insert(const Patient& patient, const QDateTime& at);
    // The columns written for a patient (without id) and one patient's values for them.
    static const QStringList& columns();
    static QVariantList values(const Patient& patient, const QDateTime& at);
    // Replaces a known patient's details (the register import's update).
    Status update(const Patient& patient);
    Result<std::optional<Patient>> findByNhs(const QString& digits);
    // The patient with an NHS number as a person typed it: checked, then looked up; a clear error otherwise.
    Result<Patient> require(const QString& typedNhsNumber);
    Result<std::optional<Patient>> findById(qint64 id);
    Result<qint64> count();
    // Every patient, for folds over the whole list (verify, benchmarks).
    Status forEach(const std::function<void(const Patient&)>& visit);

private:
    Result<std::optional<Patient>> findOne(const QString& column, const QVariant& value);
    Database& m_db;
};

class EventStore
{
public:
    explicit EventStore(Database& db)
        : m_db(db)
    {}
    Result<qint64> append(const ConsentEvent& event);
    // The columns written for an event (without id) and one event's values for them: single and bulk inserts
    // both use these.
    static const QStringList& columns();
    static QVariantList values(const ConsentEvent& event);
    Result<QList<ConsentEvent>> forPatient(qint64 patientId);
    Result<std::optional<ConsentEvent>> findById(qint64 id);
    // Every event, grouped by patient in one pass: visit(patientId, thatPatientsEvents).
    Status forEachPatient(const std::function<void(qint64, const QList<ConsentEvent>&)>& visit);
    Result<qint64> createBatch(const MailoutBatch& batch, const QString& createdBy, const QDateTime& at);
    // The most recent mail-out of a programme on or before a date, if any.
    Result<std::optional<MailoutBatch>> latestBatch(const QString& programme, QDate onOrBefore);
    struct ChoicesOnDay
    {
        QDate date;
        QString choice;
        qint64 count = 0;
    };
    // The forms received (choice events not voided) between two dates inclusive, counted by day and choice.
    Result<QList<ChoicesOnDay>> choicesReceived(const QString& programme, QDate from, QDate to);
    // Every mail-out of a programme, oldest first (the practice's own milestones on the timeline).
    Result<QList<MailoutBatch>> batches(const QString& programme);
    // The packs each mail-out posted on or before a date sent (voided ones aside), oldest batch first.
    Result<QList<std::pair<MailoutBatch, qint64>>> packsPerBatch(const QString& programme, QDate onOrBefore);

private:
    Database& m_db;
};

// The derived state segments (see Ledger::segments).
class SegmentStore
{
public:
    struct Counts
    {
        QHash<QString, qint64> byState;
        qint64 gpReview = 0;
        qint64 awaitingCoding = 0;
        qint64 lettersReturned = 0;
        qint64 codesToCorrect = 0;
    };

    explicit SegmentStore(Database& db)
        : m_db(db)
    {}
    // Replaces the patient's segments for a programme (inside the caller's transaction).
    Status replace(qint64 patientId, const QString& programme, const QList<StateSegment>& segments);
    // Re-reads the patient and their events and rewrites their segments: for a change made outside the services'
    // own write, which already hold the events (the register import's joins and leavings, tests).
    Status rebuild(qint64 patientId, const Programme& programme);
    // Derives every patient's segments again from the ledger, inside the caller's transaction (verify --repair,
    // a change of the rules). progress(percent) may return false to stop: the caller then rolls back.
    Status rederiveAll(const Programme& programme, const std::function<bool(int percent)>& progress = {});
    // On opening: when the stored segments were derived under older Ledger rules (Ledger::kRulesVersion), derive
    // them all again in one transaction of its own.
    Status rederiveIfRulesChanged(const Programme& programme);
    // Appends segments for a patient who has none yet: the bulk path of the demo and imports.
    Status insert(qint64 patientId, const QString& programme, const QList<StateSegment>& segments);
    static const QStringList& columns();
    static QVariantList values(qint64 patientId, const QString& programme, const StateSegment& segment);
    Result<QList<StateSegment>> forPatient(qint64 patientId, const QString& programme);
    // Patients registered on the date, counted by state: a range count, whatever the list size.
    Result<Counts> countsOn(const QString& programme, QDate asOf);
    // Every segment of a programme that overlaps [from, to]: its first day and the day after its last as day
    // numbers (QDate::toJulianDay; an open end is kOpenEndDay), and the index of its state in `states` (-1 for one
    // not listed). The series' single pass over the whole list (SegmentScan.cpp).
    Status scan(const QString& programme, QDate from, QDate to, const QStringList& states,
                const std::function<void(qint64 fromDay, qint64 toDay, int state)>& visit);
    static constexpr qint64 kOpenEndDay = std::numeric_limits<qint64>::max();
    struct MixCount
    {
        int band = 0; // index of the age band: born after bandStarts[band - 1]... (see ConsentMix)
        QString sex;
        QString state;
        qint64 count = 0;
    };
    // Patients registered on the date by age band, sex and state. youngestBornAfter[i] is the earliest date of
    // birth still in band i; a patient born on or before the last is in the band after it.
    Result<QList<MixCount>> countsByBand(const QString& programme, QDate asOf, const QList<QDate>& youngestBornAfter);

private:
    Database& m_db;
};

// What the audit viewer asks for; empty fields match everything.
struct AuditFilter
{
    QString user;
    qint64 patientId = 0;
    QString action; // an action's start: "refused" finds every refusal
    QDate from;
    QDate to;
    int limit = 10000;
};

class AuditStore
{
public:
    explicit AuditStore(Database& db)
        : m_db(db)
    {}
    Status append(const AuditEntry& entry);
    // Newest first, with the patient's NHS number where the entry names a patient.
    Result<QList<std::pair<AuditEntry, QString>>> find(const AuditFilter& filter);

private:
    Database& m_db;
};

} // namespace cd
