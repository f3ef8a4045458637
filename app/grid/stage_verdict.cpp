// The 10-s windows of a stage's plateau (docs/grid-rules.md §5).
#include "grid/stage_verdict.h"

#include "analysis/percentile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace palier {

namespace {

const Series *keySeriesOf(const Stage &stage, const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    const auto it = stage.endpointSeries.constFind(key);
    if (it == stage.endpointSeries.cend() || it->isEmpty())
        return nullptr;
    return &it.value();
}

// Requests, failures and req/s of `series` per window, in one pass.
struct Counts {
    qint64 requests = -1, failures = -1;
    double rps = kNaN, errorRatePct = kNaN;
};

QList<Counts> countWindows(const Series &series, const StageWindows &sw)
{
    QList<Counts> out(sw.windows.size());
    const QList<TimePoint> &pts = series.points;
    const double step = double(std::max(1, series.stepMs)) / 1000.0;
    auto hasTotals = [](const TimePoint &p) { return isKnown(p.cumRequests) && isKnown(p.cumFailures); };
    qsizetype idx = 0;
    const TimePoint *lastTotals = nullptr;   // last point with running totals seen so far
    for (qsizetype k = 0; k < sw.windows.size(); ++k) {
        const qint64 start = sw.windows.at(k).startMs;
        const qint64 end = std::min(start + kHeldWindowMs, sw.toMs);
        for (; idx < pts.size() && pts.at(idx).tMs < start; ++idx)
            if (hasTotals(pts.at(idx)))
                lastTotals = &pts.at(idx);
        // Running totals: the window's last point against the last one before it
        // (or, with no earlier point, the window's first one).
        const TimePoint *before = lastTotals;
        const TimePoint *firstIn = nullptr;
        const TimePoint *lastIn = nullptr;
        QList<double> rpsValues;
        double sumReq = 0, sumFail = 0;
        bool rates = false, anyRate = false;
        for (; idx < pts.size() && pts.at(idx).tMs < end; ++idx) {
            const TimePoint &p = pts.at(idx);
            if (hasTotals(p)) {
                if (!firstIn)
                    firstIn = &p;
                lastIn = lastTotals = &p;
            }
            if (isKnown(p.rps)) {
                anyRate = true;
                rpsValues.append(p.rps);
                sumReq += p.rps * step;
                sumFail += (isKnown(p.failuresPerSec) ? p.failuresPerSec : 0.0) * step;
                rates = rates || isKnown(p.failuresPerSec);
            }
        }
        Counts &c = out[k];
        const TimePoint *ref = before ? before : firstIn;
        if (ref && lastIn && lastIn->tMs > ref->tMs && lastIn->cumRequests >= ref->cumRequests
            && lastIn->cumFailures >= ref->cumFailures) {
            c.requests = qint64(std::llround(lastIn->cumRequests - ref->cumRequests));
            c.failures = qint64(std::llround(lastIn->cumFailures - ref->cumFailures));
            c.rps = double(c.requests) * 1000.0 / double(lastIn->tMs - ref->tMs);
            if (c.requests > 0)
                c.errorRatePct = 100.0 * double(c.failures) / double(c.requests);
        } else if (anyRate) {
            c.rps = mean(rpsValues);
            c.requests = qint64(std::llround(sumReq));
            if (rates) {
                c.failures = qint64(std::llround(sumFail));
                if (sumReq > 0)
                    c.errorRatePct = 100.0 * sumFail / sumReq;
            }
        }
    }
    return out;
}

} // namespace

