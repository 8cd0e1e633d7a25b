#include "charts/ChartStyle.h"

namespace cd {

ChartStyle ChartStyle::fromPalette(const QPalette& palette)
{
    ChartStyle s;
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.dark = palette.color(QPalette::Window).lightness() < 128;
    s.grid = palette.color(QPalette::Mid);
    // Okabe and Ito's colour-blind-safe set; the dark variant swaps the darkest for lighter ones.
    s.colours = s.dark ? QList<QColor>{QColor(0x56B4E9), QColor(0xFF8C42), QColor(0x2FD3A4),
                                       QColor(0xF0E442), QColor(0xE69F00), QColor(0xE5A3CC)}
                       : QList<QColor>{QColor(0x0072B2), QColor(0xD55E00), QColor(0x009E73),
                                       QColor(0xCC79A7), QColor(0xE69F00), QColor(0x56B4E9)};
    return s;
}

QColor ChartStyle::colour(int index) const
{
    return colours.at(index % colours.size());
}

QPen ChartStyle::linePen(int index) const
{
    static const Qt::PenStyle dashes[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                          Qt::DashDotDotLine};
    QPen pen(colour(index), 2.5);
    pen.setStyle(dashes[index % 5]);
    return pen;
}

QBrush ChartStyle::barBrush(int index) const
{
    static const Qt::BrushStyle patterns[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern,
                                              Qt::CrossPattern, Qt::FDiagPattern, Qt::HorPattern};
    return QBrush(colour(index), patterns[index % 6]);
}

QPen ChartStyle::markerPen(bool practice, bool planned) const
{
    QPen pen(practice ? text : grid, practice ? 1.5 : 1.0);
    pen.setStyle(planned ? Qt::DotLine : Qt::DashLine);
    return pen;
}

QPen ChartStyle::targetPen(int index) const
{
    static const Qt::PenStyle dashes[] = {Qt::DashDotLine, Qt::DashDotDotLine, Qt::DotLine, Qt::DashLine};
    QPen pen(text, index % 2 == 0 ? 1.5 : 2.5);
    pen.setStyle(dashes[index % 4]);
    return pen;
}

QBrush ChartStyle::legendBrush(int index) const
{
    static const Qt::BrushStyle patterns[] = {Qt::SolidPattern,     Qt::Dense3Pattern, Qt::BDiagPattern,
                                              Qt::CrossPattern,     Qt::FDiagPattern,  Qt::HorPattern,
                                              Qt::DiagCrossPattern, Qt::VerPattern};
    return QBrush(index < colours.size() ? colour(index) : text, patterns[index % 8]);
}

ChartStyle ChartStyle::forPrint()
{
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Window, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    paper.setColor(QPalette::Mid, QColor(0xa0a0a0));
    return fromPalette(paper);
}

} // namespace cd
