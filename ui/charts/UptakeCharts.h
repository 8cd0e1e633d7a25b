#pragma once

#include "charts/ChartSpec.h"
#include "rollout/Milestone.h"
#include "stats/ConsentMix.h"
#include "stats/UptakeSeries.h"
#include "store/TimelineStore.h"

namespace cd {

// The four charts of the practice, as plain ChartSpecs built from core's figures: the same on screen, in exports
// and in the report.
ChartSpec uptakeChart(const UptakeSeries& series, const QList<Milestone>& milestones);
ChartSpec formsChart(const UptakeSeries& series, const QList<Milestone>& milestones);
// The consent mix as shares of 100%; with choicesOnly, the express choices alone (implied consent left out) as
// percentages of each group, so the small shares that matter can be read.
ChartSpec consentMixChart(const ConsentMix& mix, bool choicesOnly = false);
ChartSpec referenceChart(const UptakeSeries& series, const QList<ReferenceFigure>& references);

} // namespace cd
