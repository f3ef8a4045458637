#include "sources/locust/run_builder.h"

#include "sources/locust/stage_figures.h"

namespace palier::locust {

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Figures statsTotal(const StatsFile &stats, QList<Finding> &findings)
{
    if (stats.hasAggregated)
        return stats.aggregated;
    QList<Figures> parts;
    for (const Endpoint &e : stats.endpoints)
        parts.append(e.figures);
    // Every Locust version writes a total row last (Aggregated, or Total up to
    // 0.12): a stats file without one was cut short, and the endpoints that
    // remain cannot stand for the run's totals (docs/grid-rules.md §8: damaged files).
    findings.append(Finding::error(QStringLiteral("run.invalid.truncated_stats"), stats.path, 0,
                                   {{QStringLiteral("rows"), stats.rows}}));
    Figures f = parts.isEmpty() ? Figures {} : combineFigures(parts);
    f.estimated = true;   // not Locust's own total row
    return f;
}

double historySpanS(const LoadedSet &set)
{
    if (!set.history || set.history->isEmpty())
        return kNaN;
    return double(set.history->aggregated.last().tMs - set.history->aggregated.first().tMs) / 1000.0;
}

} // namespace palier::locust
