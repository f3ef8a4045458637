#include "sources/locust/tool_version.h"

namespace palier::locust {

ToolVersion inferToolVersion(const LoadedSet &set)
{
    Generation g = set.stats ? set.stats->generation : Generation::Unknown;
    if (g == Generation::Unknown && set.history)
        g = set.history->generation;
    switch (g) {
    case Generation::Legacy:
        // The total row was "Total" up to 0.12.1, "Aggregated" from 0.12.2.
        if (set.stats->aggregatedName == QLatin1StringView("Total"))
            return {QStringLiteral("≤0.12.1"), {}};
        if (set.stats->aggregatedName == QLatin1StringView("Aggregated"))
            return {QStringLiteral("0.12.2–0.13.2"), QVersionNumber(0, 12, 2)};
        return {QStringLiteral("≤0.13.2"), {}};
    case Generation::Hashes: return {QStringLiteral("0.13.3–0.14"), QVersionNumber(0, 13, 3)};
    case Generation::V1_0:
        return set.stats ? ToolVersion {QStringLiteral("1.0.x"), QVersionNumber(1, 0)}
                         : ToolVersion {QStringLiteral("1.0–1.1"), QVersionNumber(1, 0)};
    case Generation::V1_1:
        return set.stats ? ToolVersion {QStringLiteral("1.1.x"), QVersionNumber(1, 1)}
                         : ToolVersion {QStringLiteral("1.0–1.1"), QVersionNumber(1, 0)};
    case Generation::Modern: break;
    case Generation::Unknown: return {};
    }
    // 1.2+: raise the lower bound with what the files show.
    QVersionNumber low(1, 2);
    QVersionNumber high;
    if (!set.exceptionsPath.isEmpty())
        low = QVersionNumber(1, 4, 2);
    if (set.history && set.history->fullHistory()) {
        if (set.history->window == WindowKind::Sliding10s)
            low = QVersionNumber(2, 2, 2);
        else
            high = QVersionNumber(2, 2, 1);   // full history with cumulative percentiles
    }
    if (set.failures && set.failures->hasFirstSeen)
        low = QVersionNumber(2, 44);
    // A range only while the lower bound stays below the upper one: failures.csv's
    // First Seen (2.44) outranks the cumulative percentiles (≤ 2.2.1).
    if (!high.isNull() && low <= high)
        return {low.toString() + QStringLiteral("–") + high.toString(), low};
    return {QStringLiteral("≥") + low.toString(), low};
}

} // namespace palier::locust
