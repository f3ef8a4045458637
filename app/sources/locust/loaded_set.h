// One file set read from disk: Locust's stats, history, failures and exceptions
// of one --csv prefix, each optional.
#pragma once

#include "sources/locust/failures_file.h"
#include "sources/locust/file_sets.h"
#include "sources/locust/history_file.h"
#include "sources/locust/stats_file.h"

#include <optional>

namespace palier::locust {

struct LoadedSet {
    FileSet set;
    std::optional<StatsFile> stats;
    std::optional<HistoryFile> history;
    std::optional<FailuresFile> failures;
    QString failuresPath;
    QList<ExceptionEntry> exceptions;
    QString exceptionsPath;
    QList<Finding> cpuWarnings;         // what its console / log files say about the generator (side_files.h)

    QStringList files() const;   // sorted absolute paths
    // The path a warning about the set's history or stats should name.
    QString historyPath() const { return set.files.value(FileKind::History); }
    QString statsPath() const { return stats ? stats->path : QString(); }
};

// Reads every file of the set. A file that is unusable as a whole (damaged,
// undecodable, cut inside a quoted field) is left out with a
// "run.invalid.unreadable_file" finding: it never splits or silently shrinks
// its run (docs/grid-rules.md §8). Throws LoadCancelled when cancelled.
LoadedSet loadFileSet(const FileSet &set, const QStringList &sideFiles, ReadContext &ctx);

} // namespace palier::locust
