#include "db/monitoring_percentile.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace palier {

bool pgFloat8Less(double a, double b)
{
    return !std::isnan(a) && (std::isnan(b) || a < b);
}

std::optional<double> pgPercentileCont(std::span<double> values, double fraction)
{
    if (values.empty())
        return std::nullopt;
    // As percentile_cont_final_common: the rank in float8, the rows as int64.
    const std::int64_t rows = std::int64_t(values.size());
    const double rank = fraction * double(rows - 1);
    const std::int64_t firstRow = std::int64_t(std::floor(rank));
    const std::int64_t secondRow = std::int64_t(std::ceil(rank));
    std::nth_element(values.begin(), values.begin() + firstRow, values.end(), pgFloat8Less);
    const double lo = values[std::size_t(firstRow)];
    if (firstRow == secondRow)
        return lo;
    // The next value in order is the smallest of those after the first row.
    const double hi = *std::min_element(values.begin() + firstRow + 1, values.end(), pgFloat8Less);
    const double proportion = rank - double(firstRow);
    // float8_lerp: lo + (proportion × (hi − lo)), two roundings. The volatile
    // keeps a compiler from fusing them into one fma, which would round once
    // and could change the last bit.
    volatile double step = proportion * (hi - lo);
    return lo + step;
}

std::optional<int> pgRoundFloat8ToInt4(double x)
{
    // dround() is rint(), dtoi4() rints again and checks FLOAT8_FITS_IN_INT32.
    const double r = std::rint(x);
    if (std::isnan(r) || !(r >= -2147483648.0 && r < 2147483648.0))
        return std::nullopt;
    return int(r);
}

} // namespace palier
