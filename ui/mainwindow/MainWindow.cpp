#include "mainwindow/MainWindow.h"
#include "widgets/DateField.h"

#include "charts/ChartsPage.h"
#include "desk/DeskActions.h"
#include "domain/Dates.h"
#include "domain/Programme.h"
#include "overview/OverviewPage.h"
#include "patients/PatientListModel.h"
#include "patients/PatientPanel.h"
#include "patients/PatientsPage.h"
#include "reconcile/UploadReadiness.h"
#include "service/PracticeOverview.h"
#include "settings/DeskSettings.h"
#include "signin/PrivacyCover.h"
#include "signin/SignInDialog.h"
#include "stats/HeadlineFigures.h"
#include "store/ChangeWatcher.h"
#include "store/Database.h"
#include "store/Stores.h"
#include "worklists/ChoiceWorklistModel.h"
#include "worklists/ChoiceWorklistPage.h"
#include "worklists/PatientWorklistPage.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace cd {

MainWindow::MainWindow(Database& db, QDate asOf, QString userName, DeskSettings* settings, Start start, QWidget* parent)
    : MainWindow(db, asOf, Actor{std::move(userName), Role::Manager}, settings, start, parent)
{}

MainWindow::MainWindow(Database& db, QDate asOf, Actor actor, DeskSettings* settings, Start start, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    // Never a date after today: what is recorded here is dated by this clock.
    , m_clock(std::min(asOf, QDate::currentDate()))
    , m_userName(actor.user)
    , m_actor(std::move(actor))
    , m_settings(settings)
    , m_service(db, m_clock)
{
    setWindowTitle(tr("Consent Desk"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setSpacing(8);
    setCentralWidget(central);
    m_actions = new DeskActions(m_db, m_service, m_clock, m_actor, this);
    buildHeader(central);
    buildPages();
    layout->addWidget(m_tabs, 1);
    buildMenus();
    m_statusAsOf = new QLabel(this);
    m_statusPractice = new QLabel(this);
    m_statusUser = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusAsOf);
    statusBar()->addPermanentWidget(m_statusPractice, 1);
    statusBar()->addPermanentWidget(m_statusUser);
    m_statusConnection = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusConnection);
    resize(1200, 780);
    if (m_settings) {
        restoreGeometry(m_settings->windowGeometry());
        m_patients->view()->horizontalHeader()->restoreState(m_settings->patientColumns());
        m_patients->splitter()->restoreState(m_settings->patientSplit());
    }
    m_figuresAfterPaint = start == Start::FiguresAfterFirstPaint;
    if (m_figuresAfterPaint) {
        installEventFilter(this);
    }
    refresh();
    connect(m_actions, &DeskActions::changed, this, &MainWindow::refresh);
    connect(m_actions, &DeskActions::registered, this, &MainWindow::showPatient);
    connect(m_actions, &DeskActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    // Other desks' work shows here without pressing refresh; a lost server connection is said plainly.
    auto* watcher = new ChangeWatcher(m_db, this);
    connect(watcher, &ChangeWatcher::changed, this, &MainWindow::refresh);
    connect(watcher, &ChangeWatcher::connectionLost, this,
            [this] { m_statusConnection->setText(tr("\u26A0 Lost the connection to the server: reconnecting…")); });
    connect(watcher, &ChangeWatcher::connectionRestored, this, [this] { m_statusConnection->clear(); });
    m_patients->focusSearch();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_settings) {
        m_settings->setWindowGeometry(saveGeometry());
        m_settings->setPatientColumns(m_patients->view()->horizontalHeader()->saveState());
        m_settings->setPatientSplit(m_patients->splitter()->saveState());
        m_settings->setLastDatabase(m_db.target().display());
        m_settings->sync();
    }
    event->accept();
}

void MainWindow::buildHeader(QWidget* central)
{
    auto* header = new QHBoxLayout;
    m_practiceLabel = new QLabel(central);
    m_practiceLabel->setTextFormat(Qt::PlainText);
    QFont title = m_practiceLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_practiceLabel->setFont(title);
    header->addWidget(m_practiceLabel, 1);

    auto* asOfLabel = new QLabel(tr("View as &of:"), central);
    m_asOfEdit = new DateField(m_clock.today(), central);
    m_asOfEdit->setMaximumDate(QDate::currentDate()); // forms recorded here take this date
    m_asOfEdit->setAccessibleName(tr("View the practice as of this date"));
    m_asOfEdit->setToolTip(tr("Every figure, list and state is shown as it was on this date; a form recorded now is "
                              "dated no later than it."));
    asOfLabel->setBuddy(m_asOfEdit);
    connect(m_asOfEdit, &DateField::dateChanged, this, &MainWindow::setAsOf);
    connect(m_asOfEdit, &DateField::refused, this,
            [this](const QString& why) { statusBar()->showMessage(why, 10000); });
    header->addWidget(asOfLabel);
    header->addWidget(m_asOfEdit);
    static_cast<QVBoxLayout*>(central->layout())->addLayout(header);

    m_uploadLabel = new QLabel(central);
    m_uploadLabel->setTextFormat(Qt::PlainText);
    m_uploadLabel->setWordWrap(true);
    m_uploadLabel->setAccessibleName(tr("Upload date"));
    static_cast<QVBoxLayout*>(central->layout())->addWidget(m_uploadLabel);

    // A past date is said in a bar of the desktop's highlight colour, not only in the date box: a form recorded now
    // is dated that day.
    m_pastBar = new QLabel(central);
    m_pastBar->setTextFormat(Qt::PlainText);
    m_pastBar->setWordWrap(true);
    m_pastBar->setAutoFillBackground(true);
    m_pastBar->setForegroundRole(QPalette::HighlightedText);
    m_pastBar->setBackgroundRole(QPalette::Highlight);
    m_pastBar->setMargin(6);
    QFont bold = m_pastBar->font();
    bold.setBold(true);
    m_pastBar->setFont(bold);
    m_pastBar->setAccessibleName(tr("Viewing a past date"));
    static_cast<QVBoxLayout*>(central->layout())->addWidget(m_pastBar);
    updatePastBar();

    // The history no longer extending the newest backup (a change made outside Consent Desk) is said above all else.
    m_historyBar = new QLabel(central);
    m_historyBar->setObjectName(QStringLiteral("historyWarning"));
    m_historyBar->setTextFormat(Qt::PlainText);
    m_historyBar->setWordWrap(true);
    m_historyBar->setMargin(6);
    m_historyBar->setStyleSheet(QStringLiteral("background: #b00020; color: white; font-weight: bold;"));
    m_historyBar->setAccessibleName(tr("The practice's history may have been changed"));
    m_historyBar->hide();
    static_cast<QVBoxLayout*>(central->layout())->insertWidget(0, m_historyBar);

    // A new practice starts empty: everything at the desk comes from the register, so it is asked for first.
    auto* emptyFrame = new QFrame(central);
    emptyFrame->setFrameShape(QFrame::StyledPanel);
    m_emptyBar = emptyFrame;
    m_emptyBar->setAutoFillBackground(true);
    m_emptyBar->setBackgroundRole(QPalette::AlternateBase);
    auto* emptyRow = new QHBoxLayout(m_emptyBar);
    m_emptyText = new QLabel(m_emptyBar);
    m_emptyText->setWordWrap(true);
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setAccessibleName(tr("The practice has no patients yet"));
    emptyRow->addWidget(m_emptyText, 1);
    auto* importNow = new QPushButton(tr("Import the register now (Ctrl+I)…"), m_emptyBar);
    importNow->setObjectName(QStringLiteral("importNow"));
    importNow->setVisible(allows(m_actor.role, Permission::ManagePractice));
    connect(importNow, &QPushButton::clicked, this, &MainWindow::importRegister);
    emptyRow->addWidget(importNow);
    static_cast<QVBoxLayout*>(central->layout())->addWidget(m_emptyBar);
    m_emptyBar->hide();
}

void MainWindow::updateEmptyPracticeBar(const PracticeOverview& overview)
{
    const bool empty = overview.patients == 0;
    m_emptyText->setText(
        !empty ? QString()
        : allows(m_actor.role, Permission::ManagePractice)
            ? tr("This practice has no patients yet. Start by importing the register from the clinical system: the "
                 "patient list, the worklists and every figure come from it.")
            : tr("This practice has no patients yet: the practice manager imports the register from the clinical "
                 "system first."));
    m_emptyBar->setVisible(empty);
}

void MainWindow::showHistoryWarning(const QString& warning)
{
    m_historyBar->setText(warning);
    m_historyBar->setVisible(!warning.isEmpty());
}

QString MainWindow::historyWarning() const
{
    return m_historyBar->isHidden() ? QString() : m_historyBar->text();
}

QString MainWindow::emptyPracticePrompt() const
{
    return m_emptyBar->isHidden() ? QString() : m_emptyText->text();
}

void MainWindow::updatePastBar()
{
    const QDate day = asOf();
    const bool past = day < QDate::currentDate();
    m_pastBar->setText(past ? tr("Viewing %1, not today: anything you record is dated that day.").arg(humanDate(day))
                            : QString());
    m_pastBar->setVisible(past);
}

QString MainWindow::pastDateBar() const
{
    return m_pastBar->isHidden() ? QString() : m_pastBar->text();
}

void MainWindow::buildPages()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Desk pages"));
    m_patients = new PatientsPage(m_db, m_actor, asOf(), m_tabs);
    m_overview = new OverviewPage(m_tabs);
    m_coding = new ChoiceWorklistPage(ChoiceWorklistPage::Kind::AwaitingCoding, m_db, m_service, m_actor, m_tabs);
    m_review = new ChoiceWorklistPage(ChoiceWorklistPage::Kind::GpReview, m_db, m_service, m_actor, m_tabs);
    m_corrections = new ChoiceWorklistPage(ChoiceWorklistPage::Kind::CodesToCorrect, m_db, m_service, m_actor, m_tabs);
    m_notInformed = new PatientWorklistPage(PatientWorklistPage::Kind::NotInformed, m_db, asOf(), m_tabs);
    m_closing = new PatientWorklistPage(PatientWorklistPage::Kind::WindowClosing, m_db, asOf(), m_tabs);
    m_charts = new ChartsPage(m_db, m_clock, m_actor, m_tabs);
    m_tabs->addTab(m_patients, tr("Pa&tients"));
    m_tabs->addTab(m_overview, tr("Ov&erview"));
    m_tabs->addTab(m_coding, tr("Awaiting &coding"));
    m_tabs->addTab(m_review, tr("&GP review"));
    m_tabs->addTab(m_notInformed, tr("&Returned letters, not informed"));
    m_tabs->addTab(m_closing, tr("&Windows closing"));
    m_tabs->addTab(m_charts, tr("Ch&arts"));
    // Last, so the tabs before it keep their Ctrl+number; its count is in the banner whatever tab is open.
    m_tabs->addTab(m_corrections, tr("Code&s to correct"));

    PatientPanel* panel = m_patients->panel();
    connect(m_patients, &PatientsPage::recordRequested, m_actions, &DeskActions::recordForm);
    connect(panel, &PatientPanel::markCodedRequested, m_actions, &DeskActions::markCoded);
    connect(panel, &PatientPanel::reviewRequested, m_actions, &DeskActions::review);
    connect(panel, &PatientPanel::letterReturnedRequested, m_actions, &DeskActions::letterReturned);
    connect(panel, &PatientPanel::voidRequested, m_actions, &DeskActions::voidEntry);
    for (ChoiceWorklistPage* page : {m_coding, m_review, m_corrections}) {
        connect(page, &ChoiceWorklistPage::patientActivated, this, &MainWindow::showPatient);
        connect(page, &ChoiceWorklistPage::changed, this, &MainWindow::refresh);
    }
    connect(m_charts, &ChartsPage::timelineChanged, this, &MainWindow::refreshFigures);
    for (PatientWorklistPage* page : {m_notInformed, m_closing}) {
        connect(page, &PatientWorklistPage::patientActivated, this, &MainWindow::showPatient);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::reloadCurrentTab);
}

