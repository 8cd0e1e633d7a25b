#pragma once

#include "domain/Clock.h"
#include "service/Actor.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <map>
#include <memory>

namespace cd::test {

// A fresh database file in a temporary folder, set up as a small practice, with a clock fixed in 2010.
class TestDatabase
{
public:
    TestDatabase();
    explicit TestDatabase(bool initialisePractice);

    Database& db() { return *m_db; }
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("practice.sqlite")); }
    [[nodiscard]] const QTemporaryDir& dir() const { return m_dir; }
    FixedClock& clock() { return m_clock; }
    void reopen();
    void close() { m_db.reset(); }

    // Adds a registered patient (registered 2000-01-01) and returns the internal id.
    qint64 addPatient(const QString& nhs, QDate dateOfBirth, QDate registered = QDate(2000, 1, 1));
    // Sends an information pack to the patient on the date (through the store, as the mail-out would).
    qint64 sendPack(qint64 patientId, QDate date);
    // Row counts of every table that a refused command must leave alone.
    std::map<QString, qint64> rowCounts();

    static Actor manager() { return {QStringLiteral("m.manager"), Role::Manager}; }
    static Actor reception() { return {QStringLiteral("r.reception"), Role::Reception}; }
    static Actor clinician() { return {QStringLiteral("dr.gp"), Role::Clinician}; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2010, 3, 15), QTime(10, 0))};
};

} // namespace cd::test
