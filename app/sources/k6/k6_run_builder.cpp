#include "sources/k6/k6_run_builder.h"
#include "model/legacy_message.h"

#include "sources/k6/k6_big_alloc.h"
#include "sources/k6/k6_quantiles.h"
#include "sources/k6/k6_scan.h"

#include <QCoreApplication>

#include <algorithm>
#include <future>
#include <map>
#include <numeric>
#include <unordered_map>

namespace palier::k6 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("palier::K6", text);
}

constexpr double kPs[] = {0.50, 0.90, 0.95, 0.99};
constexpr int kNPs = 4;
// Beyond two days, one point per second would make the run series huge; the
// step then grows so that the series keeps at most this many points.
constexpr std::int64_t kMaxSeriesPoints = 172800;

void checkCancel(const LoadOptions &options)
{
    if (options.cancelled())
        throw LoadCancelled {};
}

QDateTime utc(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// Figures of a set of requests from its durations (`all`, every request) and
// the durations of its successes (`ok`). Both are reordered.
Figures figuresOf(double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t failures, double seconds)
{
    Figures f;
    f.requests = qint64(n);
    f.failures = failures;
    f.percentilesExact = true;
    if (seconds > 0) {
        f.rps = double(n) / seconds;
        f.failuresPerSec = double(failures) / seconds;
    }
    if (n == 0)
        return f;
    double sum = 0, mn = all[0], mx = all[0];
    for (std::size_t i = 0; i < n; ++i) {
        const double v = all[i];
        sum += v;
        mn = v < mn ? v : mn;
        mx = v > mx ? v : mx;
    }
    f.avgMs = sum / double(n);
    f.minMs = mn;
    f.maxMs = mx;
    double q[kNPs];
    if (n >= 32768)
        selectPercentilesLarge(all, n, kPs, q, kNPs, mn, mx);
    else
        selectPercentiles(all, n, kPs, q, kNPs);
    f.p50Ms = q[0];
    f.p95Ms = q[2];
    f.p99Ms = q[3];
    for (int i = 0; i < kNPs; ++i)
        f.percentiles.insert(kPs[i], q[i]);
    if (failures == 0) {
        f.p95OkMs = f.p95Ms;   // the successes are all the requests
    } else if (nOk >= 32768) {
        double okMin = ok[0], okMax = ok[0];
        for (std::size_t i = 0; i < nOk; ++i) {
            okMin = ok[i] < okMin ? ok[i] : okMin;
            okMax = ok[i] > okMax ? ok[i] : okMax;
        }
        const double p95 = 0.95;
        selectPercentilesLarge(ok, nOk, &p95, &f.p95OkMs, 1, okMin, okMax);
    } else {
        f.p95OkMs = selectPercentile(ok, nOk, 0.95);
    }
    return f;
}

TimePoint pointOf(std::int64_t tMs, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t failures,
                  double seconds, bool withOk)
{
    TimePoint p;
    p.tMs = tMs;
    p.rps = seconds > 0 ? double(n) / seconds : kNaN;
    p.failuresPerSec = seconds > 0 ? double(failures) / seconds : kNaN;
    double q[3];
    static constexpr double ps[] = {0.50, 0.95, 0.99};
    selectPercentiles(all, n, ps, q, 3);
    p.p50Ms = q[0];
    p.p95Ms = q[1];
    p.p99Ms = q[2];
    // For one endpoint's series, keyP95Ms is its p95 over successes (grid.md §6);
    // aggregated series leave it unknown (the key transaction is not known here).
    if (withOk)
        p.keyP95Ms = failures == 0 ? p.p95Ms : selectPercentile(ok, nOk, 0.95);
    return p;
}

// Durations of a set of requests, split into all / successes.
struct Gathered {
    std::vector<double, BigAllocator<double>> all, ok;
    std::int64_t failures = 0;
    void clear()
    {
        all.clear();
        ok.clear();
        failures = 0;
    }
    void add(const Request &r)
    {
        all.push_back(r.ms);
        if (r.error)
            ++failures;
        else
            ok.push_back(r.ms);
    }
    Figures figures(double seconds) { return figuresOf(all.data(), all.size(), ok.data(), ok.size(), failures, seconds); }
    TimePoint point(std::int64_t tMs, double seconds, bool withOk)
    {
        return pointOf(tMs, all.data(), all.size(), ok.data(), ok.size(), failures, seconds, withOk);
    }
};

// Groups requests by endpoint with a counting sort, for per-endpoint figures
// of one scope (the run, a stage, a window) in O(requests + endpoints touched).
//
// Its duration buffers are borrowed from a Gathered used in the same thread
// (phases never overlap), so the large buffers are allocated — and their pages
// zeroed by the kernel — once per thread.
class ByEndpoint {
public:
    using Buffer = std::vector<double, BigAllocator<double>>;
    ByEndpoint(std::size_t endpoints, Buffer &all, Buffer &ok)
        : count_(endpoints, 0), okCount_(endpoints, 0), fails_(endpoints, 0), start_(endpoints, 0),
          okStart_(endpoints, 0), fillA_(endpoints, 0), fillO_(endpoints, 0), all_(all), ok_(ok) {}

    template <class It>
    void group(It first, It last)
    {
        touched_.clear();
        std::size_t n = 0, nOk = 0;
        for (It it = first; it != last; ++it) {
            const Request &r = *it;
            if (r.endpoint == kNoEndpoint)
                continue;
            if (count_[r.endpoint]++ == 0)
                touched_.push_back(r.endpoint);
            ++n;
            if (r.error)
                ++fails_[r.endpoint];
            else {
                ++okCount_[r.endpoint];
                ++nOk;
            }
        }
        std::sort(touched_.begin(), touched_.end());
        all_.resize(n);
        ok_.resize(nOk);
        std::size_t a = 0, o = 0;
        for (std::uint16_t e : touched_) {
            start_[e] = fillA_[e] = a;
            okStart_[e] = fillO_[e] = o;
            a += count_[e];
            o += okCount_[e];
        }
        std::vector<std::size_t> &fillA = fillA_, &fillO = fillO_;
        for (It it = first; it != last; ++it) {
            const Request &r = *it;
            if (r.endpoint == kNoEndpoint)
                continue;
            all_[fillA[r.endpoint]++] = r.ms;
            if (!r.error)
                ok_[fillO[r.endpoint]++] = r.ms;
        }
    }

    // f(endpoint, all*, n, ok*, nOk, failures) for each endpoint present; then resets.
    template <class F>
    void each(F &&f)
    {
        for (std::uint16_t e : touched_) {
            f(e, all_.data() + start_[e], count_[e], ok_.data() + okStart_[e], okCount_[e], fails_[e]);
            count_[e] = okCount_[e] = 0;
            fails_[e] = 0;
        }
        touched_.clear();
    }

private:
    std::vector<std::size_t> count_, okCount_;
    std::vector<std::int64_t> fails_;
    std::vector<std::size_t> start_, okStart_, fillA_, fillO_;
    std::vector<std::uint16_t> touched_;
    Buffer &all_;
    Buffer &ok_;
};

QString joined(const std::vector<std::string> &values)
{
    QStringList out;
    for (const std::string &v : values)
        out.append(QString::fromStdString(v));
    return out.join(QStringLiteral(", "));
}

struct Plateau {
    std::int64_t start, end;   // Unix ms, [start, end)
    int users;
};

std::vector<Plateau> plateaus(std::vector<std::pair<std::int64_t, double>> &vus)
{
    std::stable_sort(vus.begin(), vus.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<Plateau> out;
    if (vus.empty())
        return out;
    // The sampling interval: the median gap between samples (k6: 1 s).
    std::vector<std::int64_t> gaps;
    for (std::size_t i = 1; i < vus.size(); ++i)
        if (vus[i].first > vus[i - 1].first)
            gaps.push_back(vus[i].first - vus[i - 1].first);
    std::int64_t interval = 1000;
    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + std::ptrdiff_t(gaps.size() / 2), gaps.end());
        interval = gaps[gaps.size() / 2];
    }
    std::size_t i = 0;
    while (i < vus.size()) {
        std::size_t j = i;
        while (j + 1 < vus.size() && vus[j + 1].second == vus[i].second)
            ++j;
        const double users = vus[i].second;
        const std::int64_t start = vus[i].first;
        const std::int64_t end = vus[j].first + interval;
        if (users >= 1 && end - start >= kStageMinHoldMs - kStageHoldSlackMs)
            out.push_back(Plateau {start, end, int(std::lround(users))});
        i = j + 1;
    }
    return out;
}

} // namespace

