// A stage's latency distribution (docs/distribution.md): how many requests
// fell in each of the grid's ranges — at most the green p95 limit, up to the
// orange limit, beyond it — and how many failed (after Gatling's response-time
// ranges), and a histogram of the durations. Exact from raw samples (k6 raw
// files: Figures::okHistogram); estimated from the percentiles a tool reports
// when it keeps no samples (Locust), and then marked so.
#pragma once

#include "model/run.h"

#include <QList>

namespace palier {

struct LatencyRanges {
    bool known = false;       // false: neither samples nor percentiles to go on
    bool estimated = false;   // from percentiles, not counted from samples
    // Successful requests by range (estimates are rounded to whole requests
    // and add up to the successes), and the failures.
    qint64 atMostGreen = 0;
    qint64 greenToOrange = 0;   // above green, at most orange
    qint64 aboveOrange = 0;
    qint64 failed = 0;
    qint64 total() const { return atMostGreen + greenToOrange + aboveOrange + failed; }
};

// The ranges of `f` for the grid's p95 limits (green ≤ greenMs, red > orangeMs).
LatencyRanges latencyRanges(const Figures &f, double greenMs, double orangeMs);

// The share of successful requests of at most `ms`: counted from the samples,
// or read from the percentiles by linear interpolation between the two that
// surround it (0 at 0 ms, 1 at the maximum). NaN when unknown.
double shareAtMost(const Figures &f, double ms, bool *estimated = nullptr);

struct HistogramBin {
    double fromMs = 0, toMs = 0;   // (from, to]
    double share = 0;              // of the successful requests, 0..1
};

// About `bins` equal-width bins from 0 to the 99.9th percentile (the longest
// tail is cut there so the body stays readable; the last bin holds the rest).
QList<HistogramBin> latencyHistogram(const Figures &f, int bins, bool *estimated = nullptr);

} // namespace palier
