#include "analysis/binomial.h"

#include <cmath>

namespace palier {

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
    auto logPmf = [&](qint64 i) {
        const double ii = double(i);
        return std::lgamma(nn + 1) - std::lgamma(ii + 1) - std::lgamma(nn - ii + 1) + ii * std::log(p)
             + (nn - ii) * std::log1p(-p);
    };
    const double ratio = p / (1.0 - p);
    if (double(k) > nn * p) {
        // Above the mean: the upper tail's terms shrink from pmf(k) on.
        double term = std::exp(logPmf(k));
        double sum = term;
        for (qint64 i = k; i < n && term >= sum * 1e-17; ++i) {
            term *= double(n - i) / double(i + 1) * ratio;
            sum += term;
        }
        return std::min(1.0, sum);
    }
    // At or below the mean: 1 − P(X <= k−1), whose terms shrink from pmf(k−1) down.
    double term = std::exp(logPmf(k - 1));
    double sum = term;
    for (qint64 i = k - 1; i > 0 && term >= sum * 1e-17; --i) {
        term *= double(i) / double(n - i + 1) / ratio;
        sum += term;
    }
    return std::max(0.0, 1.0 - sum);
}

} // namespace palier
