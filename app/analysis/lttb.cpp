#include "analysis/lttb.h"

#include <algorithm>
#include <cmath>

namespace palier {

namespace {

std::vector<std::size_t> knownIndices(std::span<const double> x, std::span<const double> y)
{
    const std::size_t n = std::min(x.size(), y.size());
    std::vector<std::size_t> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isnan(x[i]) && !std::isnan(y[i]))
            out.push_back(i);
    return out;
}

} // namespace

std::vector<std::size_t> lttbIndices(std::span<const double> x, std::span<const double> y,
                                     std::size_t threshold)
{
    const std::vector<std::size_t> idx = knownIndices(x, y);
    const std::size_t n = idx.size();
    if (threshold < 3 || n <= threshold)
        return idx;

    std::vector<std::size_t> kept;
    kept.reserve(threshold);
    kept.push_back(idx[0]);

    // Buckets between the first and last point, of (n − 2)/(threshold − 2) points each.
    const double every = double(n - 2) / double(threshold - 2);
    std::size_t a = 0;   // position in idx of the point kept last
    for (std::size_t bucket = 0; bucket < threshold - 2; ++bucket) {
        // Mean of the next bucket (the last point for the last bucket).
        std::size_t avgStart = std::size_t(std::floor(double(bucket + 1) * every)) + 1;
        std::size_t avgEnd = std::size_t(std::floor(double(bucket + 2) * every)) + 1;
        avgEnd = std::min(avgEnd, n);
        avgStart = std::min(avgStart, n - 1);
        if (avgEnd <= avgStart)
            avgEnd = avgStart + 1;
        double avgX = 0, avgY = 0;
        for (std::size_t j = avgStart; j < avgEnd; ++j) {
            avgX += x[idx[j]];
            avgY += y[idx[j]];
        }
        const double count = double(avgEnd - avgStart);
        avgX /= count;
        avgY /= count;

        // This bucket's range.
        const std::size_t from = std::size_t(std::floor(double(bucket) * every)) + 1;
        const std::size_t to = std::min(std::size_t(std::floor(double(bucket + 1) * every)) + 1, n - 1);

        const double ax = x[idx[a]], ay = y[idx[a]];
        double bestArea = -1;
        std::size_t best = from;
        for (std::size_t j = from; j < to; ++j) {
            // Twice the triangle's area; the factor does not change the choice.
            const double area = std::abs((ax - avgX) * (y[idx[j]] - ay) - (ax - x[idx[j]]) * (avgY - ay));
            if (area > bestArea) {
                bestArea = area;
                best = j;
            }
        }
        kept.push_back(idx[best]);
        a = best;
    }
    kept.push_back(idx[n - 1]);
    return kept;
}

std::vector<std::size_t> minMaxIndices(std::span<const double> x, std::span<const double> y,
                                       std::size_t buckets)
{
    const std::vector<std::size_t> idx = knownIndices(x, y);
    const std::size_t n = idx.size();
    if (buckets == 0 || n <= 4 * buckets)
        return idx;

    std::vector<std::size_t> kept;
    kept.reserve(4 * buckets);
    for (std::size_t b = 0; b < buckets; ++b) {
        const std::size_t from = b * n / buckets;
        const std::size_t to = (b + 1) * n / buckets;
        if (from >= to)
            continue;
        std::size_t lo = from, hi = from;
        for (std::size_t j = from + 1; j < to; ++j) {
            if (y[idx[j]] < y[idx[lo]])
                lo = j;
            if (y[idx[j]] > y[idx[hi]])
                hi = j;
        }
        std::size_t picks[4] = {from, std::min(lo, hi), std::max(lo, hi), to - 1};
        for (std::size_t p : picks)
            if (kept.empty() || kept.back() != idx[p])
                kept.push_back(idx[p]);
    }
    return kept;
}

} // namespace palier
