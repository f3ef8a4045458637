// Comparing a value with a criterion's limits "as displayed" (docs/grid-rules.md §2).
// Shared by the run verdict, the window, the production hint and anything that
// shows a colour next to a value. The decision rules are in decision_rules.h.
#pragma once

#include "grid/verdict.h"

namespace palier {

// Rounds half away from zero to `decimals` places (as PostgreSQL's ROUND on
// numeric). A value within 1e-9 (relative) of a half is taken as that half, so
// binary drift such as 1.005 stored as 1.00499999… still rounds up to 1.01.
double roundHalfAwayFromZero(double value, int decimals);

// The value as it is displayed and compared: latencies in whole milliseconds,
// error rates and throughput with two decimals. NaN stays NaN.
double displayedValue(Metric metric, double value);

// 100 × part / whole rounded to two decimals (half away from zero) on integers,
// exactly as the seed's SQL ROUND(100.0 * errors / total, 2). NaN when whole <= 0.
double roundedPercentOfCounts(qint64 part, qint64 whole);

// Colour of an already displayed value against the criterion's limits. Lower is
// better: green when value <= green (< when greenStrict), red when value > orange
// (>= when orangeStrict), orange otherwise; higher is better mirrors it. NaN (and a
// TargetStageHeld criterion, which has no limits) gives NotEvaluated.
Colour colourOf(const CriterionDef &criterion, double displayed);

} // namespace palier
