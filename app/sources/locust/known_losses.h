// Locust's known losses (docs/locust-reader.md), said as findings rather than
// hidden, and credited since a known loss must never redden a verdict
// (docs/grid-rules.md §3):
// - from 1.0, stats.csv is rewritten every second and not at exit, so it lags
//   the final totals by about the last second;
// - from 1.0, stats_history.csv is flushed every 10 s (5 s from 2.29) and not at
//   exit before 2.46.3, so its last seconds can be missing. When stats.csv (the
//   same stage's other file) counted requests after the history's last row and
//   the plateau runs to that last row, the plateau is credited
//   min(flush interval, missing requests ÷ the plateau's req/s) seconds;
// - exceptions raised in the locustfile (the test did not do what it meant to).
// (Up to 0.14, shutdown() wrote the CSVs one last time: nothing is lost.)
#pragma once

#include "analysis/plateaus.h"
#include "model/run.h"
#include "sources/locust/loaded_set.h"

namespace palier::locust {

// Once per run (nothing for Locust <= 0.14).
void warnStatsLag(QList<Finding> &findings, const StatsFile &stats);

// The end of a history, against the last request stats.csv counted.
struct HistoryTail {
    qint64 missingRequests = 0;   // stats.csv's requests the history never shows
    double missingS = kNaN;       // estimated seconds missing at the end
    double flushS = kNaN;         // the writer's flush interval
    double creditS = 0;           // what the plateau ending on the last row is credited
};

// Adds the finding (flush loss or stop row) and returns the credit for
// `plateau` (0 when the plateau does not run to the history's last row).
HistoryTail historyTail(QList<Finding> &findings, const LoadedSet &set, const std::optional<Plateau> &plateau);

// Applies a tail's credit to a stage.
void creditStage(Stage &stage, const HistoryTail &tail);

void warnExceptions(QList<Finding> &findings, const LoadedSet &set);

// The locustfile raised exceptions in the file set that holds the run's first
// requests (docs/grid-rules.md §8: "a test script failing from its start").
// Locust's exceptions.csv has no times, so Palier places them no finer than a
// file set: the earliest stage's files, or a one-file-set run's (same section).
void invalidateOnEarlyExceptions(QList<Finding> &findings, const LoadedSet &first);

} // namespace palier::locust
