#include "grid/stage_verdict.h"

#include "analysis/percentile.h"
#include "analysis/trend.h"
#include "grid/colour.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace palier {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("palier::Grid", text); }

QString ms(double v) { return tr("%1 ms").arg(QString::number(roundHalfAwayFromZero(v, 0), 'f', 0)); }
QString secs(double v) { return tr("%1 s").arg(QString::number(roundHalfAwayFromZero(v, 0), 'f', 0)); }
QString pct(double v) { return tr("%1 %").arg(QString::number(v, 'f', 2)); }
QString rate(double v) { return tr("%1 req/s").arg(QString::number(v, 'f', 1)); }
QString pValue(double p)
{
    // With its comparison sign, so it reads "p = 0.004" or "p < 0.001".
    if (p < 0.001)
        return QStringLiteral("< 0.001");
    return QStringLiteral("= ") + QString::number(p, 'f', 3);
}

const Series *keySeriesOf(const Stage &stage, const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    const auto it = stage.endpointSeries.constFind(key);
    if (it == stage.endpointSeries.cend() || it->isEmpty())
        return nullptr;
    return &it.value();
}

// How long the stage ran: durationS (what the source says), else the plateau,
// else the span of its series.
double stageDurationS(const Stage &stage)
{
    if (isKnown(stage.durationS))
        return stage.durationS;
    if (isKnown(stage.plateauS))
        return stage.plateauS;
    if (stage.plateauStart.isValid() && stage.plateauEnd.isValid())
        return double(stage.plateauStart.msecsTo(stage.plateauEnd)) / 1000.0;
    if (!stage.series.isEmpty())
        return double(stage.series.points.last().tMs - stage.series.points.first().tMs + stage.series.stepMs)
             / 1000.0;
    return kNaN;
}

