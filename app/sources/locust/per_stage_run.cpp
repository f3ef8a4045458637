// A run from several file sets, one per user level (see run_builder.h).
#include "sources/locust/run_builder.h"

#include "sources/locust/known_losses.h"
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

Stage stageOf(const LoadedSet &set, Run &run)
{
    Stage s;
    s.label = set.set.label();
    s.files = set.files();
    const int nameUsers = usersFromPrefix(set.set.prefix);
    const QList<UserSample> samples = set.history ? userSamples(*set.history) : QList<UserSample> {};
    const std::optional<Plateau> level = mainLevel(samples);
    if (level) {
        s.users = level->users;
        if (nameUsers >= 1 && nameUsers != level->users)
            addFinding(run, QStringLiteral("locust.name_users_mismatch"), set.historyPath(),
                       {{QStringLiteral("name_users"), nameUsers}, {QStringLiteral("history_users"), level->users}});
        if (cutPlateaus(samples).size() > 1)
            addFinding(run, QStringLiteral("locust.stage_file_several_levels"), set.historyPath(),
                       {{QStringLiteral("users"), level->users}});
    } else {
        s.users = std::max(nameUsers, 0);
    }

    if (set.stats) {
        s.figures = statsTotal(*set.stats, run.findings);
        s.endpoints = set.stats->endpoints;
    } else if (set.history && !set.history->isEmpty()) {
        s.figures = figuresAtEnd(*set.history, set.history->aggregated);
        s.endpoints = endpointsAtEnd(*set.history);
    }
    if (set.failures)
        s.errors = set.failures->errors;
    // The generator's own warnings, tied to this stage by the file's name.
    if (!set.cpuWarnings.isEmpty()) {
        s.generatorOverloaded = true;
        run.findings += set.cpuWarnings;
    }

    if (level) {
        const HistoryFile &h = *set.history;
        s.plateauStart = utcFromMs(level->startMs);
        s.plateauEnd = utcFromMs(level->endMs);
        s.durationS = s.plateauS = level->durationS();
        s.gapS = level->gapS;
        s.series = seriesBetween(h, level->startMs, level->endMs);
        s.endpointSeries = endpointSeriesBetween(h, level->startMs, level->endMs);
        creditStage(s, historyTail(run.findings, set, level));
    } else if (set.history && !set.history->isEmpty()) {
        const HistoryFile &h = *set.history;
        s.plateauStart = utcFromMs(h.aggregated.first().tMs);
        s.plateauEnd = utcFromMs(h.aggregated.last().tMs);
        s.durationS = s.plateauS = historySpanS(set);
        s.series = seriesBetween(h);
        s.endpointSeries = endpointSeriesBetween(h);
        addFinding(run, QStringLiteral("locust.no_user_count"), set.historyPath());
        historyTail(run.findings, set, std::nullopt);
    } else {
        addFinding(run, QStringLiteral("locust.no_history"), set.statsPath());
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

    run.toolVersion = inferToolVersion(*ordered.first()).label;
    QList<QList<Endpoint>> endpoints;
    qint64 first = kAllTime, last = 0;
    for (const LoadedSet *set : std::as_const(ordered)) {
        Stage s = stageOf(*set, run);
        if (s.users < 1) {
            addFinding(run, QStringLiteral("locust.users_unknown_for_set"), set->files().value(0),
                       {{QStringLiteral("set"), set->set.label()}});
            continue;
        }
        endpoints.append(s.endpoints);
        mergeErrors(run.errors, s.errors);
        warnExceptions(run.findings, *set);
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
    // The earliest stage holds the run's first requests.
    invalidateOnEarlyExceptions(run.findings, *ordered.first());
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
            warnStatsLag(run.findings, *set->stats);
            break;
        }
    }
    return run;
}

} // namespace palier::locust
