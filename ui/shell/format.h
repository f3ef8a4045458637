// Numbers as the window shows them, in the UI locale: latencies in whole
// milliseconds and percentages with two decimals, as the grid compares them
// (docs/grid-rules.md §2). Unknown values (NaN) read as an en dash.
#pragma once

#include "grid/profile.h"
#include "grid/verdict.h"
#include "model/run.h"

#include <QCoreApplication>
#include <QString>

namespace palier::ui {

struct Format {
    Q_DECLARE_TR_FUNCTIONS(palier::ui::Format)
public:
    static QString unknown();                       // "–"
    static QString ms(double v);                    // "2 200 ms"
    static QString pct(double v);                   // "1.54 %"
    static QString rps(double v);                   // "36.8 req/s"
    static QString count(qint64 v);                 // "3 433"
    static QString number(double v, int decimals);
    // `digits` significant digits without an exponent: "0.0123", "0.0000321", "1.02".
    static QString significant(double v, int digits = 3);
    static QString duration(double seconds);        // "90 s", "10 min", "1 h 05 min"
    static QString users(int users);                // "100 users"
    static QString dateTime(const QDateTime &t);    // local, short
    static QString shortDateTime(const QDateTime &t);   // "22 Nov 19:18": day and minute
    // A run as people name it everywhere (lists, legends, tables): its id —
    // its folder, made unique — and its start time, "run-2026-11-20 · 22 Nov 19:18".
    static QString runName(const Run &run);
    static QString metricValue(Metric metric, double v);
    // What a criterion's value reads as in the grid: its value, or for the
    // "target stage held" criterion the verdict in words.
    static QString criterionValue(const CriterionDef *def, const CriterionResult &result);
    // The target stage: "held", "held, degraded", "not held"; any other stage
    // its stability: "stable", "degrading", "unstable" (it was never asked to
    // hold a duration: docs/grid-rules.md §5).
    static QString heldWord(Colour c, bool target = true);
};

} // namespace palier::ui
