// Values are compared and shown as displayed (grid.md §1): latencies in whole
// milliseconds, percentages with two decimals, rounding half away from zero as
// PostgreSQL's ROUND does on numeric.
#pragma once

#include <cmath>

namespace palier {

inline double roundMs(double ms) { return std::round(ms); }
inline double roundPercent(double pct) { return std::round(pct * 100.0) / 100.0; }

} // namespace palier

namespace palier {

// 100 × part / whole rounded to two decimals, computed on integers so that a
// rate sitting exactly on a boundary (1.005 %) rounds as PostgreSQL's numeric
// ROUND(100.0 * errors / total, 2) does, with no binary floating-point drift.
inline double percentOfCounts(long long part, long long whole)
{
    if (whole <= 0)
        return std::nan("");
    const long long hundredths = (20000 * part + whole) / (2 * whole);   // half up, part >= 0
    return double(hundredths) / 100.0;
}

} // namespace palier