double mean(const QList<double> &v)
{
    if (v.isEmpty())
        return kNaN;
    double s = 0;
    for (double x : v)
        s += x;
    return s / double(v.size());
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
    const qint64 plateauStart = stage.plateauStart.isValid() ? stage.plateauStart.toMSecsSinceEpoch() : first;
    out.fromMs = plateauStart + qint64(std::llround(std::max(0.0, warmupS) * 1000.0));
    out.toMs = stage.plateauEnd.isValid() ? std::min(stage.plateauEnd.toMSecsSinceEpoch(), lastEnd) : lastEnd;
    // Windows only where the series has points: skip whole windows before its
    // first point (keeping the alignment on the plateau start), so a bad plateau
    // time cannot ask for millions of empty windows.
    if (first > out.fromMs)
        out.fromMs += (first - out.fromMs) / kHeldWindowMs * kHeldWindowMs;
    if (out.toMs <= out.fromMs) {
        out.toMs = out.fromMs;
        out.p95Note = tr("nothing left of the plateau after the %1 warm-up").arg(secs(warmupS));
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
        out.p95Note = tr("the series' percentiles are cumulative since the start of the test, so no 10-s p95 "
                         "can be taken from them");
    } else {
        const bool perPoint = p95Series->stepMs >= kHeldWindowMs;
        const bool lastOfWindow = !perPoint && p95Series->percentileWindow == WindowKind::Sliding10s;
        for (const TimePoint &p : p95Series->points) {
            const qint64 k = windowOf(p.tMs);
            if (k < 0)
                continue;
            // The key transaction's p95 over successes (keyP95Ms, grid.md §6) when the
            // source can tell (k6), else its p95 over all its requests (Locust).
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
            out.p95Note = tr("the series has no p95 values on the plateau");
    }

    // Requests, failures and req/s per window, in one pass over the points.
    const Series &counts = (errorsFromKey && keySeries) ? *keySeries : agg;
    const QList<TimePoint> &pts = counts.points;
    const double step = double(std::max(1, counts.stepMs)) / 1000.0;
    auto hasTotals = [](const TimePoint &p) { return isKnown(p.cumRequests) && isKnown(p.cumFailures); };
    qsizetype idx = 0;
    const TimePoint *lastTotals = nullptr;   // last point with running totals seen so far
    for (qint64 k = 0; k < count; ++k) {
        StageWindow &w = out.windows[k];
        const qint64 start = w.startMs;
        const qint64 end = std::min(start + kHeldWindowMs, out.toMs);
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
        bool rates = false;
        for (; idx < pts.size() && pts.at(idx).tMs < end; ++idx) {
            const TimePoint &p = pts.at(idx);
            if (hasTotals(p)) {
                if (!firstIn)
                    firstIn = &p;
                lastIn = lastTotals = &p;
            }
            if (isKnown(p.rps)) {
                rpsValues.append(p.rps);
                sumReq += p.rps * step;
                sumFail += (isKnown(p.failuresPerSec) ? p.failuresPerSec : 0.0) * step;
                rates = rates || isKnown(p.failuresPerSec);
            }
        }
        const TimePoint *ref = before ? before : firstIn;
        if (ref && lastIn && lastIn->tMs > ref->tMs && lastIn->cumRequests >= ref->cumRequests
            && lastIn->cumFailures >= ref->cumFailures) {
            w.requests = qint64(std::llround(lastIn->cumRequests - ref->cumRequests));
            w.failures = qint64(std::llround(lastIn->cumFailures - ref->cumFailures));
            w.rps = double(w.requests) * 1000.0 / double(lastIn->tMs - ref->tMs);
            if (w.requests > 0)
                w.errorRatePct = 100.0 * double(w.failures) / double(w.requests);
        } else {
            w.rps = mean(rpsValues);
            if (rates && sumReq > 0)
                w.errorRatePct = 100.0 * sumFail / sumReq;
        }
    }
    return out;
}

StageVerdict evaluateStage(const Stage &stage, const Profile &profile)
{
    StageVerdict v;
    v.users = stage.users;
    const CriterionDef *p95c = profile.p95Criterion();
    const CriterionDef *errc = profile.errorRateCriterion();
    const bool errorsFromKey = errc && errc->keyTransactionOnly;
    QStringList reds;

    // 1. Did it run long enough?
    const double duration = stageDurationS(stage);
    const double required = profile.requiredStageDurationS;
    if (isKnown(duration) && duration < 0.95 * required)
        reds << tr("ran %1, less than 95 % of the required %2").arg(secs(duration), secs(required));

    // 2. Error rate over the stage.
    Figures errFigures = stage.figures;
    if (errorsFromKey) {
        const Endpoint *e = stage.endpoint(profile.keyTransaction);
        errFigures = e ? e->figures : Figures{};
    }
    const double stageError = roundedPercentOfCounts(errFigures.failures, errFigures.requests);
    if (errc && colourOf(*errc, stageError) == Colour::Red)
        reds << tr("error rate over the stage %1 is above the red limit %2")
                    .arg(pct(stageError), formatValue(Metric::ErrorRate, errc->orange));

    // 3. and 4. Trend and throughput from the 10-s windows.
    const StageWindows sw = stageWindows(stage, profile.keyTransaction, profile.warmupS, errorsFromKey);
    QList<double> xs, ys;
    QList<const StageWindow *> p95Windows;
    for (const StageWindow &w : sw.windows)
        if (isKnown(w.p95Ms)) {
            xs.append(double(w.startMs - sw.fromMs) / 1000.0 + double(kHeldWindowMs) / 2000.0);
            ys.append(w.p95Ms);
            p95Windows.append(&w);
        }
    QString trendText;
    if (ys.size() >= 3) {
        const MannKendallResult mk = mannKendall(ys);
        const double slope = theilSenSlope(xs, ys);   // ms per second
        v.mannKendallP = mk.valid ? mk.pUpward : 1.0;
        v.theilSenSlopeMsPerS = slope;
        const double medianP95 = median(std::vector<double>(ys.cbegin(), ys.cend()));
        const double rise = slope * sw.analysedS();
        const int third = std::max<int>(1, int(ys.size()) / 3);
        const double fromP95 = median(std::vector<double>(ys.cbegin(), ys.cbegin() + third));
        const double toP95 = median(std::vector<double>(ys.cend() - third, ys.cend()));
        if (mk.valid && mk.pUpward < 0.01 && rise > 0.25 * medianP95) {
            v.continuousDegradation = true;
            reds << tr("p95 rose from %1 to %2 over the stage (Theil–Sen +%3 over %4, more than 25 % of the "
                       "median %5), Mann–Kendall p %6")
                        .arg(ms(fromP95), ms(toP95), ms(rise), secs(sw.analysedS()), ms(medianP95),
                             pValue(v.mannKendallP));
        } else {
            const double lo = *std::min_element(ys.cbegin(), ys.cend());
            const double hi = *std::max_element(ys.cbegin(), ys.cend());
            const QString range = ms(lo) == ms(hi) ? tr("steady at %1").arg(ms(lo))
                                                   : tr("%1–%2").arg(ms(lo), ms(hi));
            trendText = tr("p95 %1 with no continuous rise (Mann–Kendall p %2)").arg(range, pValue(v.mannKendallP));
        }
    } else if (sw.hasSeries) {
        trendText = sw.p95Note.isEmpty() ? tr("too few 10-s windows for a trend test") : sw.p95Note;
    }

    QList<double> rpsValues;
    for (const StageWindow &w : sw.windows)
        if (isKnown(w.rps))
            rpsValues.append(w.rps);
    if (rpsValues.size() >= 3) {
        const int third = int(rpsValues.size()) / 3;
        const double firstRps = mean(rpsValues.mid(0, third));
        const double lastRps = mean(rpsValues.mid(rpsValues.size() - third));
        if (lastRps < 0.8 * firstRps) {
            v.throughputCollapse = true;
            reds << tr("throughput fell from %1 in the first third of the stage to %2 in the last third (−%3 %)")
                        .arg(rate(firstRps), rate(lastRps),
                             QString::number(std::round(100.0 * (1.0 - lastRps / firstRps))));
        }
    }

    if (!reds.isEmpty()) {
        v.colour = Colour::Red;
        v.reason = tr("not held: %1").arg(reds.join(QStringLiteral("; ")));
        return v;
    }

    if (!sw.hasSeries) {
        if (!isKnown(duration)) {
            v.colour = Colour::NotEvaluated;
            v.reason = tr("not evaluated: neither the stage duration nor its time series is known");
            return v;
        }
        v.colour = Colour::Green;
        v.reason = isKnown(stageError)
            ? tr("held for %1 with error rate %2; the time series is missing, so trend, throughput and 10-s "
                 "windows were not checked").arg(secs(duration), pct(stageError))
            : tr("held for %1; the time series is missing, so trend, throughput and 10-s windows were not "
                 "checked").arg(secs(duration));
        return v;
    }

    // Orange: punctual degradation in some 10-s window.
    const qint64 plateauStartMs = sw.fromMs - qint64(std::llround(std::max(0.0, profile.warmupS) * 1000.0));
    int slowWindows = 0, errorWindows = 0;
    const StageWindow *worstSlow = nullptr;
    const StageWindow *worstError = nullptr;
    double worstErrorValue = kNaN;
    int windowsWithData = 0;
    for (const StageWindow &w : sw.windows) {
        if (isKnown(w.p95Ms) || isKnown(w.errorRatePct))
            ++windowsWithData;
        const Colour pc = p95c ? colourOf(*p95c, displayedValue(Metric::LatencyP95, w.p95Ms)) : Colour::NotEvaluated;
        if (pc == Colour::Orange || pc == Colour::Red) {
            ++slowWindows;
            if (!worstSlow || w.p95Ms > worstSlow->p95Ms)
                worstSlow = &w;
        }
        const double err = (w.requests > 0 && w.failures >= 0)
            ? roundedPercentOfCounts(w.failures, w.requests)
            : displayedValue(Metric::ErrorRate, w.errorRatePct);
        const Colour ec = errc ? colourOf(*errc, err) : Colour::NotEvaluated;
        if (ec == Colour::Orange || ec == Colour::Red) {
            ++errorWindows;
            if (!worstError || err > worstErrorValue) {
                worstError = &w;
                worstErrorValue = err;
            }
        }
    }
    auto at = [&](const StageWindow *w) {
        return tr("+%1 s").arg((w->startMs - plateauStartMs) / 1000);
    };
    QStringList punctual;
    if (slowWindows > 0)
        punctual << tr("%1 of %2 windows had p95 outside the green band %3 (worst %4 at %5)")
                        .arg(slowWindows).arg(windowsWithData)
                        .arg(greenCondition(*p95c), ms(worstSlow->p95Ms), at(worstSlow));
    if (errorWindows > 0)
        punctual << tr("%1 of %2 windows had an error rate outside the green band %3 (worst %4 at %5)")
                        .arg(errorWindows).arg(windowsWithData)
                        .arg(greenCondition(*errc), pct(worstErrorValue), at(worstError));
    if (!punctual.isEmpty()) {
        v.colour = Colour::Orange;
        v.reason = tr("held with punctual degradation: %1").arg(punctual.join(QStringLiteral("; ")));
        return v;
    }

    v.colour = Colour::Green;
    QStringList parts;
    if (isKnown(duration))
        parts << tr("ran %1").arg(secs(duration));
    if (!trendText.isEmpty())
        parts << trendText;
    if (isKnown(stageError))
        parts << tr("error rate %1").arg(pct(stageError));
    parts << tr("no 10-s window outside the green limits");
    v.reason = tr("held: %1").arg(parts.join(QStringLiteral(", ")));
    return v;
}

} // namespace palier
