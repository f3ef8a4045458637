#include "sources/k6/k6_steps.h"

#include "sources/k6/k6_figures.h"
#include "sources/k6/k6_scan.h"

#include <numeric>

namespace palier::k6 {

std::int64_t Steps::stepAt(std::int64_t t) const
{
    return std::clamp<std::int64_t>(floorDiv(t - t0, stepMs), 0, count);
}

Steps sortIntoSteps(BuildInput &in, const Merged &m, const LoadOptions &options)
{
    Steps s;
    s.base = m.base;
    s.t0 = floorDiv(m.minT, 1000) * 1000;
    s.spanS = (m.maxT - s.t0) / 1000 + 1;
    std::int64_t stepS = 1;
    s.limits.runPoints = std::max<std::int64_t>(1, in.limits.runPoints);
    s.limits.stageWindows = std::max<std::int64_t>(1, in.limits.stageWindows);
    if (s.spanS > s.limits.runPoints)
        stepS = (s.spanS + s.limits.runPoints - 1) / s.limits.runPoints;
    s.count = (s.spanS + stepS - 1) / stepS;
    s.stepMs = stepS * 1000;
    auto bucketOf = [&](const Request &r) { return std::size_t((s.base + r.t - s.t0) / s.stepMs); };
    s.offsets.assign(std::size_t(s.count) + 1, 0);
    for (auto &part : in.parts)
        for (const Request &r : part.first->requests)
            ++s.offsets[bucketOf(r) + 1];
    checkCancel(options);
    std::partial_sum(s.offsets.begin(), s.offsets.end(), s.offsets.begin());
    s.requests.resize(m.requests);
    std::vector<std::size_t> fill(s.offsets.begin(), s.offsets.end() - 1);
    for (auto &part : in.parts) {
        for (const Request &r : part.first->requests)
            s.requests[fill[bucketOf(r)]++] = r;
        RequestVector().swap(part.first->requests);   // free as we go
    }
    checkCancel(options);
    return s;
}

} // namespace palier::k6
