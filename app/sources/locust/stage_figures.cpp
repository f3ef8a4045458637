#include "sources/locust/stage_figures.h"

#include "sources/locust/percentile_columns.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace palier::locust {

namespace {

double orZero(double v) { return isKnown(v) ? v : 0.0; }

// The span [first, last] of rows inside [fromMs, toMs]; first = -1 when none.
QPair<qsizetype, qsizetype> span(const QList<HistoryRow> &rows, qint64 fromMs, qint64 toMs)
{
    qsizetype first = -1, last = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const qint64 t = rows.at(i).tMs;
        if (t < fromMs || t > toMs)
            continue;
        if (first < 0)
            first = i;
        last = i;
    }
    return {first, last};
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return kNaN;
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values.at(values.size() / 2);
}

Series seriesOf(const HistoryFile &file, const QList<HistoryRow> &rows, qint64 fromMs, qint64 toMs)
{
    Series s;
    s.stepMs = file.stepMs;
    s.percentileWindow = file.window;
    for (const HistoryRow &r : rows)
        if (r.tMs >= fromMs && r.tMs <= toMs)
            s.points.append(toTimePoint(file, r));
    return s;
}

} // namespace

Series seriesBetween(const HistoryFile &file, qint64 fromMs, qint64 toMs)
{
    return seriesOf(file, file.aggregated, fromMs, toMs);
}

QMap<QString, Series> endpointSeriesBetween(const HistoryFile &file, qint64 fromMs, qint64 toMs)
{
    QMap<QString, Series> out;
    for (const HistoryEntry &e : file.entries) {
        Series s = seriesOf(file, e.rows, fromMs, toMs);
        if (!s.isEmpty())
            out.insert(e.seriesKey, s);
    }
    return out;
}

Figures figuresBetween(const HistoryFile &file, const QList<HistoryRow> &rows, qint64 fromMs, qint64 toMs)
{
    Figures f;
    f.estimated = true;
    f.percentilesExact = false;
    const auto [a, b] = span(rows, fromMs, toMs);
    if (a < 0)
        return f;
    const HistoryRow &ra = rows.at(a), &rb = rows.at(b);
    const double n0 = orZero(ra.totalRequests), n1 = orZero(rb.totalRequests);
    f.requests = std::max<qint64>(0, std::llround(n1 - n0));
    f.failures = std::max<qint64>(0, std::llround(orZero(rb.totalFailures) - orZero(ra.totalFailures)));
    const double seconds = double(rb.tMs - ra.tMs) / 1000.0;
    if (seconds > 0) {
        f.rps = double(f.requests) / seconds;
        f.failuresPerSec = double(f.failures) / seconds;
    }
    if (f.requests > 0) {
        const bool startKnown = n0 <= 0 || isKnown(ra.totalAvg);
        if (startKnown && isKnown(rb.totalAvg))
            f.avgMs = (rb.totalAvg * n1 - (n0 > 0 ? ra.totalAvg * n0 : 0.0)) / (n1 - n0);
        if (isKnown(rb.totalMax) && (!isKnown(ra.totalMax) || rb.totalMax > ra.totalMax))
            f.maxMs = rb.totalMax;
        if (isKnown(rb.totalMin) && (!isKnown(ra.totalMin) || rb.totalMin < ra.totalMin))
            f.minMs = rb.totalMin;
    }
    if (file.window == WindowKind::Sliding10s && f.requests > 0) {
        // Windows that lie wholly inside the span; all the span's rows if none do.
        const qint64 windowStart = ra.tMs + 10000;
        for (qsizetype k = 0; k < file.percentileKeys.size(); ++k) {
            QList<double> inside, all;
            for (qsizetype i = a; i <= b; ++i) {
                const double v = rows.at(i).pct.value(k, kNaN);
                if (!isKnown(v))
                    continue;
                all.append(v);
                if (rows.at(i).tMs >= windowStart)
                    inside.append(v);
            }
            const double m = median(inside.isEmpty() ? all : inside);
            if (isKnown(m))
                f.percentiles.insert(file.percentileKeys.at(k), m);
        }
    }
    setNamedPercentiles(f, kNaN);
    return f;
}

