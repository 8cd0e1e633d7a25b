// The practice server enforces who may do what (issue #18): each person is a login of their own, in one of the
// practice's group roles, and plain SQL through psql gets no further than the desk would. Label pg: these need the
// throwaway server (CONSENTDESK_TEST_PG).
#include "TestDatabase.h"

#include "domain/Permissions.h"
#include "service/ConsentService.h"
#include "service/ServerSetup.h"
#include "service/UserService.h"
#include "store/ChangeWatcher.h"
#include "store/Stores.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

namespace cd::test {
namespace {

const QString kPassword = QStringLiteral("a-long-password-1");

// One person's plain connection to the server, as psql would make it: no Consent Desk code in between.
class Psql
{
public:
    Psql(const QString& login, const QString& password, const QString& schema)
        : m_name(QStringLiteral("psql-%1").arg(login))
    {
        auto target = DatabaseTarget::parse(TestDatabase::serverUrl());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        m_db.setHostName(target->host);
        m_db.setPort(target->port);
        m_db.setDatabaseName(target->database);
        m_db.setUserName(login);
        m_db.setPassword(password);
        m_open = m_db.open();
        EXPECT_TRUE(m_open) << m_db.lastError().text().toStdString();
        run(QStringLiteral("SET search_path = %1").arg(schema));
    }
    ~Psql()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Psql(const Psql&) = delete;
    Psql& operator=(const Psql&) = delete;

    // The SQLSTATE of the refusal, or empty when the server took the statement.
    QString run(const QString& statement)
    {
        QSqlQuery q(m_db);
        if (q.exec(statement)) {
            m_last = q.next() ? q.value(0).toString() : QString();
            return QString();
        }
        return q.lastError().nativeErrorCode().isEmpty() ? QStringLiteral("failed") : q.lastError().nativeErrorCode();
    }
    // The first column of the last statement's first row.
    [[nodiscard]] const QString& last() const { return m_last; }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_last;
};

class ServerRolesTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        if (IsSkipped() || HasFatalFailure()) {
            return;
        }
        const QString suffix = t().schema();
        manager = QStringLiteral("mgr_") + suffix;
        reception = QStringLiteral("rec_") + suffix;
        clinician = QStringLiteral("gp_") + suffix;
        patient = t().addPatient(QStringLiteral("9434765919"), QDate(1970, 1, 1));
        t().sendPack(patient, QDate(2010, 1, 11));
        choice = t().choose(QStringLiteral("9434765919"), "dissent", QDate(2010, 2, 1));

        ServerSetupCommand command;
        command.practice.code = QStringLiteral("F84001");
        command.manager = manager;
        command.managerPassword = kPassword;
        auto done = ServerSetup(t().db(), t().clock()).run(command);
        ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
        groups = done->groups;

        auto asManager = signIn(manager);
        ASSERT_TRUE(asManager.ok()) << asManager.error().message.toStdString();
        UserService users(**asManager, t().clock());
        const Actor me{manager, Role::Manager};
        ASSERT_TRUE(users.addUser(me, reception, Role::Reception, kPassword).ok());
        ASSERT_TRUE(users.addUser(me, clinician, Role::Clinician, kPassword).ok());
    }

    Result<std::unique_ptr<Database>> signIn(const QString& login, const QString& password = kPassword)
    {
        return Database::open(t().path(), Database::Mode::MustExist, ServerLogin{login, password});
    }

    QString insertEvent(Psql& as, const QString& type, const QString& extra = QString())
    {
        return as.run(QStringLiteral("INSERT INTO consent_events (patient_id, type, programme, event_date, "
                                     "target_event_id, recorded_by, recorded_role, recorded_at%1) VALUES (%2, '%3', "
                                     "'scr', '2010-02-02', %4, 'someone.else', 'manager', '2001-01-01T00:00:00Z'%5) "
                                     "RETURNING recorded_by || '|' || recorded_role || '|' || recorded_at")
                          .arg(extra.isEmpty() ? QString() : QStringLiteral(", ") + extra.section(u'=', 0, 0))
                          .arg(patient)
                          .arg(type)
                          .arg(choice)
                          .arg(extra.isEmpty() ? QString() : QStringLiteral(", ") + extra.section(u'=', 1)));
    }

