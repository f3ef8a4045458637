// Client against server (docs/server-side.md): for each stage of a load-test
// run, what the monitoring table logged during the stage's plateau — events
// per second, the key transaction's p95 over its successful events and the
// error rate, computed as the production views compute them — beside what the
// load generator measured. The table also holds real users' traffic, so the
// same figures over the time just before the run are the baseline: the
// searches the run added are those above it.
//
// Two notes, each a finding on the run (rules in docs/server-side.md):
//   server.no_extra_traffic  the server logged no more searches during the
//                            run than before it although the generator sent
//                            some: the clocks or the logging disagree;
//   server.no_events         not one event during the run nor in its
//                            baseline: the data does not cover the run, no
//                            comparison (and no other note) is made;
//   server.volume_mismatch   on a stage, the searches the run added differ
//                            from the generator's by more than counting noise
//                            and edge effects explain.
#pragma once

#include "db/events_file.h"
#include "model/run.h"

#include <QDateTime>
#include <QTimeZone>

namespace palier {

struct Assessment;

struct ServerFigures {
    QDateTime from, to;                  // [from, to), UTC: the span (a baseline may skip other runs inside it)
    double coveredS = 0;                 // seconds actually counted
    qint64 events = 0, searches = 0, errors = 0;
    qint64 searchErrors = 0;             // key events with an error status
    std::optional<int> p95SearchMs;      // successful key events, PERCENTILE_CONT as the views
    // The successful key events' durations by millisecond: the latency
    // distribution's server side (docs/distribution.md). Null without events.
    std::shared_ptr<const LatencyHistogram> searchHistogram;
    QString errorRatePct;                // as the views print it; empty without events
    double seconds() const { return coveredS; }
    double eventsPerS() const;
    double searchesPerS() const;
};

struct ServerStage {
    int users = 0;
    ServerFigures server;                // over the stage's plateau
    double clientSearchesPerS = kNaN;    // the generator's key transaction req/s
    double extraSearchesPerS = kNaN;     // server − baseline
    double toleranceSearchesPerS = kNaN; // the volume rule's allowance
    bool volumeAgrees = true;
};

struct ServerComparison {
    QString runId;
    QString source;                      // the events file (or table) shown to people
    ServerFigures baseline;              // the run's length just before it, other runs' time left out
    QList<ServerStage> stages;           // the run's stages with a known plateau, in order
    QList<Finding> notes;                // server.* findings
};

// The comparison for one run (empty stages when the run has no timed stage).
// `otherRuns`: spans of other load tests, left out of the baseline.
ServerComparison compareWithServer(const Run &run, const QString &keyTransaction, const EventLog &log,
                                   const QTimeZone &zone, const QList<QPair<QDateTime, QDateTime>> &otherRuns = {});

// The time the comparisons of these runs read: each run's span and its
// baseline spans, unsorted, possibly overlapping. A live table is asked for
// these only (MonitoringSession::fetchEvents).
QList<QPair<QDateTime, QDateTime>> serverEvidenceSpans(const QList<Run> &runs);

// Adds a comparison per run to the assessment's evidence and the notes to the
// runs' findings (they do not change any decision: the grid judges the load
// generator's figures).
void attachServerEvidence(Assessment &a, const EventLog &log, const QTimeZone &zone);

} // namespace palier
