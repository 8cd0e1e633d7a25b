// The desk's menus: every action with its shortcut shown, and the dialogs that open other practices.
#include "export/PrivateFile.h"
#include "mainwindow/MainWindow.h"

#include "audit/AuditViewerDialog.h"
#include "charts/ChartsPage.h"
#include "connect/ConnectDialog.h"
#include "desk/DeskActions.h"
#include "domain/Dates.h"
#include "firstrun/FirstRunWizard.h"
#include "help/ShortcutsDialog.h"
#include "help/UserGuideDialog.h"
#include "import/ImportWizard.h"
#include "overview/OverviewPage.h"
#include "patients/PatientsPage.h"
#include "print/PrintedList.h"
#include "reconcile/ReconcileWizard.h"
#include "report/ReportDialog.h"
#include "service/ExportService.h"
#include "service/PatientRecord.h"
#include "service/UserService.h"
#include "store/Database.h"
#include "store/SqliteVersion.h"
#include "users/UsersDialog.h"
#include "worklists/ChoiceWorklistPage.h"
#include "worklists/PatientWorklistPage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace cd {

// The lists that name patients: the service checks the role and audits the export.
void MainWindow::exportIdentifiable(bool fhir)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString file = QFileDialog::getSaveFileName(
        this, fhir ? tr("Export FHIR Consent resources") : tr("Export the coding worklist"),
        QDir(folder).filePath(fhir ? QStringLiteral("scr-consents.fhir.json") : QStringLiteral("coding-worklist.csv")),
        fhir ? tr("FHIR JSON (*.json)") : tr("CSV (*.csv)"));
    if (file.isEmpty()) {
        return;
    }
    ExportService service(m_db, m_clock);
    QByteArray bytes;
    QString problem;
    if (fhir) {
        if (auto bundle = service.fhirBundle(m_actor)) {
            bytes = QJsonDocument(*bundle).toJson(QJsonDocument::Indented);
        } else {
            problem = bundle.error().message;
        }
    } else if (auto csv = service.codingWorklist(m_actor, asOf())) {
        bytes = *csv;
    } else {
        problem = csv.error().message;
    }
    if (problem.isEmpty()) {
        if (auto written = writePrivateFile(file, bytes); !written) {
            problem = written.error().message;
        }
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Export"), problem);
        return;
    }
    statusBar()->showMessage(tr("Saved %1. It names patients: keep it on the practice's systems.").arg(file), 10000);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New practice…"), QKeySequence::New, this, &MainWindow::newPractice);
    file->addAction(tr("&Open practice file…"), QKeySequence::Open, this, &MainWindow::openFile);
    file->addAction(tr("Connect to &server…"), this, &MainWindow::connectToServer);
    file->addAction(tr("Open the &demo practice"), this, [this] { openDesk(QString(), QString()); });
    file->addSeparator();
    // The manager's import; the services refuse it for other roles whatever the menu shows.
    m_importAction =
        file->addAction(tr("&Import the register…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::importRegister);
    restrictTo(m_importAction, Permission::ManagePractice);
    restrictTo(file->addAction(tr("R&econcile with the clinical system…"), QKeySequence(tr("Ctrl+Shift+R")), this,
                               &MainWindow::reconcileWithClinicalSystem),
               Permission::ManagePractice);
    restrictTo(file->addAction(tr("Record a &mail-out…"), QKeySequence(tr("Ctrl+M")), m_actions, &DeskActions::mailout),
               Permission::ManagePractice);
    file->addAction(tr("Record returned &letters…"), QKeySequence(tr("Ctrl+L")), m_actions,
                    &DeskActions::returnedLetters);
    restrictTo(file->addAction(tr("Practice se&ttings…"), m_actions, &DeskActions::practiceSettings),
               Permission::ManagePractice);
    file->addSeparator();
    restrictTo(file->addAction(tr("&Report for the LMC…"), QKeySequence(tr("Ctrl+P")), this,
                               [this] {
                                   ReportDialog dialog(m_db, m_clock, m_actor, this);
                                   dialog.exec();
                               }),
               Permission::ManagePractice);
    restrictTo(file->addAction(tr("Export the &coding worklist (CSV)…"), this, [this] { exportIdentifiable(false); }),
               Permission::ExportIdentifiable);
    restrictTo(file->addAction(tr("Export &FHIR Consent resources…"), this, [this] { exportIdentifiable(true); }),
               Permission::ExportIdentifiable);
    QAction* audit = file->addAction(tr("&Audit trail…"), this, [this] {
        AuditViewerDialog dialog(m_db, m_clock, m_actor, this);
        dialog.exec();
    });
    restrictTo(audit, Permission::ManagePractice);
    restrictTo(file->addAction(tr("&Users…"), this,
                               [this] {
                                   UsersDialog dialog(m_db, m_clock, m_actor, this);
                                   dialog.exec();
                               }),
               Permission::ManagePractice);
    file->addAction(tr("C&hange my password…"), this, &MainWindow::changeOwnPassword);
    file->setToolTipsVisible(true);
    file->addSeparator();
    m_printAction = file->addAction(tr("&Print the list…"), QKeySequence(tr("Ctrl+Shift+P")), this, [this] {
        if (auto list = currentList()) {
            printWithPreview(this, m_db, m_clock, m_actor, *list);
        }
    });
    m_pdfAction = file->addAction(tr("Sa&ve the list as PDF…"), this, [this] {
        if (auto list = currentList()) {
            saveListAsPdf(this, m_db, m_clock, m_actor, *list);
        }
    });
    file->addSeparator();
    file->addAction(tr("Lock the desk"), QKeySequence(tr("Ctrl+Shift+L")), this, &MainWindow::lock);
    file->addAction(tr("S&witch user…"), this, &MainWindow::switchUser);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* patient = menuBar()->addMenu(tr("&Patient"));
    patient->addAction(tr("&Find a patient"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentWidget(m_patients);
        m_patients->focusSearch();
    });
    m_registerAction = patient->addAction(tr("Register a &new patient…"), QKeySequence(tr("Ctrl+Shift+N")), m_actions,
                                          &DeskActions::registerPatient);
    restrictTo(m_registerAction, Permission::RegisterPatients);
    // Each acts on the patient selected in the list, and only while one is: the same patient the panel shows.
    const auto forSelected = [this](void (DeskActions::*action)(const QString&)) {
        return [this, action] {
            if (const QString nhs = m_patients->selectedNhs();
                m_tabs->currentWidget() == m_patients && !nhs.isEmpty()) {
                (m_actions->*action)(nhs);
            }
        };
    };
    m_recordAction = patient->addAction(tr("&Record a form…"), QKeySequence(tr("Ctrl+R")), this,
                                        forSelected(&DeskActions::recordForm));
    m_codedAction = patient->addAction(tr("Mark &coded…"), QKeySequence(tr("Ctrl+Shift+K")), this, [this, forSelected] {
        if (m_tabs->currentWidget() == m_coding) {
            m_coding->markSelectedCoded();
        } else if (m_tabs->currentWidget() == m_corrections) {
            m_corrections->markSelectedRemoved();
        } else {
            forSelected (&DeskActions::markCoded)();
        }
    });
    m_reviewAction =
        patient->addAction(tr("&GP review…"), QKeySequence(tr("Ctrl+G")), this, forSelected(&DeskActions::review));
    m_letterAction = patient->addAction(tr("&Letter returned…"), this, forSelected(&DeskActions::letterReturned));
    m_voidAction = patient->addAction(tr("&Void an entry…"), this, forSelected(&DeskActions::voidEntry));
    patient->setToolTipsVisible(true);
    connect(m_patients, &PatientsPage::selectedChanged, this, &MainWindow::updatePatientActions);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updatePatientActions);
    updatePatientActions();
    // "/" focuses the search too, as in many desk programs; text boxes keep their "/" (they take it first).
    auto* slash = new QShortcut(QKeySequence(QStringLiteral("/")), this);
    slash->setWhatsThis(tr("Find a patient"));
    connect(slash, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_patients);
        m_patients->focusSearch();
    });

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QString name = m_tabs->tabText(i);
        name.remove(u'&');
        view->addAction(name, QKeySequence(QStringLiteral("Ctrl+%1").arg(i + 1)), this,
                        [this, i] { m_tabs->setCurrentIndex(i); });
    }
    view->addSeparator();
    view->addAction(tr("&Refresh"), QKeySequence(Qt::Key_F5), this, &MainWindow::refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this,
                    [this] { UserGuideDialog::openAt(this, helpHeading(currentHelpSection())); });
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence(tr("Ctrl+F1")), this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    help->addAction(tr("&About Consent Desk"), this, &MainWindow::showAbout);
}

