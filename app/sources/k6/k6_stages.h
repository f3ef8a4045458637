// Stages from the vus gauge (docs/grid-rules.md §3, docs/k6-reader.md §"Stages"). The
// plateaus are cut by the one rule every tool shares (analysis/plateaus.h):
// any length, single-sample levels and one-VU ramp steps are not stages, two
// plateaus at one level stay two stages. What the reader adds is the stage's
// request span and its figures:
//
// - durationS (= plateauS) is Plateau::durationS(): first to last vus sample,
//   forward gaps excluded. The grid's held duration and the window's
//   comparability use it.
// - The requests of a stage are those stamped from its first vus sample to its
//   last vus sample plus one sampling step (k6 samples the gauge every second,
//   and a sample gives the level until the next one), both ends taken to the
//   whole second. Whole seconds because a CSV stamps whole seconds by default
//   while NDJSON stamps nanoseconds: the same test read from either file then
//   puts the same requests in each stage (docs/grid-rules.md §9, one run per test).
//   plateauStart/plateauEnd are that span, [start, end).
// - rps = requests ÷ the span's length (durationS + one sampling step), the
//   time those requests were counted over.
// - Series: 10-s windows from the span's start (the last one may be shorter),
//   exact percentiles per window, and running totals from the span's start on
//   every point (cumRequests/cumFailures), so the grid counts each window's
//   requests exactly; per endpoint likewise.
// - droppedIterations: the dropped_iterations counted in the span (NaN when
//   the file has no dropped_iterations rows at all).
#pragma once

#include "analysis/plateaus.h"
#include "sources/k6/k6_steps.h"

namespace palier::k6 {

inline constexpr int kStageStepMs = 10000;

// The vus gauge, in time order, and its plateaus.
struct GaugePlateaus {
    QList<UserSample> samples;
    std::vector<std::int64_t> lines;   // file line of each sample
    QList<Plateau> plateaus;
    std::int64_t typicalMs = 0;        // the gauge's typical sampling interval
    std::int64_t stepMs = 1000;        // the same in whole seconds (at least one)
};

GaugePlateaus gaugePlateaus(std::vector<TimedValue> vus);

// One stage per plateau, in time order. Adds to `findings` the forward gaps
// inside plateaus ("series.gap") and the dropped iterations of each stage
// ("k6.dropped_iterations"). Throws LoadCancelled.
QList<Stage> buildStages(const GaugePlateaus &gauge, const Steps &steps, const Merged &m, const QString &path,
                         const LoadOptions &options, QList<Finding> *findings);

} // namespace palier::k6
