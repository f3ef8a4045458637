#include "sources/k6/k6_figures.h"

#include "sources/k6/k6_quantiles.h"

namespace palier::k6 {

namespace {

constexpr double kPs[] = {0.50, 0.90, 0.95, 0.99};
constexpr int kNPs = 4;

QString joined(const std::vector<std::string> &values)
{
    QStringList out;
    for (const std::string &v : values)
        out.append(QString::fromStdString(v));
    return out.join(QStringLiteral(", "));
}

} // namespace

Figures figuresOf(double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t failures, double seconds)
{
    Figures f;
    f.requests = qint64(n);
    f.failures = failures;
    f.percentilesExact = true;
    if (seconds > 0) {
        f.rps = double(n) / seconds;
        f.failuresPerSec = double(failures) / seconds;
    }
    if (n == 0)
        return f;
    double sum = 0, mn = all[0], mx = all[0];
    for (std::size_t i = 0; i < n; ++i) {
        const double v = all[i];
        sum += v;
        mn = v < mn ? v : mn;
        mx = v > mx ? v : mx;
    }
    f.avgMs = sum / double(n);
    f.minMs = mn;
    f.maxMs = mx;
    double q[kNPs];
    if (n >= 32768)
        selectPercentilesLarge(all, n, kPs, q, kNPs, mn, mx);
    else
        selectPercentiles(all, n, kPs, q, kNPs);
    f.p50Ms = q[0];
    f.p95Ms = q[2];
    f.p99Ms = q[3];
    for (int i = 0; i < kNPs; ++i)
        f.percentiles.insert(kPs[i], q[i]);
    // The same percentiles over the successes: the key transaction is judged
    // on them (docs/grid-rules.md §12).
    f.successesApart = true;
    if (failures == 0) {
        f.okPercentiles = f.percentiles;   // the successes are all the requests
    } else if (nOk > 0) {
        double okQ[kNPs];
        if (nOk >= 32768) {
            double okMin = ok[0], okMax = ok[0];
            for (std::size_t i = 0; i < nOk; ++i) {
                okMin = ok[i] < okMin ? ok[i] : okMin;
                okMax = ok[i] > okMax ? ok[i] : okMax;
            }
            selectPercentilesLarge(ok, nOk, kPs, okQ, kNPs, okMin, okMax);
        } else {
            selectPercentiles(ok, nOk, kPs, okQ, kNPs);
        }
        for (int i = 0; i < kNPs; ++i)
            f.okPercentiles.insert(kPs[i], okQ[i]);
    }
    // The latency distribution counts from it (docs/distribution.md).
    f.okHistogram = LatencyHistogram::of(ok, nOk);
    return f;
}

TimePoint pointOf(std::int64_t tMs, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t failures,
                  double seconds, bool withOk)
{
    TimePoint p;
    p.tMs = tMs;
    p.rps = seconds > 0 ? double(n) / seconds : kNaN;
    p.failuresPerSec = seconds > 0 ? double(failures) / seconds : kNaN;
    double q[3];
    static constexpr double ps[] = {0.50, 0.95, 0.99};
    selectPercentiles(all, n, ps, q, 3);
    p.p50Ms = q[0];
    p.p95Ms = q[1];
    p.p99Ms = q[2];
    // For one endpoint's series, keyP95Ms is its p95 over successes
    // (docs/k6-reader.md §"Percentiles");
    // aggregated series leave it unknown (the key transaction is not known here).
    if (withOk)
        p.keyP95Ms = failures == 0 ? p.p95Ms : selectPercentile(ok, nOk, 0.95);
    return p;
}

Endpoint endpointOf(const EndpointInfo &info, double *all, std::size_t n, double *ok, std::size_t nOk,
                    std::int64_t failures, double seconds)
{
    Endpoint ep;
    ep.name = QString::fromStdString(info.name);
    ep.method = joined(info.methods);
    ep.group = joined(info.groups);
    ep.scenario = joined(info.scenarios);
    ep.figures = figuresOf(all, n, ok, nOk, failures, seconds);
    return ep;
}

void sortByName(QList<Endpoint> &endpoints)
{
    std::sort(endpoints.begin(), endpoints.end(), [](const Endpoint &a, const Endpoint &b) { return a.name < b.name; });
}

} // namespace palier::k6
