// Runs, stages, series and verdicts built in code for the grid tests (no reader
// involved: these suites test the grid, not the readers), and small helpers to
// look at reasons as data (kind + params), never as sentences.
#pragma once

#include "grid/profile.h"
#include "grid/stage_verdict.h"
#include "grid/verdict.h"
#include "model/run.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace palier::fixtures {

inline const QString kKey = QStringLiteral("athlete_search");

inline QDateTime t0() { return QDateTime(QDate(2026, 11, 22), QTime(19, 0), QTimeZone::utc()); }

inline Endpoint endpoint(const QString &name, qint64 requests, qint64 failures, double p95Ms, double rps = kNaN)
{
    Endpoint e;
    e.method = QStringLiteral("GET");
    e.name = name;
    e.figures.requests = requests;
    e.figures.failures = failures;
    e.figures.p95Ms = p95Ms;
    e.figures.rps = rps;
    return e;
}

// A stage from the figures a Locust stats.csv gives (Aggregated row + key
// endpoint with half the requests), without a time series.
inline Stage stage(int users, double durationS, qint64 requests, qint64 failures, double rps, double keyP95Ms,
                   const QString &key = kKey)
{
    Stage s;
    s.users = users;
    s.durationS = durationS;
    s.figures.requests = requests;
    s.figures.failures = failures;
    s.figures.rps = rps;
    if (isKnown(keyP95Ms))
        s.endpoints.append(endpoint(key, requests / 2, 0, keyP95Ms));
    s.label = QStringLiteral("stage_%1users").arg(users);
    return s;
}

// A 1-s series of a stage's plateau as Locust's full history gives it: sliding
// 10-s percentiles, current req/s, running totals. Functions of the second i.
struct SeriesSpec {
    int seconds = 600;
    std::function<double(int)> p95 = [](int) { return 1500.0; };
    std::function<double(int)> rps = [](int) { return 50.0; };
    std::function<double(int)> failuresPerSec = [](int) { return 0.0; };
};

inline Series series(const SeriesSpec &spec, qint64 startMs, bool cumulativeCounts = true)
{
    Series s;
    s.stepMs = 1000;
    s.percentileWindow = WindowKind::Sliding10s;
    double cumReq = 0, cumFail = 0;
    for (int i = 0; i < spec.seconds; ++i) {
        TimePoint p;
        p.tMs = startMs + qint64(i) * 1000;
        p.users = 100;
        p.rps = spec.rps(i);
        p.failuresPerSec = spec.failuresPerSec(i);
        p.p95Ms = spec.p95(i);
        cumReq += p.rps;
        cumFail += p.failuresPerSec;
        if (cumulativeCounts) {
            p.cumRequests = cumReq;
            p.cumFailures = cumFail;
        }
        s.points.append(p);
    }
    return s;
}

// A stage whose plateau starts at t0 and lasts spec.seconds, with the same
// series for all endpoints and for the key transaction (unless told otherwise).
inline Stage seriesStage(int users, const SeriesSpec &spec, bool withKeySeries = true, const QString &key = kKey)
{
    Stage s;
    s.users = users;
    s.durationS = spec.seconds;
    s.plateauS = spec.seconds;
    s.plateauStart = t0();
    s.plateauEnd = t0().addMSecs(qint64(spec.seconds) * 1000);
    s.series = series(spec, t0().toMSecsSinceEpoch());
    double req = 0, fail = 0;
    for (const TimePoint &p : s.series.points) {
        req += p.rps;
        fail += p.failuresPerSec;
    }
    s.figures.requests = qint64(req);
    s.figures.failures = qint64(fail);
    s.figures.rps = req / spec.seconds;
    s.figures.p95Ms = spec.p95(spec.seconds / 2);
    s.endpoints.append(endpoint(key, qint64(req / 2), 0, spec.p95(spec.seconds / 2)));
    if (withKeySeries)
        s.endpointSeries.insert(key, s.series);
    return s;
}

// A stage judged as the run's target ("held") or as any other stage (stability).
inline StageVerdict heldVerdict(const Stage &s, const Profile &p = Profile::builtinDefault())
{
    return evaluateStage(s, p, true);
}

inline StageVerdict stabilityVerdict(const Stage &s, const Profile &p = Profile::builtinDefault())
{
    return evaluateStage(s, p, false);
}

// A stage for the saturation checks: req/s and the key transaction's median.
// exact: percentiles from raw samples (k6), else the tool's own rounded ones (Locust).
inline Stage kneeStage(int users, double rps, double keyP50Ms, bool exact = false)
{
    Stage s = stage(users, 600, qint64(rps * 600), 0, rps, 1000);
    Figures &key = s.endpoints.first().figures;
    key.p50Ms = keyP50Ms;
    key.percentilesExact = exact;
    s.figures.p50Ms = keyP50Ms;
    s.figures.percentilesExact = exact;
    return s;
}

