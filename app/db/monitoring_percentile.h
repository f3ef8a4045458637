// PERCENTILE_CONT exactly as PostgreSQL computes it for float8 (its
// orderedsetaggs.c), so that Palier can take the monitoring views' p95 on the
// client from the durations its statement returns (monitoring_sql.cpp) and
// still print the seed's digits.
#pragma once

#include <optional>
#include <span>

namespace palier {

// PostgreSQL's float8 order: NaN above every number and equal to any NaN,
// -0 equal to 0 (float8_cmp_internal).
bool pgFloat8Less(double a, double b);

// PERCENTILE_CONT(fraction) WITHIN GROUP (ORDER BY x) over `values`, which it
// reorders: rank h = fraction × (n − 1); the values at floor(h) and ceil(h)
// in PostgreSQL's order; lo + (h − floor(h)) × (hi − lo) in float8, or lo
// alone when h is whole. nullopt for no values (SQL NULL).
std::optional<double> pgPercentileCont(std::span<double> values, double fraction);

// ROUND(x)::int on a float8: round half to even (rint), then the int4 range
// check. nullopt where PostgreSQL raises "integer out of range" (NaN,
// infinities, beyond int4).
std::optional<int> pgRoundFloat8ToInt4(double x);

} // namespace palier
