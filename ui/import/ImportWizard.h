#pragma once

#include "register/RegisterImport.h"

#include <QWizard>

#include <atomic>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

// The register import for a practice manager: choose the export, check what was read and how its columns map (and
// change the mapping), see a dry run of what would change, apply it with a progress bar that can be cancelled until
// the commit, and finish on the counts with the rejected rows, which can be saved as CSV. All by keyboard too.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { ChooseFile, Preview, DryRun, Finished };

    ImportWizard(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);

    // For tests and for a file dropped on the window.
    void setFile(const QString& path);
    [[nodiscard]] const ImportReport& lastReport() const { return m_report; }
    [[nodiscard]] QString lastError() const { return m_error; }
    void cancelImport() { m_cancelled = true; }

protected:
    bool validateCurrentPage() override;
    // Cancel while the import runs stops it before the commit rather than closing the window under it.
    void reject() override;
    void initializePage(int id) override;

private:
    QWizardPage* buildChooseFilePage();
    QWizardPage* buildPreviewPage();
    QWizardPage* buildDryRunPage();
    QWizardPage* buildFinishedPage();
    bool loadFile();
    bool runImport(bool dryRun);
    ImportOptions options(bool dryRun, int writingFrom);
    // Long work shows its bar and leaves only Cancel pressable.
    void setBusy(bool busy, QProgressBar* bar);
    void fillRejects(QTableWidget* table);
    void saveRejects();

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    QString m_file;                         // the register chosen, read again (streamed) for the dry run and the import
    QHash<RegisterField, int> m_recognised; // the column recognition chose for each field, when loaded
    ImportReport m_report;
    QString m_error;
    std::atomic<bool> m_cancelled = false; // read by the worker thread
    bool m_busy = false;

    QLineEdit* m_path = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_sample = nullptr;
    QTableWidget* m_mapping = nullptr;
    QLabel* m_dryRunSummary = nullptr;
    QCheckBox* m_allowDeductions = nullptr;
    QTableWidget* m_dryRunRejects = nullptr;
    QProgressBar* m_loadProgress = nullptr;
    QProgressBar* m_readProgress = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_finishedSummary = nullptr;
    QTableWidget* m_rejects = nullptr;
};

} // namespace cd