void MainWindow::reloadCurrentTab()
{
    QWidget* current = m_tabs->currentWidget();
    if (!m_staleTabs.remove(current)) {
        return;
    }
    if (current == m_coding || current == m_review || current == m_corrections) {
        static_cast<ChoiceWorklistPage*>(current)->reload(asOf());
    } else if (current == m_notInformed || current == m_closing) {
        static_cast<PatientWorklistPage*>(current)->reload(asOf());
    } else if (current == m_charts) {
        m_charts->reload();
    }
}

void MainWindow::showPatient(const QString& nhs)
{
    m_tabs->setCurrentWidget(m_patients);
    m_patients->showPatient(nhs);
}

void MainWindow::setAsOf(QDate asOf)
{
    if (!asOf.isValid() || asOf == m_clock.today()) {
        return;
    }
    m_clock.set(asOf);
    if (m_asOfEdit->date() != asOf) {
        m_asOfEdit->setDate(asOf);
    }
    m_patients->setAsOf(asOf); // reads the list again for the new date
    updatePastBar();
    refreshFigures();
}

FigureTile* MainWindow::tile(const QString& key) const
{
    return m_overview->tile(key);
}

QString MainWindow::uploadBanner() const
{
    return m_uploadLabel->text();
}

void MainWindow::refresh()
{
    m_patients->refresh();
    refreshFigures();
}

