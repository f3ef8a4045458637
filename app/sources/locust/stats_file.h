// Locust's per-name totals: stats.csv (0.13.3+) or, for Locust <= 0.13.2,
// _requests.csv with its _distribution.csv. Figures are Locust's own (rounded
// percentiles, exact average/min/max), never recomputed.
#pragma once

#include "model/run.h"
#include "sources/locust/locust_files.h"
#include "sources/locust/read_context.h"

namespace palier::locust {

struct StatsFile {
    QString path;                       // the stats (or requests) file
    QString distributionPath;           // legacy only, may be empty
    Generation generation = Generation::Unknown;
    QList<double> percentileKeys;       // fractions, in column order
    QList<Endpoint> endpoints;          // in file order, Aggregated row excluded
    bool hasAggregated = false;
    Figures aggregated;                 // the Aggregated (or Total) row
    qint64 aggregatedLine = 0;
    QString aggregatedName;             // "Aggregated", or "Total" (Locust <= 0.12.1)
    qint64 rows = 0;                    // data rows read (skipped ones included)
    qint64 lastLine = 1;                // line of the last row read (1: the header alone)
};

// Throws InputError when the file is not a Locust stats file at all.
StatsFile readStatsFile(const QString &path, ReadContext &ctx);
// `distributionPath` may be empty: percentiles stay unknown then.
StatsFile readLegacyStats(const QString &requestsPath, const QString &distributionPath, ReadContext &ctx);

// Locust's Aggregated row: Type None/""/Total, Name Aggregated or Total.
bool isAggregatedRow(const QString &type, const QString &name);

} // namespace palier::locust
