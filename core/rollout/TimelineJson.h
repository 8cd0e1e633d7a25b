#pragma once

#include "domain/Result.h"
#include "rollout/Milestone.h"

#include <QByteArray>
#include <QList>

namespace cd {

// The timeline file (resources/rollout/timeline.json, and what the editor imports and exports):
//   {"format": "consentdesk-timeline", "version": 1,
//    "regions": [{"region": "london", "milestones": [
//        {"kind": "mailout", "label": "...", "date": "2010-01", "status": "actual", "source": "..."}]}]}
// "region" is an SHA's id or name, "national" or "practice"; "date" is YYYY-MM-DD, or YYYY-MM when the source
// gives only the month; "percent" (0-100) is optional, for targets.
// A file is taken whole or not at all: the first problem is refused with its line and what to change.
Result<QList<Milestone>> readTimelineJson(const QByteArray& text);
QByteArray writeTimelineJson(const QList<Milestone>& milestones);

// The timeline shipped with the application: the ten SHAs and the national milestones (DOMAIN.md).
const QList<Milestone>& shippedTimeline();

} // namespace cd
