// Sorting the requests into the run series' steps (1 s; coarser past two
// days): one counting sort, O(n) and stable, that also frees the collectors'
// arrays as it goes. Every later phase finds the requests of a time span
// through `offsets` without scanning the rest. Requests of ::setup/::teardown
// stay in the array for the run total (k6 counts them) and are left out of
// everything else (kNoEndpoint): they are not load.
#pragma once

#include "sources/k6/k6_merge.h"

namespace palier::k6 {

struct Steps {
    std::int64_t base = 0;     // Unix ms that Request::t counts from
    std::int64_t t0 = 0;       // Unix ms of the first step (a whole second)
    std::int64_t stepMs = 1000;
    std::int64_t count = 0;    // steps
    std::int64_t spanS = 0;    // seconds from t0 to the last request's second, inclusive
    SeriesLimits limits;       // from BuildInput: the stages' series use it too
    // Requests of step b are requests[offsets[b], offsets[b + 1]).
    std::vector<std::size_t> offsets;
    RequestVector requests;

    std::int64_t timeOf(const Request &r) const { return base + r.t; }
    // The step holding Unix ms `t`, clamped to [0, count].
    std::int64_t stepAt(std::int64_t t) const;
};

Steps sortIntoSteps(BuildInput &in, const Merged &m, const LoadOptions &options);

} // namespace palier::k6