StageWindows stageWindows(const Stage &stage, const QString &key, double warmupS, bool errorsFromKey)
{
    StageWindows out;
    const Series *keySeries = keySeriesOf(stage, key);
    const Series &agg = stage.series;
    out.hasSeries = !agg.isEmpty() || keySeries;
    if (!out.hasSeries)
        return out;

    // Analysed interval: the plateau after the warm-up.
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 lastEnd = std::numeric_limits<qint64>::min();
    for (const Series *s : {&agg, keySeries}) {
        if (!s || s->isEmpty())
            continue;
        first = std::min(first, s->points.first().tMs);
        lastEnd = std::max(lastEnd, s->points.last().tMs + std::max(1, s->stepMs));
    }
    out.plateauStartMs = stage.plateauStart.isValid() ? stage.plateauStart.toMSecsSinceEpoch() : first;
    out.fromMs = out.plateauStartMs + qint64(std::llround(std::max(0.0, warmupS) * 1000.0));
    out.toMs = stage.plateauEnd.isValid() ? std::min(stage.plateauEnd.toMSecsSinceEpoch(), lastEnd) : lastEnd;
    // Windows only where the series has points: skip whole windows before its
    // first point (keeping the alignment on the plateau start), so a bad plateau
    // time cannot ask for millions of empty windows.
    if (first > out.fromMs)
        out.fromMs += (first - out.fromMs) / kHeldWindowMs * kHeldWindowMs;
    if (out.toMs <= out.fromMs) {
        out.toMs = out.fromMs;
        out.p95Missing = QStringLiteral("warmup");
        return out;
    }
    const qint64 count = (out.toMs - out.fromMs + kHeldWindowMs - 1) / kHeldWindowMs;
    out.windows.resize(count);
    for (qint64 k = 0; k < count; ++k)
        out.windows[k].startMs = out.fromMs + k * kHeldWindowMs;
    auto windowOf = [&](qint64 t) -> qint64 {
        if (t < out.fromMs || t >= out.toMs)
            return -1;
        return (t - out.fromMs) / kHeldWindowMs;
    };

    // p95 per window.
    const Series *p95Series = keySeries ? keySeries : &agg;
    bool useKeyField = false;
    if (!keySeries) {
        for (const TimePoint &p : agg.points)
            if (isKnown(p.keyP95Ms)) {
                useKeyField = true;
                break;
            }
    }
    out.p95FromKeySeries = keySeries || useKeyField;
    if (p95Series->percentileWindow == WindowKind::Cumulative) {
        out.p95Missing = QStringLiteral("cumulative");
    } else {
        const bool perPoint = p95Series->stepMs >= kHeldWindowMs;
        const bool lastOfWindow = !perPoint && p95Series->percentileWindow == WindowKind::Sliding10s;
        for (const TimePoint &p : p95Series->points) {
            const qint64 k = windowOf(p.tMs);
            if (k < 0)
                continue;
            // The key transaction's p95 over successes (keyP95Ms, docs/grid-rules.md §12)
            // when the source can tell (k6), else its p95 over all its requests (Locust).
            const double v = (useKeyField || (keySeries && isKnown(p.keyP95Ms))) ? p.keyP95Ms : p.p95Ms;
            // Locust writes 0 percentiles with 0 req/s before it has data: not 0 ms.
            if (!isKnown(v) || (v <= 0 && !(p.rps > 0)))
                continue;
            double &w = out.windows[k].p95Ms;
            if (lastOfWindow || !isKnown(w))
                w = v;
            else
                w = std::max(w, v);
        }
        for (const StageWindow &w : std::as_const(out.windows))
            if (isKnown(w.p95Ms))
                out.p95Known = true;
        if (!out.p95Known)
            out.p95Missing = QStringLiteral("no_values");
    }

    const Series &countsSeries = (errorsFromKey && keySeries) ? *keySeries : agg;
    const QList<Counts> counts = countWindows(countsSeries, out);
    // Often the same series (no key series, or errors counted on the key's):
    // counted once then.
    const QList<Counts> p95Counts = p95Series == &countsSeries ? counts : countWindows(*p95Series, out);
    for (qsizetype k = 0; k < out.windows.size(); ++k) {
        StageWindow &w = out.windows[k];
        w.requests = counts.at(k).requests;
        w.failures = counts.at(k).failures;
        w.rps = counts.at(k).rps;
        w.errorRatePct = counts.at(k).errorRatePct;
        w.p95Requests = p95Counts.at(k).requests;
    }
    return out;
}

} // namespace palier
