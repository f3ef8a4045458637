#include "model/latency_histogram.h"

#include <algorithm>
#include <cmath>

namespace palier {

namespace {

// Durations are clamped into what a bucket key holds: ≥ 0 and below ~49 days.
std::uint32_t bucketOf(double ms)
{
    if (!(ms > 0))
        return 0;
    const double up = std::ceil(ms);
    return up >= 4.0e9 ? 4000000000u : std::uint32_t(up);
}

} // namespace

std::uint64_t LatencyHistogram::countAtMost(double limitMs) const
{
    if (std::isnan(limitMs) || limitMs < 0)
        return 0;
    const double whole = std::floor(limitMs);
    const std::uint32_t limit = whole >= 4.0e9 ? 4000000000u : std::uint32_t(whole);
    std::uint64_t n = 0;
    for (const auto &[ms, count] : buckets) {
        if (ms > limit)
            break;
        n += count;
    }
    return n;
}

std::shared_ptr<const LatencyHistogram> LatencyHistogram::of(const double *ms, std::size_t n)
{
    auto h = std::make_shared<LatencyHistogram>();
    h->total = n;
    if (n == 0)
        return h;
    std::uint32_t top = 0;
    for (std::size_t i = 0; i < n; ++i)
        top = std::max(top, bucketOf(ms[i]));
    // Many samples over a bounded span (not much wider than their number):
    // one counter per millisecond (linear);
    // else sort the few, or the widely spread, bucket keys.
    constexpr std::uint32_t kDenseSpan = 600000;   // 10 minutes
    if (n >= 4096 && top <= kDenseSpan && std::size_t(top) <= 64 * n) {
        std::vector<std::uint64_t> counts(std::size_t(top) + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            ++counts[bucketOf(ms[i])];
        for (std::uint32_t k = 0; k <= top; ++k)
            if (counts[k])
                h->buckets.emplace_back(k, counts[k]);
        return h;
    }
    std::vector<std::uint32_t> keys(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = bucketOf(ms[i]);
    std::sort(keys.begin(), keys.end());
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && keys[j] == keys[i])
            ++j;
        h->buckets.emplace_back(keys[i], std::uint64_t(j - i));
        i = j;
    }
    return h;
}

} // namespace palier
