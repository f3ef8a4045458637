#include "analysis/latency_ranges.h"

#include <algorithm>
#include <cmath>

namespace palier {

namespace {

// The cumulative distribution a tool's percentiles describe: (ms, share)
// points, ascending in both, from (0, 0) to (max, 1).
QList<QPair<double, double>> cdfPoints(const Figures &f)
{
    QList<QPair<double, double>> points {{0.0, 0.0}};
    QMap<double, double> ps = f.percentiles;
    if (ps.isEmpty()) {
        for (auto [p, v] : {std::pair {0.50, f.p50Ms}, std::pair {0.95, f.p95Ms}, std::pair {0.99, f.p99Ms}})
            if (isKnown(v))
                ps.insert(p, v);
    }
    if (isKnown(f.maxMs))
        ps.insert(1.0, f.maxMs);
    for (auto it = ps.cbegin(); it != ps.cend(); ++it) {
        if (!isKnown(it.value()) || it.key() <= 0 || it.key() > 1)
            continue;
        // Keep the curve monotonic: a rounded percentile may equal the next.
        const double ms = std::max(it.value(), points.constLast().first);
        points.append({ms, it.key()});
    }
    return points.size() > 1 ? points : QList<QPair<double, double>> {};
}

double interpolate(const QList<QPair<double, double>> &cdf, double ms)
{
    if (ms <= 0)
        return 0;
    for (qsizetype i = 1; i < cdf.size(); ++i) {
        const auto &[x1, y1] = cdf.at(i);
        if (ms < x1) {
            const auto &[x0, y0] = cdf.at(i - 1);
            return x1 > x0 ? y0 + (y1 - y0) * (ms - x0) / (x1 - x0) : y1;
        }
    }
    return cdf.constLast().second;   // at or past the last point
}

} // namespace

double shareAtMost(const Figures &f, double ms, bool *estimated)
{
    if (f.okHistogram) {
        if (estimated)
            *estimated = false;
        return f.okHistogram->total ? double(f.okHistogram->countAtMost(ms)) / double(f.okHistogram->total) : kNaN;
    }
    const auto cdf = cdfPoints(f);
    if (estimated)
        *estimated = true;
    return cdf.isEmpty() ? kNaN : interpolate(cdf, ms);
}

LatencyRanges latencyRanges(const Figures &f, double greenMs, double orangeMs)
{
    LatencyRanges r;
    r.failed = f.failures;
    if (!isKnown(greenMs) || !isKnown(orangeMs))
        return r;
    if (f.okHistogram) {
        const auto &h = *f.okHistogram;
        const qint64 green = qint64(h.countAtMost(greenMs));
        const qint64 orange = qint64(h.countAtMost(std::max(greenMs, orangeMs)));
        r.known = true;
        r.atMostGreen = green;
        r.greenToOrange = orange - green;
        r.aboveOrange = qint64(h.total) - orange;
        return r;
    }
    const auto cdf = cdfPoints(f);
    const qint64 ok = std::max<qint64>(0, f.requests - f.failures);
    if (cdf.isEmpty() || f.requests <= 0)
        return r;
    r.known = true;
    r.estimated = true;
    // Rounded shares that add up to the successes.
    const double g = interpolate(cdf, greenMs), o = interpolate(cdf, std::max(greenMs, orangeMs));
    r.atMostGreen = std::llround(g * double(ok));
    const qint64 upToOrange = std::max(r.atMostGreen, qint64(std::llround(o * double(ok))));
    r.greenToOrange = upToOrange - r.atMostGreen;
    r.aboveOrange = ok - upToOrange;
    return r;
}

QList<HistogramBin> latencyHistogram(const Figures &f, int bins, bool *estimated)
{
    QList<HistogramBin> out;
    if (bins < 1)
        return out;
    bool est = !f.okHistogram;
    if (estimated)
        *estimated = est;
    double top = kNaN;
    if (f.okHistogram) {
        const auto &h = *f.okHistogram;
        if (h.total == 0 || h.buckets.empty())
            return out;
        // The 99.9th percentile's bucket: where the tail is cut.
        const std::uint64_t rank = std::uint64_t(std::ceil(0.999 * double(h.total)));
        std::uint64_t seen = 0;
        for (const auto &[ms, count] : h.buckets) {
            seen += count;
            if (seen >= rank) {
                top = ms;
                break;
            }
        }
    } else {
        const auto cdf = cdfPoints(f);
        if (cdf.isEmpty())
            return out;
        top = f.percentile(0.999);
        if (!isKnown(top))
            top = cdf.constLast().first;
    }
    if (!isKnown(top) || top <= 0)
        return out;
    const double width = top / bins;
    double before = 0;
    for (int i = 0; i < bins; ++i) {
        const double to = i + 1 == bins ? qInf() : width * (i + 1);
        const double upTo = i + 1 == bins ? 1.0 : shareAtMost(f, to);
        if (!isKnown(upTo))
            return {};
        out.append({width * i, i + 1 == bins ? top : to, std::max(0.0, upTo - before)});
        before = upTo;
    }
    return out;
}

} // namespace palier