void MainWindow::refreshFigures()
{
    const QDate day = asOf();
    auto overview = PracticeOverview::load(m_db);
    if (!overview) {
        statusBar()->showMessage(overview.error().message);
        m_practiceLabel->setText(overview.error().message);
        return;
    }
    const PracticeOverview& o = *overview;
    updateEmptyPracticeBar(o);
    m_practiceLabel->setText(tr("%1 \u2014 %2, %3").arg(o.practice.name, o.practice.code, o.regionName));
    const QString demo = o.demo ? tr(" (demo data)") : (o.training ? tr(" (training)") : QString());
    m_statusAsOf->setText(tr("As of %1").arg(humanDate(day)) + QStringLiteral("  \u00B7 "));
    // On a server, say which one: a desk must know it is sharing the practice with others.
    const DatabaseTarget& where = m_db.target();
    const QString server = where.engine == Engine::PostgreSQL
                               ? tr(" \u00B7 server %1:%2/%3").arg(where.host).arg(where.port).arg(where.database)
                               : QString();
    m_statusPractice->setText(tr("%1 (%2)%3%4").arg(o.practice.name, o.practice.code, demo, server));
    m_statusUser->setText(tr("Signed in as %1").arg(m_userName) + QStringLiteral("  "));
    setWindowTitle(o.demo       ? tr("Consent Desk \u2014 %1 \u2014 Demo data").arg(o.practice.name)
                   : o.training ? tr("Consent Desk \u2014 %1 \u2014 Training").arg(o.practice.name)
                                : tr("Consent Desk \u2014 %1").arg(o.practice.name));
    if (m_figuresAfterPaint) {
        m_uploadLabel->setText(tr("Counting the practice's figures…"));
        return;
    }

    auto figures = HeadlineFigures::compute(m_db, Programme::scr(), day);
    if (!figures) {
        statusBar()->showMessage(figures.error().message);
        m_uploadLabel->setText(figures.error().message);
        return;
    }
    const HeadlineFigures& f = *figures;
    QStringList banner;
    QString codingWarning;
    banner << windowsSentence(PracticeOverview::windowsClosing(m_db, day), day);
    if (o.plannedUpload.isValid()) {
        const qint64 days = day.daysTo(o.plannedUpload);
        banner << (days >= 0 ? tr("Planned upload: %1, %2 days away.").arg(humanDate(o.plannedUpload)).arg(days)
                             : tr("Planned upload: %1 (%2 days ago).").arg(humanDate(o.plannedUpload)).arg(-days));
        if (f.awaitingCoding + f.codesToCorrect > 0 && days <= 28) {
            codingWarning = days >= 0 ? tr("Code these before the upload on %1.").arg(humanDate(o.plannedUpload))
                                      : tr("The upload date has passed: code these now.");
        }
    } else {
        banner << tr("No upload date is set for the practice.");
    }
    if (f.awaitingCoding > 0) {
        // The dangerous case is never only on a tab the user may not open.
        banner << tr("\u26A0 %n choice(s) awaiting coding in the clinical system.", nullptr,
                     static_cast<int>(f.awaitingCoding));
    }
    if (f.codesToCorrect > 0) {
        // A code left behind by a void or an override is as dangerous as one never keyed.
        banner << tr("\u26A0 %n code(s) to take out of the clinical system.", nullptr,
                     static_cast<int>(f.codesToCorrect));
    }
    // Whether the practice is ready for its upload, as far as the last reconciliation with the clinical system
    // proves: red while anyone who opted out would be uploaded.
    if (auto readiness = UploadReadiness::compute(m_db, day)) {
        banner << readiness->sentence(day);
        m_overview->showReadiness(*readiness);
        m_uploadLabel->setStyleSheet(readiness->reconciled() && !readiness->atRisk.isEmpty()
                                         ? QStringLiteral("color: #b00020; font-weight: bold;")
                                         : QString());
    }
    m_overview->show(f, codingWarning);
    m_uploadLabel->setText(banner.join(u' '));
    m_tabs->setTabText(m_tabs->indexOf(m_coding), tr("Awaiting &coding (%1)").arg(f.awaitingCoding));
    m_tabs->setTabText(m_tabs->indexOf(m_review), tr("&GP review (%1)").arg(f.gpReview));
    m_tabs->setTabText(m_tabs->indexOf(m_corrections), tr("Code&s to correct (%1)").arg(f.codesToCorrect));
    // The worklists are read when their tab is shown: a start-up never waits for lists nobody is looking at.
    m_staleTabs = {m_coding, m_review, m_corrections, m_notInformed, m_closing, m_charts};
    reloadCurrentTab();
}

