// Finding result sets on disk and turning each into a Run. One entry point for
// the CLI and the window alike; each source (Locust, k6) plugs in below it.
#pragma once

#include "model/run.h"

#include <atomic>
#include <functional>

namespace palier {

// Thrown when a load is cancelled through LoadOptions::cancel: nothing is half-loaded.
struct LoadCancelled {};

struct LoadOptions {
    // Called with bytes read so far and the total bytes of the load (may be 0 when
    // unknown). Called from the loading thread; keep it cheap.
    std::function<void(qint64 done, qint64 total)> progress;
    // Polled by readers; when it becomes true they throw LoadCancelled promptly.
    const std::atomic<bool> *cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// A group of files one source recognises as one run.
struct ResultSet {
    SourceKind kind = SourceKind::Locust;
    QString id;          // run id (folder name, prefix, file base name)
    QString path;        // folder, prefix or file the set was found at
    QStringList files;   // absolute paths
    // Other paths naming the same files, found while discovering: the set's
    // folder reached by a link or given twice, one of its files given again
    // under another name. loadResultSet puts them in Run::paths, from which
    // one "run.duplicate" finding names every path (docs/grid-rules.md §9).
    QStringList aliases;
    qint64 bytes = 0;    // total size, for progress
    // What claiming already knows about the run (two file sets at one level…):
    // added to the run's findings when it loads.
    QList<Finding> findings;
};

struct LoadResult {
    QList<Run> runs;                 // sorted oldest first (startedAt, then id)
    QList<Finding> diagnostics;      // findings not tied to one run (skipped files…); JSON "diagnostics"
};

// Limits of discovery (docs/limits.md): a folder holding more files than this,
// or a tree of more folders, is refused (load.too_many_files,
// load.too_many_folders) rather than listed for minutes.
inline constexpr qsizetype kMaxFilesPerFolder = 20000;
inline constexpr qsizetype kMaxFoldersPerTree = 20000;

// PATH is a file, a Locust CSV prefix ("results/stage1" for stage1_stats.csv…)
// or a folder, searched recursively. Throws InputError when a path does not exist
// or holds nothing Palier can read, holds more than the limits above, or when a file is unusable as a whole.
QList<ResultSet> discoverResultSets(const QStringList &paths, QList<Finding> *diagnostics = nullptr);
// The set's run, with Run::paths = its path and its aliases.
Run loadResultSet(const ResultSet &set, const LoadOptions &options = {});
LoadResult loadRuns(const QStringList &paths, const LoadOptions &options = {});

} // namespace palier
