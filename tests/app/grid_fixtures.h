// Runs, stages and series built in code for the grid tests (no reader involved).
#pragma once

#include "grid/profile.h"
#include "model/run.h"

#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace palier::fixtures {

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

// A stage from the figures a Locust stats.csv gives (Aggregated row + key endpoint).
inline Stage stage(int users, double durationS, qint64 requests, qint64 failures, double rps, double keyP95Ms,
                   const QString &key = QStringLiteral("athlete_search"))
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
// 10-s percentiles, current req/s, running totals.
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
inline Stage seriesStage(int users, const SeriesSpec &spec, bool withKeySeries = true,
                         const QString &key = QStringLiteral("athlete_search"))
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

inline Profile profileWithDuration(double seconds)
{
    Profile p = Profile::builtinDefault();
    p.requiredStageDurationS = seconds;
    return p;
}

} // namespace palier::fixtures
