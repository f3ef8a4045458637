#include "sources/locust/known_losses.h"

#include <algorithm>
#include <cmath>

namespace palier::locust {

namespace {

void add(QList<Diagnostic> &warnings, const QString &file, qint64 line, const QString &message)
{
    warnings.append({Diagnostic::Severity::Warning, file, line, message});
}

bool writtenAtExit(Generation g)
{
    return g == Generation::Legacy || g == Generation::Hashes;
}

} // namespace

void warnStatsLag(QList<Diagnostic> &warnings, const StatsFile &stats)
{
    if (writtenAtExit(stats.generation))
        return;
    add(warnings, stats.path, 0,
        tr("stats.csv is rewritten every second and not at exit: totals can miss Locust's last second"));
}

void warnHistoryTail(QList<Diagnostic> &warnings, const LoadedSet &set, int level)
{
    if (!set.history || set.history->isEmpty())
        return;
    const HistoryFile &h = *set.history;
    if (writtenAtExit(h.generation))
        return;
    const HistoryRow &first = h.aggregated.first(), &last = h.aggregated.last();

    // stats.csv's Requests/s is requests over (last request − start), so
    // requests / rate puts the last request on the history's time line.
    double missing = kNaN;
    if (set.stats && set.stats->hasAggregated) {
        const Figures &f = set.stats->aggregated;
        if (f.requests > 0 && f.rps > 0)
            missing = double(first.tMs) / 1000.0 + double(f.requests) / f.rps - double(last.tMs) / 1000.0;
    }
    // The stop row: one last row below the level, written while users stopped.
    const qsizetype n = h.aggregated.size();
    const bool stopRow = level > 0 && h.hasUsers && n >= 2 && last.users < level
                         && h.aggregated.at(n - 2).users >= level;
    if (isKnown(missing) && missing >= 2.0) {
        add(warnings, h.path, last.line,
            tr("history ends about %1 s before the last request stats.csv counted "
               "(Locust flushes it every 10 s and not at exit)").arg(std::lround(missing)));
    } else if (stopRow) {
        add(warnings, h.path, last.line,
            tr("history ends on the stop row (User Count %1): the seconds after it are not recorded")
                .arg(std::lround(last.users)));
    }
}

void warnShortPlateaus(Run &run)
{
    QList<double> lengths;
    for (const Stage &s : std::as_const(run.stages))
        if (isKnown(s.plateauS))
            lengths.append(s.plateauS);
    if (lengths.size() < 3)
        return;   // with two stages there is no "the others"
    std::sort(lengths.begin(), lengths.end());
    const double median = lengths.at(lengths.size() / 2);
    for (const Stage &s : std::as_const(run.stages)) {
        if (!isKnown(s.plateauS) || s.plateauS >= 0.8 * median)
            continue;
        QString file = s.files.value(0);
        for (const QString &f : s.files)
            if (f.endsWith(QLatin1StringView("stats_history.csv"), Qt::CaseInsensitive))
                file = f;
        add(run.warnings, file, 0,
            tr("stage %1 (%2 users): plateau of %3 s, shorter than the others (median %4 s)")
                .arg(s.label).arg(s.users).arg(std::lround(s.plateauS)).arg(std::lround(median)));
    }
}

void warnExceptions(QList<Diagnostic> &warnings, const LoadedSet &set)
{
    constexpr int kShown = 5;
    int shown = 0;
    for (const ExceptionEntry &e : set.exceptions) {
        if (shown == kShown) {
            add(warnings, set.exceptionsPath, 0,
                tr("%1 more kinds of exceptions in the locustfile").arg(set.exceptions.size() - kShown));
            break;
        }
        QString message = e.message.simplified();
        if (message.size() > 120)
            message = message.left(117) + QStringLiteral("…");
        add(warnings, set.exceptionsPath, e.line,
            tr("the locustfile raised %1 × %2").arg(e.count).arg(message));
        ++shown;
    }
}

} // namespace palier::locust
