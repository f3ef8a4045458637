// Turns what the k6 raw-file parsers collected into the shared run model, in
// steps that each hold one idea:
//   k6_merge     the parsers' collections merged into one frame;
//   k6_steps     the requests sorted into the run series' steps;
//   k6_stages    stages from the vus gauge (analysis/plateaus.h) and their figures;
//   k6_run_level the run's total, series and endpoints;
//   k6_notes     the findings about what could not be used.
// The stages and the run level are independent and run on one core each.
#pragma once

#include "sources/load.h"
#include "sources/k6/k6_collector.h"

#include <vector>

namespace palier::k6 {

// Beyond two days, one point per second would make the run series huge; the
// step then grows so that the series keeps at most this many points.
inline constexpr std::int64_t kMaxSeriesPoints = 172800;
// All stages' series together hold about this many windows at most (48 h of
// 10-s windows): past it their step grows (docs/limits.md).
inline constexpr std::int64_t kMaxStageWindows = 17280;

// The two series limits above. Only the fuzz harnesses lower them, so that an
// input with a wild timestamp takes the coarser-step path without filling
// 172 800 points on every run (docs/fuzzing.md).
struct SeriesLimits {
    std::int64_t runPoints = kMaxSeriesPoints;
    std::int64_t stageWindows = kMaxStageWindows;
};

struct BuildInput {
    QString path;
    QString id;
    QString toolVersion;
    // The parsers' collectors in file order, each with the number of lines that
    // come before its range (to turn range lines into file lines).
    std::vector<std::pair<Collector *, std::int64_t>> parts;
    std::int64_t timeResolutionMs = 1000;    // 1000: whole-second timestamps
    QList<Finding> findings;              // from reading (gzip damage…)
    SeriesLimits limits;
};

// Throws InputError when nothing usable was read, LoadCancelled when cancelled.
Run buildRun(BuildInput &in, const LoadOptions &options);

} // namespace palier::k6