inline Run runOf(const QString &id, const QList<Stage> &stages, int day = 22)
{
    Run r;
    r.id = id;
    r.startedAt = QDateTime(QDate(2026, 11, day), QTime(19, 0), QTimeZone::utc());
    r.stages = stages;
    return r;
}

inline Profile profileWithDuration(double seconds)
{
    Profile p = Profile::builtinDefault();
    p.requiredStageDurationS = seconds;
    return p;
}

// The three weekly runs of resources/samples/weekly, from the README's tables
// (Locust's Aggregated row and athlete_search p95 of each stage's stats.csv);
// 90-s stages, no history.
struct StageRow {
    int users;
    qint64 requests, failures;
    double rps, keyP95;
};

inline Run sampleRun(const QString &id, const QList<StageRow> &rows, int day)
{
    QList<Stage> stages;
    for (const StageRow &row : rows)
        stages.append(stage(row.users, 90, row.requests, row.failures, row.rps, row.keyP95));
    return runOf(id, stages, day);
}

inline Run run1116()
{
    return sampleRun(QStringLiteral("run-2026-11-16"),
                     {{5, 275, 2, 3.1, 1500}, {20, 1091, 7, 12.1, 1600}, {50, 2574, 5, 28.6, 1800},
                      {75, 3702, 11, 41.1, 1900}, {100, 4605, 18, 50.6, 2200}, {150, 3715, 28, 39.7, 4600}},
                     16);
}

inline Run run1118()
{
    return sampleRun(QStringLiteral("run-2026-11-18"),
                     {{5, 273, 1, 3.0, 1600}, {20, 1068, 3, 11.8, 1700}, {50, 2508, 9, 27.6, 2000},
                      {75, 3530, 18, 38.8, 2300}, {100, 3686, 17, 40.0, 3100}, {150, 3093, 40, 33.0, 5600}},
                     18);
}

inline Run run1120()
{
    return sampleRun(QStringLiteral("run-2026-11-20"),
                     {{5, 266, 3, 3.0, 1600}, {20, 1065, 25, 11.8, 1800}, {50, 2470, 38, 27.2, 2000},
                      {75, 3485, 52, 38.3, 2300}, {100, 3433, 53, 36.8, 3300}, {150, 2926, 143, 31.2, 6100}},
                     20);
}

// The bundled sample's profile: the default requiring 90 s.
inline Profile demoProfile() { return profileWithDuration(90); }

// Reasons as data.
inline QStringList kinds(const QList<Reason> &reasons)
{
    QStringList out;
    for (const Reason &r : reasons)
        out << r.kind;
    return out;
}

inline QStringList kinds(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << f.kind;
    return out;
}

// The first reason of that kind; an empty one (no kind) when there is none.
inline Reason reasonOf(const QList<Reason> &reasons, const QString &kind)
{
    for (const Reason &r : reasons)
        if (r.kind == kind)
            return r;
    return {};
}

inline double param(const Reason &r, const char *name) { return r.params.value(QLatin1String(name)).toDouble(); }

// Hand-made run verdicts for the window: one string per run, newest first; each
// letter the colour of the profile's criteria in order (G, O, R, or - for not
// evaluated). A leading '!' marks the run invalid (its colours are its own).
inline Colour colourFromChar(QChar c)
{
    switch (c.unicode()) {
    case 'G': return Colour::Green;
    case 'O': return Colour::Orange;
    case 'R': return Colour::Red;
    default: return Colour::NotEvaluated;
    }
}

inline QList<RunVerdict> verdicts(const QStringList &runs, const Profile &profile)
{
    QList<RunVerdict> out;
    int n = 0;
    for (QString colours : runs) {
        RunVerdict v;
        v.runId = QStringLiteral("run%1").arg(++n);
        if (colours.startsWith(u'!')) {
            colours.remove(0, 1);
            v.valid = false;
            v.invalidReasons << Finding::error(QStringLiteral("run.invalid.truncated_file"), QString(), 0);
            v.inconclusiveReasons << InconclusiveReason::InvalidRun;
            v.decision = Decision::Inconclusive;
        }
        for (qsizetype i = 0; i < colours.size(); ++i) {
            CriterionResult r;
            r.id = profile.criteria.at(i).id;
            r.def = profile.criteria.at(i);
            r.colour = colourFromChar(colours.at(i));
            v.criteria.append(r);
        }
        out.append(v);
    }
    return out;
}

} // namespace palier::fixtures
