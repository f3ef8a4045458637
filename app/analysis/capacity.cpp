#include "analysis/capacity.h"

#include "grid/colour.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace palier {

namespace {

// Plateau throughput: the running totals' rise over the plateau's span when the
// series has them (a Locust stage file's figures also cover its ramp, which
// would understate the throughput at N users), else the stage's own figures.
double plateauRps(const Stage &s)
{
    const TimePoint *first = nullptr, *last = nullptr;
    for (const TimePoint &p : s.series.points)
        if (isKnown(p.cumRequests)) {
            if (!first)
                first = &p;
            last = &p;
        }
    if (first && last && last->tMs > first->tMs && last->cumRequests > first->cumRequests)
        return (last->cumRequests - first->cumRequests) / (double(last->tMs - first->tMs) / 1000.0);
    return s.figures.requests > 0 ? s.figures.rps : kNaN;
}

double averageUsers(const Series &series)
{
    double sum = 0;
    int n = 0;
    for (const TimePoint &p : series.points)
        if (isKnown(p.users)) {
            sum += p.users;
            ++n;
        }
    return n > 0 ? sum / n : kNaN;
}

// The p95 the profile's latency criterion reads at a stage: the key
// transaction's, or the Aggregated one, rounded as displayed.
double criterionP95(const Stage &s, const Profile &profile, const CriterionDef *crit)
{
    if (!crit || crit->keyTransactionOnly) {
        const Endpoint *e = s.endpoint(profile.keyTransaction);
        return e ? displayedValue(Metric::LatencyP95, e->figures.keyPercentile(0.95)) : kNaN;
    }
    return displayedValue(Metric::LatencyP95, s.figures.percentile(0.95));
}

// The first N in [1, reach] where f(N) passes `limit`, f increasing in N; NaN when
// it does not within reach.
template <typename F>
double firstCrossing(F f, double limit, double reach)
{
    if (!isKnown(limit) || !(reach >= 1))
        return kNaN;
    if (f(1.0) >= limit)
        return 1.0;
    if (!(f(reach) >= limit))
        return kNaN;
    double lo = 1, hi = reach;
    for (int i = 0; i < 200 && hi - lo > 1e-9 * hi; ++i) {
        const double mid = (lo + hi) / 2;
        (f(mid) >= limit ? hi : lo) = mid;
    }
    return (lo + hi) / 2;
}

// Observed crossing of `limit` by the used stages: the first stage past it
// (`past`) and the stage before, interpolated linearly; NaN when no stage is past
// it or the first one already is (no stage below to interpolate from).
double observedCrossing(const QList<CapacityStage> &stages, double limit, const std::function<bool(double)> &past,
                        int *firstPastUsers = nullptr)
{
    const CapacityStage *prev = nullptr;
    for (const CapacityStage &s : stages) {
        if (!s.used() || !isKnown(s.keyP95Ms))
            continue;
        if (past(s.keyP95Ms)) {
            if (firstPastUsers)
                *firstPastUsers = s.users;
            if (!prev || !(s.keyP95Ms > prev->keyP95Ms))
                return kNaN;
            return prev->users + (limit - prev->keyP95Ms) * (s.users - prev->users) / (s.keyP95Ms - prev->keyP95Ms);
        }
        prev = &s;
    }
    return kNaN;
}

} // namespace

QString capacityStateId(CapacityState s)
{
    switch (s) {
    case CapacityState::Ok: return QStringLiteral("ok");
    case CapacityState::TooFewStages: return QStringLiteral("too_few_stages");
    case CapacityState::PoorFit: return QStringLiteral("poor_fit");
    case CapacityState::OpenModel: return QStringLiteral("open_model");
    case CapacityState::InvalidRun: return QStringLiteral("invalid_run");
    }
    return {};
}

int Capacity::levelsUsed() const
{
    return int(usersUsed().size());
}

QList<int> Capacity::usersUsed() const
{
    QList<int> out;
    for (const CapacityStage &s : stages)
        if (s.used() && !out.contains(s.users))
            out << s.users;
    return out;
}

double Capacity::largestUsers() const
{
    double m = 0;
    for (const CapacityStage &s : stages)
        if (s.used())
            m = std::max(m, double(s.users));
    return m;
}

double Capacity::throughputAt(double users) const
{
    return hasModel() ? fit.throughput(users) : kNaN;
}

double Capacity::meanResponseMsAt(double users) const
{
    if (!hasModel() || !isKnown(thinkTimeS))
        return kNaN;
    const double x = fit.throughput(users);
    return x > 0 ? 1000.0 * (users / x - thinkTimeS) : kNaN;
}

double Capacity::keyP95At(double users) const
{
    return hasProjection() ? p95Ratio * meanResponseMsAt(users) : kNaN;
}

double Capacity::peakUsers() const
{
    return hasModel() && fit.peakDetermined() ? fit.peakUsers() : kNaN;
}

double Capacity::peakRps() const
{
    const double n = peakUsers();
    return isKnown(n) ? fit.throughput(n) : kNaN;
}

QList<Finding> Capacity::findings(const Run &run) const
{
    QList<Finding> out;
    for (const CapacityStage &s : stages) {
        if (!s.littleOff)
            continue;
        const Stage *stage = run.stageWithUsers(s.users);
        out << Finding::warning(QStringLiteral("capacity.little_mismatch"),
                                stage && !stage->files.isEmpty() ? stage->files.first() : run.path, 0,
                                {{QStringLiteral("users"), s.users},
                                 {QStringLiteral("avg_users"), s.avgUsers},
                                 {QStringLiteral("implied_users"), s.impliedUsers},
                                 {QStringLiteral("think_s"), thinkTimeS}});
    }
    return out;
}

