// One criterion of the profile applied to one run (docs/grid-rules.md §1, §4).
#pragma once

#include "grid/verdict.h"

namespace palier {

// A key transaction needs this many requests at the target stage before any
// criterion judges it (docs/grid-rules.md §4: "too few samples").
inline constexpr qint64 kMinKeyRequests = 100;

// The index of the run's target stage (the first at the target users), or -1;
// always -1 for a run with run-level figures only.
int targetStageIndex(const Run &run, const Profile &profile);

// The value, colour and reason of criterion `c` on `run`. `stages` are the
// run's stage verdicts (the target's is the held verdict).
CriterionResult evaluateCriterion(const CriterionDef &c, const Run &run, const Profile &profile,
                                  const QList<StageVerdict> &stages, int targetIndex);

// The endpoint name closest to `name` among `names` (edit distance, ignoring
// case), for "did you mean"; empty when nothing is close.
QString closestName(const QString &name, const QStringList &names);

} // namespace palier