Figures figuresAtEnd(const HistoryFile &file, const QList<HistoryRow> &rows)
{
    Figures f;
    f.estimated = true;
    f.percentilesExact = false;
    if (rows.isEmpty())
        return f;
    const HistoryRow &first = rows.first(), &last = rows.last();
    f.requests = std::llround(orZero(last.totalRequests));
    f.failures = std::llround(orZero(last.totalFailures));
    const double seconds = double(last.tMs - first.tMs) / 1000.0;
    if (seconds > 0) {
        f.rps = double(f.requests) / seconds;
        f.failuresPerSec = double(f.failures) / seconds;
    }
    if (f.requests > 0) {
        f.avgMs = last.totalAvg;
        f.minMs = last.totalMin;
        f.maxMs = last.totalMax;
        if (file.window == WindowKind::Cumulative) {
            for (qsizetype k = 0; k < file.percentileKeys.size(); ++k) {
                const double v = last.pct.value(k, kNaN);
                if (isKnown(v))
                    f.percentiles.insert(file.percentileKeys.at(k), v);
            }
        }
    }
    setNamedPercentiles(f, f.requests > 0 ? last.totalMedian : kNaN);
    return f;
}

Figures combineFigures(const QList<Figures> &parts)
{
    if (parts.size() == 1)
        return parts.first();
    Figures f;
    double weighted = 0;
    bool avgKnown = true;
    for (const Figures &p : parts) {
        f.requests += p.requests;
        f.failures += p.failures;
        f.estimated |= p.estimated;
        if (p.requests > 0) {
            if (isKnown(p.avgMs))
                weighted += p.avgMs * double(p.requests);
            else
                avgKnown = false;
            if (isKnown(p.minMs))
                f.minMs = isKnown(f.minMs) ? std::min(f.minMs, p.minMs) : p.minMs;
            if (isKnown(p.maxMs))
                f.maxMs = isKnown(f.maxMs) ? std::max(f.maxMs, p.maxMs) : p.maxMs;
        }
    }
    if (f.requests > 0 && avgKnown)
        f.avgMs = weighted / double(f.requests);
    f.percentilesExact = false;
    return f;
}

QList<Endpoint> mergeEndpoints(const QList<QList<Endpoint>> &perStage)
{
    QList<Endpoint> out;
    QList<QList<Figures>> parts;
    QHash<QString, qsizetype> index;
    for (const QList<Endpoint> &stage : perStage) {
        for (const Endpoint &e : stage) {
            const QString key = e.method + QChar(0x1f) + e.name;
            auto it = index.constFind(key);
            if (it == index.constEnd()) {
                index.insert(key, out.size());
                out.append(e);
                parts.append({e.figures});
            } else {
                parts[it.value()].append(e.figures);
            }
        }
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].figures = combineFigures(parts.at(i));
    return out;
}

QList<Endpoint> endpointsAtEnd(const HistoryFile &file)
{
    QList<Endpoint> out;
    for (const HistoryEntry &e : file.entries) {
        Endpoint ep;
        ep.method = e.method;
        ep.name = e.name;
        ep.figures = figuresAtEnd(file, e.rows);
        out.append(ep);
    }
    return out;
}

QList<Endpoint> endpointsBetween(const HistoryFile &file, qint64 fromMs, qint64 toMs)
{
    QList<Endpoint> out;
    for (const HistoryEntry &e : file.entries) {
        Endpoint ep;
        ep.method = e.method;
        ep.name = e.name;
        ep.figures = figuresBetween(file, e.rows, fromMs, toMs);
        out.append(ep);
    }
    return out;
}

} // namespace palier::locust