std::optional<PrintedList> MainWindow::currentList()
{
    QWidget* page = m_tabs->currentWidget();
    QString title = m_tabs->tabText(m_tabs->currentIndex());
    title.remove(u'&');
    if (page == m_patients) {
        const QString nhs = m_patients->selectedNhs();
        auto record = PatientRecord::load(m_db, Programme::scr(), nhs, asOf());
        if (nhs.isEmpty() || !record) {
            statusBar()->showMessage(tr("Select a patient to print their history, or open a list to print it."), 8000);
            return std::nullopt;
        }
        return PrintedList::history(*record, asOf());
    }
    if (page == m_coding || page == m_review || page == m_corrections) {
        return PrintedList::fromTable(title + tr(", as of %1").arg(humanDate(asOf())),
                                      *static_cast<ChoiceWorklistPage*>(page)->view());
    }
    if (page == m_notInformed || page == m_closing) {
        return PrintedList::fromTable(title + tr(", as of %1").arg(humanDate(asOf())),
                                      *static_cast<PatientWorklistPage*>(page)->view());
    }
    statusBar()->showMessage(tr("This page has no list to print: the charts export as pictures."), 8000);
    return std::nullopt;
}

void MainWindow::updatePatientActions()
{
    const bool onPatients = m_tabs->currentWidget() == m_patients;
    const bool patient = onPatients && !m_patients->selectedNhs().isEmpty();
    const bool onCodingList = m_tabs->currentWidget() == m_coding || m_tabs->currentWidget() == m_corrections;
    m_recordAction->setEnabled(patient);
    m_codedAction->setEnabled(patient || onCodingList);
    // Printing follows what is shown: a patient's history, or a worklist.
    const bool printable = patient || onCodingList || m_tabs->currentWidget() == m_review ||
                           m_tabs->currentWidget() == m_notInformed || m_tabs->currentWidget() == m_closing;
    if (m_printAction) {
        m_printAction->setEnabled(printable);
        m_pdfAction->setEnabled(printable);
    }
    m_letterAction->setEnabled(patient);
    // What the role may not do stays disabled whatever is selected, and says who may (the services refuse it too).
    m_reviewAction->setEnabled(patient && allows(m_actor.role, Permission::ReviewChoices));
    m_voidAction->setEnabled(patient && allows(m_actor.role, Permission::VoidEvents));
    const QString none = tr("Select a patient in the list first.");
    for (QAction* a : {m_recordAction, m_letterAction}) {
        a->setToolTip(patient ? QString() : none);
    }
    m_codedAction->setToolTip(patient || onCodingList ? QString() : none);
    m_reviewAction->setToolTip(!allows(m_actor.role, Permission::ReviewChoices) ? whoMay(Permission::ReviewChoices)
                               : patient                                        ? QString()
                                                                                : none);
    m_voidAction->setToolTip(!allows(m_actor.role, Permission::VoidEvents) ? whoMay(Permission::VoidEvents)
                             : patient                                     ? QString()
                                                                           : none);
}

