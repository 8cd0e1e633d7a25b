#pragma once

#include "service/Actor.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace cd {

class DateField;

class ChartView;
class Clock;
class Database;

// The practice's four charts over a chosen range and bucket: uptake against the rollout timeline, forms received,
// the consent mix by age band and sex, and the opt-out rate beside reference figures. Each exports as PNG or SVG.
class ChartsPage : public QWidget
{
    Q_OBJECT

public:
    ChartsPage(Database& db, const Clock& clock, Actor actor, QWidget* parent = nullptr);
    // Reads the figures again for the as-of date (the desk's clock) and redraws.
    void reload();
    void setRange(QDate from, QDate to);

    [[nodiscard]] QList<ChartView*> charts() const { return m_charts; }
    [[nodiscard]] ChartView* currentChart() const;
    [[nodiscard]] QTabWidget* chartTabs() const { return m_chartTabs; }
    [[nodiscard]] DateField* fromEdit() const { return m_from; }
    [[nodiscard]] DateField* toEdit() const { return m_to; }
    [[nodiscard]] QComboBox* bucketBox() const { return m_bucket; }
    [[nodiscard]] QCheckBox* choicesOnlyBox() const { return m_choicesOnly; }
    [[nodiscard]] QLabel* status() const { return m_status; }

    // Exports the current chart (the format from the file's extension, .png or .svg); false with a message shown.
    bool exportCurrent(const QString& file);

Q_SIGNALS:
    void timelineChanged(); // the editor or the reference figures saved a change

private:
    void chooseExport();
    void editTimeline();
    void editReferences();
    void defaultRange();

    Database& m_db;
    const Clock& m_clock;
    Actor m_actor;
    bool m_rangeChosen = false;
    QDate m_drawnFrom;
    QDate m_drawnTo;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QComboBox* m_bucket = nullptr;
    QCheckBox* m_choicesOnly = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    QLabel* m_status = nullptr;
    QList<ChartView*> m_charts;
};

} // namespace cd
