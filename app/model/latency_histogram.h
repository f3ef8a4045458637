// The durations of a set of successful requests, kept compactly: how many took
// each whole number of milliseconds (rounded up). Sources with raw samples
// (k6 raw files) fill it; the latency distribution (analysis/latency_ranges.h)
// counts from it exactly at whole-millisecond limits (docs/distribution.md).
#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace palier {

struct LatencyHistogram {
    // (⌈ms⌉, count), ms ascending, counts > 0.
    std::vector<std::pair<std::uint32_t, std::uint64_t>> buckets;
    std::uint64_t total = 0;

    // Samples of at most `limitMs`: exact when limitMs is a whole number of
    // milliseconds (x ≤ L ⇔ ⌈x⌉ ≤ L for a whole L); for a fractional limit,
    // the samples of at most ⌊limitMs⌋ ms.
    std::uint64_t countAtMost(double limitMs) const;

    // From `n` durations in ms (any order, none NaN). Counting is linear in n
    // plus the longest duration for large sets.
    static std::shared_ptr<const LatencyHistogram> of(const double *ms, std::size_t n);
};

} // namespace palier
