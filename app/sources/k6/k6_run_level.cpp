#include "sources/k6/k6_run_level.h"

#include "sources/k6/k6_figures.h"
#include "sources/k6/k6_stages.h"

namespace palier::k6 {

namespace {

// One point per step, dense (steps without requests have rps 0), users from
// the last vus sample in or before the step, running totals since the start.
void fillSeries(Run &run, const Steps &steps, const QList<UserSample> &vus, Gathered &g, const LoadOptions &options)
{
    run.series.stepMs = int(steps.stepMs);
    run.series.percentileWindow = WindowKind::ExactStep;
    run.series.points.reserve(qsizetype(steps.count));
    qsizetype v = 0;
    double users = kNaN;
    double cumReq = 0, cumFail = 0;
    for (std::int64_t b = 0; b < steps.count; ++b) {
        const std::int64_t tMs = steps.t0 + b * steps.stepMs;
        while (v < vus.size() && vus.at(v).tMs < tMs + steps.stepMs)
            users = vus.at(v++).users;
        g.clear();
        for (std::size_t i = steps.offsets[std::size_t(b)]; i < steps.offsets[std::size_t(b) + 1]; ++i)
            if (steps.requests[i].endpoint != kNoEndpoint)
                g.add(steps.requests[i]);
        TimePoint p = g.point(tMs, double(steps.stepMs) / 1000.0, false);
        p.users = users;
        cumReq += double(g.all.size());
        cumFail += double(g.failures);
        p.cumRequests = cumReq;
        p.cumFailures = cumFail;
        run.series.points.append(p);
        if ((b & 4095) == 4095)
            checkCancel(options);
    }
}

// Per-endpoint series at 10 s from the run's first second (windows without
// requests of an endpoint have no point).
void fillEndpointSeries(Run &run, const Steps &steps, const Merged &m, ByEndpoint &by, const LoadOptions &options)
{
    const std::int64_t perWindow = std::max<std::int64_t>(1, kStageStepMs / steps.stepMs);
    const std::int64_t windowMs = perWindow * steps.stepMs;
    for (std::int64_t w = 0; w * perWindow < steps.count; ++w) {
        const std::size_t a = steps.offsets[std::size_t(w * perWindow)];
        const std::size_t z = steps.offsets[std::size_t(std::min(steps.count, (w + 1) * perWindow))];
        if (a == z)
            continue;
        const std::int64_t tMs = steps.t0 + w * windowMs;
        const double seconds = double(std::min(windowMs, steps.t0 + steps.count * steps.stepMs - tMs)) / 1000.0;
        by.group(steps.requests.begin() + std::ptrdiff_t(a), steps.requests.begin() + std::ptrdiff_t(z));
        by.each([&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails) {
            Series &s = run.endpointSeries[QString::fromStdString(m.endpoints[e].name)];
            s.stepMs = int(windowMs);
            s.percentileWindow = WindowKind::ExactStep;
            s.points.append(pointOf(tMs, all, n, ok, nOk, fails, seconds, true));
        });
        if ((w & 1023) == 1023)
            checkCancel(options);
    }
}

} // namespace

void fillRunLevel(Run &run, const Steps &steps, const Merged &m, const QList<UserSample> &vus, double runSeconds,
                  const LoadOptions &options)
{
    // Whole run, every request (setup/teardown included, as k6 counts them).
    Gathered g;
    g.all.reserve(steps.requests.size());
    g.ok.reserve(steps.requests.size());
    for (const Request &r : steps.requests)
        g.add(r);
    checkCancel(options);
    run.total = g.figures(runSeconds);
    run.errors = errorsOf(m.errorKinds, steps.requests.begin(), steps.requests.end());
    checkCancel(options);

    fillSeries(run, steps, vus, g, options);
    checkCancel(options);

    ByEndpoint by(m.endpoints.size(), g.all, g.ok);
    by.group(steps.requests.begin(), steps.requests.end());
    by.each([&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails) {
        run.endpoints.append(endpointOf(m.endpoints[e], all, n, ok, nOk, fails, runSeconds));
    });
    sortByName(run.endpoints);
    checkCancel(options);

    fillEndpointSeries(run, steps, m, by, options);
}

} // namespace palier::k6
