// The k6 source: which files are k6's (by content, plain or gzip) and how each
// kind loads. Each file is one run, named after the file (base name without
// .gz and the format extension).
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
QString runIdFor(const QString &path);

// Throws InputError (unusable file) or LoadCancelled.
Run loadFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning = {});
Run loadCsvFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning);
Run loadNdjsonFile(const QString &path, const QString &id, const LoadOptions &options, const Tuning &tuning);
Run loadSummaryFile(const QString &path, const QString &id, const LoadOptions &options);

// Summary JSON larger than this is not a k6 summary (they are kilobytes).
inline constexpr std::size_t kMaxSummaryBytes = std::size_t(64) << 20;

} // namespace palier::k6
