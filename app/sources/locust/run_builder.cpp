#include "sources/locust/run_builder.h"

#include "sources/locust/stage_figures.h"

namespace palier::locust {

QDateTime utcFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Figures statsTotal(const StatsFile &stats, QList<Diagnostic> &warnings)
{
    if (stats.hasAggregated)
        return stats.aggregated;
    QList<Figures> parts;
    for (const Endpoint &e : stats.endpoints)
        parts.append(e.figures);
    warnings.append({Diagnostic::Severity::Warning, stats.path, 0,
                     tr("no Aggregated row (truncated file?): totals added up from the endpoints")});
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
