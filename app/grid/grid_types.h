// The grid's small vocabulary as types: colours, decisions, score labels and
// the production hint. Kept apart from verdict.h so that code that only names a
// colour or a decision (the monitoring views, say) does not pull in the run model.
#pragma once

namespace palier {

enum class Colour { Green, Orange, Red, NotEvaluated };
enum class ScoreLabel { Ok, Attention, Migrate };
enum class Decision { Go, Watch, NoGo, Inconclusive };
// Why a decision is INCONCLUSIVE, in the order of docs/grid-rules.md §10.
enum class InconclusiveReason { InvalidRun, IncompleteEvidence, Rerun };
// The production monitoring hint (docs/grid-rules.md §11).
enum class DecisionHint { Go, Watch, NoGo };

} // namespace palier
