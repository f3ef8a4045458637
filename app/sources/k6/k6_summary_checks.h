// Values no k6 test can produce, in a summary export (both the legacy
// --summary-export and handleSummary's data): they make the run invalid
// (docs/k6-reader.md §"Invalid runs") instead of silently counting as 0 or as a
// figure. Each kind of
// problem is one finding placed at the first occurrence (the line of its key in
// the file) with a count:
// - a count that is not a whole number ≥ 0 (http_reqs count, http_req_failed
//   passes/fails, dropped_iterations count, a trend's count):
//   run.invalid.not_count {cell, column, count};
// - an http_req_duration statistic that is not a number (a string, null, "NaN"):
//   run.invalid.not_number {cell, column, count};
// - a negative http_req_duration statistic: run.invalid.negative_latency
//   {value, column, count};
// - more failed requests (http_req_failed passes) than requests (http_reqs
//   count): run.invalid.failures_exceed_requests {failures, requests, name}.
// `column` names the value as "metric.stat", e.g. "http_reqs.count".
#pragma once

#include "model/run.h"

#include <QJsonObject>

#include <string>

namespace palier::k6 {

void checkImpossibleValues(const QJsonObject &metrics, const std::string &text, const QString &path,
                           QList<Finding> *out);

// `countMetric` is the http_reqs metric the requests were counted from
// ("http_reqs" or "http_reqs{name:x}"); its http_req_failed twin gave the
// failures.
void checkFailuresWithinRequests(const Figures &f, const QString &countMetric, const std::string &text,
                                 const QString &path, QList<Finding> *out);

// 1-based line of a byte offset in the text.
int lineOfOffset(const std::string &text, qsizetype offset);

} // namespace palier::k6