    QString manager, reception, clinician;
    QMap<Role, QString> groups;
    qint64 patient = 0;
    qint64 choice = 0;
};

const QString kDenied = QStringLiteral("42501"); // insufficient_privilege

TEST_P(ServerRolesTest, AReceptionLoginCannotWriteWhatItsRoleMayNot)
{
    Psql psql(reception, kPassword, t().schema());
    EXPECT_EQ(psql.run(QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('evil', 'manager', 'x')")),
              kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('window_days', '1')")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("UPDATE settings SET value = '1'")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("INSERT INTO patients (nhs_number, family_name, date_of_birth, sex, created_at) "
                                      "VALUES ('4010232137', 'X', '2000-01-01', 'F', 'x')")),
              kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("INSERT INTO mailout_batches (programme, name, sent_on, created_by, created_at) "
                                      "VALUES ('scr', 'x', '2010-01-01', 'x', 'x')")),
              kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("INSERT INTO milestones (scope, kind, label, on_date, date_precision, status) "
                                      "VALUES ('london', 'x', 'x', '2010-01-01', 'day', 'planned')")),
              kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("DELETE FROM reference_figures")), kDenied);
    for (const char* type : {"void", "gp-review", "code-removed", "pack-sent", "registered", "left"}) {
        EXPECT_EQ(insertEvent(psql, QString::fromLatin1(type), QStringLiteral("reason='x'")), kDenied) << type;
    }
    // Never a change to what is recorded, by anyone but the owner.
    EXPECT_EQ(psql.run(QStringLiteral("UPDATE consent_events SET note = 'x'")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("DELETE FROM audit_log")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("TRUNCATE consent_events")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER ALL")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("CREATE ROLE evil")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("SET ROLE %1").arg(groups.value(Role::Manager))), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("SELECT consentdesk_add_person('evil', 'manager', 'SCRAM-SHA-256$4096:YQ==$Yg=="
                                      ":Yw==', false)")),
              kDenied);
    // A temporary table cannot stand in for the practice's permission table.
    EXPECT_EQ(psql.run(QStringLiteral("CREATE TEMP TABLE event_permissions AS SELECT 'void'::text AS event_type, "
                                      "'reception'::text AS role")),
              QString());
    EXPECT_EQ(psql.run(QStringLiteral("SET search_path = pg_temp, %1").arg(t().schema())), QString());
    EXPECT_EQ(insertEvent(psql, QStringLiteral("void"), QStringLiteral("reason='x'")), kDenied);
}

