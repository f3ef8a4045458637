// The Universal Scalability Law (Gunther) fitted to throughput against users:
//   X(N) = λN / (1 + σ(N−1) + κN(N−1))
// σ (contention: the share of work that queues for one resource), κ (coherency:
// the cost of keeping N users' state consistent, what makes throughput fall),
// λ (throughput of one user with no contention). docs/capacity.md says what each
// number means to a user and the limits of the fit.
#pragma once

#include <QList>

namespace palier {

struct UslPoint {
    double users = 0;        // N
    double throughput = 0;   // X(N), requests per second
};

struct UslInterval {
    double low = 0, high = 0;
    bool contains(double v) const { return low <= v && v <= high; }
};

struct UslFit {
    bool converged = false;
    double sigma = 0, kappa = 0, lambda = 0;
    // 95 % confidence intervals from the linearised covariance at the optimum:
    // estimate ± t(0.975, n−3) · standard error, all three clipped at 0 (none
    // of them can be negative). The upper end is +inf when the data give no
    // curvature at all (a singular covariance, or only 3 points).
    UslInterval sigmaCi, kappaCi, lambdaCi;
    double r2 = 0;           // 1 − SSR/SST on throughput
    double ssr = 0;          // sum of squared residuals
    int points = 0;
    int iterations = 0;

    double throughput(double users) const;
    // N* = √((1−σ)/κ), the user count of the throughput peak; NaN when κ is 0
    // or σ ≥ 1 (no peak: throughput only levels off).
    double peakUsers() const;
    // True when the peak is supported by the data: κ's interval excludes 0.
    // Otherwise the stages have not bent the curve yet (docs/capacity.md).
    bool peakDetermined() const;
};

// Nonlinear least squares on throughput (Levenberg–Marquardt with Marquardt's
// diagonal scaling, σ, κ kept ≥ 0 by projection), from a few starting points,
// the best kept. Needs at least 3 points with distinct N > 0; returns
// converged = false otherwise.
UslFit fitUsl(const QList<UslPoint> &points);

// Two-sided Student t quantile: t such that P(|T| ≤ t) = level for ν degrees
// of freedom (level 0.95 gives t(0.975, ν)).
double studentTQuantile(double level, int dof);

} // namespace palier
