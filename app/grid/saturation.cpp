#include "grid/saturation.h"

#include <cmath>

namespace palier {

namespace {

double stageRps(const Stage &s)
{
    if (isKnown(s.figures.rps))
        return s.figures.rps;
    if (s.figures.requests > 0 && isKnown(s.durationS) && s.durationS > 0)
        return double(s.figures.requests) / s.durationS;
    return kNaN;
}

// The median latency the knee looks at: the key transaction's, else all requests'.
double medianLatency(const Stage &s, const QString &key, bool *exact)
{
    if (const Endpoint *e = s.endpoint(key); e && isKnown(e->figures.keyPercentile(0.5))) {
        *exact = e->figures.percentilesExact;
        return e->figures.keyPercentile(0.5);
    }
    *exact = s.figures.percentilesExact;
    return s.figures.percentile(0.5);
}

// A stage the generator could not drive (docs/grid-rules.md §6) is out of the knee.
bool driven(const Stage &s)
{
    return !s.generatorOverloaded && !(isKnown(s.droppedIterations) && s.droppedIterations > 0);
}

} // namespace

double roundingStepMs(double ms, bool exact)
{
    if (exact || !isKnown(ms))
        return 0;
    if (ms < 100)
        return 1;
    if (ms < 1000)
        return 10;
    if (ms < 10000)
        return 100;
    return 1000;
}

void findSaturation(const Run &run, const Profile &profile, RunVerdict &v)
{
    // Stages the generator could not drive are signals on their own.
    for (const Stage &s : run.stages) {
        if (driven(s))
            continue;
        v.saturationSignals = true;
        if (s.generatorOverloaded)
            v.saturationReasons << reason("saturation.generator_overloaded", {{QStringLiteral("users"), s.users}});
        if (isKnown(s.droppedIterations) && s.droppedIterations > 0)
            v.saturationReasons << reason("saturation.dropped_iterations",
                                          {{QStringLiteral("users"), s.users},
                                           {QStringLiteral("count"), s.droppedIterations}});
    }

    const Stage *prev = nullptr;
    for (int i = 0; i < run.stages.size(); ++i) {
        const Stage &s = run.stages.at(i);
        if (!driven(s))
            continue;
        const StageVerdict &sv = v.stages.at(i);
        QList<Reason> why;
        if (s.users >= profile.targetUsers) {
            if (sv.continuousDegradation)
                why << reason("saturation.degradation", {{QStringLiteral("users"), s.users}});
            if (sv.throughputCollapse)
                why << reason("saturation.collapse", {{QStringLiteral("users"), s.users}});
        }
        if (prev && prev->users > 0 && s.users > prev->users) {
            const double userGrowth = double(s.users - prev->users) / double(prev->users);
            const double r0 = stageRps(*prev), r1 = stageRps(s);
            if (isKnown(r0) && isKnown(r1) && r0 > 0) {
                const double rpsGrowth = (r1 - r0) / r0;
                if (rpsGrowth < 0.5 * userGrowth)
                    why << reason("saturation.throughput",
                                  {{QStringLiteral("from_users"), prev->users}, {QStringLiteral("to_users"), s.users},
                                   {QStringLiteral("from_rps"), r0}, {QStringLiteral("to_rps"), r1},
                                   {QStringLiteral("rps_growth_pct"), 100.0 * rpsGrowth},
                                   {QStringLiteral("users_growth_pct"), 100.0 * userGrowth}});
            }
            bool exact0 = false, exact1 = false;
            const double l0 = medianLatency(*prev, profile.keyTransaction, &exact0);
            const double l1 = medianLatency(s, profile.keyTransaction, &exact1);
            if (isKnown(l0) && isKnown(l1) && l0 > 0) {
                const double latencyGrowth = l1 / l0 - 1.0;
                const double rise = l1 - l0;
                // Only a rise the data can show: more than 10 ms and more than the
                // tool's rounding step at that latency.
                const bool visible = rise > 10.0 && rise > roundingStepMs(l1, exact1);
                if (visible && latencyGrowth > 2.0 * userGrowth)
                    why << reason("saturation.latency",
                                  {{QStringLiteral("from_users"), prev->users}, {QStringLiteral("to_users"), s.users},
                                   {QStringLiteral("from_ms"), l0}, {QStringLiteral("to_ms"), l1},
                                   {QStringLiteral("latency_growth_pct"), 100.0 * latencyGrowth},
                                   {QStringLiteral("users_growth_pct"), 100.0 * userGrowth}});
            }
        }
        prev = &s;
        if (!why.isEmpty()) {
            v.saturationSignals = true;
            v.saturationPointUsers = s.users;
            v.saturationReasons = why + v.saturationReasons;
            return;
        }
    }
    if (isKnown(run.droppedIterations) && run.droppedIterations > 0 && v.saturationReasons.isEmpty()) {
        v.saturationSignals = true;
        v.saturationReasons << reason("saturation.dropped_iterations_run",
                                      {{QStringLiteral("count"), run.droppedIterations}});
    }
}

} // namespace palier
