// Exact percentiles of raw k6 samples, by grid.md §6 and k6's own TrendSink.P:
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

} // namespace palier::k6
