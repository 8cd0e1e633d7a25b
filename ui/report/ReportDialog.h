#pragma once

#include "service/Actor.h"
#include "stats/LmcReport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QComboBox;
class QSpinBox;

namespace cd {

class DateField;

class Clock;
class Database;

// The LMC report for a period: preview and print, save as PDF, or export its tables as CSV. Manager only (the
// service refuses anyone else); each report made is audited.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);

    [[nodiscard]] DateField* fromEdit() const { return m_from; }
    [[nodiscard]] DateField* toEdit() const { return m_to; }
    [[nodiscard]] QComboBox* methodBox() const { return m_method; }
    [[nodiscard]] QComboBox* periodBox() const { return m_period; }
    [[nodiscard]] QPlainTextEdit* noteEdit() const { return m_note; }
    [[nodiscard]] QLabel* message() const { return m_message; }

    bool savePdf(const QString& file);
    bool saveAggregates(const QString& file);
    void preview();

private:
    // The period, disclosure control and note as the form shows them.
    [[nodiscard]] LmcReport::Options options() const;
    std::optional<LmcReport> gather(const QString& what);

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_period = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cd
