// What each chart of a run shows, built from the run model onto the chart layer.
// Shared by the Load test and Compare views (and the screenshots).
#pragma once

#include "shell/state_palette.h"
#include "grid/assessment.h"

#include <QCoreApplication>

namespace palier::ui {

class ChartView;

struct RunCharts {
    Q_DECLARE_TR_FUNCTIONS(palier::ui::RunCharts)
public:
    // p50/p95/p99 of all requests and the key transaction's p95 against users, over
    // the profile's green/orange/red p95 bands, with the saturation point marked.
    // With a capacity model (capacity->hasModel()), the key p95 it projects too,
    // and where it turns orange and red (docs/capacity.md).
    static void latencyByUsers(ChartView *chart, const Run &run, const RunVerdict *verdict, const Profile &profile,
                               const StatePalette &palette, const Capacity *capacity = nullptr);
    // Throughput against users, beside the throughput that would grow in
    // proportion to users from the first stage. With a capacity model, the USL
    // curve fitted to the stages and carried past the last one, and its peak.
    static void throughputByUsers(ChartView *chart, const Run &run, const RunVerdict *verdict,
                                  const StatePalette &palette, const Capacity *capacity = nullptr);
    // How far right a capacity model is drawn: half the largest stage again, or
    // a little past where the key p95 turns red (or past the throughput peak),
    // never past the model's reach.
    static double projectionEnd(const Capacity &capacity);
    // Over time: response-time percentiles; req/s and failures/s; users.
    static void latencyOverTime(ChartView *chart, const Run &run, const Profile &profile, const StatePalette &palette);
    static void ratesOverTime(ChartView *chart, const Run &run, const StatePalette &palette);
    static void usersOverTime(ChartView *chart, const Run &run, const StatePalette &palette);

    // Several runs overlaid (Compare): key p95 and throughput against users.
    // The pinned baseline (an index into runs, -1: none) is dashed and named so.
    static void compareLatency(ChartView *chart, const QList<const Run *> &runs, const Profile &profile,
                               const StatePalette &palette, int baseline = -1);
    static void compareThroughput(ChartView *chart, const QList<const Run *> &runs, const StatePalette &palette,
                                  int baseline = -1);
    static QString compareName(const Run &run, bool baseline);

    // The p95 bands of the profile on a latency chart.
    static void addP95Bands(ChartView *chart, const Profile &profile, const StatePalette &palette);
    // A run's series over time: the run's own, or its stages' end to end.
    static QList<TimePoint> timeline(const Run &run);
    static QString noStagesText(const Run &run);
};

} // namespace palier::ui
