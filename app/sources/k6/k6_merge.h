// Merging what the parsing threads collected into one frame: the endpoint and
// error tables, request ids and times remapped in place (the requests stay in
// their collectors until the step sort takes them), the vus and
// dropped_iterations samples, counters, and the findings of damaged lines with
// their file line numbers.
#pragma once

#include "sources/k6/k6_run_builder.h"

#include <map>
#include <string>
#include <vector>

namespace palier::k6 {

struct Merged {
    std::vector<EndpointInfo> endpoints;
    std::vector<ErrorKind> errorKinds;     // Request::error - 1 indexes it
    std::vector<TimedValue> vus;           // lines are file lines
    std::vector<TimedValue> dropped;       // lines are file lines; empty: the file has no dropped_iterations rows
    std::map<std::string, std::int64_t> unknownMetrics;
    std::int64_t minT = std::numeric_limits<std::int64_t>::max();
    std::int64_t maxT = std::numeric_limits<std::int64_t>::min();
    std::int64_t base = 0;                 // Unix ms that Request::t counts from (the first collector's)
    std::size_t requests = 0;              // kept in the collectors, remapped
    std::int64_t setupRequests = 0, outOfRange = 0, unlisted = 0;
    QList<Finding> damaged;                // listed damaged lines, in file order
    // The run is invalid: impossible http_req_duration values (run.invalid.*),
    // one finding per kind at its first line in the file, with a count.
    QList<Finding> invalid;
};

// Throws LoadCancelled when cancelled.
Merged mergeCollectors(BuildInput &in, const LoadOptions &options);

} // namespace palier::k6
