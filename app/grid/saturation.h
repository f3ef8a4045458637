// "Saturation signals observed" and the saturation point (the knee) of a run
// (docs/grid-rules.md §6).
#pragma once

#include "grid/verdict.h"

namespace palier {

// Fills v.saturationSignals, v.saturationPointUsers and v.saturationReasons
// from the run's stages and their verdicts (v.stages).
void findSaturation(const Run &run, const Profile &profile, RunVerdict &v);

// The rounding step of a tool's own percentile at `ms` (Locust rounds response
// times into buckets before taking percentiles: whole ms below 100 ms, tens
// below 1 s, hundreds below 10 s, thousands above); 0 for exact percentiles.
double roundingStepMs(double ms, bool exact);

} // namespace palier
