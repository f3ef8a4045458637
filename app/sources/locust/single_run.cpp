// A run from one file set: one stage, several cut from a stepped history, or
// none when the user level cannot be known (see run_builder.h).
#include "sources/locust/run_builder.h"

#include "sources/locust/known_losses.h"
#include "analysis/plateaus.h"
#include "sources/locust/stage_figures.h"
#include "sources/locust/tool_version.h"

#include <algorithm>
#include <cmath>

namespace palier::locust {

namespace {

void addFinding(Run &run, const QString &kind, const QString &file, const Params &params = {})
{
    run.findings.append(Finding::warning(kind, file, 0, params));
}

// Whole-run figures, endpoints, series, errors and times.
void fillRunLevel(Run &run, const LoadedSet &set)
{
    if (set.stats) {
        run.total = statsTotal(*set.stats, run.findings);
        run.endpoints = set.stats->endpoints;
        warnStatsLag(run.findings, *set.stats);
    } else if (set.history && !set.history->isEmpty()) {
        run.total = figuresAtEnd(*set.history, set.history->aggregated);
        run.endpoints = endpointsAtEnd(*set.history);
        addFinding(run, QStringLiteral("locust.no_stats_from_history"), set.historyPath());
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
        addFinding(run, QStringLiteral("locust.failures_only"), set.files().value(0));
    }
}

void placePlateau(Stage &s, const Plateau &p)
{
    s.plateauStart = utcFromMs(p.startMs);
    s.plateauEnd = utcFromMs(p.endMs);
    s.durationS = s.plateauS = p.durationS();
    s.gapS = p.gapS;
}

// The stage of a plateau cut from a stepped history.
Stage steppedStage(const LoadedSet &set, const Plateau &p)
{
    const HistoryFile &h = *set.history;
    Stage s;
    s.users = p.users;
    placePlateau(s, p);
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
    if (p) {
        const HistoryFile &h = *set.history;
        placePlateau(s, *p);
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
        s.durationS = s.plateauS = historySpanS(set);
        s.series = run.series;
        s.endpointSeries = run.endpointSeries;
    }
    return s;
}

} // namespace

Run buildSingleRun(const LoadedSet &set)
{
    Run run;
    run.toolVersion = inferToolVersion(set).label;
    fillRunLevel(run, set);
    warnExceptions(run.findings, set);
    // One file set holds the whole run, its first requests included.
    invalidateOnEarlyExceptions(run.findings, set);

    const QList<UserSample> samples = set.history ? userSamples(*set.history) : QList<UserSample> {};
    const QList<Plateau> plateaus = cutPlateaus(samples);
    const int nameUsers = usersFromPrefix(set.set.prefix);

    if (plateaus.size() >= 2) {
        for (const Plateau &p : plateaus)
            run.stages.append(steppedStage(set, p));
        // The history's end belongs to the last plateau in time.
        const HistoryTail tail = historyTail(run.findings, set, plateaus.last());
        for (Stage &s : run.stages)
            if (s.plateauStart == utcFromMs(plateaus.last().startMs))
                creditStage(s, tail);
        std::stable_sort(run.stages.begin(), run.stages.end(),
                         [](const Stage &a, const Stage &b) { return a.users < b.users; });
        if (set.history->window == WindowKind::Cumulative)
            addFinding(run, QStringLiteral("locust.cumulative_percentiles"), set.historyPath());
        else
            run.findings.append(Finding::info(QStringLiteral("locust.estimated_percentiles"), set.historyPath(), 0));
    } else {
        std::optional<Plateau> level;
        if (plateaus.size() == 1)
            level = plateaus.first();
        else if (!samples.isEmpty())
            level = mainLevel(samples);
        if (level && plateaus.isEmpty())
            addFinding(run, QStringLiteral("locust.level_held_longest"), set.historyPath(),
                       {{QStringLiteral("users"), level->users}, {QStringLiteral("duration_s"), level->durationS()}});

        if (level) {
            run.stages.append(wholeStage(set, run, level->users, level));
            creditStage(run.stages.last(), historyTail(run.findings, set, level));
        } else if (nameUsers >= 1 && (set.stats || set.history)) {
            run.stages.append(wholeStage(set, run, nameUsers, std::nullopt));
            if (set.history && !set.history->isEmpty()) {
                addFinding(run, QStringLiteral("locust.no_user_count"), set.historyPath());
                historyTail(run.findings, set, std::nullopt);
            } else {
                addFinding(run, QStringLiteral("locust.no_history_users_from_name"), set.statsPath());
            }
        } else if (set.stats || set.history) {
            run.runLevelOnly = true;
            addFinding(run, QStringLiteral("locust.users_unknown"),
                       set.statsPath().isEmpty() ? set.historyPath() : set.statsPath());
        } else {
            run.runLevelOnly = true;
        }
    }

    // A console or log line cannot be placed on a stage of one process's run:
    // every stage is taken as driven by an overloaded generator.
    if (!set.cpuWarnings.isEmpty()) {
        run.findings += set.cpuWarnings;
        for (Stage &s : run.stages)
            s.generatorOverloaded = true;
        run.generatorOverloaded = true;
    }
    return run;
}

} // namespace palier::locust
