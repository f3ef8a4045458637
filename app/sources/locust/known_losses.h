// Locust's known losses, said as run warnings rather than hidden:
// - from 1.0, stats.csv is rewritten every second and not at exit, so it lags
//   the final totals by about the last second;
// - from 1.0, stats_history.csv is flushed every 10 s (5 s from 2.29) and not at
//   exit before 2.46.3, so its last seconds can be missing.
//   (Up to 0.14, shutdown() wrote the CSVs one last time: nothing is lost.)
// - a plateau much shorter than the run's others;
// - exceptions raised in the locustfile (the test did not do what it meant to).
#pragma once

#include "model/run.h"
#include "sources/locust/loaded_set.h"

namespace palier::locust {

// Once per run (nothing for Locust <= 0.14).
void warnStatsLag(QList<Diagnostic> &warnings, const StatsFile &stats);

// The end of a history: how many seconds are missing against the last request
// stats.csv counted (requests / rate since start), or that it stops on the stop
// row. `level` is the users of the last plateau (0 when unknown).
void warnHistoryTail(QList<Diagnostic> &warnings, const LoadedSet &set, int level);

// Stages whose plateau is under 80 % of the run's median plateau.
void warnShortPlateaus(Run &run);

void warnExceptions(QList<Diagnostic> &warnings, const LoadedSet &set);

} // namespace palier::locust
