// The run model: what every source (Locust files, k6 files) yields and what
// everything after it (stages, grid, charts, report) consumes. Nothing past a
// reader ever asks which tool wrote the files.
#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "model/finding.h"
#include "model/latency_histogram.h"

#include <cmath>
#include <limits>

namespace palier {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
inline bool isKnown(double v) { return !std::isnan(v); }

enum class SourceKind { Locust, K6 };
QString sourceKindName(SourceKind kind);   // "locust" | "k6"

// Request figures of one endpoint or of the Aggregated row, over one scope
// (a stage, the whole run, a time window). Unknown values are NaN.
struct Figures {
    qint64 requests = 0;
    qint64 failures = 0;
    // False when the source gave no failure count (a k6 summary without
    // http_req_failed): `failures` then reads 0 but is not a count, and the
    // error rate is unknown, never 0 % (docs/k6-reader.md).
    bool failuresKnown = true;
    double rps = kNaN;              // requests per second over the scope
    double failuresPerSec = kNaN;
    double avgMs = kNaN, minMs = kNaN, maxMs = kNaN;
    double p50Ms = kNaN, p95Ms = kNaN, p99Ms = kNaN;
    // Every percentile over successful requests only (key: fraction 0..1),
    // where the source tells successes from failures (successesApart; k6 raw
    // files: expected_response=true / not failed; k6 summaries: the
    // {expected_response:true} sub-metrics); empty when it has no success.
    // keyPercentile() reads them (docs/grid-rules.md §12).
    bool successesApart = false;
    QMap<double, double> okPercentiles;
    // Every percentile the source gave (key: fraction 0..1, e.g. 0.95).
    QMap<double, double> percentiles;
    // True when percentiles come from raw samples by docs/grid-rules.md §12 (k6 raw files).
    // False for a tool's own rounded figures (Locust) or estimates from history.
    bool percentilesExact = false;
    // True when the figures are estimates (e.g. a stage cut from a stepped run's
    // history windows) rather than the tool's own totals for that scope.
    bool estimated = false;
    // The successes' durations by millisecond, when the source has its samples
    // (k6 raw files); null otherwise. Shared, never modified once built.
    std::shared_ptr<const LatencyHistogram> okHistogram;

    double errorRatePct() const {
        return requests > 0 && failuresKnown ? 100.0 * double(failures) / double(requests) : kNaN;
    }
    double percentile(double fraction) const;   // NaN when unknown
    // A percentile as the key transaction is judged (docs/grid-rules.md §12):
    // over the successes where the source tells them apart (NaN when there is
    // none), else the source's own figure over every request (Locust).
    double keyPercentile(double fraction) const;
};

// One request name with its figures.
struct Endpoint {
    QString method;       // GET, POST, grpc… (may be empty)
    QString name;         // Locust Name / k6 name tag / DB event_type
    Figures figures;
    QString group;        // k6 group (empty for Locust)
    QString scenario;     // k6 scenario (empty for Locust)
};

// A point of a run's time series. One point per step (1 s or 10 s); values that
// the source did not give are NaN.
struct TimePoint {
    qint64 tMs = 0;                 // Unix epoch milliseconds (start of the step)
    double users = kNaN;
    double rps = kNaN;
    double failuresPerSec = kNaN;
    double p50Ms = kNaN, p95Ms = kNaN, p99Ms = kNaN;
    double keyP95Ms = kNaN;         // key transaction p95 when known per point
    double cumRequests = kNaN;      // running totals since run start (Locust history)
    double cumFailures = kNaN;
};

// How the percentiles of a series were computed by its source.
enum class WindowKind {
    Sliding10s,     // Locust: last 10 s at each point
    Cumulative,     // Locust 1.2–2.2.1: since start of the test
    ExactStep,      // exact percentile of the samples in each step (k6 raw)
    Unknown
};

struct Series {
    int stepMs = 1000;
    WindowKind percentileWindow = WindowKind::Unknown;
    QList<TimePoint> points;        // sorted by tMs
    bool isEmpty() const { return points.isEmpty(); }
};

// One failure kind as the tool grouped it (Locust failures.csv, k6 error_code/status).
struct ErrorEntry {
    QString method;
    QString name;
    QString error;
    qint64 occurrences = 0;
};

// A plateau of constant users inside a run.
struct Stage {
    int users = 0;
    QDateTime plateauStart, plateauEnd;   // UTC; invalid if unknown
    // How long the stage held its users: from the first to the last row (or
    // sample) at its user count, the ramp before it excluded and forward gaps in
    // the rows adding nothing (docs/grid-rules.md §3). The grid's
    // duration check and the window's comparability both use it. plateauS is the
    // same value (kept for the JSON's "plateau_s").
    double durationS = kNaN;
    double plateauS = kNaN;
    double gapS = 0;                      // forward gaps inside the plateau, not counted
    // A known, named loss of the tool at the end of this stage's time series
    // (Locust's history is flushed every few seconds and not at exit): the
    // seconds the grid credits to the plateau, min(flush interval, missing
    // requests ÷ the plateau's req/s). 0 when there is none (docs/grid-rules.md §3).
    double creditS = 0;
    qint64 missingRequests = 0;           // requests another file counted after the series ends
    double flushIntervalS = kNaN;         // the tool's flush interval behind the credit
    // The load generator could not drive this stage: Locust's CPU warnings, k6
    // dropped iterations. At or below the target it makes the run invalid; beyond
    // it, it is a saturation signal and the stage is left out of the knee.
    bool generatorOverloaded = false;
    double droppedIterations = kNaN;      // k6 dropped_iterations during the stage
    Figures figures;                      // Aggregated over the plateau (or the stage file)
    QList<Endpoint> endpoints;            // per endpoint over the same scope
    Series series;                        // the plateau's time series (aggregated)
    // Key-transaction series by endpoint name, when the source gives per-endpoint history.
    QMap<QString, Series> endpointSeries;
    QList<ErrorEntry> errors;
    QString label;                        // e.g. the stage file prefix "stage5_100users"
    QStringList files;                    // files this stage was read from

