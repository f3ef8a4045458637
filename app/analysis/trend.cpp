#include "analysis/trend.h"

#include "analysis/percentile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace palier {

double normalCdf(double z)
{
    // erfc keeps full relative precision in the tails, where 1 − Φ matters.
    return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

MannKendallResult mannKendall(std::span<const double> y)
{
    MannKendallResult r;
    std::vector<double> v;
    v.reserve(y.size());
    for (double value : y)
        if (!std::isnan(value))
            v.push_back(value);
    const qint64 n = qint64(v.size());
    r.n = int(n);
    if (n < 3)
        return r;

    qint64 s = 0;
    for (qint64 i = 0; i + 1 < n; ++i)
        for (qint64 j = i + 1; j < n; ++j)
            s += (v[j] > v[i]) - (v[j] < v[i]);
    r.s = s;

    // Tie correction: group equal values.
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    double tieTerm = 0;
    for (qint64 i = 0; i < n;) {
        qint64 j = i + 1;
        while (j < n && sorted[j] == sorted[i])
            ++j;
        const double t = double(j - i);
        if (t > 1)
            tieTerm += t * (t - 1) * (2 * t + 5);
        i = j;
    }
    const double dn = double(n);
    r.varS = (dn * (dn - 1) * (2 * dn + 5) - tieTerm) / 18.0;
    r.tau = double(s) / (0.5 * dn * (dn - 1));
    if (r.varS <= 0)
        return r;

    const double sigma = std::sqrt(r.varS);
    if (s > 0)
        r.z = double(s - 1) / sigma;
    else if (s < 0)
        r.z = double(s + 1) / sigma;
    else
        r.z = 0;
    r.pTwoSided = std::erfc(std::abs(r.z) / std::sqrt(2.0));
    r.pUpward = 0.5 * std::erfc(r.z / std::sqrt(2.0));
    r.pDownward = 0.5 * std::erfc(-r.z / std::sqrt(2.0));
    r.valid = true;
    return r;
}

double theilSenSlope(std::span<const double> x, std::span<const double> y)
{
    const std::size_t n = std::min(x.size(), y.size());
    std::vector<double> slopes;
    slopes.reserve(n > 1 ? n * (n - 1) / 2 : 0);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        for (std::size_t j = i + 1; j < n; ++j) {
            if (std::isnan(x[j]) || std::isnan(y[j]) || x[j] == x[i])
                continue;
            slopes.push_back((y[j] - y[i]) / (x[j] - x[i]));
        }
    }
    return median(std::move(slopes));   // NaN when empty
}

double theilSenSlope(std::span<const double> y)
{
    std::vector<double> x(y.size());
    for (std::size_t i = 0; i < x.size(); ++i)
        x[i] = double(i);
    return theilSenSlope(x, y);
}

} // namespace palier
