// stats_history.csv: one row per write (about every second) for Aggregated, plus
// one per name with --csv-full-history. Both header orders (0.13.3–0.14
// "Type,Name,Timestamp,# requests,…" and 1.0+ "Timestamp,User Count,…").
//
// Cells that mean "no data yet" become NaN here, not 0: N/A, the 0 percentiles
// of a sliding window holding no request, and the 0.000000 req/s Locust prints
// until its first rate is known.
#pragma once

#include "model/run.h"
#include "sources/locust/locust_files.h"
#include "sources/locust/read_context.h"
#include "analysis/plateaus.h"

namespace palier::locust {

struct HistoryRow {
    qint64 tMs = 0;
    double users = kNaN;                  // NaN before 1.0 (no User Count column)
    double rps = kNaN, fps = kNaN;        // Locust's current (recent) rates
    QList<double> pct;                    // by HistoryFile::percentileKeys; NaN = no data
    double totalRequests = kNaN, totalFailures = kNaN;   // since the start
    double totalMedian = kNaN, totalAvg = kNaN, totalMin = kNaN, totalMax = kNaN;
    qint64 line = 0;
};

struct HistoryEntry {
    QString method;
    QString name;
    QString seriesKey;        // name, or "METHOD name" when a name has several methods
    QList<HistoryRow> rows;   // by time
};

struct HistoryFile {
    QString path;
    Generation generation = Generation::Unknown;
    bool hasUsers = false;
    QList<double> percentileKeys;
    QList<HistoryRow> aggregated;   // by time
    QList<HistoryEntry> entries;    // per name (full history only), first-seen order
    WindowKind window = WindowKind::Unknown;
    int stepMs = 1000;              // typical time between writes

    bool isEmpty() const { return aggregated.isEmpty(); }
    bool fullHistory() const { return !entries.isEmpty(); }
    double pct(const HistoryRow &row, double fraction) const;   // NaN when unknown
};

HistoryFile readHistoryFile(const QString &path, ReadContext &ctx);

// The Aggregated rows' User Count over time, read quickly for grouping files
// into runs. Empty when the file has no User Count column or cannot be read.
QList<UserSample> scanUserCounts(const QString &path);
// The same from a loaded file.
QList<UserSample> userSamples(const HistoryFile &file);

// The aggregated point of a row, as the run model wants it.
TimePoint toTimePoint(const HistoryFile &file, const HistoryRow &row);

} // namespace palier::locust