    const Endpoint *endpoint(const QString &name) const;   // nullptr if absent
};

// A k6 threshold as the tool judged it (summary exports only; raw outputs
// carry the expressions but not the outcome).
struct Threshold {
    QString metric;       // "http_req_duration", "http_req_failed{gateway:fast}"
    QString expression;   // "p(95)<500"
    bool passed = true;
};

struct Run {
    QString id;                 // stable, human readable (folder or prefix name)
    SourceKind source = SourceKind::Locust;
    QString path;               // folder or file the run was found at
    QDateTime startedAt, endedAt;   // UTC; invalid if unknown
    QString toolVersion;        // inferred or read; may be empty
    QList<Stage> stages;        // ordered by users
    QList<Endpoint> endpoints;  // whole run
    Figures total;              // whole run Aggregated
    Series series;              // whole run, aggregated
    QMap<QString, Series> endpointSeries;
    QList<ErrorEntry> errors;
    // Everything the readers (and loading) found about the input: known losses,
    // skipped rows, duplicates, and the reasons the run is invalid (kinds
    // "run.invalid.*", severity error). The JSON calls them "warnings".
    QList<Finding> findings;
    // Every path this test was found at (a symlink, a copy, several formats of
    // one k6 test are one run: docs/grid-rules.md §9). path is the one that supplied the
    // figures.
    QStringList paths;
    // For people: the run's folder (and file when a folder holds several runs)
    // and its start time, e.g. "run-2026-11-16 · 2026-11-22 18:58".
    QString name;
    // True when the source only has run-level figures (k6 summary exports): no
    // stages, no series. The grid then evaluates what it can and says so.
    bool runLevelOnly = false;
    // k6 dropped_iterations total: a saturation signal (NaN when not recorded).
    double droppedIterations = kNaN;
    // The load generator said it was overloaded somewhere in the run, at a time
    // no stage can be given (a one-process Locust run's console): the grid takes
    // it as at or below the target (docs/grid-rules.md §8).
    bool generatorOverloaded = false;
    // k6 summary exports: each metric's values by stat name as k6 wrote them
    // ("http_req_duration" -> {"avg": …, "p(95)": …}, "checks" -> {"passes": …}).
    // Lets run-level-only runs show custom trends and sub-metrics. Empty otherwise.
    QMap<QString, QMap<QString, double>> metricValues;
    QList<Threshold> thresholds;   // k6 summary exports: thresholds and outcome

    QList<int> stagePlan() const;           // user levels in order
    QStringList endpointNames() const;      // whole-run endpoints, then the stages', each once
    // A run is invalid when its evidence is damaged or was produced by a failing
    // client (docs/grid-rules.md §8): it holds findings of kind "run.invalid.*".
    bool isValid() const;
    QList<Finding> invalidReasons() const;
    const Stage *stageWithUsers(int users) const;
    const Endpoint *endpoint(const QString &name) const;
};

} // namespace palier
