// One run per test (docs/grid-rules.md §9). A run's identity is its tool, its start second
// and its stage plan — never the path: the same test reached by a symlink, a
// copy, a repeated argument, or written by k6 as CSV, NDJSON and summary, is one
// run. That section has the rules; in short:
// - runs with one identity are merged: the most complete and exact one supplies
//   the figures (stages over none, exact percentiles over a tool's own, more
//   requests, then valid over invalid), and a "run.duplicate" finding names
//   every path;
// - when copies that are all valid disagree on their figures, nobody can tell
//   which is right: "run.invalid.conflicting_copies" sets the run aside; a copy
//   that is itself invalid (damaged) gives way to a valid one, with a finding;
// - a run without a start time (a k6 summary export) joins a timed run of the
//   same tool in the same folder only when its request and failure counts
//   match exactly, bringing its thresholds;
// - ids are made unique (parent folder, then a number), and every run gets a
//   name for people: its id and its start time.
#pragma once

#include "model/run.h"

namespace palier {

QList<Run> oneRunPerTest(QList<Run> runs);

// "tool|start second|stage plan", empty for a run without a start time.
QString runIdentity(const Run &run);

} // namespace palier