Run buildRun(BuildInput &in, const LoadOptions &options)
{
    Run run;
    run.id = in.id;
    run.source = SourceKind::K6;
    run.path = in.path;
    run.toolVersion = in.toolVersion;

    // ---- Merge the parsers' collections into the first one's frame.
    std::vector<EndpointInfo> endpoints;
    std::unordered_map<std::string, std::uint16_t> endpointIndex;
    std::vector<ErrorKind> errorKinds;
    std::unordered_map<std::string, std::uint16_t> errorIndex;
    std::vector<std::pair<std::int64_t, double>> vus;
    std::map<std::string, std::int64_t> unknownMetrics;
    std::int64_t minT = std::numeric_limits<std::int64_t>::max(), maxT = std::numeric_limits<std::int64_t>::min();
    std::int64_t setupRequests = 0, outOfRange = 0, unlisted = 0, droppedRows = 0;
    double droppedSum = 0;
    bool haveBase = false;
    std::int64_t base = 0;
    std::size_t total = 0;

    for (auto &[c, lineOffset] : in.parts) {
        if (c->hasBase && !haveBase) {
            haveBase = true;
            base = c->base;
        }
        std::vector<std::uint16_t> epMap(c->endpoints.size());
        for (std::size_t i = 0; i < c->endpoints.size(); ++i) {
            EndpointInfo &e = c->endpoints[i];
            auto it = endpointIndex.find(e.name);
            if (it == endpointIndex.end() && endpoints.size() >= kMaxEndpoints) {
                // Both halves full of distinct names: the rest share one endpoint.
                it = endpointIndex.find(std::string("(other names)"));
                if (it == endpointIndex.end()) {
                    it = endpointIndex.emplace("(other names)", std::uint16_t(endpoints.size())).first;
                    endpoints.push_back(EndpointInfo {"(other names)", {}, {}, {}});
                }
            } else if (it == endpointIndex.end()) {
                it = endpointIndex.emplace(e.name, std::uint16_t(endpoints.size())).first;
                endpoints.push_back(std::move(e));
            } else {
                EndpointInfo &g = endpoints[it->second];
                for (auto set : {std::pair {&g.methods, &e.methods}, std::pair {&g.groups, &e.groups},
                                  std::pair {&g.scenarios, &e.scenarios}})
                    for (const std::string &v : *set.second)
                        if (std::find(set.first->begin(), set.first->end(), v) == set.first->end())
                            set.first->push_back(v);
            }
            epMap[i] = it->second;
        }
        std::vector<std::uint16_t> errMap(c->errors.size() + 1, 0);
        for (std::size_t i = 0; i < c->errors.size(); ++i) {
            ErrorKind &k = c->errors[i];
            const std::string key = k.method + '\x1f' + k.name + '\x1f' + k.text;
            auto it = errorIndex.find(key);
            if (it == errorIndex.end() && errorKinds.size() >= kMaxErrorKinds) {
                it = errorIndex.find(std::string("\x1f(other errors)"));
                if (it == errorIndex.end()) {
                    it = errorIndex.emplace("\x1f(other errors)", std::uint16_t(errorKinds.size() + 1)).first;
                    errorKinds.push_back(ErrorKind {{}, {}, "(other errors)"});
                }
            } else if (it == errorIndex.end()) {
                it = errorIndex.emplace(key, std::uint16_t(errorKinds.size() + 1)).first;
                errorKinds.push_back(std::move(k));
            }
            errMap[i + 1] = it->second;
        }
        // Remap in place: ids into the merged tables, times into the first
        // collector's frame. The parts are read once more by the time sort.
        const std::int64_t shift = c->hasBase ? c->base - base : 0;
        std::size_t kept = 0;
        for (std::size_t i = 0; i < c->requests.size(); ++i) {
            if ((i & 0xFFFFF) == 0xFFFFF)   // tens of millions of requests: stay cancellable
                checkCancel(options);
            Request r = c->requests[i];
            if (r.endpoint != kNoEndpoint)
                r.endpoint = epMap[r.endpoint];
            r.error = errMap[r.error];
            const std::int64_t t = std::int64_t(r.t) + shift;
            if (t < std::numeric_limits<std::int32_t>::min() || t > std::numeric_limits<std::int32_t>::max()) {
                ++outOfRange;
                continue;
            }
            r.t = std::int32_t(t);
            c->requests[kept++] = r;
        }
        c->requests.resize(kept);
        total += kept;
        vus.insert(vus.end(), c->vusSamples.begin(), c->vusSamples.end());
        for (const auto &[name, count] : c->unknownMetrics)
            unknownMetrics[name] += count;
        minT = std::min(minT, c->minT);
        maxT = std::max(maxT, c->maxT);
        setupRequests += c->setupRequests;
        outOfRange += c->outOfRangeRows;
        droppedRows += c->droppedRows;
        droppedSum += c->droppedSum;
        unlisted += c->unlistedWarnings;
        for (const LocalWarning &w : c->warnings)
            run.findings.append(Diagnostic {Diagnostic::Severity::Warning, in.path,
                                            w.line > 0 ? w.line + lineOffset : 0, w.message});
    }
    checkCancel(options);

    if (total == 0) {
        throw InputError {Diagnostic {Diagnostic::Severity::Error, in.path, 0,
                           run.findings.isEmpty()
                               ? tr("no http_req_duration samples: no HTTP requests to analyse")
                               : tr("no usable http_req_duration samples (%1 damaged lines; first: line %2: %3)")
                                     .arg(run.findings.size() + unlisted)
                                     .arg(run.findings.front().line)
                                     .arg(run.findings.front().params.value(QStringLiteral("text")).toString())}};
    }

    run.startedAt = utc(minT);
    run.endedAt = utc(maxT + in.timeResolutionMs);
    const double runSeconds = double(maxT + in.timeResolutionMs - minT) / 1000.0;
    run.droppedIterations = droppedRows > 0 ? droppedSum : kNaN;

    // Errors of a set of requests, most frequent first.
    auto errorsOf = [&](auto first, auto last) {
        std::vector<std::int64_t> counts(errorKinds.size() + 1, 0);
        for (auto it = first; it != last; ++it)
            ++counts[it->error];
        QList<ErrorEntry> out;
        for (std::size_t i = 1; i < counts.size(); ++i) {
            if (!counts[i])
                continue;
            const ErrorKind &k = errorKinds[i - 1];
            out.append(ErrorEntry {QString::fromStdString(k.method), QString::fromStdString(k.name),
                                   QString::fromStdString(k.text), counts[i]});
        }
        std::stable_sort(out.begin(), out.end(),
                         [](const ErrorEntry &a, const ErrorEntry &b) { return a.occurrences > b.occurrences; });
        return out;
    };
    auto endpointOf = [&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails,
                          double seconds) {
        const EndpointInfo &info = endpoints[e];
        Endpoint ep;
        ep.name = QString::fromStdString(info.name);
        ep.method = joined(info.methods);
        ep.group = joined(info.groups);
        ep.scenario = joined(info.scenarios);
        ep.figures = figuresOf(all, n, ok, nOk, fails, seconds);
        return ep;
    };

    // Sort by series step (counting sort: O(n), stable). Requests of
    // ::setup/::teardown stay in the array for the run total (k6 counts them)
    // and are left out of everything else: they are not load.
    const std::int64_t t0 = floorDiv(minT, 1000) * 1000;   // Unix ms of the first series step
    const std::int64_t spanS = (maxT - t0) / 1000 + 1;
    std::int64_t stepS = 1;
    if (spanS > kMaxSeriesPoints) {
        stepS = (spanS + kMaxSeriesPoints - 1) / kMaxSeriesPoints;
        run.findings.append(Diagnostic {Diagnostic::Severity::Warning, in.path, 0,
                                        tr("the run spans %1 hours: its series has one point every %2 s")
                                            .arg(double(spanS) / 3600.0, 0, 'f', 1)
                                            .arg(stepS)});
    }
    const std::int64_t nb = (spanS + stepS - 1) / stepS;
    const std::int64_t stepMs = stepS * 1000;
    auto bucketOf = [&](const Request &r) { return std::size_t((base + r.t - t0) / stepMs); };
    std::vector<std::size_t> offsets(std::size_t(nb) + 1, 0);
    for (auto &part : in.parts)
        for (const Request &r : part.first->requests)
            ++offsets[bucketOf(r) + 1];
    checkCancel(options);
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    RequestVector requests(total);
    {
        std::vector<std::size_t> fill(offsets.begin(), offsets.end() - 1);
        for (auto &part : in.parts) {
            for (const Request &r : part.first->requests)
                requests[fill[bucketOf(r)]++] = r;
            RequestVector().swap(part.first->requests);   // free as we go
        }
    }
    checkCancel(options);
    const std::vector<Plateau> stagesFound = plateaus(vus);

    // Two independent halves of the work, one per core: the run level (total,
    // errors, 1-s series, endpoints, their 10-s series) here, the stages on a
    // second thread. Both only read `requests`.
    auto stageWork = [&]() {
        Gathered g;
        ByEndpoint by(endpoints.size(), g.all, g.ok);
        // Stages: plateaus of the vus gauge.
        RequestVector members, byWindow;
        std::vector<std::size_t> woff, fill;
        for (const Plateau &pl : stagesFound) {
            Stage st;
            st.users = pl.users;
            st.plateauStart = utc(pl.start);
            st.plateauEnd = utc(pl.end);
            st.durationS = st.plateauS = double(pl.end - pl.start) / 1000.0;
            st.label = tr("%1 VUs").arg(pl.users);
            st.files = QStringList {in.path};
            members.clear();
            const std::int64_t b0 = std::max<std::int64_t>(0, floorDiv(pl.start - t0, stepMs));
            const std::int64_t b1 = std::min<std::int64_t>(nb, floorDiv(pl.end - 1 - t0, stepMs) + 1);
            for (std::int64_t b = b0; b < b1; ++b)
                for (std::size_t i = offsets[std::size_t(b)]; i < offsets[std::size_t(b) + 1]; ++i) {
                    const Request &r = requests[i];
                    const std::int64_t t = base + r.t;
                    if (t >= pl.start && t < pl.end && r.endpoint != kNoEndpoint)
                        members.push_back(r);
                }
            g.clear();
            for (const Request &r : members)
                g.add(r);
            st.figures = g.figures(st.plateauS);
            st.errors = errorsOf(members.begin(), members.end());
            by.group(members.begin(), members.end());
            by.each([&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails) {
                st.endpoints.append(endpointOf(e, all, n, ok, nOk, fails, st.plateauS));
            });
            std::sort(st.endpoints.begin(), st.endpoints.end(),
                      [](const Endpoint &a, const Endpoint &b) { return a.name < b.name; });

            // 10-s windows from the plateau start (the last one may be shorter).
            const std::int64_t windows = (pl.end - pl.start + kStageStepMs - 1) / kStageStepMs;
            woff.assign(std::size_t(windows) + 1, 0);
            auto windowOf = [&](const Request &r) { return std::size_t((base + r.t - pl.start) / kStageStepMs); };
            for (const Request &r : members)
                ++woff[windowOf(r) + 1];
            std::partial_sum(woff.begin(), woff.end(), woff.begin());
            byWindow.resize(members.size());
            fill.assign(woff.begin(), woff.end() - 1);
            for (const Request &r : members)
                byWindow[fill[windowOf(r)]++] = r;
            st.series.stepMs = kStageStepMs;
            st.series.percentileWindow = WindowKind::ExactStep;
            for (std::int64_t w = 0; w < windows; ++w) {
                const std::int64_t tMs = pl.start + w * kStageStepMs;
                const double seconds = double(std::min<std::int64_t>(kStageStepMs, pl.end - tMs)) / 1000.0;
                const auto a = byWindow.begin() + std::ptrdiff_t(woff[std::size_t(w)]);
                const auto z = byWindow.begin() + std::ptrdiff_t(woff[std::size_t(w) + 1]);
                g.clear();
                for (auto it = a; it != z; ++it)
                    g.add(*it);
                TimePoint p = g.point(tMs, seconds, false);
                p.users = pl.users;
                st.series.points.append(p);
                by.group(a, z);
                by.each([&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails) {
                    Series &s = st.endpointSeries[QString::fromStdString(endpoints[e].name)];
                    s.stepMs = kStageStepMs;
                    s.percentileWindow = WindowKind::ExactStep;
                    TimePoint ep = pointOf(tMs, all, n, ok, nOk, fails, seconds, true);
                    ep.users = pl.users;
                    s.points.append(ep);
                });
            }
            run.stages.append(st);
            checkCancel(options);
        }
    };
    std::future<void> second = std::async(std::launch::async, stageWork);
    auto runWork = [&]() {
        // Whole run, every request (setup/teardown included, as k6 counts them).
        Gathered g;
        g.all.reserve(requests.size());
        g.ok.reserve(requests.size());
        for (const Request &r : requests)
            g.add(r);
        checkCancel(options);
        run.total = g.figures(runSeconds);
        run.errors = errorsOf(requests.begin(), requests.end());
        checkCancel(options);

        // Run series: one point per step (1 s).
        run.series.stepMs = int(stepMs);
        run.series.percentileWindow = WindowKind::ExactStep;
        run.series.points.reserve(qsizetype(nb));
        std::size_t v = 0;
        double users = kNaN;
        double cumReq = 0, cumFail = 0;
        for (std::int64_t b = 0; b < nb; ++b) {
            const std::int64_t tMs = t0 + b * stepMs;
            while (v < vus.size() && vus[v].first < tMs + stepMs)
                users = vus[v++].second;
            g.clear();
            for (std::size_t i = offsets[std::size_t(b)]; i < offsets[std::size_t(b) + 1]; ++i)
                if (requests[i].endpoint != kNoEndpoint)
                    g.add(requests[i]);
            TimePoint p = g.point(tMs, double(stepS), false);
            p.users = users;
            cumReq += double(g.all.size());
            cumFail += double(g.failures);
            p.cumRequests = cumReq;
            p.cumFailures = cumFail;
            run.series.points.append(p);
            if ((b & 4095) == 4095)
                checkCancel(options);
        }
        checkCancel(options);

        // Endpoints over the whole run.
        ByEndpoint by(endpoints.size(), g.all, g.ok);
        by.group(requests.begin(), requests.end());
        by.each([&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails) {
            run.endpoints.append(endpointOf(e, all, n, ok, nOk, fails, runSeconds));
        });
        std::sort(run.endpoints.begin(), run.endpoints.end(),
                  [](const Endpoint &a, const Endpoint &b) { return a.name < b.name; });
        checkCancel(options);

        // Per-endpoint series at 10 s (windows without requests of an endpoint have no point).
        const std::int64_t perWindow = std::max<std::int64_t>(1, kStageStepMs / stepMs);
        const std::int64_t windowMs = perWindow * stepMs;
        for (std::int64_t w = 0; w * perWindow < nb; ++w) {
            const std::size_t a = offsets[std::size_t(w * perWindow)];
            const std::size_t z = offsets[std::size_t(std::min(nb, (w + 1) * perWindow))];
            if (a == z)
                continue;
            const std::int64_t tMs = t0 + w * windowMs;
            const double seconds = double(std::min(windowMs, t0 + nb * stepMs - tMs)) / 1000.0;
            by.group(requests.begin() + std::ptrdiff_t(a), requests.begin() + std::ptrdiff_t(z));
            by.each([&](std::uint16_t e, double *all, std::size_t n, double *ok, std::size_t nOk, std::int64_t fails) {
                Series &s = run.endpointSeries[QString::fromStdString(endpoints[e].name)];
                s.stepMs = int(windowMs);
                s.percentileWindow = WindowKind::ExactStep;
                s.points.append(pointOf(tMs, all, n, ok, nOk, fails, seconds, true));
            });
            if ((w & 1023) == 1023)
                checkCancel(options);
        }
    };
    try {
        runWork();
    } catch (...) {
        second.wait();
        throw;
    }
    second.get();   // rethrows the second half's LoadCancelled
    std::stable_sort(run.stages.begin(), run.stages.end(), [](const Stage &a, const Stage &b) { return a.users < b.users; });

    // ---- What the reader could not use, said once each.
    auto note = [&](const QString &message) {
        run.findings.append(Diagnostic {Diagnostic::Severity::Warning, in.path, 0, message});
    };
    std::stable_sort(run.findings.begin(), run.findings.end(),
                     [](const Finding &a, const Finding &b) { return a.line < b.line; });
    if (unlisted > 0)
        note(tr("%1 more damaged lines not listed").arg(unlisted));
    run.findings += in.findings;
    if (vus.empty())
        note(tr("no vus samples: the run has no stages"));
    else if (stagesFound.empty())
        note(tr("the vus gauge never held a level for %1 s: the run has no stages (ramps only)")
                 .arg(kStageMinHoldMs / 1000));
    for (qsizetype i = 1; i < run.stages.size(); ++i)
        if (run.stages[i].users == run.stages[i - 1].users)
            note(tr("%1 VUs were held in two separate plateaus: they are two stages").arg(run.stages[i].users));
    for (const Stage &st : std::as_const(run.stages))
        if (st.figures.requests == 0)
            note(tr("the stage at %1 VUs has no completed request").arg(st.users));
    if (setupRequests > 0)
        note(tr("%1 requests of the setup/teardown groups count in the run total, as in k6's summary, "
                "but in no endpoint, stage or series").arg(setupRequests));
    if (outOfRange > 0)
        note(tr("%1 rows more than 24 days away from the run's start were skipped").arg(outOfRange));
    if (!unknownMetrics.empty()) {
        QStringList parts;
        std::int64_t rows = 0;
        for (const auto &[name, count] : unknownMetrics) {
            parts.append(QStringLiteral("%1 (%2)").arg(QString::fromStdString(name)).arg(count));
            rows += count;
        }
        note(tr("skipped %1 rows of metrics that are not k6 built-ins: %2").arg(rows).arg(parts.join(QStringLiteral(", "))));
    }
    if (endpoints.size() >= kMaxEndpoints)
        note(tr("more than %1 distinct request names: the rest are counted as \"(other names)\"").arg(kMaxEndpoints));
    return run;
}

} // namespace palier::k6
