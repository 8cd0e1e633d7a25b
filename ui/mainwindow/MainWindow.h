#pragma once

#include "domain/Clock.h"
#include "help/HelpKey.h"
#include "print/PrintedList.h"
#include "service/Actor.h"
#include "service/ConsentService.h"
#include "service/PracticeOverview.h"

#include <QDate>
#include <QMainWindow>
#include <QSet>

#include <optional>

class QAction;
class QLabel;
class QTabWidget;
class QTimer;

namespace cd {

class DateField;

class ChartsPage;
class ChoiceWorklistPage;
class Database;
class DeskActions;
class DeskSettings;
class FigureTile;
class OverviewPage;
class PatientWorklistPage;
class PatientsPage;
class PrivacyCover;

// The desk: the practice and its as-of date above; the patients (search, list, panel), the overview and the
// worklists as tabs (Ctrl+1 to Ctrl+6); every action in a menu with its shortcut; the as-of date, the practice and
// the user always in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Everything is read before the window is shown, or (the application) the figures just after its first paint,
    // so a large practice's window appears at once with its list and the counts follow.
    enum class Start { Complete, FiguresAfterFirstPaint };
    // settings may be null (nothing remembered); tests pass a throwaway one.
    // The desk for a signed-in user, whose role the services check on every action.
    MainWindow(Database& db, QDate asOf, Actor actor, DeskSettings* settings = nullptr, Start start = Start::Complete,
               QWidget* parent = nullptr);
    // A database with no users yet: the operating-system user, manager (INTERFACES.md, sign-in).
    MainWindow(Database& db, QDate asOf, QString userName, DeskSettings* settings = nullptr,
               Start start = Start::Complete, QWidget* parent = nullptr);
    // After this many minutes without a key or a click, the desk asks for the user's password again.
    void lockWhenIdle(int minutes);
    // Locks now (File > Lock the desk, Ctrl+Shift+L): every window's content hidden until the user's password.
    void lock();
    // Ends this user's session; the application signs someone in again (the practice stays open).
    void switchUser();
    // True when the window closed because the user chose to switch user (the application signs in again).
    [[nodiscard]] bool switchRequested() const { return m_switchRequested; }
    [[nodiscard]] const Actor& actor() const { return m_actor; }
    // While locked: what is hidden (for tests), and whether the user or the idle timer locked it.
    [[nodiscard]] const PrivacyCover* lockCover() const { return m_lockCover; }
    enum class LockedBy { User, Idle };
    [[nodiscard]] LockedBy lockedBy() const { return m_lockedBy; }
    ~MainWindow() override;

    [[nodiscard]] QDate asOf() const { return m_clock.today(); }
    void setAsOf(QDate asOf);
    // The tile of one figure, by its key ("list_size", "dissent", ...): for tests and accessibility checks.
    [[nodiscard]] FigureTile* tile(const QString& key) const;
    [[nodiscard]] QString uploadBanner() const;
    // The bar shown while the desk views a date before today (empty when it views today).
    [[nodiscard]] QString pastDateBar() const;
    // The bar that says the history no longer extends the newest backup (empty hides it).
    void showHistoryWarning(const QString& warning);
    [[nodiscard]] QString historyWarning() const;
    // The prompt shown while the practice has no patients (empty when it has some).
    [[nodiscard]] QString emptyPracticePrompt() const;
    [[nodiscard]] PatientsPage* patients() const { return m_patients; }
    [[nodiscard]] ChoiceWorklistPage* awaitingCoding() const { return m_coding; }
    [[nodiscard]] ChoiceWorklistPage* gpReview() const { return m_review; }
    [[nodiscard]] ChoiceWorklistPage* codesToCorrect() const { return m_corrections; }
    [[nodiscard]] PatientWorklistPage* notInformed() const { return m_notInformed; }
    [[nodiscard]] PatientWorklistPage* windowClosing() const { return m_closing; }
    [[nodiscard]] ChartsPage* charts() const { return m_charts; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] ConsentService& service() { return m_service; }
    [[nodiscard]] DeskActions* actions() const { return m_actions; }
    // The user guide's section for the page in view (F1).
    [[nodiscard]] HelpSection currentHelpSection() const;

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildHeader(QWidget* central);
    void buildPages();
    void buildMenus();
    void exportIdentifiable(bool fhir);
    void refresh();
    void refreshFigures();
    void showAbout();
    void openFile();
    void connectToServer();
    void newPractice();
    void openDesk(const QString& target, const QString& password, const QString& user = QString());
    void showPatient(const QString& nhs);
    void reloadCurrentTab();
    // The Patient menu follows the list's selection (and the role): its actions are enabled only with a patient.
    void updatePatientActions();
    // What File > Print the list prints on the page in view: the selected patient's history, or the worklist.
    std::optional<PrintedList> currentList();
    void lockDesk(bool idle);
    // File > Import the register (Ctrl+I), and the empty practice's prompt.
    void importRegister();
    void reconcileWithClinicalSystem();
    void updateEmptyPracticeBar(const PracticeOverview& overview);
    // File > Change my password: the signed-in user's own, typed twice.
    void changeOwnPassword();
    void updatePastBar();
    // Disables an action the signed-in role may not take, with a tooltip that says who may.
    void restrictTo(QAction* action, Permission permission);
    static QString whoMay(Permission permission);
    // The header's sentence on the mail-outs' windows: "most windows close 9 Apr 2010 (25 days left); 248 close...".
    static QString windowsSentence(const QList<PracticeOverview::WindowsClosing>& days, QDate today);

    Database& m_db;
    AsOfClock m_clock;
    QString m_userName;
    Actor m_actor;
    DeskSettings* m_settings;
    ConsentService m_service;
    DeskActions* m_actions = nullptr;
    QLabel* m_practiceLabel = nullptr;
    QLabel* m_uploadLabel = nullptr;
    QLabel* m_pastBar = nullptr;
    QLabel* m_historyBar = nullptr;
    QWidget* m_emptyBar = nullptr; // a practice with no patients yet: import the register first
    QLabel* m_emptyText = nullptr;
    QAction* m_importAction = nullptr;
    DateField* m_asOfEdit = nullptr;
    QTabWidget* m_tabs = nullptr;
    PatientsPage* m_patients = nullptr;
    OverviewPage* m_overview = nullptr;
    ChoiceWorklistPage* m_coding = nullptr;
    ChoiceWorklistPage* m_review = nullptr;
    ChoiceWorklistPage* m_corrections = nullptr;
    PatientWorklistPage* m_notInformed = nullptr;
    PatientWorklistPage* m_closing = nullptr;
    ChartsPage* m_charts = nullptr;
    QLabel* m_statusAsOf = nullptr;
    QLabel* m_statusPractice = nullptr;
    QLabel* m_statusUser = nullptr;
    QLabel* m_statusConnection = nullptr;
    bool m_figuresAfterPaint = false;
    QSet<QWidget*> m_staleTabs; // worklists changed since they were last read
    QAction* m_recordAction = nullptr;
    QAction* m_codedAction = nullptr;
    QAction* m_reviewAction = nullptr;
    QAction* m_letterAction = nullptr;
    QAction* m_voidAction = nullptr;
    QAction* m_registerAction = nullptr;
    QAction* m_printAction = nullptr;
    QAction* m_pdfAction = nullptr;
    QTimer* m_idle = nullptr;
    bool m_switchRequested = false;
    bool m_locked = false;
    LockedBy m_lockedBy = LockedBy::User;
    const PrivacyCover* m_lockCover = nullptr;
};

} // namespace cd