TEST_P(ServerRolesTest, WhatAReceptionLoginWritesCarriesItsOwnNameAndTheServersTime)
{
    Psql psql(reception, kPassword, t().schema());
    // An audit row signed as a manager and back-dated: the server writes who really sent it, and when.
    ASSERT_EQ(psql.run(QStringLiteral("INSERT INTO audit_log (at, user_name, role, action, details) VALUES "
                                      "('2001-01-01T00:00:00Z', '%1', 'manager', 'forged', '') RETURNING user_name || "
                                      "'|' || role || '|' || at")
                           .arg(manager)),
              QString());
    EXPECT_EQ(psql.last().section(u'|', 0, 1), reception + QStringLiteral("|reception"));
    EXPECT_TRUE(psql.last().section(u'|', 2).startsWith(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)))
        << psql.last().toStdString();
    // Forms, returned letters and codings are reception's to record: signed with its own name, whatever was sent.
    for (const char* type : {"choice", "letter-returned", "coded"}) {
        ASSERT_EQ(insertEvent(psql, QString::fromLatin1(type), QStringLiteral("choice='dissent'")), QString()) << type;
        EXPECT_EQ(psql.last().section(u'|', 0, 1), reception + QStringLiteral("|reception")) << type;
        EXPECT_FALSE(psql.last().contains(QLatin1String("2001-01-01"))) << type;
    }

    // Through the desk: a form recorded under a 2010 clock carries the login's name and today's server time.
    auto db = signIn(reception);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    auto actor = UserService(**db, t().clock()).serverActor();
    ASSERT_TRUE(actor.ok());
    EXPECT_EQ(actor->user, reception);
    EXPECT_EQ(actor->role, Role::Reception);
    const qint64 other = t().addPatient(QStringLiteral("4010232137"), QDate(1980, 5, 5));
    t().sendPack(other, QDate(2010, 1, 11));
    RecordChoiceCommand form;
    form.nhsNumber = QStringLiteral("4010232137");
    form.choice = QStringLiteral("dissent");
    form.received = QDate(2010, 2, 3);
    form.signaturePresent = true;
    auto recorded = ConsentService(**db, t().clock()).recordChoice(*actor, form);
    ASSERT_TRUE(recorded.ok()) << recorded.error().message.toStdString();
    QSqlQuery q(t().db().connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT recorded_by, recorded_role, recorded_at FROM consent_events WHERE id = %1")
                   .arg(*recorded)) &&
        q.next());
    EXPECT_EQ(q.value(0).toString(), reception);
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("reception"));
    EXPECT_TRUE(q.value(2).toString().startsWith(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)));

    // The desk's own refusal comes first; the server's would follow it.
    auto voided = ConsentService(**db, t().clock()).voidEvent(*actor, *recorded, QStringLiteral("mistake"));
    EXPECT_FALSE(voided.ok());
}

TEST_P(ServerRolesTest, AClinicianReviewsButDoesNotManage)
{
    Psql psql(clinician, kPassword, t().schema());
    EXPECT_EQ(insertEvent(psql, QStringLiteral("gp-review"), QStringLiteral("outcome='upheld'")), QString());
    EXPECT_EQ(psql.last().section(u'|', 0, 1), clinician + QStringLiteral("|clinician"));
    EXPECT_EQ(insertEvent(psql, QStringLiteral("void"), QStringLiteral("reason='x'")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')")), kDenied);
    EXPECT_EQ(psql.run(QStringLiteral("SELECT consentdesk_reset_person('%1', 'SCRAM-SHA-256$4096:YQ==$Yg==:Yw==')")
                           .arg(reception)),
              kDenied);
}

TEST_P(ServerRolesTest, TheServersGrantsAndEventPermissionsAreTheCodesPermissionTable)
{
    QSqlQuery q(t().db().connection());
    for (const Role role : {Role::Reception, Role::Clinician, Role::Manager}) {
        const QString group = groups.value(role);
        for (const EventType type :
             {EventType::Registered, EventType::Left, EventType::PackSent, EventType::LetterReturned, EventType::Choice,
              EventType::Coded, EventType::GpReview, EventType::Void, EventType::CodeRemoved}) {
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM event_permissions WHERE event_type = "
                                              "'%1' AND role = '%2')")
                                   .arg(toString(type), toString(role))) &&
                        q.next());
            EXPECT_EQ(q.value(0).toBool(), allows(role, permissionToRecord(type)))
                << toString(role).toStdString() << " " << toString(type).toStdString();
        }
        // Every table: writes exactly as tableWrites() gives them, and never a change to the records or the users.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")));
        QStringList tables;
        while (q.next()) {
            tables << q.value(0).toString();
        }
        for (const QString& table : tables) {
            for (const QString& privilege : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                                             QStringLiteral("DELETE"), QStringLiteral("TRUNCATE")}) {
                bool expected = false;
                for (const TableWrite& write : tableWrites()) {
                    if (table == QLatin1String(write.table) &&
                        QString::fromLatin1(write.privileges).contains(privilege) &&
                        (!write.permission || allows(role, *write.permission))) {
                        expected = true;
                    }
                }
                ASSERT_TRUE(
                    q.exec(
                        QStringLiteral("SELECT has_table_privilege('%1', '%2', '%3')").arg(group, table, privilege)) &&
                    q.next());
                EXPECT_EQ(q.value(0).toBool(), expected)
                    << group.toStdString() << " " << privilege.toStdString() << " " << table.toStdString();
            }
        }
    }
    for (const QString& table : {QStringLiteral("consent_events"), QStringLiteral("audit_log")}) {
        for (const Role role : {Role::Reception, Role::Clinician, Role::Manager}) {
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT has_table_privilege('%1', '%2', 'UPDATE') OR "
                                              "has_table_privilege('%1', '%2', 'DELETE')")
                                   .arg(groups.value(role), table)) &&
                        q.next());
            EXPECT_FALSE(q.value(0).toBool());
        }
    }
}

