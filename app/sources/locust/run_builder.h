// Turning loaded file sets into the run model.
//
// Per-stage run (several file sets, one per user level): each set is a stage
// with Locust's own figures (its stats.csv Aggregated row and rows), the level
// from its history's User Count (else the name), the plateau where User Count
// equals that level. The run's totals add the stages up; percentiles across
// stages cannot be combined and stay unknown.
//
// Single run (one file set): the stages are the plateaus of its User Count
// (stage_cutter.h). Two or more plateaus (a stepped run, e.g. LoadTestShape):
// each stage's figures are differences of the history's running totals over the
// plateau, marked estimated; the run's are stats.csv's. One plateau: the stage
// is the run and its figures are stats.csv's Aggregated row.
#pragma once

#include "model/run.h"
#include "sources/locust/loaded_set.h"

namespace palier::locust {

// Both fill everything but id, path and source; reading warnings are the caller's.
Run buildSingleRun(const LoadedSet &set);
Run buildPerStageRun(const QList<LoadedSet> &sets);

// Helpers shared by both builders.
QDateTime utcFromMs(qint64 ms);
// stats.csv's Aggregated row, or the endpoints added up (with a warning).
Figures statsTotal(const StatsFile &stats, QList<Finding> &findings);
// First to last history row, in seconds (NaN without history).
double historySpanS(const LoadedSet &set);

} // namespace palier::locust
