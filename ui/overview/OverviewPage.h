#pragma once

#include <QHash>
#include <QWidget>

namespace cd {

class FigureTile;
struct UploadReadiness;
struct HeadlineFigures;

// The practice at a glance: the headline figures as tiles, each with what it means.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);
    void show(const HeadlineFigures& figures, const QString& codingWarning);
    // The last reconciliation with the clinical system, with its date, and who it found at risk.
    void showReadiness(const UploadReadiness& readiness);
    [[nodiscard]] FigureTile* tile(const QString& key) const { return m_tiles.value(key); }

private:
    QHash<QString, FigureTile*> m_tiles;
};

} // namespace cd
