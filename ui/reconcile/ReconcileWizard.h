#pragma once

#include "domain/Clock.h"
#include "reconcile/Reconciliation.h"

#include <QWizard>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace cd {

class Database;

// File > Reconcile with the clinical system: choose the export of SCR consent codes, check which column gives the
// NHS number, the code and the date, see what a dry run finds by outcome (each list filterable and exportable as
// CSV, opt-outs at risk of upload first and in red), then apply: agreeing choices are marked coded and the run is
// kept for the Overview. All by keyboard too.
class ReconcileWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { ChooseFile, Mapping, Results, Finished };

    ReconcileWizard(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);

    void setFile(const QString& path);
    [[nodiscard]] const ReconcileReport& lastReport() const { return m_report; }
    [[nodiscard]] QString lastError() const { return m_error; }
    // The rows the results page shows now: its outcome and its filter.
    [[nodiscard]] QList<ReconcileRow> shownRows() const;
    // Tests: the results list by outcome and the filter, as a person would set them.
    void showOutcome(ReconcileOutcome outcome);
    void setFilter(const QString& text);
    // Tests: records the not-on-desk rows shown, as Record all does, without asking first.
    void recordShownWithoutAsking()
    {
        m_confirm = false;
        recordOnDesk(shownRows());
        m_confirm = true;
    }

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage* buildChooseFilePage();
    QWizardPage* buildMappingPage();
    QWizardPage* buildResultsPage();
    QWizardPage* buildFinishedPage();
    bool readHeader();
    bool run(bool dryRun);
    void fillResults();
    void exportShown();
    // Records the rows' choices (not-on-desk) on the desk, then reads the lists again.
    void recordOnDesk(const QList<ReconcileRow>& rows);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    ReconcileReport m_report;
    QString m_error;
    QStringList m_header;
    bool m_confirm = true; // ask before recording on the desk

    QLineEdit* m_path = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_mapping = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableWidget* m_rows = nullptr;
    QLabel* m_finished = nullptr;
    QPushButton* m_recordOne = nullptr;
    QPushButton* m_recordAll = nullptr;
};

} // namespace cd
