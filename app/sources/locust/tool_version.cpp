#include "sources/locust/tool_version.h"

namespace palier::locust {

QString inferToolVersion(const LoadedSet &set)
{
    Generation g = set.stats ? set.stats->generation : Generation::Unknown;
    if (g == Generation::Unknown && set.history)
        g = set.history->generation;
    switch (g) {
    case Generation::Legacy:
        // The total row was "Total" up to 0.12.1, "Aggregated" from 0.12.2.
        if (set.stats->aggregatedName == QLatin1StringView("Total"))
            return QStringLiteral("≤0.12.1");
        if (set.stats->aggregatedName == QLatin1StringView("Aggregated"))
            return QStringLiteral("0.12.2–0.13.2");
        return QStringLiteral("≤0.13.2");
    case Generation::Hashes: return QStringLiteral("0.13.3–0.14");
    case Generation::V1_0:
        return set.stats ? QStringLiteral("1.0.x") : QStringLiteral("1.0–1.1");
    case Generation::V1_1:
        return set.stats ? QStringLiteral("1.1.x") : QStringLiteral("1.0–1.1");
    case Generation::Modern: break;
    case Generation::Unknown: return QString();
    }
    // 1.2+: raise the lower bound with what the files show.
    QString low = QStringLiteral("1.2");
    QString high;
    if (!set.exceptionsPath.isEmpty())
        low = QStringLiteral("1.4.2");
    if (set.history && set.history->fullHistory()) {
        if (set.history->window == WindowKind::Sliding10s)
            low = QStringLiteral("2.2.2");
        else
            high = QStringLiteral("2.2.1");   // full history with cumulative percentiles
    }
    if (set.failures && set.failures->hasFirstSeen)
        low = QStringLiteral("2.44");
    if (!high.isEmpty() && low != QStringLiteral("2.44") && low != QStringLiteral("2.2.2"))
        return low + QStringLiteral("–") + high;
    return QStringLiteral("≥") + low;
}

} // namespace palier::locust
