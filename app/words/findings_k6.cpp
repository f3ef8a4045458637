// Findings of the k6 readers (CSV, NDJSON, summary exports): damaged rows,
// unusable files, what the reader leaves out, and how stages were read. The
// reasons a k6 run is invalid use the shared run.invalid.* kinds
// (findings_run.cpp); docs/k6-reader.md lists every kind.
#include "words/finding_words.h"

#include <QtGlobal>

namespace palier {

namespace {

const Template kTemplates[] = {
    // Files.
    {"k6.not_k6_file",
     QT_TRANSLATE_NOOP("palier::Findings", "not a k6 result file (CSV, NDJSON or summary JSON, plain or gzip)"), ""},
    {"k6.not_regular_file", QT_TRANSLATE_NOOP("palier::Findings", "not a regular file"), ""},
    {"k6.no_files_in_set", QT_TRANSLATE_NOOP("palier::Findings", "no file in this result set"), ""},
    {"k6.internal.unconsumed_tail",
     QT_TRANSLATE_NOOP("palier::Findings", "internal error: unconsumed tail of %1 bytes"), "bytes"},
    // CSV header.
    {"k6.csv.bad_header",
     QT_TRANSLATE_NOOP("palier::Findings", "the header does not start with metric_name: not a k6 CSV output"), ""},
    {"k6.csv.too_many_columns",
     QT_TRANSLATE_NOOP("palier::Findings", "the header has %1 columns, more than the %2 Palier reads"),
     "columns,max"},
    {"k6.csv.missing_column",
     QT_TRANSLATE_NOOP("palier::Findings", "the header has no %1 column: not a k6 CSV output"), "column"},
    {"k6.csv.header_too_long", QT_TRANSLATE_NOOP("palier::Findings", "the header line is longer than %1 bytes"),
     "max_bytes"},
    // Damaged rows and lines (skipped).
    {"k6.csv.short_row",
     QT_TRANSLATE_NOOP("palier::Findings", "%1 row with %2 of %3 columns: cut or damaged line, skipped"),
     "metric,fields,expected"},
    {"k6.csv.bad_value", QT_TRANSLATE_NOOP("palier::Findings", "metric value \"%1\" is not a number, row skipped"),
     "value"},
    {"k6.csv.bad_timestamp", QT_TRANSLATE_NOOP("palier::Findings", "timestamp \"%1\" is not a k6 time, row skipped"),
     "value"},
    {"k6.csv.not_metric_row", QT_TRANSLATE_NOOP("palier::Findings", "not a k6 metric row (%1 field(s)), skipped"),
     "fields"},
    {"k6.line_too_long", QT_TRANSLATE_NOOP("palier::Findings", "line longer than %1 bytes, skipped as damaged"),
     "max_bytes"},
    {"k6.ndjson.bad_json", QT_TRANSLATE_NOOP("palier::Findings", "not valid JSON (%1), line skipped"), "error"},
    {"k6.ndjson.not_record", QT_TRANSLATE_NOOP("palier::Findings", "not a k6 JSON record, line skipped"), ""},
    {"k6.ndjson.bad_type", QT_TRANSLATE_NOOP("palier::Findings", "not a k6 JSON record (type \"%1\"), line skipped"),
     "type"},
    {"k6.ndjson.no_value", QT_TRANSLATE_NOOP("palier::Findings", "%1 point without a numeric value, line skipped"),
     "metric"},
    {"k6.ndjson.bad_time",
     QT_TRANSLATE_NOOP("palier::Findings", "time \"%1\" is not an RFC 3339 time, line skipped"), "value"},
    {"k6.more_damaged_lines", QT_TRANSLATE_NOOP("palier::Findings", "%1 more damaged lines not listed"), "count"},
    // Gzip streams.
    {"k6.gzip.checksum_mismatch", QT_TRANSLATE_NOOP("palier::Findings", "gzip checksum mismatch"), ""},
    {"k6.gzip.bad_header", QT_TRANSLATE_NOOP("palier::Findings", "invalid gzip header"), ""},
    {"k6.gzip.unsupported_method", QT_TRANSLATE_NOOP("palier::Findings", "unsupported gzip compression method"), ""},
    {"k6.gzip.bad_deflate", QT_TRANSLATE_NOOP("palier::Findings", "invalid deflate data (code %1)"), "code"},
    // zlib's own message, in English from the library.
    {"k6.gzip.zlib_error", QT_TRANSLATE_NOOP("palier::Findings", "%1"), "message"},
    {"k6.gzip.ends_early", QT_TRANSLATE_NOOP("palier::Findings", "the gzip data ends early (truncated file)"), ""},
    {"k6.gzip.unreadable", QT_TRANSLATE_NOOP("palier::Findings", "not readable as gzip: %1"), "problem"},
    {"k6.gzip.ratio_too_high",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the gzip data inflates more than %1 times (%2 MB from %3 KB): a decompression bomb, not k6 output"),
     "max_ratio,inflated_mb,compressed_kb"},
    {"k6.gzip.truncated",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the gzip data ends early (truncated file): the run's end after this line is missing"),
     ""},
    {"k6.gzip.damaged",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the gzip data is damaged after this line (%1): the rest of the file is unreadable"),
     "problem"},
    {"k6.gzip.trailing_bytes",
     QT_TRANSLATE_NOOP("palier::Findings", "%1 bytes after the end of the gzip data were ignored"), "bytes"},
    // Raw files as a whole.
    {"k6.no_requests",
     QT_TRANSLATE_NOOP("palier::Findings", "no http_req_duration samples: no HTTP requests to analyse"), ""},
    {"k6.no_usable_requests",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "no usable http_req_duration samples (%1 damaged lines; first: line %2: %3)"),
     "damaged,first_line,first"},
    {"k6.coarse_series",
     QT_TRANSLATE_NOOP("palier::Findings", "the run spans %1 hours: its series has one point every %2 s"),
     "hours:1,step_s"},
    {"k6.setup_requests",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "%1 requests of the setup/teardown groups count in the run total, as in k6's summary, but in "
                       "no endpoint, stage or series"),
     "count"},
    {"k6.rows_out_of_range",
     QT_TRANSLATE_NOOP("palier::Findings", "%1 rows more than 24 days away from the run's start were skipped"),
     "count"},
    {"k6.unknown_metrics",
     QT_TRANSLATE_NOOP("palier::Findings", "skipped %1 rows of metrics that are not k6 built-ins: %2"),
     "rows,metrics"},
    {"k6.too_many_names",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "more than %1 distinct request names: the rest are counted as \"(other names)\""),
     "max"},
    // Stages from the vus gauge.
    {"k6.no_vus", QT_TRANSLATE_NOOP("palier::Findings", "no vus samples: the run has no stages"), ""},
    {"k6.no_stages",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the vus gauge never held a level for two samples in a row: the run has no stages (ramps "
                       "only)"),
     ""},
    {"k6.same_level_twice",
     QT_TRANSLATE_NOOP("palier::Findings", "%1 VUs were held in two separate plateaus: they are two stages"),
     "users"},
    {"k6.stage_no_requests", QT_TRANSLATE_NOOP("palier::Findings", "the stage at %1 VUs has no completed request"),
     "users"},
    {"k6.dropped_iterations",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "k6 dropped %1 iterations in the stage at %2 VUs (no VU free to start them): a saturation "
                       "signal, the stage is left out of the knee"),
     "count,users"},
    // Summary exports.
    {"k6.summary.too_large", QT_TRANSLATE_NOOP("palier::Findings", "larger than %1 MB: not a k6 summary"), "max_mb"},
    {"k6.summary.inflates_too_large",
     QT_TRANSLATE_NOOP("palier::Findings", "inflates to more than %1 MB: not a k6 summary"), "max_mb"},
    {"k6.summary.bad_json", QT_TRANSLATE_NOOP("palier::Findings", "not valid JSON: %1"), "error"},
    {"k6.summary.no_metrics", QT_TRANSLATE_NOOP("palier::Findings", "no \"metrics\" object: not a k6 summary"), ""},
    {"k6.summary.no_http_metrics",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the summary has no http_reqs or http_req_duration metric: no HTTP requests to analyse"),
     ""},
    {"k6.summary.run_level_only",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "k6 summary (%1): run-level figures only, no stages, time series or per-endpoint figures"),
     "format"},
    {"k6.summary.no_http_reqs", QT_TRANSLATE_NOOP("palier::Findings", "no http_reqs metric: the request count is unknown"),
     ""},
    {"k6.summary.no_http_req_failed",
     QT_TRANSLATE_NOOP("palier::Findings", "no http_req_failed metric: the failures and the error rate are unknown"), ""},
    {"k6.summary.no_http_req_duration",
     QT_TRANSLATE_NOOP("palier::Findings", "no http_req_duration metric: latencies are unknown"), ""},
    {"k6.summary.no_p95",
     QT_TRANSLATE_NOOP("palier::Findings",
                       "the summary has no p(95) for http_req_duration (summaryTrendStats: %1): p95 is unknown"),
     "stats"},
    {"k6.threshold_failed", QT_TRANSLATE_NOOP("palier::Findings", "k6 threshold failed: %1 %2"), "metric,expression"},
};

} // namespace

TemplatePart k6FindingTemplates()
{
    return {kTemplates, std::size(kTemplates)};
}

} // namespace palier
