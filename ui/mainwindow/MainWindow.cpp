#include "mainwindow/MainWindow.h"

#include "connect/ConnectDialog.h"
#include "domain/Dates.h"
#include "domain/Programme.h"
#include "import/ImportWizard.h"
#include "overview/FigureTile.h"
#include "service/PracticeOverview.h"
#include "stats/HeadlineFigures.h"
#include "store/ChangeWatcher.h"
#include "store/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cd {
namespace {

struct TileSpec
{
    const char* key;
    const char* label;
    const char* explanation;
};

constexpr TileSpec kTiles[] = {
    {"list_size", "Registered patients", "Patients on the practice's list on this date."},
    {"informed", "Informed", "Patients sent an information pack that did not come back."},
    {"in_window", "In the opt-out window", "Informed patients whose window is still open, with no choice yet."},
    {"implied", "Implied consent", "Window closed with no choice recorded: a record is created (9Ndl)."},
    {"consent_core", "Express consent, core", "Consented to the core record only (9Ndm)."},
    {"consent_core_additional", "Express consent, core + additional", "Consented to core and additional (9Ndn)."},
    {"dissent", "Opted out", "Express dissent (9Ndo): no record may be uploaded."},
    {"not_informed", "Not informed", "No pack sent, or the pack came back undelivered, and no choice recorded."},
    {"awaiting_coding", "Awaiting coding", "Choices not yet coded in the clinical system."},
    {"gp_review", "Waiting for GP review", "Choices made by a proxy or a child, waiting for a GP's decision."},
    {"letters_returned", "Letters returned", "Packs that came back undelivered."},
    {"uptake_percent", "Uptake", "Records created (implied and express consent) as a share of the list."},
};

QString count(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

} // namespace

MainWindow::MainWindow(Database& db, QDate asOf, QString userName, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_asOf(asOf)
    , m_userName(std::move(userName))
{
    setWindowTitle(QStringLiteral("Consent Desk"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setSpacing(12);
    setCentralWidget(central);
    buildHeader(central);
    buildTiles(central);
    layout->addStretch();
    buildMenus();
    m_statusAsOf = new QLabel(this);
    m_statusPractice = new QLabel(this);
    m_statusUser = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusAsOf);
    statusBar()->addPermanentWidget(m_statusPractice, 1);
    statusBar()->addPermanentWidget(m_statusUser);
    m_statusConnection = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusConnection);
    resize(1100, 720);
    refresh();
    // Other desks' work shows here without pressing refresh; a lost server connection is said plainly.
    auto* watcher = new ChangeWatcher(m_db, this);
    connect(watcher, &ChangeWatcher::changed, this, &MainWindow::refresh);
    connect(watcher, &ChangeWatcher::connectionLost, this,
            [this] { m_statusConnection->setText(tr("\u26A0 Lost the connection to the server: reconnecting…")); });
    connect(watcher, &ChangeWatcher::connectionRestored, this, [this] { m_statusConnection->clear(); });
}

void MainWindow::buildHeader(QWidget* central)
{
    auto* header = new QHBoxLayout;
    m_practiceLabel = new QLabel(central);
    m_practiceLabel->setTextFormat(Qt::PlainText);
    QFont title = m_practiceLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_practiceLabel->setFont(title);
    header->addWidget(m_practiceLabel, 1);

    auto* asOfLabel = new QLabel(tr("&View as of:"), central);
    m_asOfEdit = new QDateEdit(m_asOf, central);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setDisplayFormat(QStringLiteral("dd MMM yyyy"));
    m_asOfEdit->setAccessibleName(tr("View the practice as of this date"));
    asOfLabel->setBuddy(m_asOfEdit);
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, &MainWindow::setAsOf);
    header->addWidget(asOfLabel);
    header->addWidget(m_asOfEdit);
    static_cast<QVBoxLayout*>(central->layout())->addLayout(header);

    m_uploadLabel = new QLabel(central);
    m_uploadLabel->setTextFormat(Qt::PlainText);
    m_uploadLabel->setWordWrap(true);
    m_uploadLabel->setAccessibleName(tr("Upload date"));
    static_cast<QVBoxLayout*>(central->layout())->addWidget(m_uploadLabel);
}

void MainWindow::buildTiles(QWidget* central)
{
    auto* grid = new QGridLayout;
    grid->setSpacing(10);
    int i = 0;
    for (const TileSpec& spec : kTiles) {
        auto* tile = new FigureTile(tr(spec.label), tr(spec.explanation), central);
        tile->setObjectName(QString::fromLatin1(spec.key));
        m_tiles.insert(QString::fromLatin1(spec.key), tile);
        grid->addWidget(tile, i / 4, i % 4);
        ++i;
    }
    static_cast<QVBoxLayout*>(central->layout())->addLayout(grid);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open practice file…"), QKeySequence::Open, this, &MainWindow::openFile);
    file->addAction(tr("Connect to &server…"), this, &MainWindow::connectToServer);
    file->addSeparator();
    file->addAction(tr("&Import the register…"), QKeySequence(tr("Ctrl+I")), this, [this] {
        // The manager's import; the services refuse it for other roles whatever the menu shows.
        const AsOfClock clock(m_asOf);
        ImportWizard wizard(m_db, clock, Actor{m_userName, Role::Manager}, this);
        wizard.exec();
        refresh();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Consent Desk"), this, &MainWindow::showAbout);
}

void MainWindow::openDesk(const QString& target, const QString& password)
{
    // A practice opens in a desk of its own; the password travels in that desk's environment only.
    QProcess desk;
    desk.setProgram(QCoreApplication::applicationFilePath());
    desk.setArguments({QStringLiteral("--db"), target, QStringLiteral("--user"), m_userName});
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
        openDesk(dialog.url(), dialog.password());
    }
}

void MainWindow::setAsOf(QDate asOf)
{
    if (!asOf.isValid() || asOf == m_asOf) {
        return;
    }
    m_asOf = asOf;
    if (m_asOfEdit->date() != asOf) {
        m_asOfEdit->setDate(asOf);
    }
    refresh();
}

QString MainWindow::uploadBanner() const
{
    return m_uploadLabel->text();
}

void MainWindow::refresh()
{
    auto overview = PracticeOverview::load(m_db);
    auto figures = HeadlineFigures::compute(m_db, Programme::scr(), m_asOf);
    if (!overview || !figures) {
        const QString why = overview ? figures.error().message : overview.error().message;
        statusBar()->showMessage(why);
        m_practiceLabel->setText(why);
        return;
    }
    const PracticeOverview& o = *overview;
    m_practiceLabel->setText(QStringLiteral("%1 \u2014 %2, %3").arg(o.practice.name, o.practice.code, o.regionName));
    const HeadlineFigures& f = *figures;
    const auto share = [&](qint64 n) {
        return f.listSize > 0 ? tr("%1% of the list").arg(QString::number(percentOf(n, f.listSize), 'f', 2))
                              : QString();
    };
    m_tiles.value(QStringLiteral("list_size"))->setValue(count(f.listSize));
    m_tiles.value(QStringLiteral("informed"))->setValue(count(f.informed()), share(f.informed()));
    for (const QString& state : Programme::scr().stateNames()) {
        if (FigureTile* tile = m_tiles.value(state)) {
            tile->setValue(count(f.count(state)), share(f.count(state)));
        }
    }
    m_tiles.value(QStringLiteral("gp_review"))->setValue(count(f.gpReview));
    m_tiles.value(QStringLiteral("letters_returned"))->setValue(count(f.lettersReturned));
    m_tiles.value(QStringLiteral("uptake_percent"))
        ->setValue(QString::number(f.uptakePercent(), 'f', 2) + u'%',
                   tr("opt-out rate %1%").arg(QString::number(f.optOutPercent(), 'f', 2)));
    FigureTile* coding = m_tiles.value(QStringLiteral("awaiting_coding"));
    coding->setValue(count(f.awaitingCoding));

    QStringList banner;
    QString codingWarning;
    if (const auto mailout = PracticeOverview::latestMailout(m_db, m_asOf); mailout.isValid()) {
        const QDate lastDay = mailout.addDays(o.windowDays);
        const qint64 left = m_asOf.daysTo(lastDay);
        banner << tr("Information packs mailed %1; the opt-out window %2 %3%4.")
                      .arg(humanDate(mailout), left >= 0 ? tr("closes on") : tr("closed on"), humanDate(lastDay),
                           left >= 0 ? tr(" (%1 days left)").arg(left) : QString());
    } else {
        banner << tr("No information packs have been mailed yet.");
    }
    if (o.plannedUpload.isValid()) {
        const qint64 days = m_asOf.daysTo(o.plannedUpload);
        banner << (days >= 0 ? tr("Planned upload: %1, %2 days away.").arg(humanDate(o.plannedUpload)).arg(days)
                             : tr("Planned upload: %1 (%2 days ago).").arg(humanDate(o.plannedUpload)).arg(-days));
        if (f.awaitingCoding > 0 && days <= 28) {
            codingWarning = days >= 0 ? tr("Code these before the upload on %1.").arg(humanDate(o.plannedUpload))
                                      : tr("The upload date has passed: code these now.");
        }
    } else {
        banner << tr("No upload date is set for the practice.");
    }
    coding->setWarning(codingWarning);
    m_uploadLabel->setText(banner.join(u' '));
    const QString demo = o.demo ? tr(" (demo data)") : QString();
    m_statusAsOf->setText(tr("As of %1").arg(humanDate(m_asOf)) + QStringLiteral("  \u00B7 "));
    // On a server, say which one: a desk must know it is sharing the practice with others.
    const DatabaseTarget& where = m_db.target();
    const QString server = where.engine == Engine::PostgreSQL
                               ? tr(" \u00B7 server %1:%2/%3").arg(where.host).arg(where.port).arg(where.database)
                               : QString();
    m_statusPractice->setText(tr("%1 (%2)%3%4").arg(o.practice.name, o.practice.code, demo, server));
    m_statusUser->setText(tr("Signed in as %1").arg(m_userName) + QStringLiteral("  "));
    setWindowTitle(tr("Consent Desk \u2014 %1").arg(o.practice.name));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Consent Desk"),
        tr("<h3>Consent Desk %1</h3><p>The practice's register of Summary Care Record consent.</p>"
           "<p>Qt %2<br>Database: %3 (schema %4)</p>")
            .arg(QStringLiteral(CONSENTDESK_VERSION), QString::fromLatin1(qVersion()), m_db.path().toHtmlEscaped())
            .arg(m_db.schemaVersion()));
}

} // namespace cd
