// The verdict of one stage (docs/grid-rules.md §5) and the 10-s windows it is computed
// from. Exposed for the run verdict, the charts and the tests.
#pragma once

#include "grid/verdict.h"

namespace palier {

inline constexpr qint64 kHeldWindowMs = 10'000;   // docs/grid-rules.md §5: 10-s windows
// A window is judged only when it holds this many requests of the series judged
// (docs/grid-rules.md §5): fewer cannot make a p95 or a failure rate stand out.
inline constexpr qint64 kMinWindowRequests = 20;

// One non-overlapping 10-s window of a stage's plateau (after the warm-up).
struct StageWindow {
    qint64 startMs = 0;          // Unix ms; the window covers [startMs, startMs + 10 s)
    double p95Ms = kNaN;         // p95 of the window (see stageWindows for how)
    double errorRatePct = kNaN;  // failures / requests × 100 over the window
    double rps = kNaN;           // requests per second over the window
    qint64 requests = -1;        // requests of the counts series, -1 when unknown
    qint64 failures = -1;
    qint64 p95Requests = -1;     // requests of the series the p95 is taken from, -1 when unknown
};

// How the windows of a stage were obtained, for reasons and charts.
struct StageWindows {
    QList<StageWindow> windows;
    qint64 plateauStartMs = 0;        // the plateau's first row
    qint64 fromMs = 0, toMs = 0;      // analysed interval: plateau after warm-up
    bool hasSeries = false;           // the stage has a time series at all
    bool p95Known = false;            // windowed p95 could be taken from the series
    bool p95FromKeySeries = false;    // p95 is the key transaction's, not all endpoints'
    QString p95Missing;               // why p95 windows are missing: "cumulative", "no_values", "warmup"
    double analysedS() const { return double(toMs - fromMs) / 1000.0; }
};

// Cuts the stage's plateau (from plateauStart, or the first point, plus warmupS;
// to plateauEnd, or past the last point) into non-overlapping 10-s windows
// aligned on its start. Per window:
// - p95: Locust history points carry a p95 over the last 10 s (Sliding10s), so
//   the window takes its last point's p95; a series with 10-s (or longer) steps
//   gives each point's own p95; finer exact or unknown steps give the highest
//   point p95 of the window (an upper bound: percentiles cannot be merged);
//   cumulative percentiles (Locust 1.2–2.2.1) give no window p95 at all.
//   The p95 comes from the key transaction's series (Stage::endpointSeries[key])
//   when there is one (its points' keyP95Ms, the p95 over successes, when known,
//   else their p95), else from the aggregated points' keyP95Ms, else from all
//   endpoints' p95.
// - requests/failures: differences of the running totals (cumRequests,
//   cumFailures) between the window's last point and the last point before it,
//   when known; else Σ rate × step over the window's points.
// - rps: requests / covered seconds from the running totals, else the mean of
//   the points' req/s.
// errorsFromKey: take counts from the key transaction's series (for a key-only
// error-rate criterion) instead of all endpoints.
StageWindows stageWindows(const Stage &stage, const QString &keyTransaction, double warmupS,
                          bool errorsFromKey = false);

// The verdict of one stage, first match wins (docs/grid-rules.md §5):
// the target stage is judged "held" (duration, error rate, trend, collapse,
// punctual degradation); any other stage is judged for its stability only
// (trend, collapse, punctual degradation), never against a duration it was not
// asked to hold.
StageVerdict evaluateStage(const Stage &stage, const Profile &profile, bool target);

} // namespace palier