TEST_P(ServerRolesTest, ServerSetupRunAgainChangesNothing)
{
    ServerSetupCommand command;
    command.practice.code = QStringLiteral("F84001");
    command.manager = manager;
    auto again = ServerSetup(t().db(), t().clock()).run(command);
    ASSERT_TRUE(again.ok()) << again.error().message.toStdString();
    EXPECT_FALSE(again->changed);
    EXPECT_FALSE(again->managerCreated);
    EXPECT_TRUE(again->groupsCreated.isEmpty());
    // Another practice's code on this schema is refused.
    command.practice.code = QStringLiteral("A12345");
    EXPECT_EQ(ServerSetup(t().db(), t().clock()).run(command).error().kind, ErrorKind::Conflict);
    // A desk login may not run it.
    auto asManager = signIn(manager);
    ASSERT_TRUE(asManager.ok());
    command.practice.code = QStringLiteral("F84001");
    EXPECT_EQ(ServerSetup(**asManager, t().clock()).run(command).error().kind, ErrorKind::Forbidden);
}

TEST_P(ServerRolesTest, AWrongPasswordAnUnknownNameAndADisabledLoginReadTheSame)
{
    auto wrong = signIn(reception, QStringLiteral("not-the-password"));
    auto unknown = signIn(QStringLiteral("nobody_") + t().schema(), kPassword);
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().kind, ErrorKind::Forbidden);
    EXPECT_EQ(unknown.error().kind, ErrorKind::Forbidden);
    EXPECT_EQ(wrong.error().message.section(u'.', 1), unknown.error().message.section(u'.', 1));

    auto asManager = signIn(manager);
    ASSERT_TRUE(asManager.ok());
    UserService users(**asManager, t().clock());
    const Actor me{manager, Role::Manager};
    ASSERT_TRUE(users.disable(me, reception).ok());
    auto disabled = signIn(reception);
    ASSERT_FALSE(disabled.ok());
    EXPECT_EQ(disabled.error().kind, ErrorKind::Forbidden);
    EXPECT_EQ(disabled.error().message.section(u'.', 1), wrong.error().message.section(u'.', 1));
    ASSERT_TRUE(users.enable(me, reception).ok());
    EXPECT_TRUE(signIn(reception).ok());

    // The last manager cannot be disabled; a reset password must be changed, by its owner, at the server.
    EXPECT_EQ(users.disable(me, manager).error().kind, ErrorKind::Conflict);
    ASSERT_TRUE(users.resetPassword(me, reception, QStringLiteral("a-new-password-2")).ok());
    auto reset = signIn(reception, QStringLiteral("a-new-password-2"));
    ASSERT_TRUE(reset.ok());
    UserService own(**reset, t().clock());
    EXPECT_TRUE(*own.mustChangePassword(reception));
    ASSERT_TRUE(own.changeOwnPassword({reception, Role::Reception}, QStringLiteral("my-own-password-3")).ok());
    EXPECT_FALSE(*own.mustChangePassword(reception));
    EXPECT_TRUE(signIn(reception, QStringLiteral("my-own-password-3")).ok());

    // A password in clear is refused by the server's function, whoever calls it.
    QSqlQuery q((*asManager)->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("SELECT consentdesk_reset_person('%1', 'plain-text-password')").arg(reception)));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("22023"));
    // The list shows each user's login and group.
    auto listed = users.list(me);
    ASSERT_TRUE(listed.ok());
    bool found = false;
    for (const User& u : *listed) {
        if (u.name == clinician) {
            found = true;
            EXPECT_EQ(u.dbRole, clinician);
            EXPECT_EQ(u.dbGroup, groups.value(Role::Clinician));
        }
    }
    EXPECT_TRUE(found);
}

