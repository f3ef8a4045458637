#include "grid/colour.h"

#include <cmath>

namespace palier {

double roundHalfAwayFromZero(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    const double scaled = std::abs(value) * scale;
    const double floor = std::floor(scaled);
    const double frac = scaled - floor;
    // Treat values a hair below a half (binary drift) as the half.
    const double tolerance = 1e-9 * std::max(1.0, scaled);
    const double rounded = (frac + tolerance >= 0.5) ? floor + 1 : floor;
    return std::copysign(rounded / scale, value);
}

double displayedValue(Metric metric, double value)
{
    if (std::isnan(value))
        return value;
    switch (metric) {
    case Metric::LatencyP50:
    case Metric::LatencyP95:
    case Metric::LatencyP99:
    case Metric::LatencyAvg:
        return roundHalfAwayFromZero(value, 0);
    case Metric::ErrorRate:
    case Metric::Throughput:
        return roundHalfAwayFromZero(value, 2);
    case Metric::TargetStageHeld:
        return value;
    }
    return value;
}

double roundedPercentOfCounts(qint64 part, qint64 whole)
{
    if (whole <= 0 || part < 0)
        return std::nan("");
    // hundredths = round(10000 × part / whole), half up on non-negative integers.
    // 128-bit intermediate: part can be billions of requests.
    const __int128 num = __int128(20000) * part + whole;
    const __int128 hundredths = num / (__int128(2) * whole);
    return double(qint64(hundredths)) / 100.0;
}

Colour colourOf(const CriterionDef &c, double v)
{
    if (std::isnan(v) || c.metric == Metric::TargetStageHeld)
        return Colour::NotEvaluated;
    if (!c.higherIsBetter) {
        const bool green = c.greenStrict ? v < c.green : v <= c.green;
        if (green)
            return Colour::Green;
        const bool red = c.orangeStrict ? v >= c.orange : v > c.orange;
        return red ? Colour::Red : Colour::Orange;
    }
    const bool green = c.greenStrict ? v > c.green : v >= c.green;
    if (green)
        return Colour::Green;
    const bool red = c.orangeStrict ? v <= c.orange : v < c.orange;
    return red ? Colour::Red : Colour::Orange;
}

} // namespace palier
