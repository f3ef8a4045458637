// Trend statistics for the "target stage held" verdict (docs/grid-rules.md §5): the
// Mann–Kendall test for a monotonic trend and the Theil–Sen slope.
#pragma once

#include <QtGlobal>

#include <span>

namespace palier {

// Standard normal cumulative distribution function Φ(z).
double normalCdf(double z);

struct MannKendallResult {
    int n = 0;                 // observations used (NaN skipped)
    qint64 s = 0;              // S = Σ_{i<j} sign(y_j − y_i)
    double varS = 0;           // Var(S) with the tie correction
    double z = 0;              // continuity-corrected: (S − 1)/σ, 0, (S + 1)/σ
    double tau = 0;            // Kendall's tau-a: S / (n(n − 1)/2)
    double pTwoSided = 1;      // 2 × (1 − Φ(|z|))
    double pUpward = 1;        // 1 − Φ(z): one-sided, H1 = upward trend
    double pDownward = 1;      // Φ(z): one-sided, H1 = downward trend
    // False when there are fewer than 3 observations or Var(S) is 0 (all equal):
    // no test is possible and the p-values stay 1.
    bool valid = false;
};

// Mann–Kendall test on `y` in time order (Mann 1945, Kendall 1975, as in
// Gilbert 1987 §16.4): S, its variance
//   Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18   (t: size of each group of ties)
// and the normal approximation with continuity correction. The normal
// approximation is used for every n, also below 10 where Gilbert tabulates exact
// probabilities: the grid needs p < 0.01 on 10-s windows, and with fewer than 7
// windows no series can reach it anyway, so the approximation never decides a
// verdict alone at small n. NaN values are skipped. O(n²) time, O(n) memory.
MannKendallResult mannKendall(std::span<const double> y);

// Theil–Sen slope (Theil 1950, Sen 1968): the median of (y_j − y_i)/(x_j − x_i)
// over all pairs i < j with x_i ≠ x_j and both values known. x is usually the time
// in seconds, so the slope is in y-units per second. The median is taken by
// docs/grid-rules.md §12 (mean of the two middle slopes for an even count). Returns NaN when
// no pair qualifies. O(n²) time and memory: meant for windowed series (a few
// hundred points), not raw samples.
double theilSenSlope(std::span<const double> x, std::span<const double> y);

// Same with x = 0, 1, 2, … (the index), as Sen's slope is often stated.
double theilSenSlope(std::span<const double> y);

} // namespace palier
