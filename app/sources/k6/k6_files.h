// The k6 source: which files are k6's (by content, plain or gzip) and how each
// kind loads. Each file loads as one run; the same test written as CSV, NDJSON
// and summary becomes one run after loading (sources/run_identity.h). A run is
// named after its folder, and the file stem (base name without .gz and the
// format extension) only when the folder holds several runs.
//
//   --out csv        header "metric_name,timestamp,metric_value,…"
//   --out json       NDJSON whose first line is a {"type":"Metric"|"Point"} record
//   summary JSON     an object whose "metrics" holds k6 metric names
//                    (--summary-export, or handleSummary's data): run level only
#pragma once

#include "sources/load.h"
#include "sources/k6/k6_pipeline.h"

namespace palier::k6 {

enum class FileKind { Unknown, Csv, Ndjson, Summary };

FileKind sniffFile(const QString &path, bool *gzip = nullptr);
// The file stem: "results" for results.csv.gz.
QString runIdFor(const QString &path);
// Takes the k6 files out of `files` (one folder's, or those the user named),
// one result set each, with the ids described above.
QList<ResultSet> claimK6Files(QStringList &files);

// Throws InputError (unusable file) or LoadCancelled.
Run loadFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning = {});
Run loadCsvFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning);
Run loadNdjsonFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning);
Run loadSummaryFile(const QString &path, const QString &id, const LoadOptions &options);

// Summary JSON larger than this is not a k6 summary (they are kilobytes).
inline constexpr std::size_t kMaxSummaryBytes = std::size_t(64) << 20;

} // namespace palier::k6