QString MainWindow::windowsSentence(const QList<PracticeOverview::WindowsClosing>& days, QDate today)
{
    if (days.isEmpty()) {
        return tr("No information packs have been mailed yet.");
    }
    const auto closing = [&](QDate lastDay) {
        const qint64 left = today.daysTo(lastDay);
        return left > 1    ? tr("on %1 (%2 days left)").arg(humanDate(lastDay)).arg(left)
               : left == 1 ? tr("on %1 (1 day left)").arg(humanDate(lastDay))
               : left == 0 ? tr("on %1 (today is the last day)").arg(humanDate(lastDay))
                           : tr("on %1 (closed)").arg(humanDate(lastDay));
    };
    // The windows each mail-out opened, as their letters gave them, not the last batch's alone.
    if (days.size() == 1) {
        return tr("Information packs mailed %1; the opt-out window closes %2.")
            .arg(humanDate(days.first().firstPosted), closing(days.first().lastDay));
    }
    QStringList others;
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    for (qsizetype i = 1; i < days.size(); ++i) {
        others << tr("%1 close %2").arg(uk.toString(days.at(i).packs), closing(days.at(i).lastDay));
    }
    return tr("Information packs: most windows close %1; %2.")
        .arg(closing(days.first().lastDay), others.join(QStringLiteral("; ")));
}

