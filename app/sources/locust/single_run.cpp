// A run from one file set: one stage, several cut from a stepped history, or
// none when the user level cannot be known (see run_builder.h).
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

// Whole-run figures, endpoints, series, errors and times.
void fillRunLevel(Run &run, const LoadedSet &set)
{
    if (set.stats) {
        run.total = statsTotal(*set.stats, run.warnings);
        run.endpoints = set.stats->endpoints;
        warnStatsLag(run.warnings, *set.stats);
    } else if (set.history && !set.history->isEmpty()) {
        run.total = figuresAtEnd(*set.history, set.history->aggregated);
        run.endpoints = endpointsAtEnd(*set.history);
        addWarning(run, set.historyPath(),
                   tr("no stats.csv: whole-run figures taken from the last history row"));
    }
    if (set.history && !set.history->isEmpty()) {
        const HistoryFile &h = *set.history;
        run.series = seriesBetween(h);
        run.endpointSeries = endpointSeriesBetween(h);
        run.startedAt = utcFromMs(h.aggregated.first().tMs);
        run.endedAt = utcFromMs(h.aggregated.last().tMs);
    }
    if (set.failures)
        run.errors = set.failures->errors;
    if (!set.stats && !set.history) {
        // Only failures/exceptions: what failed is known, not out of how many.
        for (const ErrorEntry &e : std::as_const(run.errors))
            run.total.failures += e.occurrences;
        run.total.estimated = true;
        addWarning(run, set.files().value(0),
                   tr("no stats.csv nor stats_history.csv: no request figures, only the failures"));
    }
}

// The stage of a plateau cut from a stepped history.
Stage steppedStage(const LoadedSet &set, const Plateau &p)
{
    const HistoryFile &h = *set.history;
    Stage s;
    s.users = p.users;
    s.plateauStart = utcFromMs(p.startMs);
    s.plateauEnd = utcFromMs(p.endMs);
    s.plateauS = p.durationS();
    s.durationS = s.plateauS;
    s.figures = figuresBetween(h, h.aggregated, p.startMs, p.endMs);
    s.endpoints = endpointsBetween(h, p.startMs, p.endMs);
    s.series = seriesBetween(h, p.startMs, p.endMs);
    s.endpointSeries = endpointSeriesBetween(h, p.startMs, p.endMs);
    s.label = QStringLiteral("%1@%2users").arg(set.set.label()).arg(p.users);
    s.files = set.files();
    return s;
}

// The stage of a set that ran one level (or whose level is only in its name).
Stage wholeStage(const LoadedSet &set, const Run &run, int users, const std::optional<Plateau> &p)
{
    Stage s;
    s.users = users;
    s.label = set.set.label();
    s.files = set.files();
    s.figures = run.total;
    s.endpoints = run.endpoints;
    s.errors = run.errors;
    s.durationS = historySpanS(set);
    if (p) {
        const HistoryFile &h = *set.history;
        s.plateauStart = utcFromMs(p->startMs);
        s.plateauEnd = utcFromMs(p->endMs);
        s.plateauS = p->durationS();
        s.series = seriesBetween(h, p->startMs, p->endMs);
        s.endpointSeries = endpointSeriesBetween(h, p->startMs, p->endMs);
        if (!set.stats) {
            s.figures = figuresBetween(h, h.aggregated, p->startMs, p->endMs);
            s.endpoints = endpointsBetween(h, p->startMs, p->endMs);
        }
    } else if (set.history && !set.history->isEmpty()) {
        // No User Count (Locust 0.13.3–0.14): the whole history, ramp included.
        s.plateauStart = run.startedAt;
        s.plateauEnd = run.endedAt;
        s.plateauS = s.durationS;
        s.series = run.series;
        s.endpointSeries = run.endpointSeries;
    }
    return s;
}

} // namespace

Run buildSingleRun(const LoadedSet &set)
{
    Run run;
    run.toolVersion = inferToolVersion(set);
    fillRunLevel(run, set);
    warnExceptions(run.warnings, set);

    const QList<UserSample> samples = set.history ? userSamples(*set.history) : QList<UserSample> {};
    const QList<Plateau> plateaus = cutPlateaus(samples);
    const int nameUsers = usersFromPrefix(set.set.prefix);

    if (plateaus.size() >= 2) {
        for (const Plateau &p : plateaus)
            run.stages.append(steppedStage(set, p));
        std::stable_sort(run.stages.begin(), run.stages.end(),
                         [](const Stage &a, const Stage &b) { return a.users < b.users; });
        if (set.history->window == WindowKind::Cumulative)
            addWarning(run, set.historyPath(),
                       tr("history percentiles are cumulative since the start (no --csv-full-history): "
                          "stage percentiles are unknown; counts, rates and averages are exact"));
        else
            addWarning(run, set.historyPath(),
                       tr("stage percentiles are estimates: the median of the history's 10 s windows"));
        warnHistoryTail(run.warnings, set, plateaus.last().users);
        warnShortPlateaus(run);
        return run;
    }

    std::optional<Plateau> level;
    if (plateaus.size() == 1)
        level = plateaus.first();
    else if (!samples.isEmpty())
        level = longestLevel(samples);
    if (level && plateaus.isEmpty())
        addWarning(run, set.historyPath(),
                   tr("no plateau of %1 s at one user count: the stage is the level held longest "
                      "(%2 users for %3 s)").arg(kMinPlateauMs / 1000).arg(level->users)
                       .arg(std::lround(level->durationS())));

    if (level) {
        run.stages.append(wholeStage(set, run, level->users, level));
        warnHistoryTail(run.warnings, set, level->users);
    } else if (nameUsers >= 1 && (set.stats || set.history)) {
        run.stages.append(wholeStage(set, run, nameUsers, std::nullopt));
        if (set.history && !set.history->isEmpty()) {
            addWarning(run, set.historyPath(),
                       tr("no User Count in the history: users from the name, the plateau includes the ramp"));
            warnHistoryTail(run.warnings, set, 0);
        } else {
            addWarning(run, set.statsPath(),
                       tr("no stats_history.csv: users from the name, stage times unknown"));
        }
    } else if (set.stats || set.history) {
        run.runLevelOnly = true;
        addWarning(run, set.statsPath().isEmpty() ? set.historyPath() : set.statsPath(),
                   tr("user count unknown (no stats_history.csv with User Count, none in the name): "
                      "whole-run figures only, no stages"));
    } else {
        run.runLevelOnly = true;
    }
    return run;
}

} // namespace palier::locust
