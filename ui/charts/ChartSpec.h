#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace cd {

// What a chart shows, with no trace of the library that draws it: the screens, the exports and the PDF report
// build these from core's series, and one ChartView implementation draws them (QtCharts today).
struct ChartSpec
{
    enum class Kind {
        DateLines,      // lines over dates (x: dates), with milestone markers and target lines
        StackedPercent, // categories, each a bar split by series into shares of 100%
        Stacked,        // categories, each a bar of the series' values stacked (on valueMax, or the data's top)
        Bars,           // categories, one value each (horizontal bars, value labels)
    };
    struct Series
    {
        QString name;
        QList<QPair<QDate, double>> points; // DateLines
        QList<double> values;               // the bar kinds: one per category
        QString unit;                       // "%" or "" for counts, in tooltips and labels
        bool secondaryAxis = false;         // DateLines: against the right-hand axis (a small share beside a big one)
    };
    struct Marker
    {
        QDate date;
        QString label;
        bool planned = false;
        bool practice = false; // the practice's own (drawn stronger than the region's)
    };
    struct Target
    {
        double value = 0.0;
        QDate until;
        QString label;
    };

    Kind kind = Kind::DateLines;
    QString title;
    QString subtitle;
    QString valueTitle;     // the value axis: "% of the list", "forms"
    QString secondaryTitle; // the right-hand axis, when a series uses it
    double valueMax = 0.0;  // 0: from the data
    QStringList categories;
    QList<Series> series;
    QList<Marker> markers;
    QList<Target> targets;
    QDate from;
    QDate to;
    QString emptyText; // shown instead when there is nothing to draw

    [[nodiscard]] bool isEmpty() const;
};

} // namespace cd