void MainWindow::lockWhenIdle(int minutes)
{
    if (minutes <= 0) {
        return;
    }
    if (!m_idle) {
        m_idle = new QTimer(this);
        m_idle->setObjectName(QStringLiteral("idleLock"));
        m_idle->setSingleShot(true);
        connect(m_idle, &QTimer::timeout, this, [this] { lockDesk(true); });
        QCoreApplication::instance()->installEventFilter(this); // any key or click anywhere counts as use
    }
    m_idle->setInterval(minutes * 60 * 1000);
    m_idle->start();
}

void MainWindow::lock()
{
    lockDesk(false);
}

void MainWindow::lockDesk(bool idle)
{
    if (m_locked) {
        return;
    }
    m_locked = true;
    const QString at = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    SignInDialog unlock(m_db, m_clock, SignInDialog::Mode::Unlock, m_actor.user, this);
    unlock.setIntro(
        idle
            ? tr("Consent Desk locked itself at %1 after %n minute(s) without use, so no patient's "
                 "details are left on screen. Type %2's password to carry on where you left off.",
                 nullptr, m_idle ? m_idle->interval() / 60000 : 0)
                  .arg(at, m_actor.user)
            : tr("%1 locked the desk at %2. Type %1's password to carry on where you left off.").arg(m_actor.user, at));
    m_lockedBy = idle ? LockedBy::Idle : LockedBy::User;
    {
        // Every window's content hidden, not only covered by the box: whatever is half-typed stays as it was.
        const PrivacyCover cover(&unlock);
        m_lockCover = &cover;
        unlock.exec();
        m_lockCover = nullptr;
    }
    m_locked = false;
    if (unlock.switchUserChosen()) {
        switchUser();
        return;
    }
    if (m_idle) {
        m_idle->start();
    }
}

void MainWindow::switchUser()
{
    m_switchRequested = true;
    close();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (m_idle && !m_locked) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::Wheel:
            m_idle->start();
            break;
        default:
            break;
        }
    }
    if (watched == this && event->type() == QEvent::Paint && m_figuresAfterPaint) {
        // The window is on screen with the list: now count the figures (tens of ms on a large list).
        m_figuresAfterPaint = false;
        removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::refreshFigures);
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace cd
