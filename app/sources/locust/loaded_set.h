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

    QStringList files() const;   // sorted absolute paths
    // The path a warning about the set's history or stats should name.
    QString historyPath() const { return set.files.value(FileKind::History); }
    QString statsPath() const { return stats ? stats->path : QString(); }
};

// Reads every file of the set; throws InputError when one is unusable as a whole.
LoadedSet loadFileSet(const FileSet &set, ReadContext &ctx);

} // namespace palier::locust