TEST_P(ServerRolesTest, AnotherPracticesLoginIsNobodyHere)
{
    TestDatabase other(true, Engine::PostgreSQL);
    ServerSetupCommand command;
    command.practice.code = QStringLiteral("F84001");
    command.manager = QStringLiteral("mgr_") + other.schema();
    command.managerPassword = kPassword;
    auto done = ServerSetup(other.db(), other.clock()).run(command);
    ASSERT_TRUE(done.ok()) << done.error().message.toStdString();
    EXPECT_NE(done->groups.value(Role::Manager), groups.value(Role::Manager));

    // The server lets them connect to the database, but not into this practice's schema.
    auto stranger = signIn(command.manager);
    ASSERT_FALSE(stranger.ok());
    EXPECT_EQ(stranger.error().kind, ErrorKind::Forbidden) << stranger.error().message.toStdString();
    Psql psql(command.manager, kPassword, t().schema());
    EXPECT_EQ(psql.run(QStringLiteral("SELECT COUNT(*) FROM %1.patients").arg(t().schema())), kDenied);
    // Each practice's change notices go on a channel of its own.
    QSqlQuery mine(t().db().connection());
    QSqlQuery theirs(other.db().connection());
    ASSERT_TRUE(mine.exec(QStringLiteral("SELECT consentdesk_change_channel()")) && mine.next());
    ASSERT_TRUE(theirs.exec(QStringLiteral("SELECT consentdesk_change_channel()")) && theirs.next());
    EXPECT_NE(mine.value(0).toString(), theirs.value(0).toString());
    EXPECT_TRUE(mine.value(0).toString().contains(t().schema())) << mine.value(0).toString().toStdString();
}

// The live refresh with a login per person: a GP's desk notices, within two seconds, a form another person's
// reception login recorded; the notice travels on the practice's own channel.
TEST_P(ServerRolesTest, AGpsDeskNoticesAFormReceptionRecordedAtAnother)
{
    const qint64 other = t().addPatient(QStringLiteral("4010232137"), QDate(1980, 5, 5));
    t().sendPack(other, QDate(2010, 1, 11));
    auto gpDesk = signIn(clinician);
    auto receptionDesk = signIn(reception);
    ASSERT_TRUE(gpDesk.ok() && receptionDesk.ok());
    ChangeWatcher watcher(**gpDesk, nullptr, 500);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QTest::qWait(700);
    changed.clear();
    auto actor = UserService(**receptionDesk, t().clock()).serverActor();
    ASSERT_TRUE(actor.ok());
    RecordChoiceCommand form;
    form.nhsNumber = QStringLiteral("4010232137");
    form.choice = QStringLiteral("dissent");
    form.received = QDate(2010, 2, 3);
    ASSERT_TRUE(ConsentService(**receptionDesk, t().clock()).recordChoice(*actor, form).ok());
    EXPECT_TRUE(changed.wait(2000) || !changed.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(Server, ServerRolesTest, ::testing::Values(Engine::PostgreSQL), engineName);

} // namespace
} // namespace cd::test
