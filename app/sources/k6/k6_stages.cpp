#include "sources/k6/k6_stages.h"

#include "sources/k6/k6_figures.h"
#include "sources/k6/k6_scan.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace palier::k6 {

namespace {

struct Span {
    std::int64_t from, to;   // Unix ms, [from, to), whole seconds
    double seconds(double gapS) const { return double(to - from) / 1000.0 - gapS; }
};

Span requestSpan(const Plateau &p, std::int64_t stepMs)
{
    return Span {floorDiv(p.startMs, 1000) * 1000, floorDiv(p.endMs, 1000) * 1000 + stepMs};
}

// Reused buffers of one thread's stage work.
struct StageBuffers {
    Gathered g;
    RequestVector members, byWindow;
    std::vector<std::size_t> woff, fill;
    // Running totals per endpoint id over the stage's windows.
    std::vector<std::int64_t> cumRequests, cumFailures;
};

void gatherMembers(const Span &sp, const Steps &steps, RequestVector &members)
{
    members.clear();
    const std::int64_t b0 = steps.stepAt(sp.from);
    const std::int64_t b1 = std::min(steps.count, steps.stepAt(sp.to - 1) + 1);
    for (std::int64_t b = b0; b < b1; ++b)
        for (std::size_t i = steps.offsets[std::size_t(b)]; i < steps.offsets[std::size_t(b) + 1]; ++i) {
            const Request &r = steps.requests[i];
            const std::int64_t t = steps.timeOf(r);
            if (t >= sp.from && t < sp.to && r.endpoint != kNoEndpoint)
                members.push_back(r);
        }
}

// The step of the stages' series: 10 s, unless the gauge spans more than
// kMaxStageWindows of them — a VUs sample with a wild timestamp made one stage
// centuries long, and one window slot per 10 s ran out of memory (found by
// fuzzing, docs/fuzzing.md). The step then grows as the run series' does
// (k6_steps.h), from the gauge's whole span so that all stages together stay
// within about kMaxStageWindows windows. Series::stepMs is an int: past ~1 100
// years the step stops growing and each stage's last window takes the rest.
std::int64_t stageStepMs(const GaugePlateaus &gauge, std::int64_t maxWindows)
{
    if (gauge.samples.size() < 2)
        return kStageStepMs;
    const std::int64_t first = gauge.samples.first().tMs, last = gauge.samples.last().tMs;
    const std::uint64_t span = last > first ? std::uint64_t(last) - std::uint64_t(first) : 0;
    std::uint64_t step = kStageStepMs;
    if (span / step > std::uint64_t(maxWindows))
        step = std::min<std::uint64_t>((span / std::uint64_t(maxWindows) / step + 1) * step,
                                       std::uint64_t(std::numeric_limits<int>::max()));
    return std::int64_t(step);
}

// The stage's 10-s series, aggregated and per endpoint, with running totals.
void fillSeries(Stage &st, const Span &sp, std::int64_t stepMs, const Steps &steps, const Merged &m, StageBuffers &b,
                ByEndpoint &by)
{
    const std::uint64_t span = sp.to > sp.from ? std::uint64_t(sp.to) - std::uint64_t(sp.from) : 0;
    const std::uint64_t step = std::uint64_t(stepMs);
    const std::int64_t windows =
        std::int64_t(std::min<std::uint64_t>((span + step - 1) / step, std::uint64_t(steps.limits.stageWindows)));
    b.woff.assign(std::size_t(windows) + 1, 0);
    auto windowOf = [&](const Request &r) {
        return std::size_t(std::min<std::int64_t>((steps.timeOf(r) - sp.from) / stepMs, windows - 1));
    };
    for (const Request &r : b.members)
        ++b.woff[windowOf(r) + 1];
    std::partial_sum(b.woff.begin(), b.woff.end(), b.woff.begin());
    b.byWindow.resize(b.members.size());
    b.fill.assign(b.woff.begin(), b.woff.end() - 1);
    for (const Request &r : b.members)
        b.byWindow[b.fill[windowOf(r)]++] = r;
    b.cumRequests.assign(m.endpoints.size(), 0);
    b.cumFailures.assign(m.endpoints.size(), 0);
    st.series.points.reserve(qsizetype(windows));
    st.series.stepMs = int(stepMs);
    st.series.percentileWindow = WindowKind::ExactStep;
    double cumReq = 0, cumFail = 0;
    for (std::int64_t w = 0; w < windows; ++w) {
        const std::int64_t tMs = sp.from + w * stepMs;
        const double seconds = double(std::min<std::int64_t>(stepMs, sp.to - tMs)) / 1000.0;
        const auto a = b.byWindow.begin() + std::ptrdiff_t(b.woff[std::size_t(w)]);
        const auto z = b.byWindow.begin() + std::ptrdiff_t(b.woff[std::size_t(w) + 1]);
        b.g.clear();
        for (auto it = a; it != z; ++it)
            b.g.add(*it);
        cumReq += double(b.g.all.size());
        cumFail += double(b.g.failures);
        TimePoint p = b.g.point(tMs, seconds, false);
        p.users = st.users;
        p.cumRequests = cumReq;   // through the end of this window
        p.cumFailures = cumFail;
        st.series.points.append(p);
        by.group(a, z);
        by.each([&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails) {
            Series &s = st.endpointSeries[QString::fromStdString(m.endpoints[e].name)];
            s.stepMs = int(stepMs);
            s.percentileWindow = WindowKind::ExactStep;
            TimePoint ep = pointOf(tMs, all, n, ok, nOk, fails, seconds, true);
            ep.users = st.users;
            ep.cumRequests = double(b.cumRequests[e] += std::int64_t(n));
            ep.cumFailures = double(b.cumFailures[e] += fails);
            s.points.append(ep);
        });
    }
}

// dropped_iterations counted in the span; NaN when the file recorded none at
// all. `firstLine`: the line of the first one in the span.
double droppedIn(const Span &sp, const Merged &m, std::int64_t *firstLine)
{
    if (m.dropped.empty())
        return kNaN;
    double sum = 0;
    *firstLine = 0;
    for (const TimedValue &d : m.dropped)
        if (d.tMs >= sp.from && d.tMs < sp.to) {
            sum += d.value;
            if (*firstLine == 0 || d.line < *firstLine)
                *firstLine = d.line;
        }
    return sum;
}

} // namespace

