#include "analysis/percentile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace palier {

namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();

bool validFraction(double p) { return p >= 0.0 && p <= 1.0; }   // false for NaN too

// Moves NaN values to the end and returns how many are not NaN.
std::size_t dropNaN(std::span<double> values)
{
    auto end = std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); });
    return std::size_t(end - values.begin());
}

// Interpolated value at rank h of values[first..n) (already holding, at index lo,
// the lo-th smallest of the whole range and, after it, only values >= it).
double interpolateAfterSelect(std::span<double> values, std::size_t lo, double h)
{
    const double frac = h - std::floor(h);
    const double xlo = values[lo];
    if (frac == 0.0 || lo + 1 >= values.size())
        return xlo;
    // The next rank is the smallest value after position lo.
    const double xhi = *std::min_element(values.begin() + std::ptrdiff_t(lo) + 1, values.end());
    return xlo + frac * (xhi - xlo);
}

} // namespace

double percentileOfSorted(std::span<const double> sorted, double p)
{
    if (sorted.empty() || !validFraction(p))
        return kNan;
    const double h = p * double(sorted.size() - 1);
    const std::size_t lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double frac = h - double(lo);
    if (frac == 0.0)
        return sorted[lo];
    return sorted[lo] + frac * (sorted[hi] - sorted[lo]);
}

double percentileInPlace(std::span<double> values, double p)
{
    if (!validFraction(p))
        return kNan;
    const std::size_t n = dropNaN(values);
    if (n == 0)
        return kNan;
    std::span<double> v = values.first(n);
    const double h = p * double(n - 1);
    const std::size_t lo = std::size_t(std::floor(h));
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
    return interpolateAfterSelect(v, lo, h);
}

double percentile(std::vector<double> values, double p)
{
    return percentileInPlace(std::span<double>(values), p);
}

std::vector<double> percentiles(std::vector<double> values, std::span<const double> ps)
{
    std::vector<double> out(ps.size(), kNan);
    const std::size_t n = dropNaN(std::span<double>(values));
    values.resize(n);
    if (n == 0 || ps.empty())
        return out;

    // Past a handful of percentiles one sort is cheaper than repeated selections.
    if (ps.size() > 8) {
        std::sort(values.begin(), values.end());
        for (std::size_t i = 0; i < ps.size(); ++i)
            out[i] = percentileOfSorted(values, ps[i]);
        return out;
    }

    // Select in increasing order of rank: each selection leaves every value at or
    // after its position >= the selected one, so the next selection only needs
    // the remaining range.
    std::vector<std::size_t> order(ps.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return ps[a] < ps[b]; });
    std::size_t from = 0;
    for (std::size_t idx : order) {
        const double p = ps[idx];
        if (!validFraction(p))
            continue;
        const double h = p * double(n - 1);
        const std::size_t lo = std::size_t(std::floor(h));
        if (lo >= from) {
            std::nth_element(values.begin() + std::ptrdiff_t(from), values.begin() + std::ptrdiff_t(lo),
                             values.end());
            from = lo;
        }
        // lo < from cannot happen: ranks are visited in increasing order.
        out[idx] = interpolateAfterSelect(std::span<double>(values), lo, h);
    }
    return out;
}

double mean(std::span<const double> values)
{
    if (values.empty())
        return kNan;
    double sum = 0;
    for (double x : values)
        sum += x;
    return sum / double(values.size());
}

} // namespace palier
