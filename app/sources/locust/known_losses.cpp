#include "sources/locust/known_losses.h"

#include "sources/locust/tool_version.h"

#include <algorithm>
#include <cmath>

namespace palier::locust {

namespace {

void add(QList<Finding> &findings, const QString &kind, const QString &file, qint64 line, const Params &params = {})
{
    findings.append(Finding::warning(kind, file, line, params));
}

bool writtenAtExit(Generation g)
{
    return g == Generation::Legacy || g == Generation::Hashes;
}

// CSV_STATS_FLUSH_INTERVAL_SEC: 10 s, 5 s from Locust 2.29 (docs/locust-reader.md,
// "Known losses"). Decided from the version range's lower bound, never its
// label: the format shows 2.29 or later only as "≥2.44".
double flushIntervalS(const LoadedSet &set)
{
    return inferToolVersion(set).atLeast >= QVersionNumber(2, 29) ? 5.0 : 10.0;
}

// An exception's message as a finding shows it: on one line, at most 120
// characters (a traceback can run to pages).
QString shownMessage(const ExceptionEntry &e)
{
    QString message = e.message.simplified();
    if (message.size() > 120)
        message = message.left(117) + QStringLiteral("…");
    return message;
}

} // namespace

void warnStatsLag(QList<Finding> &findings, const StatsFile &stats)
{
    if (writtenAtExit(stats.generation))
        return;
    findings.append(Finding::info(QStringLiteral("locust.stats_lag"), stats.path, 0));
}

HistoryTail historyTail(QList<Finding> &findings, const LoadedSet &set, const std::optional<Plateau> &plateau)
{
    HistoryTail tail;
    if (!set.history || set.history->isEmpty())
        return tail;
    const HistoryFile &h = *set.history;
    if (writtenAtExit(h.generation))
        return tail;
    tail.flushS = flushIntervalS(set);
    const HistoryRow &first = h.aggregated.first(), &last = h.aggregated.last();

    // stats.csv's Requests/s is requests over (last request − start), so
    // requests / rate puts the last request on the history's time line.
    if (set.stats && set.stats->hasAggregated) {
        const Figures &f = set.stats->aggregated;
        if (f.requests > 0 && f.rps > 0)
            tail.missingS = double(first.tMs) / 1000.0 + double(f.requests) / f.rps - double(last.tMs) / 1000.0;
        if (isKnown(last.totalRequests) && double(f.requests) > last.totalRequests)
            tail.missingRequests = f.requests - qint64(last.totalRequests);
    }
    // The stop row: one last row below the level, written while users stopped.
    const qsizetype n = h.aggregated.size();
    const int level = plateau ? plateau->users : 0;
    const bool stopRow = level > 0 && h.hasUsers && n >= 2 && last.users < level
                         && h.aggregated.at(n - 2).users >= level;
    if (isKnown(tail.missingS) && tail.missingS >= 2.0) {
        add(findings, QStringLiteral("locust.history_flush_loss"), h.path, last.line,
            {{QStringLiteral("missing_s"), qint64(std::lround(tail.missingS))},
             {QStringLiteral("flush_s"), tail.flushS},
             {QStringLiteral("missing_requests"), tail.missingRequests}});
    } else if (stopRow) {
        add(findings, QStringLiteral("locust.history_stop_row"), h.path, last.line,
            {{QStringLiteral("users"), qint64(std::lround(last.users))}});
    }

    // The credit (docs/grid-rules.md §3): only for a plateau that runs to the last row —
    // a stop row after it means the history did see the plateau end.
    if (!plateau || plateau->last != n - 1 || tail.missingRequests <= 0)
        return tail;
    const HistoryRow &a = h.aggregated.at(plateau->first), &b = h.aggregated.at(plateau->last);
    const double seconds = plateau->durationS();
    if (!isKnown(a.totalRequests) || !isKnown(b.totalRequests) || seconds <= 0)
        return tail;
    const double rate = (b.totalRequests - a.totalRequests) / seconds;
    if (rate > 0)
        tail.creditS = std::min(tail.flushS, double(tail.missingRequests) / rate);
    return tail;
}

void creditStage(Stage &stage, const HistoryTail &tail)
{
    if (tail.creditS <= 0)
        return;
    stage.creditS = tail.creditS;
    stage.missingRequests = tail.missingRequests;
    stage.flushIntervalS = tail.flushS;
}

void warnExceptions(QList<Finding> &findings, const LoadedSet &set)
{
    constexpr int kShown = 5;
    int shown = 0;
    for (const ExceptionEntry &e : set.exceptions) {
        if (shown == kShown) {
            add(findings, QStringLiteral("locust.exceptions_more"), set.exceptionsPath, 0,
                {{QStringLiteral("count"), qint64(set.exceptions.size() - kShown)}});
            break;
        }
        add(findings, QStringLiteral("locust.exception"), set.exceptionsPath, e.line,
            {{QStringLiteral("count"), e.count}, {QStringLiteral("message"), shownMessage(e)}});
        ++shown;
    }
}

void invalidateOnEarlyExceptions(QList<Finding> &findings, const LoadedSet &first)
{
    qint64 count = 0;
    for (const ExceptionEntry &e : first.exceptions)
        count += std::max<qint64>(e.count, 1);
    if (count == 0)
        return;
    const ExceptionEntry &e = first.exceptions.first();
    findings.append(Finding::error(QStringLiteral("run.invalid.test_code_errors"), first.exceptionsPath, e.line,
                                   {{QStringLiteral("count"), count}, {QStringLiteral("message"), shownMessage(e)}}));
}

} // namespace palier::locust
