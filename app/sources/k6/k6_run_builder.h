// Turns what the k6 raw-file parsers collected into the shared run model:
// stages from the vus gauge, endpoints, exact percentiles for every scope,
// 1-s and 10-s series, errors and warnings.
//
// Stage rule (documented in docs and tested): sort the vus samples by time and
// cut them into runs of consecutive samples with the same value. A run is a
// stage when its value is above 0 and it holds for at least 10 s, measured
// from its first sample to its last sample plus one sampling interval (the
// median gap between vus samples, 1 s in k6), with half a second of slack for
// sampling jitter. Samples of a ramp change value every few seconds and never
// qualify, so ramps are excluded. The stage's window is [first sample, last
// sample + interval); its requests are those whose time falls in it.
// Two plateaus at the same level stay two stages (with a warning).
#pragma once

#include "sources/load.h"
#include "model/legacy_message.h"
#include "sources/k6/k6_collector.h"

#include <vector>

namespace palier::k6 {

struct BuildInput {
    QString path;
    QString id;
    QString toolVersion;
    // The parsers' collectors in file order, each with the number of lines that
    // come before its range (to turn range lines into file lines).
    std::vector<std::pair<Collector *, std::int64_t>> parts;
    std::int64_t timeResolutionMs = 1000;    // 1000: whole-second timestamps
    QList<Finding> findings;              // from reading (gzip damage…)
};

inline constexpr std::int64_t kStageMinHoldMs = 10000;
inline constexpr std::int64_t kStageHoldSlackMs = 500;
inline constexpr int kStageStepMs = 10000;

// Throws InputError when nothing usable was read, LoadCancelled when cancelled.
Run buildRun(BuildInput &in, const LoadOptions &options);

} // namespace palier::k6
