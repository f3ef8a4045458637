// Figures and series of a time span, taken from a Locust history, and the
// combinations of stage figures a run needs. What history can tell exactly
// (counts and averages from running totals) is computed; what it cannot
// (percentiles of a span) is estimated and marked so, or left unknown.
#pragma once

#include "model/run.h"
#include "sources/locust/history_file.h"

#include <limits>

namespace palier::locust {

inline constexpr qint64 kAllTime = std::numeric_limits<qint64>::max();

// Aggregated points with fromMs <= tMs <= toMs.
Series seriesBetween(const HistoryFile &file, qint64 fromMs = 0, qint64 toMs = kAllTime);
// Per-name points (full history only), keyed by HistoryEntry::seriesKey.
QMap<QString, Series> endpointSeriesBetween(const HistoryFile &file, qint64 fromMs = 0, qint64 toMs = kAllTime);

// Figures over [fromMs, toMs] from the running totals of `rows` (one entry or
// Aggregated): requests, failures, rates and the average are exact differences;
// max/min only when they moved inside the span. Percentiles: with 10 s sliding
// windows, the median of the window values inside the span (an estimate); with
// cumulative percentiles, unknown. Always estimated=true, percentilesExact=false.
Figures figuresBetween(const HistoryFile &file, const QList<HistoryRow> &rows, qint64 fromMs, qint64 toMs);

// Whole-run figures from the last row's running totals (a history without its
// stats.csv). Cumulative percentiles of that row are the run's; estimated=true.
Figures figuresAtEnd(const HistoryFile &file, const QList<HistoryRow> &rows);

// Sum of several scopes' figures: counts summed, average weighted by requests,
// min/max of the parts; rates and percentiles unknown (they do not combine),
// except that one part alone is returned as it is.
Figures combineFigures(const QList<Figures> &parts);

// Endpoints of several stages merged by method and name with combineFigures.
QList<Endpoint> mergeEndpoints(const QList<QList<Endpoint>> &perStage);

// Whole-run endpoints from a history's last per-name rows (no stats.csv).
QList<Endpoint> endpointsAtEnd(const HistoryFile &file);
// Stage endpoints over a span of a full history.
QList<Endpoint> endpointsBetween(const HistoryFile &file, qint64 fromMs, qint64 toMs);

} // namespace palier::locust