GaugePlateaus gaugePlateaus(std::vector<TimedValue> vus)
{
    // Two parsing threads each give their part in file order; CSV rows are not
    // strictly time-ordered either.
    std::stable_sort(vus.begin(), vus.end(), [](const TimedValue &a, const TimedValue &b) { return a.tMs < b.tMs; });
    GaugePlateaus out;
    out.samples.reserve(qsizetype(vus.size()));
    out.lines.reserve(vus.size());
    for (const TimedValue &v : vus) {
        out.samples.append(UserSample {v.tMs, v.value});
        out.lines.push_back(v.line);
    }
    out.plateaus = cutPlateaus(out.samples);
    out.typicalMs = typicalStepMs(out.samples);
    out.stepMs = std::max<std::int64_t>(1, std::llround(double(out.typicalMs) / 1000.0)) * 1000;
    return out;
}

QList<Stage> buildStages(const GaugePlateaus &gauge, const Steps &steps, const Merged &m, const QString &path,
                         const LoadOptions &options, QList<Finding> *findings)
{
    QList<Stage> out;
    StageBuffers b;
    ByEndpoint by(m.endpoints.size(), b.g.all, b.g.ok);
    const std::int64_t stepMs = stageStepMs(gauge, steps.limits.stageWindows);
    for (const Plateau &pl : gauge.plateaus) {
        const Span sp = requestSpan(pl, gauge.stepMs);
        const double spanS = sp.seconds(pl.gapS);
        Stage st;
        st.users = pl.users;
        st.plateauStart = utc(sp.from);
        st.plateauEnd = utc(sp.to);
        st.durationS = st.plateauS = pl.durationS();
        st.gapS = pl.gapS;
        st.label = QStringLiteral("%1 VUs").arg(pl.users);   // k6's own unit, the same in every language
        st.files = QStringList {path};
        gatherMembers(sp, steps, b.members);
        b.g.clear();
        for (const Request &r : b.members)
            b.g.add(r);
        st.figures = b.g.figures(spanS);
        st.errors = errorsOf(m.errorKinds, b.members.begin(), b.members.end());
        by.group(b.members.begin(), b.members.end());
        by.each([&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails) {
            st.endpoints.append(endpointOf(m.endpoints[e], all, n, ok, nOk, fails, spanS));
        });
        sortByName(st.endpoints);
        fillSeries(st, sp, stepMs, steps, m, b, by);

        std::int64_t droppedLine = 0;
        st.droppedIterations = droppedIn(sp, m, &droppedLine);
        if (st.droppedIterations > 0)
            findings->append(Finding::warning(QStringLiteral("k6.dropped_iterations"), path, droppedLine,
                                              {{QStringLiteral("count"), st.droppedIterations},
                                               {QStringLiteral("users"), st.users}}));
        for (qsizetype i = pl.first + 1; i <= pl.last; ++i) {
            const std::int64_t dt = gauge.samples.at(i).tMs - gauge.samples.at(i - 1).tMs;
            if (gauge.typicalMs > 0 && dt > 2 * gauge.typicalMs)
                findings->append(Finding::warning(QStringLiteral("series.gap"), path, gauge.lines[std::size_t(i)],
                                                  {{QStringLiteral("gap_s"), double(dt) / 1000.0},
                                                   {QStringLiteral("step_s"), double(gauge.typicalMs) / 1000.0}}));
        }
        out.append(st);
        checkCancel(options);
    }
    return out;
}

} // namespace palier::k6
