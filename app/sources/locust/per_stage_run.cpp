// A run from several file sets, one per user level (see run_builder.h).
#include "sources/locust/run_builder.h"

#include "sources/locust/known_losses.h"
#include "sources/locust/stage_cutter.h"
#include "sources/locust/stage_figures.h"
#include "sources/locust/tool_version.h"

#include <algorithm>
#include <cmath>

namespace palier::locust {

namespace {

void addWarning(Run &run, const QString &file, const QString &message)
{
    run.warnings.append({Diagnostic::Severity::Warning, file, 0, message});
}

Stage stageOf(const LoadedSet &set, Run &run)
{
    Stage s;
    s.label = set.set.label();
    s.files = set.files();
    const int nameUsers = usersFromPrefix(set.set.prefix);
    const QList<UserSample> samples = set.history ? userSamples(*set.history) : QList<UserSample> {};
    const std::optional<Plateau> level = longestLevel(samples);
    if (level) {
        s.users = level->users;
        if (nameUsers >= 1 && nameUsers != level->users)
            addWarning(run, set.historyPath(),
                       tr("the name says %1 users but the history holds %2: %2 used")
                           .arg(nameUsers).arg(level->users));
        if (cutPlateaus(samples).size() > 1)
            addWarning(run, set.historyPath(),
                       tr("this stage's history steps through several user counts: the stage is "
                          "the level held longest (%1 users)").arg(level->users));
    } else {
        s.users = std::max(nameUsers, 0);
    }

    if (set.stats) {
        s.figures = statsTotal(*set.stats, run.warnings);
        s.endpoints = set.stats->endpoints;
    } else if (set.history && !set.history->isEmpty()) {
        s.figures = figuresAtEnd(*set.history, set.history->aggregated);
        s.endpoints = endpointsAtEnd(*set.history);
    }
    if (set.failures)
        s.errors = set.failures->errors;

    s.durationS = historySpanS(set);
    if (level) {
        const HistoryFile &h = *set.history;
        s.plateauStart = utcFromMs(level->startMs);
        s.plateauEnd = utcFromMs(level->endMs);
        s.plateauS = level->durationS();
        s.series = seriesBetween(h, level->startMs, level->endMs);
        s.endpointSeries = endpointSeriesBetween(h, level->startMs, level->endMs);
        warnHistoryTail(run.warnings, set, level->users);
    } else if (set.history && !set.history->isEmpty()) {
        const HistoryFile &h = *set.history;
        s.plateauStart = utcFromMs(h.aggregated.first().tMs);
        s.plateauEnd = utcFromMs(h.aggregated.last().tMs);
        s.plateauS = s.durationS;
        s.series = seriesBetween(h);
        s.endpointSeries = endpointSeriesBetween(h);
        addWarning(run, set.historyPath(),
                   tr("no User Count in the history: users from the name, the plateau includes the ramp"));
        warnHistoryTail(run.warnings, set, 0);
    } else {
        addWarning(run, set.statsPath(), tr("no stats_history.csv: stage times unknown"));
    }
    return s;
}

// Appends `from` to `into`, continuing the running totals of the previous stages.
void appendSeries(Series &into, const Series &from)
{
    if (from.isEmpty())
        return;
    double reqBase = 0, failBase = 0;
    for (auto it = into.points.crbegin(); it != into.points.crend(); ++it) {
        if (isKnown(it->cumRequests)) {
            reqBase = it->cumRequests;
            failBase = isKnown(it->cumFailures) ? it->cumFailures : 0;
            break;
        }
    }
    if (into.isEmpty()) {
        into.stepMs = from.stepMs;
        into.percentileWindow = from.percentileWindow;
    }
    for (TimePoint p : from.points) {
        if (isKnown(p.cumRequests))
            p.cumRequests += reqBase;
        if (isKnown(p.cumFailures))
            p.cumFailures += failBase;
        into.points.append(p);
    }
}

} // namespace

Run buildPerStageRun(const QList<LoadedSet> &sets)
{
    Run run;
    // Stage files follow one another in time; order them so by their history.
    QList<const LoadedSet *> ordered;
    for (const LoadedSet &s : sets)
        ordered.append(&s);
    std::stable_sort(ordered.begin(), ordered.end(), [](const LoadedSet *a, const LoadedSet *b) {
        const bool ha = a->history && !a->history->isEmpty(), hb = b->history && !b->history->isEmpty();
        if (ha && hb)
            return a->history->aggregated.first().tMs < b->history->aggregated.first().tMs;
        return ha && !hb;
    });

    run.toolVersion = inferToolVersion(*ordered.first());
    QList<QList<Endpoint>> endpoints;
    qint64 first = kAllTime, last = 0;
    for (const LoadedSet *set : std::as_const(ordered)) {
        Stage s = stageOf(*set, run);
        if (s.users < 1) {
            addWarning(run, set->files().value(0),
                       tr("user level unknown for %1: not a stage of this run").arg(set->set.label()));
            continue;
        }
        endpoints.append(s.endpoints);
        mergeErrors(run.errors, s.errors);
        warnExceptions(run.warnings, *set);
        if (set->history && !set->history->isEmpty()) {
            const HistoryFile &h = *set->history;
            appendSeries(run.series, seriesBetween(h));
            const QMap<QString, Series> perName = endpointSeriesBetween(h);
            for (auto it = perName.cbegin(); it != perName.cend(); ++it)
                appendSeries(run.endpointSeries[it.key()], it.value());
            first = std::min(first, h.aggregated.first().tMs);
            last = std::max(last, h.aggregated.last().tMs);
        }
        run.stages.append(s);
    }
    if (first != kAllTime) {
        run.startedAt = utcFromMs(first);
        run.endedAt = utcFromMs(last);
    }

    QList<Figures> parts;
    for (const Stage &s : std::as_const(run.stages))
        parts.append(s.figures);
    run.total = combineFigures(parts);
    run.endpoints = mergeEndpoints(endpoints);
    std::stable_sort(run.stages.begin(), run.stages.end(),
                     [](const Stage &a, const Stage &b) { return a.users < b.users; });

    for (const LoadedSet *set : std::as_const(ordered)) {
        if (set->stats) {
            warnStatsLag(run.warnings, *set->stats);
            break;
        }
    }
    warnShortPlateaus(run);
    return run;
}

} // namespace palier::locust
