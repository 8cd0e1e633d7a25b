#include "firstrun/FirstRunWizard.h"

#include "connect/ConnectForm.h"
#include "domain/Region.h"
#include "help/HelpKey.h"
#include "service/Actor.h"
#include "service/BackupService.h"
#include "service/DemoService.h"
#include "service/PracticeOverview.h"
#include "service/UserService.h"
#include "store/Database.h"
#include "store/DatabaseTarget.h"
#include "widgets/DateField.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace cd {

FirstRunWizard::FirstRunWizard(Start start, QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Welcome to Consent Desk"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setHelpSection(this, HelpSection::FirstRun);
    setPage(ChoicePage, buildChoicePage());
    setPage(PracticePage, buildPracticePage());
    setPage(ManagerPage, buildManagerPage());
    setPage(ServerPage, buildServerPage());
    setPage(DemoPage, buildDemoPage());
    setStartId(start == Start::NewPractice ? PracticePage : ChoicePage);
    resize(640, 480);
}

QWizardPage* FirstRunWizard::buildChoicePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("What would you like to do?"));
    page->setSubTitle(tr("Consent Desk keeps the practice's record of who has opted out of the Summary Care Record, "
                         "and what is still to be coded before the upload."));
    auto* layout = new QVBoxLayout(page);
    m_choices = new QButtonGroup(page);
    const struct
    {
        Choice choice;
        QString label;
        QString detail;
    } options[] = {
        {Choice::NewPractice, tr("Create a ne&w practice"),
         tr("Set up this practice: its code, name and region, and the first manager, who adds the other staff.")},
        {Choice::Server, tr("&Connect to the practice server"),
         tr("The practice already keeps Consent Desk on a PostgreSQL server, for several desks at once.")},
        {Choice::Demo, tr("&Explore the demo practice"),
         tr("A made-up practice with synthetic patients, to try everything safely. Marked \"Demo data\" "
            "everywhere.")},
    };
    for (const auto& option : options) {
        auto* radio = new QRadioButton(option.label, page);
        radio->setObjectName(QStringLiteral("choice%1").arg(static_cast<int>(option.choice)));
        radio->setToolTip(option.detail);
        m_choices->addButton(radio, static_cast<int>(option.choice));
        auto* detail = new QLabel(option.detail, page);
        detail->setWordWrap(true);
        detail->setIndent(24);
        detail->setBuddy(radio);
        layout->addWidget(radio);
        layout->addWidget(detail);
        layout->addSpacing(6);
    }
    m_choices->button(static_cast<int>(Choice::NewPractice))->setChecked(true);
    layout->addStretch(1);
    return page;
}

QWizardPage* FirstRunWizard::buildPracticePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The practice"));
    page->setSubTitle(tr("As on the practice's letters from the PCT. The region decides the rollout timeline."));
    auto* form = new QFormLayout(page);
    m_code = new QLineEdit(page);
    m_code->setObjectName(QStringLiteral("practiceCode"));
    m_code->setPlaceholderText(tr("a letter and five digits, e.g. F84001"));
    m_code->setToolTip(tr("The practice's ODS code: one letter and five digits."));
    m_code->setMaxLength(6);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("practiceName"));
    m_region = new QComboBox(page);
    m_region->setObjectName(QStringLiteral("region"));
    for (const Region& region : allRegions()) {
        m_region->addItem(region.name, region.id);
    }
    // Typed, a region is found by any part of its name: "london" or "yorkshire", without its "NHS".
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_region->completer()->setFilterMode(Qt::MatchContains);
    m_region->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_region->setCurrentIndex(-1);
    m_region->lineEdit()->setPlaceholderText(tr("type part of the name, e.g. london"));
    m_region->setToolTip(tr("The Strategic Health Authority the practice belongs to."));
    m_upload = new DateField(QDate(), page);
    m_upload->setObjectName(QStringLiteral("plannedUpload"));
    m_upload->setMinimumDate({2007, 1, 1});
    m_upload->setToolTip(tr("The day the practice's records are to be uploaded, if the PCT has given one: the desk "
                            "counts down to it and warns of forms not yet coded. Leave it empty if not known yet; "
                            "Practice settings changes it later."));
    // Once typed, the region shows as the list names it.
    connect(m_region->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (const auto region = typedRegion(m_region->currentText())) {
            m_region->setCurrentIndex(m_region->findData(region->id));
        }
    });
    connect(m_upload, &DateField::refused, this, [this](const QString& why) { showProblem(why); });
    m_location = new QLineEdit(defaultDatabaseFile(QStringLiteral("consentdesk.sqlite")), page);
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setToolTip(tr("Where the practice's database file is kept: a folder on this computer that only "
                              "you can read, and that is backed up."));
    auto* browse = new QPushButton(tr("Bro&wse…"), page);
    connect(browse, &QPushButton::clicked, this, &FirstRunWizard::chooseLocation);
    auto* where = new QHBoxLayout;
    where->addWidget(m_location, 1);
    where->addWidget(browse);
    m_storageWarning = new QLabel(page);
    m_storageWarning->setObjectName(QStringLiteral("storageWarning"));
    m_storageWarning->setWordWrap(true);
    m_storageWarning->setStyleSheet(QStringLiteral("color: #a0522d;"));
    connect(m_location, &QLineEdit::textChanged, this, &FirstRunWizard::updateStorageWarning);
    form->addRow(tr("Practice &code:"), m_code);
    form->addRow(tr("Practice na&me:"), m_name);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Planned &upload:"), m_upload);
    auto* whereLabel = new QLabel(tr("&Keep the database in:"), page);
    whereLabel->setBuddy(m_location); // a row of two widgets: the label must be told which takes the focus
    form->addRow(whereLabel, where);
    form->addRow(m_storageWarning);
    form->addRow(problemLabel(page));
    updateStorageWarning();
    return page;
}

