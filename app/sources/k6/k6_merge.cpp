#include "sources/k6/k6_merge.h"

#include "sources/k6/k6_figures.h"

#include <algorithm>
#include <unordered_map>

namespace palier::k6 {

namespace {

// The collector's endpoints in the merged table; returns old id -> new id.
std::vector<std::uint16_t> mergeEndpoints(Collector &c, Merged &m,
                                          std::unordered_map<std::string, std::uint16_t> &index)
{
    std::vector<std::uint16_t> map(c.endpoints.size());
    for (std::size_t i = 0; i < c.endpoints.size(); ++i) {
        EndpointInfo &e = c.endpoints[i];
        auto it = index.find(e.name);
        if (it == index.end() && m.endpoints.size() >= kMaxEndpoints) {
            // Both halves full of distinct names: the rest share one endpoint.
            it = index.find(std::string("(other names)"));
            if (it == index.end()) {
                it = index.emplace("(other names)", std::uint16_t(m.endpoints.size())).first;
                m.endpoints.push_back(EndpointInfo {"(other names)", {}, {}, {}});
            }
        } else if (it == index.end()) {
            it = index.emplace(e.name, std::uint16_t(m.endpoints.size())).first;
            m.endpoints.push_back(std::move(e));
        } else {
            EndpointInfo &g = m.endpoints[it->second];
            for (auto set : {std::pair {&g.methods, &e.methods}, std::pair {&g.groups, &e.groups},
                             std::pair {&g.scenarios, &e.scenarios}})
                for (const std::string &v : *set.second)
                    if (std::find(set.first->begin(), set.first->end(), v) == set.first->end())
                        set.first->push_back(v);
        }
        map[i] = it->second;
    }
    return map;
}

// The collector's error kinds in the merged table; returns old id -> new id
// (both 1-based, 0 = success).
std::vector<std::uint16_t> mergeErrors(Collector &c, Merged &m, std::unordered_map<std::string, std::uint16_t> &index)
{
    std::vector<std::uint16_t> map(c.errors.size() + 1, 0);
    for (std::size_t i = 0; i < c.errors.size(); ++i) {
        ErrorKind &k = c.errors[i];
        const std::string key = k.method + '\x1f' + k.name + '\x1f' + k.text;
        auto it = index.find(key);
        if (it == index.end() && m.errorKinds.size() >= kMaxErrorKinds) {
            it = index.find(std::string("\x1f(other errors)"));
            if (it == index.end()) {
                it = index.emplace("\x1f(other errors)", std::uint16_t(m.errorKinds.size() + 1)).first;
                m.errorKinds.push_back(ErrorKind {{}, {}, "(other errors)"});
            }
        } else if (it == index.end()) {
            it = index.emplace(key, std::uint16_t(m.errorKinds.size() + 1)).first;
            m.errorKinds.push_back(std::move(k));
        }
        map[i + 1] = it->second;
    }
    return map;
}

// Remaps in place: ids into the merged tables, times into the first
// collector's frame. The parts are read once more by the step sort.
void remapRequests(Collector &c, Merged &m, const std::vector<std::uint16_t> &epMap,
                   const std::vector<std::uint16_t> &errMap, const LoadOptions &options)
{
    const std::int64_t shift = c.hasBase ? c.base - m.base : 0;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < c.requests.size(); ++i) {
        if ((i & 0xFFFFF) == 0xFFFFF)   // tens of millions of requests: stay cancellable
            checkCancel(options);
        Request r = c.requests[i];
        if (r.endpoint != kNoEndpoint)
            r.endpoint = epMap[r.endpoint];
        r.error = errMap[r.error];
        const std::int64_t t = std::int64_t(r.t) + shift;
        if (t < std::numeric_limits<std::int32_t>::min() || t > std::numeric_limits<std::int32_t>::max()) {
            ++m.outOfRange;
            continue;
        }
        r.t = std::int32_t(t);
        c.requests[kept++] = r;
    }
    c.requests.resize(kept);
    m.requests += kept;
}

// The first impossible value of a kind across the parts (in file order), with
// the count over all of them.
void noteImpossible(const ImpossibleValues &v, std::int64_t lineOffset, const char *kind, const char *valueParam,
                    const QString &path, Merged &m)
{
    if (v.count == 0)
        return;
    for (Finding &f : m.invalid)
        if (f.kind == QLatin1StringView(kind)) {
            f.params[QStringLiteral("count")] = f.params.value(QStringLiteral("count")).toLongLong() + v.count;
            return;
        }
    m.invalid.append(Finding::error(QString::fromLatin1(kind), path, v.firstLine + lineOffset,
                                    {{QString::fromLatin1(valueParam), v.first},
                                     {QStringLiteral("column"), QStringLiteral("http_req_duration")},
                                     {QStringLiteral("count"), qint64(v.count)}}));
}

} // namespace

Merged mergeCollectors(BuildInput &in, const LoadOptions &options)
{
    Merged m;
    std::unordered_map<std::string, std::uint16_t> endpointIndex, errorIndex;
    bool haveBase = false;
    for (auto &[c, lineOffset] : in.parts) {
        if (c->hasBase && !haveBase) {
            haveBase = true;
            m.base = c->base;
        }
        const std::vector<std::uint16_t> epMap = mergeEndpoints(*c, m, endpointIndex);
        const std::vector<std::uint16_t> errMap = mergeErrors(*c, m, errorIndex);
        remapRequests(*c, m, epMap, errMap, options);
        for (const TimedValue &v : c->vusSamples)
            m.vus.push_back(TimedValue {v.tMs, v.value, v.line + lineOffset});
        for (const TimedValue &v : c->droppedSamples)
            m.dropped.push_back(TimedValue {v.tMs, v.value, v.line + lineOffset});
        for (const auto &[name, count] : c->unknownMetrics)
            m.unknownMetrics[name] += count;
        m.minT = std::min(m.minT, c->minT);
        m.maxT = std::max(m.maxT, c->maxT);
        m.setupRequests += c->setupRequests;
        m.outOfRange += c->outOfRangeRows;
        m.unlisted += c->unlistedWarnings;
        for (const LocalWarning &w : c->warnings)
            m.damaged.append(Finding::warning(QString::fromLatin1(w.kind), in.path,
                                              w.line > 0 ? w.line + lineOffset : 0, w.params));
        noteImpossible(c->negativeDurations, lineOffset, "run.invalid.negative_latency", "value", in.path, m);
        noteImpossible(c->nonNumericDurations, lineOffset, "run.invalid.not_number", "cell", in.path, m);
    }
    checkCancel(options);
    std::stable_sort(m.damaged.begin(), m.damaged.end(),
                     [](const Finding &a, const Finding &b) { return a.line < b.line; });
    return m;
}

} // namespace palier::k6
