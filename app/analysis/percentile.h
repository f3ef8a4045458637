// Exact percentiles by the project's one definition (docs/grid-rules.md §12): linear
// interpolation between closest ranks, the same rule as PostgreSQL
// percentile_cont, k6's trend sink, R's quantile type 7 and numpy's default.
//
//   sort x[0..n-1]; h = p × (n − 1);
//   result = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌈h⌉] − x[⌊h⌋])
//
// The functions select with std::nth_element (O(n) on average) instead of
// sorting, because a k6 raw file can hold millions of samples per endpoint.
#pragma once

#include <span>
#include <vector>

namespace palier {

// p is a fraction in [0, 1] (0.95 for p95). NaN values in the input are ignored.
// Returns NaN when no value is left or p is outside [0, 1] or NaN.
double percentile(std::vector<double> values, double p);

// Same, reordering `values` in place instead of copying them (the caller's
// buffer is left in an unspecified order). For hot paths with a scratch buffer.
double percentileInPlace(std::span<double> values, double p);

// Same rule over values already sorted ascending (no NaN): O(1).
double percentileOfSorted(std::span<const double> sorted, double p);

// Several percentiles of the same values at once, in the order of `ps`. Costs one
// selection per requested percentile on a shrinking range, or one sort when many
// are asked. Entries of `ps` outside [0, 1] yield NaN.
std::vector<double> percentiles(std::vector<double> values, std::span<const double> ps);

// The median (p = 0.5) by the same rule.
inline double median(std::vector<double> values) { return percentile(std::move(values), 0.5); }

// The arithmetic mean; NaN for no values.
double mean(std::span<const double> values);

} // namespace palier
