// Figures of sets of requests, shared by every scope the run builder fills
// (the run, a stage, an endpoint, a series step): exact percentiles by
// docs/grid-rules.md §12 over all requests and over the successes, counts and rates.
#pragma once

#include "model/run.h"
#include "sources/k6/k6_big_alloc.h"
#include "sources/k6/k6_collector.h"
#include "sources/load.h"

#include <QDateTime>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace palier::k6 {

inline void checkCancel(const LoadOptions &options)
{
    if (options.cancelled())
        throw LoadCancelled {};
}

inline QDateTime utc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Figures of a set of requests from its durations (`all`, every request) and
// the durations of its successes (`ok`). Both are reordered.
Figures figuresOf(double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t failures, double seconds);

// One series point over the same kind of set. `withOk`: keyP95Ms is the p95
// over successes (per-endpoint series); aggregated series leave it unknown.
TimePoint pointOf(std::int64_t tMs, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t failures,
                  double seconds, bool withOk);

// Durations of a set of requests, split into all / successes.
struct Gathered {
    std::vector<double, BigAllocator<double>> all, ok;
    std::int64_t failures = 0;
    void clear()
    {
        all.clear();
        ok.clear();
        failures = 0;
    }
    void add(const Request &r)
    {
        all.push_back(r.ms);
        if (r.error)
            ++failures;
        else
            ok.push_back(r.ms);
    }
    Figures figures(double seconds) { return figuresOf(all.data(), all.size(), ok.data(), ok.size(), failures, seconds); }
    TimePoint point(std::int64_t tMs, double seconds, bool withOk)
    {
        return pointOf(tMs, all.data(), all.size(), ok.data(), ok.size(), failures, seconds, withOk);
    }
};

// Groups requests by endpoint with a counting sort, for per-endpoint figures
// of one scope (the run, a stage, a window) in O(requests + endpoints touched).
//
// Its duration buffers are borrowed from a Gathered used in the same thread
// (phases never overlap), so the large buffers are allocated — and their pages
// zeroed by the kernel — once per thread.
class ByEndpoint {
public:
    using Buffer = std::vector<double, BigAllocator<double>>;
    ByEndpoint(std::size_t endpoints, Buffer &all, Buffer &ok)
        : count_(endpoints, 0), okCount_(endpoints, 0), fails_(endpoints, 0), start_(endpoints, 0),
          okStart_(endpoints, 0), fillA_(endpoints, 0), fillO_(endpoints, 0), all_(all), ok_(ok) {}

    template <class It>
    void group(It first, It last)
    {
        touched_.clear();
        std::size_t n = 0, nOk = 0;
        for (It it = first; it != last; ++it) {
            const Request &r = *it;
            if (r.endpoint == kNoEndpoint)
                continue;
            if (count_[r.endpoint]++ == 0)
                touched_.push_back(r.endpoint);
            ++n;
            if (r.error)
                ++fails_[r.endpoint];
            else {
                ++okCount_[r.endpoint];
                ++nOk;
            }
        }
        std::sort(touched_.begin(), touched_.end());
        all_.resize(n);
        ok_.resize(nOk);
        std::size_t a = 0, o = 0;
        for (std::uint16_t e : touched_) {
            start_[e] = fillA_[e] = a;
            okStart_[e] = fillO_[e] = o;
            a += count_[e];
            o += okCount_[e];
        }
        std::vector<std::size_t> &fillA = fillA_, &fillO = fillO_;
        for (It it = first; it != last; ++it) {
            const Request &r = *it;
            if (r.endpoint == kNoEndpoint)
                continue;
            all_[fillA[r.endpoint]++] = r.ms;
            if (!r.error)
                ok_[fillO[r.endpoint]++] = r.ms;
        }
    }

    // f(endpoint, all*, n, ok*, nOk, failures) for each endpoint present; then resets.
    template <class F>
    void each(F &&f)
    {
        for (std::uint16_t e : touched_) {
            f(e, all_.data() + start_[e], count_[e], ok_.data() + okStart_[e], okCount_[e], fails_[e]);
            count_[e] = okCount_[e] = 0;
            fails_[e] = 0;
        }
        touched_.clear();
    }

private:
    std::vector<std::size_t> count_, okCount_;
    std::vector<std::int64_t> fails_;
    std::vector<std::size_t> start_, okStart_, fillA_, fillO_;
    std::vector<std::uint16_t> touched_;
    Buffer &all_;
    Buffer &ok_;
};

// Failed requests of a set grouped by error kind (ids of `kinds`, 1-based),
// most frequent first.
template <class It>
QList<ErrorEntry> errorsOf(const std::vector<ErrorKind> &kinds, It first, It last)
{
    std::vector<std::int64_t> counts(kinds.size() + 1, 0);
    for (It it = first; it != last; ++it)
        ++counts[it->error];
    QList<ErrorEntry> out;
    for (std::size_t i = 1; i < counts.size(); ++i) {
        if (!counts[i])
            continue;
        const ErrorKind &k = kinds[i - 1];
        out.append(ErrorEntry {QString::fromStdString(k.method), QString::fromStdString(k.name),
                               QString::fromStdString(k.text), counts[i]});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ErrorEntry &a, const ErrorEntry &b) { return a.occurrences > b.occurrences; });
    return out;
}

// One endpoint's figures over a scope of `seconds`.
Endpoint endpointOf(const EndpointInfo &info, double *all, std::size_t n, double *ok, std::size_t nOk,
                    std::int64_t failures, double seconds);

void sortByName(QList<Endpoint> &endpoints);

} // namespace palier::k6