QWizardPage* FirstRunWizard::buildManagerPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The first manager"));
    page->setSubTitle(tr("The practice manager signs in with this name and password, then adds the other staff. "
                         "Use at least 10 characters; a few words make a good password."));
    auto* form = new QFormLayout(page);
    m_manager = new QLineEdit(page); // their own sign-in name, never the computer's account
    m_manager->setObjectName(QStringLiteral("managerName"));
    m_manager->setPlaceholderText(tr("your own, e.g. j.smith"));
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("managerPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(QStringLiteral("managerConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_manager);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_confirm);
    form->addRow(problemLabel(page));
    page->setFinalPage(true);
    return page;
}

QWizardPage* FirstRunWizard::buildServerPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The practice server"));
    page->setSubTitle(tr("As your IT support set it up. The password is used for this connection only and is never "
                         "stored."));
    auto* layout = new QVBoxLayout(page);
    m_server = new ConnectForm(page);
    layout->addWidget(m_server);
    layout->addWidget(problemLabel(page));
    layout->addStretch(1);
    page->setFinalPage(true);
    return page;
}

QWizardPage* FirstRunWizard::buildDemoPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The demo practice"));
    page->setSubTitle(tr("A made-up London practice whose information packs went out in January 2010."));
    auto* text = new QLabel(
        tr("<p>Every patient in it is synthetic: try anything, nothing real can be harmed. The title bar and the "
           "status "
           "bar say <b>Demo data</b> all the while.</p>"
           "<p>Sign in as <b>demo-manager</b>, <b>demo-clinician</b> or <b>demo-reception</b> to see what each role "
           "may do; the password is <b>%1</b>.</p>"
           "<p>When you are ready, File › New practice sets up your own.</p>")
            .arg(kDemoPassword),
        page);
    text->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(text);
    layout->addStretch(1);
    page->setFinalPage(true);
    return page;
}

QLabel* FirstRunWizard::problemLabel(QWidget* page)
{
    auto* label = new QLabel(page);
    label->setObjectName(QStringLiteral("problem"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setAccessibleName(tr("Problem"));
    m_problems.append(label);
    return label;
}

FirstRunWizard::Choice FirstRunWizard::choice() const
{
    return static_cast<Choice>(m_choices->checkedId());
}

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case ChoicePage:
        return choice() == Choice::NewPractice ? PracticePage : choice() == Choice::Server ? ServerPage : DemoPage;
    case PracticePage:
        return ManagerPage;
    default:
        return -1;
    }
}

QString FirstRunWizard::problem() const
{
    if (auto* label = currentPage() ? currentPage()->findChild<QLabel*>(QStringLiteral("problem")) : nullptr) {
        return label->text();
    }
    return QString();
}

QString FirstRunWizard::storageWarningText() const
{
    return m_storageWarning->text();
}

void FirstRunWizard::showProblem(const QString& message)
{
    if (auto* label = currentPage()->findChild<QLabel*>(QStringLiteral("problem"))) {
        label->setText(message);
    }
}

bool FirstRunWizard::validateCurrentPage()
{
    showProblem(QString());
    switch (currentId()) {
    case DemoPage:
        m_outcome = {Choice::Demo, defaultDatabaseFile(QStringLiteral("demo.sqlite")), QString(), QString()};
        return true;
    case PracticePage:
        return checkPractice();
    case ManagerPage:
        return checkManager() && createPractice();
    case ServerPage:
        return checkServer();
    default:
        return true;
    }
}

