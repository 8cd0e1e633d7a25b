#pragma once

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPalette>
#include <QPen>

namespace cd {

// Colours and patterns for charts, from the application's palette: light or dark as the desktop is (Qt 6.4 has no
// colour-scheme hint, so the window colour's lightness decides), series told apart by dash and fill pattern as well
// as colour, so a chart still reads in grey print or for someone who does not see the colours.
struct ChartStyle
{
    bool dark = false;
    QColor background;
    QColor text;
    QColor grid;
    QList<QColor> colours;

    static ChartStyle fromPalette(const QPalette& palette);
    [[nodiscard]] QColor colour(int index) const;
    [[nodiscard]] QPen linePen(int index) const;
    [[nodiscard]] QBrush barBrush(int index) const;
    [[nodiscard]] QPen markerPen(bool practice, bool planned) const;
    [[nodiscard]] QPen targetPen(int index = 0) const;
    // A legend marker's fill: the series' colour (the text colour for targets) in a pattern no other marker has.
    [[nodiscard]] QBrush legendBrush(int index) const;
    // For print: black text on white, whatever the screen's palette.
    static ChartStyle forPrint();
};

} // namespace cd
