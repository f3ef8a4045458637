// Exact percentiles of raw k6 samples, by docs/grid-rules.md §12 and k6's own TrendSink.P:
//   h = p·(n−1); x[⌊h⌋] + (x[⌈h⌉] − x[⌊h⌋])·(h − ⌊h⌋)
// written with the same floating-point operations in the same order as k6, so a
// raw file's p95 is bit-for-bit the p95 of k6's summary for that run.
//
// Internal to the k6 reader: it works in place on a scratch buffer that holds no
// NaN (the reader never stores one), so it skips the NaN filtering and the copy
// of the general-purpose analysis/percentile.h. Several percentiles of the same
// samples share their selections: each nth_element runs on what is left above
// the previous rank.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "model/run.h"

namespace palier::k6 {

// `ps` ascending fractions in [0, 1]. `x` is reordered.
inline void selectPercentiles(double *x, std::size_t n, const double *ps, double *out, int count)
{
    if (n == 0) {
        for (int i = 0; i < count; ++i)
            out[i] = kNaN;
        return;
    }
    std::size_t from = 0;
    for (int i = 0; i < count; ++i) {
        const double h = ps[i] * (double(n) - 1.0);
        const double fl = std::floor(h);
        std::size_t lo = std::size_t(fl);
        if (lo >= n)
            lo = n - 1;
        if (lo >= from) {
            std::nth_element(x + from, x + lo, x + n);
            from = lo;
        }
        const double j = x[lo];
        const double f = h - fl;
        if (f == 0.0 || lo + 1 >= n) {
            out[i] = j;
            continue;
        }
        // After the selection every value past lo is >= x[lo]; the next rank is
        // their minimum.
        const double k = *std::min_element(x + lo + 1, x + n);
        out[i] = j + (k - j) * f;
    }
}

inline double selectPercentile(double *x, std::size_t n, double p)
{
    double out;
    selectPercentiles(x, n, &p, &out, 1);
    return out;
}

// The same figures for large sets (a whole run, an endpoint, a stage) in two
// passes instead of nth_element's many: the IEEE bits of non-negative doubles
// are ordered like the values, so a 65 536-bucket histogram of the bits
// (relative to the minimum) locates the bucket holding each needed rank; only
// those few buckets' values are then selected exactly. Same ranks, same
// formula, same result to the bit. Values must be >= 0 (durations; -0.0 is
// normalised to +0.0 on input). `x` is not modified.
inline void selectPercentilesLarge(const double *x, std::size_t n, const double *ps, double *out, int count,
                                   double mn, double mx)
{
    if (n == 0 || !(mn >= 0)) {
        std::vector<double> copy(x, x + n);
        selectPercentiles(copy.data(), n, ps, out, count);
        return;
    }
    auto bits = [](double v) {
        std::uint64_t b;
        std::memcpy(&b, &v, sizeof b);
        return b;
    };
    constexpr int kBuckets = 1 << 16;
    const std::uint64_t lo = bits(mn);
    const std::uint64_t span = bits(mx) - lo;
    int shift = 0;
    while ((span >> shift) >= std::uint64_t(kBuckets))
        ++shift;
    std::vector<std::uint32_t> hist(kBuckets + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        ++hist[std::size_t((bits(x[i]) - lo) >> shift)];

    // The ranks needed: ⌊h⌋ and ⌊h⌋+1 of each percentile.
    struct Need {
        std::size_t rank;
        int bucket;
        double value;
    };
    std::vector<Need> needs;
    for (int i = 0; i < count; ++i) {
        const double h = ps[i] * (double(n) - 1.0);
        const std::size_t r = std::min(std::size_t(std::floor(h)), n - 1);
        needs.push_back({r, -1, 0});
        if (r + 1 < n)
            needs.push_back({r + 1, -1, 0});
    }
    // Bucket of each rank, and where that bucket starts in rank order.
    std::vector<std::size_t> firstRank(kBuckets, 0);
    std::vector<std::int32_t> slotOf(kBuckets, -1);
    std::vector<int> targets;
    {
        std::size_t acc = 0;
        std::size_t k = 0;
        std::vector<std::size_t> order(needs.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return needs[a].rank < needs[b].rank; });
        for (int b = 0; b < kBuckets && k < order.size(); ++b) {
            const std::size_t c = hist[std::size_t(b)];
            while (k < order.size() && needs[order[k]].rank < acc + c) {
                needs[order[k]].bucket = b;
                if (slotOf[std::size_t(b)] < 0) {
                    slotOf[std::size_t(b)] = std::int32_t(targets.size());
                    targets.push_back(b);
                    firstRank[std::size_t(b)] = acc;
                }
                ++k;
            }
            acc += c;
        }
    }
    std::vector<std::vector<double>> members(targets.size());
    for (std::size_t t = 0; t < targets.size(); ++t)
        members[t].reserve(hist[std::size_t(targets[t])]);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t s = slotOf[std::size_t((bits(x[i]) - lo) >> shift)];
        if (s >= 0)
            members[std::size_t(s)].push_back(x[i]);
    }
    for (Need &need : needs) {
        std::vector<double> &m = members[std::size_t(slotOf[std::size_t(need.bucket)])];
        const std::size_t k = need.rank - firstRank[std::size_t(need.bucket)];
        std::nth_element(m.begin(), m.begin() + std::ptrdiff_t(k), m.end());
        need.value = m[k];
    }
    std::size_t at = 0;
    for (int i = 0; i < count; ++i) {
        const double h = ps[i] * (double(n) - 1.0);
        const double fl = std::floor(h);
        const double j = needs[at].value;
        const bool hasNext = needs[at].rank + 1 < n;
        const double f = h - fl;
        if (f == 0.0 || !hasNext)
            out[i] = j;
        else
            out[i] = j + (needs[at + 1].value - j) * f;
        at += hasNext ? 2 : 1;
    }
}

} // namespace palier::k6