Capacity estimateCapacity(const Run &run, const Profile &profile, int maxUsersExclusive)
{
    Capacity c;
    const CriterionDef *crit = profile.p95Criterion();
    if (crit) {
        c.p95LimitGreen = crit->green;
        c.p95LimitOrange = crit->orange;
    }
    for (const Stage &s : run.stages) {
        if (maxUsersExclusive > 0 && s.users >= maxUsersExclusive)
            continue;
        CapacityStage cs;
        cs.users = s.users;
        cs.rps = plateauRps(s);
        cs.meanMs = s.figures.avgMs;
        cs.keyP95Ms = criterionP95(s, profile, crit);
        cs.avgUsers = averageUsers(s.series);
        if (s.generatorOverloaded)
            cs.exclusion = CapacityExclusion::GeneratorOverloaded;
        else if (s.users <= 0 || !(cs.rps > 0))
            cs.exclusion = CapacityExclusion::NoThroughput;
        c.stages << cs;
    }

    // Think time Z from the two lowest stages used, where queues are shortest:
    // Z = N/X − R (Little's law for a closed system, docs/capacity.md).
    QList<double> z;
    for (const CapacityStage &s : std::as_const(c.stages)) {
        if (z.size() == 2)
            break;
        if (!s.used() || !isKnown(s.meanMs))
            continue;
        const double n = isKnown(s.avgUsers) ? s.avgUsers : s.users;
        z << n / s.rps - s.meanMs / 1000.0;
    }
    if (!z.isEmpty())
        c.thinkTimeS = std::max(0.0, std::accumulate(z.begin(), z.end(), 0.0) / double(z.size()));
    for (CapacityStage &s : c.stages) {
        if (!isKnown(c.thinkTimeS) || !isKnown(s.meanMs) || !(s.rps > 0))
            continue;
        s.impliedUsers = s.rps * (s.meanMs / 1000.0 + c.thinkTimeS);
        if (isKnown(s.avgUsers) && s.avgUsers > 0)
            s.littleOff = std::abs(s.avgUsers - s.impliedUsers) > kLittleTolerance * s.avgUsers;
    }

    const auto pastGreen = [crit](double v) { return crit && colourOf(*crit, v) != Colour::Green; };
    const auto pastOrange = [crit](double v) { return crit && colourOf(*crit, v) == Colour::Red; };
    c.observedAtOrange = observedCrossing(c.stages, c.p95LimitGreen, pastGreen);
    c.observedAtRed = observedCrossing(c.stages, c.p95LimitOrange, pastOrange);

    if (!run.isValid()) {
        c.state = CapacityState::InvalidRun;
        return c;
    }
    // k6 drops iterations only under arrival-rate (or iteration-count)
    // executors, where the rate, not the VUs, sets the throughput (docs/capacity.md).
    if (run.source == SourceKind::K6 && isKnown(run.droppedIterations)) {
        c.state = CapacityState::OpenModel;
        return c;
    }
    if (c.levelsUsed() < kMinCapacityLevels) {
        c.state = CapacityState::TooFewStages;
        return c;
    }
    QList<UslPoint> pts;
    for (const CapacityStage &s : std::as_const(c.stages))
        if (s.used())
            pts << UslPoint {double(s.users), s.rps};
    c.fit = fitUsl(pts);
    if (!c.fit.converged || c.fit.r2 < kMinCapacityR2) {
        c.state = CapacityState::PoorFit;
        return c;
    }
    c.state = CapacityState::Ok;

    // Anchor the key p95 projection at the highest stage used that has one.
    for (auto it = c.stages.crbegin(); it != c.stages.crend(); ++it) {
        if (!it->used() || !isKnown(it->keyP95Ms))
            continue;
        const double r = c.meanResponseMsAt(it->users);
        if (r > 0) {
            c.p95Ratio = it->keyP95Ms / r;
            c.anchorUsers = it->users;
        }
        break;
    }
    if (c.hasProjection()) {
        const auto p95 = [&c](double n) { return c.keyP95At(n); };
        c.usersAtOrange = firstCrossing(p95, c.p95LimitGreen, c.reachUsers());
        c.usersAtRed = firstCrossing(p95, c.p95LimitOrange, c.reachUsers());
    }
    return c;
}

QList<LeaveOutCheck> leaveOutChecks(const Run &run, const Profile &profile)
{
    QList<LeaveOutCheck> out;
    const CriterionDef *crit = profile.p95Criterion();
    if (!crit)
        return out;
    const Capacity full = estimateCapacity(run, profile);
    for (bool red : {false, true}) {
        int firstPast = 0;
        const double limit = red ? full.p95LimitOrange : full.p95LimitGreen;
        const auto past = [crit, red](double v) {
            const Colour col = colourOf(*crit, v);
            return red ? col == Colour::Red : col != Colour::Green;
        };
        LeaveOutCheck check;
        check.red = red;
        check.observedUsers = observedCrossing(full.stages, limit, past, &firstPast);
        if (!isKnown(check.observedUsers))
            continue;
        const Capacity below = estimateCapacity(run, profile, firstPast);
        check.state = below.state;
        check.levelsUsed = below.levelsUsed();
        check.projectedUsers = red ? below.usersAtRed : below.usersAtOrange;
        out << check;
    }
    return out;
}

} // namespace palier