QString MainWindow::whoMay(Permission permission)
{
    switch (permission) {
    case Permission::ReviewChoices:
    case Permission::ExportIdentifiable:
        return tr("Only a GP (clinician) or a practice manager may do this.");
    case Permission::VoidEvents:
    case Permission::ManagePractice:
    case Permission::RegisterPatients:
        return tr("Only a practice manager may do this.");
    case Permission::RecordForms:
        break;
    }
    return QString();
}

void MainWindow::restrictTo(QAction* action, Permission permission)
{
    if (!allows(m_actor.role, permission)) {
        action->setEnabled(false);
        action->setToolTip(whoMay(permission));
    }
}

void MainWindow::importRegister()
{
    ImportWizard wizard(m_db, m_clock, m_actor, this);
    wizard.exec();
    refresh();
}

void MainWindow::reconcileWithClinicalSystem()
{
    ReconcileWizard wizard(m_db, m_clock, m_actor, this);
    wizard.exec();
    refresh();
}

void MainWindow::changeOwnPassword()
{
    const QString password =
        askNewPassword(this, tr("Change my password"),
                       tr("A new password for %1: at least 10 characters, not your name. A few words make a good one.")
                           .arg(m_actor.user),
                       [this](const QString& typed) {
                           const Status ok = UserService::checkPassword(m_actor.user, typed);
                           return ok ? QString() : ok.error().message;
                       });
    if (password.isNull()) {
        return;
    }
    const Status done = UserService(m_db, m_clock).changeOwnPassword(m_actor, password);
    if (!done) {
        QMessageBox::warning(this, tr("Change my password"), tr("Not changed: %1").arg(done.error().message));
        return;
    }
    statusBar()->showMessage(tr("Your password is changed."), 8000);
}

