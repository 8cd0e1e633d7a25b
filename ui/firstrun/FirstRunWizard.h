#pragma once

#include "domain/Clock.h"
#include "service/PracticeService.h"

#include "domain/Region.h"

#include <QWizard>

#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;

namespace cd {

class ConnectForm;
class DateField;

// Opened with no database, Consent Desk asks what to do instead of showing an empty window: create a new practice
// (its code, name, region, the first manager and where to keep the file), connect to the practice's server, or
// explore the demo practice. Nothing is written until Finish; a failure on the way leaves nothing behind.
class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum class Start { Choice, NewPractice };
    enum class Choice { NewPractice, Server, Demo };
    enum PageId { ChoicePage, PracticePage, ManagerPage, ServerPage, DemoPage };

    // What the desk opens next: the new practice's file (its manager signed in), the server's URL and password,
    // or the demo's file.
    struct Outcome
    {
        Choice choice = Choice::Demo;
        QString target;
        QString password; // the server's; empty for files
        QString manager;  // the new practice's first manager, already signed in
    };

    explicit FirstRunWizard(Start start = Start::Choice, QWidget* parent = nullptr);
    [[nodiscard]] const Outcome& outcome() const { return m_outcome; }
    [[nodiscard]] Choice choice() const;
    // The message the current page shows when its input was refused (empty when none): for tests.
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QString storageWarningText() const;

    int nextId() const override;

protected:
    bool validateCurrentPage() override;

private:
    QWizardPage* buildChoicePage();
    QWizardPage* buildPracticePage();
    QWizardPage* buildManagerPage();
    QWizardPage* buildServerPage();
    QWizardPage* buildDemoPage();
    QLabel* problemLabel(QWidget* page);
    static std::optional<Region> typedRegion(const QString& text);
    void showProblem(const QString& message);
    // The practice page as the service takes it: checked on Next, made on Finish.
    [[nodiscard]] InitPracticeCommand practiceCommand() const;
    bool checkPractice();
    bool checkManager();
    bool checkServer();
    bool createPractice();
    void chooseLocation();
    void updateStorageWarning();

    SystemClock m_clock;
    Outcome m_outcome;
    QButtonGroup* m_choices = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_region = nullptr;
    DateField* m_upload = nullptr;
    QLineEdit* m_location = nullptr;
    QLabel* m_storageWarning = nullptr;
    QLineEdit* m_manager = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    ConnectForm* m_server = nullptr;
    QList<QLabel*> m_problems;
};

} // namespace cd