// The region as typed: its id or name with or without "NHS" ("london", "NHS London"), or any part of the name that
// only one region has ("york", "east mid").
std::optional<Region> FirstRunWizard::typedRegion(const QString& text)
{
    if (auto exact = findRegion(text)) {
        return exact;
    }
    const QString part = text.simplified();
    std::optional<Region> only;
    if (part.size() < 3) {
        return only;
    }
    for (const Region& region : allRegions()) {
        if (region.name.contains(part, Qt::CaseInsensitive)) {
            if (only) {
                return std::nullopt; // "east": East of England or East Midlands
            }
            only = region;
        }
    }
    return only;
}

InitPracticeCommand FirstRunWizard::practiceCommand() const
{
    InitPracticeCommand command;
    command.code = m_code->text().trimmed().toUpper();
    command.name = m_name->text().trimmed();
    const auto region = typedRegion(m_region->currentText());
    command.region = region ? region->id : m_region->currentText().trimmed();
    command.plannedUpload = m_upload->date();
    return command;
}

bool FirstRunWizard::checkPractice()
{
    if (!typedRegion(m_region->currentText())) {
        showProblem(tr("Choose the practice's region from the list, or type enough of its name to tell it from the "
                       "others (e.g. london, yorkshire, east midlands)."));
        m_region->setFocus();
        return false;
    }
    if (auto valid = PracticeService::validate(practiceCommand()); !valid) {
        showProblem(valid.error().message);
        return false;
    }
    const QString path = m_location->text().trimmed();
    if (path.isEmpty() || !QDir::isAbsolutePath(QDir::fromNativeSeparators(path))) {
        showProblem(tr("Give the whole path of the database file, e.g. %1.")
                        .arg(QDir::toNativeSeparators(defaultDatabaseFile(QStringLiteral("consentdesk.sqlite")))));
        return false;
    }
    if (QFileInfo::exists(path)) {
        showProblem(tr("There is already a file at %1. Open it with File › Open practice file, or choose another "
                       "name.")
                        .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

bool FirstRunWizard::checkManager()
{
    const QString name = m_manager->text().trimmed();
    if (name.isEmpty()) {
        showProblem(tr("Give the manager's user name."));
        return false;
    }
    if (m_password->text() != m_confirm->text()) {
        showProblem(tr("The two passwords differ: type the same password in both."));
        return false;
    }
    if (auto strong = UserService::checkPassword(name, m_password->text()); !strong) {
        showProblem(strong.error().message);
        return false;
    }
    return true;
}

// Everything is made here, at Finish: the folder, the file, the practice, its first manager. Any failure removes
// what was made, so a second try starts clean.
bool FirstRunWizard::createPractice()
{
    const QString path = QDir::fromNativeSeparators(m_location->text().trimmed());
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    const bool madeFolder = !QDir(folder).exists();
    if (madeFolder && !QDir().mkpath(folder)) {
        showProblem(tr("The folder %1 could not be made: choose another place.").arg(QDir::toNativeSeparators(folder)));
        return false;
    }
    const QString manager = m_manager->text().trimmed();
    QString failure;
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        if (!db) {
            failure = db.error().message;
        } else {
            if (auto practice = PracticeService(**db, m_clock).init(Actor{manager, Role::Manager}, practiceCommand());
                !practice) {
                failure = practice.error().message;
            } else if (auto added = UserService(**db, m_clock).addFirstManager(manager, m_password->text()); !added) {
                failure = added.error().message;
            }
        }
    }
    if (!failure.isEmpty()) {
        for (const QString& suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile::remove(path + suffix);
        }
        if (madeFolder) {
            QDir().rmdir(folder);
        }
        showProblem(failure);
        return false;
    }
    m_outcome = {Choice::NewPractice, path, QString(), manager};
    return true;
}

bool FirstRunWizard::checkServer()
{
    const QString url = m_server->url();
    if (!m_server->password().isEmpty()) {
        qputenv("CONSENTDESK_DB_PASSWORD", m_server->password().toUtf8());
    }
    auto db = Database::open(url, Database::Mode::MustExist);
    if (!db) {
        showProblem(db.error().message);
        return false;
    }
    if (auto practice = PracticeOverview::load(**db); !practice) {
        showProblem(tr("The server answered, but holds no practice yet: %1").arg(practice.error().message));
        return false;
    }
    m_outcome = {Choice::Server, url, m_server->password(), QString()};
    return true;
}

void FirstRunWizard::chooseLocation()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Keep the practice's database in"), m_location->text(),
                                                      tr("Consent Desk practices (*.sqlite)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty()) {
        m_location->setText(QDir::toNativeSeparators(file));
    }
}

void FirstRunWizard::updateStorageWarning()
{
    const QString warning = storageWarning(QDir::fromNativeSeparators(m_location->text().trimmed()));
    m_storageWarning->setText(warning.isEmpty() ? QString() : QStringLiteral("\u26A0 ") + warning);
    m_storageWarning->setVisible(!warning.isEmpty());
}

} // namespace cd