HelpSection MainWindow::currentHelpSection() const
{
    QWidget* page = m_tabs->currentWidget();
    if (page == m_overview) {
        return HelpSection::Overview;
    }
    if (page == m_coding) {
        return HelpSection::AwaitingCoding;
    }
    if (page == m_review) {
        return HelpSection::GpReview;
    }
    if (page == m_corrections) {
        return HelpSection::CodesToCorrect;
    }
    if (page == m_notInformed || page == m_closing) {
        return HelpSection::NotInformed;
    }
    if (page == m_charts) {
        return HelpSection::TimelineAndCharts;
    }
    return HelpSection::FindingPatient;
}

void MainWindow::openDesk(const QString& target, const QString& password, const QString& user)
{
    // A practice opens in a desk of its own; the password travels in that desk's environment only. No target: the
    // demo practice.
    QProcess desk;
    desk.setProgram(QCoreApplication::applicationFilePath());
    desk.setArguments(target.isEmpty() ? QStringList{QStringLiteral("--demo")}
                                       : QStringList{QStringLiteral("--db"), target, QStringLiteral("--user"),
                                                     user.isEmpty() ? m_userName : user});
    if (!password.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CONSENTDESK_DB_PASSWORD"), password);
        desk.setProcessEnvironment(env);
    }
    if (!desk.startDetached()) {
        QMessageBox::warning(this, tr("Consent Desk"), tr("Consent Desk could not be started again."));
    }
}

void MainWindow::openFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a practice file"), QString(),
                                                      tr("Consent Desk practices (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty()) {
        openDesk(file, QString());
    }
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        openDesk(dialog.url(), dialog.password(), dialog.user()); // on a server the login is the person
    }
}

void MainWindow::newPractice()
{
    FirstRunWizard wizard(FirstRunWizard::Start::NewPractice, this);
    if (wizard.exec() == QDialog::Accepted) {
        const FirstRunWizard::Outcome& made = wizard.outcome();
        openDesk(made.target, made.password, made.manager);
    }
}

void MainWindow::showAbout()
{
    const QString engine =
        m_db.engine() == Engine::SQLite ? tr("SQLite %1").arg(sqliteLibraryVersion()) : tr("PostgreSQL server");
    QMessageBox::about(this, tr("About Consent Desk"),
                       tr("<h3>Consent Desk %1</h3><p>The practice's register of Summary Care Record consent.</p>"
                          "<p>Qt %2 (built with %3)<br>%4</p><p>Database: %5<br>Schema version %6</p>"
                          "<p>Licence: GNU General Public License, version 3 or later. There is no warranty.</p>")
                           .arg(QStringLiteral(CONSENTDESK_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), engine, m_db.path().toHtmlEscaped())
                           .arg(m_db.schemaVersion()));
}

} // namespace cd
