// The one home of the decision rules and the ids the outside world reads.
//
// Two mappings from colours to a decision share the same thresholds and colours
// (docs/grid-rules.md §11) and are each written once, here:
// - the load-test grid (§7): GO with no red and at most one orange, WATCH with
//   exactly two oranges, NO-GO with a red or three oranges;
// - the production hint of the monitoring database (§11, the seed's SQL): NO_GO
//   with a red, WATCH with an orange, GO otherwise.
// They are compared colour by colour, never decision against decision.
#pragma once

#include "grid/grid_types.h"

#include <QString>

namespace palier {

// docs/grid-rules.md §7 on evaluated criteria only.
Decision decide(int reds, int oranges);
ScoreLabel scoreLabel(int score);

// docs/grid-rules.md §11: the production hint from the colours of its two criteria (an
// unknown value, NotEvaluated, never fires, as NULL in the seed's SQL).
DecisionHint productionHint(Colour p95, Colour errorRate);

// How good a decision is for the team: GO > WATCH > INCONCLUSIVE > NO-GO. A
// decision on less evidence must never rank above the one on more.
int decisionRank(Decision d);

// Ids of the JSON, the CLI and the report (docs/cli.md): never translated.
QString colourId(Colour c);                      // "green" | "orange" | "red" | "not_evaluated"
QString scoreLabelId(ScoreLabel l);              // "ok" | "attention" | "migrate"
QString decisionId(Decision d);                  // "GO" | "WATCH" | "NO_GO" | "INCONCLUSIVE"
QString decisionHintId(DecisionHint hint);       // "GO" | "WATCH" | "NO_GO" (the seed's values)
QString inconclusiveReasonId(InconclusiveReason r);   // "invalid_run" | "incomplete_evidence" | "rerun"

} // namespace palier
