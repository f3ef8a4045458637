#include "analysis/binomial.h"

#include <cmath>
#include <numbers>

namespace palier {

namespace {

// log(n!) − log(√(2πn)·(n/e)^n), the error of Stirling's formula (Loader 2000).
double stirlerr(double n)
{
    constexpr double S0 = 1.0 / 12, S1 = 1.0 / 360, S2 = 1.0 / 1260, S3 = 1.0 / 1680, S4 = 1.0 / 1188;
    if (n <= 15)
        return std::lgamma(n + 1) - (n + 0.5) * std::log(n) + n - 0.5 * std::log(2 * std::numbers::pi);
    const double nn = n * n;
    if (n > 500)
        return (S0 - S1 / nn) / n;
    if (n > 80)
        return (S0 - (S1 - S2 / nn) / nn) / n;
    if (n > 35)
        return (S0 - (S1 - (S2 - S3 / nn) / nn) / nn) / n;
    return (S0 - (S1 - (S2 - (S3 - S4 / nn) / nn) / nn) / nn) / n;
}

// x·log(x/m) + m − x, by a series when x is close to m (Loader 2000).
double bd0(double x, double m)
{
    if (std::abs(x - m) < 0.1 * (x + m)) {
        double v = (x - m) / (x + m);
        double s = (x - m) * v;
        double ej = 2 * x * v;
        v *= v;
        for (int j = 1; j < 1000; ++j) {
            ej *= v;
            const double s1 = s + ej / (2 * j + 1);
            if (s1 == s)
                return s1;
            s = s1;
        }
        return s;
    }
    return x * std::log(x / m) + m - x;
}

// log P(X = i), 0 <= i <= n, 0 < p < 1. Loader's saddle-point form, not
// lgamma(n+1) − lgamma(i+1) − lgamma(n−i+1): for large n those terms are about
// n·log n and cancel, losing ~log10(n) digits (3e-7 relative at n = 1e9, 4e-4
// at n = 1e12); this form keeps double precision at any n.
double logPmf(qint64 i, qint64 n, double p)
{
    const double nn = double(n), ii = double(i);
    if (i == 0)
        return nn * std::log1p(-p);
    if (i == n)
        return nn * std::log(p);
    const double q = 1.0 - p;
    return stirlerr(nn) - stirlerr(ii) - stirlerr(nn - ii) - bd0(ii, nn * p) - bd0(nn - ii, nn * q)
         + 0.5 * std::log(nn / (2 * std::numbers::pi * ii * (nn - ii)));
}

} // namespace

double binomialUpperTail(qint64 k, qint64 n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n || n <= 0)
        return 0.0;
    if (!(p > 0.0))
        return 0.0;   // no failure is expected: any is improbable
    if (p >= 1.0)
        return 1.0;
    const double nn = double(n);
    const double ratio = p / (1.0 - p);
    if (double(k) > nn * p) {
        // Above the mean: the upper tail's terms shrink from pmf(k) on.
        double term = std::exp(logPmf(k, n, p));
        double sum = term;
        for (qint64 i = k; i < n && term >= sum * 1e-17; ++i) {
            term *= double(n - i) / double(i + 1) * ratio;
            sum += term;
        }
        return std::min(1.0, sum);
    }
    // At or below the mean: 1 − P(X <= k−1), whose terms shrink from pmf(k−1) down.
    double term = std::exp(logPmf(k - 1, n, p));
    double sum = term;
    for (qint64 i = k - 1; i > 0 && term >= sum * 1e-17; --i) {
        term *= double(i) / double(n - i + 1) / ratio;
        sum += term;
    }
    return std::max(0.0, 1.0 - sum);
}

} // namespace palier
