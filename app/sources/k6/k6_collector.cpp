#include "sources/k6/k6_collector.h"

#include "sources/k6/k6_scan.h"

namespace palier::k6 {

namespace {

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

void addDistinct(std::vector<std::string> &set, std::string_view v)
{
    if (v.empty())
        return;
    // The same value as last time is by far the common case.
    if (!set.empty() && sameBytes(set.back(), v))
        return;
    for (const std::string &s : set)
        if (s == v)
            return;
    if (set.size() < 16)
        set.emplace_back(v);
}

} // namespace

QString shownCell(std::string_view s)
{
    const bool cut = s.size() > 40;
    QString out = QString::fromUtf8(s.data(), qsizetype(cut ? 40 : s.size()));
    if (cut)
        out += QStringLiteral("…");
    return out;
}

bool isSetupOrTeardown(std::string_view group)
{
    // k6 runs setup() in group "::setup" and teardown() in "::teardown"; groups
    // opened inside them nest below ("::setup::login").
    for (std::string_view root : {std::string_view("::setup"), std::string_view("::teardown")}) {
        if (startsWith(group, root) && (group.size() == root.size() || startsWith(group.substr(root.size()), "::")))
            return true;
    }
    return false;
}

bool failedByStatus(std::string_view status, std::string_view errorCode)
{
    std::int64_t code = 0;
    for (char c : status) {
        if (c < '0' || c > '9')
            return !errorCode.empty();
        code = code * 10 + (c - '0');
        if (code > 100000)
            break;
    }
    if (code >= 400)
        return true;
    return code == 0 && !errorCode.empty();
}

bool Collector::setTime(std::int64_t tMs, std::int32_t *rel)
{
    if (!hasBase) {
        hasBase = true;
        base = tMs;
    }
    const std::int64_t d = tMs - base;
    if (d < std::numeric_limits<std::int32_t>::min() || d > std::numeric_limits<std::int32_t>::max()) {
        ++outOfRangeRows;
        return false;
    }
    *rel = std::int32_t(d);
    touchTime(tMs);
    return true;
}

void Collector::touchTime(std::int64_t tMs)
{
    if (tMs < minT)
        minT = tMs;
    if (tMs > maxT)
        maxT = tMs;
}

std::uint16_t Collector::endpointFor(const RequestTags &tags)
{
    // k6's `name` tag defaults to the URL; without the column, the URL is the name.
    std::string_view name = !tags.name.empty() ? tags.name : tags.url;
    // Requests of a few endpoints interleave: a small cache by length and
    // first bytes finds the id without hashing the whole name.
    const std::size_t slot = (name.size() * 31 + (name.empty() ? 0 : std::uint8_t(name.back())) * 7
                              + (name.size() > 1 ? std::uint8_t(name[name.size() / 2]) : 0)) & (kNameCache - 1);
    if (nameCache_[slot].id != kNoEndpoint && sameBytes(name, endpoints[nameCache_[slot].id].name)) {
        lastEndpoint_ = nameCache_[slot].id;
        EndpointInfo &e = endpoints[lastEndpoint_];
        addDistinct(e.methods, tags.method);
        addDistinct(e.groups, tags.group);
        addDistinct(e.scenarios, tags.scenario);
        return lastEndpoint_;
    }
    if (lastEndpoint_ != kNoEndpoint && sameBytes(name, lastName_)) {
        EndpointInfo &e = endpoints[lastEndpoint_];
        addDistinct(e.methods, tags.method);
        addDistinct(e.groups, tags.group);
        addDistinct(e.scenarios, tags.scenario);
        return lastEndpoint_;
    }
    std::uint16_t id;
    auto it = endpointIndex_.find(name);
    if (it != endpointIndex_.end()) {
        id = it->second;
    } else {
        if (endpoints.size() >= kMaxEndpoints) {
            // Too many distinct names (URLs with ids in them): lump the rest
            // together rather than grow without bound.
            static const std::string other = "(other names)";
            auto o = endpointIndex_.find(std::string_view(other));
            if (o == endpointIndex_.end()) {
                o = endpointIndex_.emplace(other, std::uint16_t(endpoints.size())).first;
                endpoints.push_back(EndpointInfo {other, {}, {}, {}});
            }
            id = o->second;
        } else {
            id = std::uint16_t(endpoints.size());
            endpointIndex_.emplace(std::string(name), id);
            endpoints.push_back(EndpointInfo {std::string(name), {}, {}, {}});
        }
    }
    EndpointInfo &e = endpoints[id];
    addDistinct(e.methods, tags.method);
    addDistinct(e.groups, tags.group);
    addDistinct(e.scenarios, tags.scenario);
    lastName_.assign(name);
    lastEndpoint_ = id;
    if (endpoints[id].name.size() == name.size())   // not the "(other names)" bucket
        nameCache_[slot].id = id;
    return id;
}

std::uint16_t Collector::errorFor(const RequestTags &tags, std::string_view name)
{
    // Grouped by endpoint and by what k6 says went wrong: status, error_code, error.
    errorKey_.clear();
    errorKey_.append(tags.method).push_back('\x1f');
    errorKey_.append(name).push_back('\x1f');
    errorKey_.append(tags.status).push_back('\x1f');
    errorKey_.append(tags.errorCode).push_back('\x1f');
    errorKey_.append(tags.error);
    auto it = errorIndex_.find(std::string_view(errorKey_));
    if (it != errorIndex_.end())
        return it->second;
    if (errors.size() >= kMaxErrorKinds) {
        static const std::string other = "\x1f(other errors)";
        auto o = errorIndex_.find(std::string_view(other));
        if (o == errorIndex_.end()) {
            o = errorIndex_.emplace(other, std::uint16_t(errors.size() + 1)).first;
            errors.push_back(ErrorKind {{}, {}, "(other errors)"});
        }
        return o->second;
    }
    std::string text;
    auto add = [&](std::string_view part) {
        if (!text.empty())
            text += ", ";
        text += part;
    };
    if (!tags.status.empty() && tags.status != "0")
        add("HTTP " + std::string(tags.status));
    if (!tags.errorCode.empty())
        add("error_code " + std::string(tags.errorCode));
    if (!tags.error.empty())
        add(tags.error);
    if (text.empty())
        text = tags.status == "0" ? "no response" : "failed";
    const std::uint16_t id = std::uint16_t(errors.size() + 1);
    errors.push_back(ErrorKind {std::string(tags.method), std::string(name), std::move(text)});
    errorIndex_.emplace(errorKey_, id);
    return id;
}

void Collector::request(std::int64_t tMs, double ms, const RequestTags &tags)
{
    if (pending_ >= 0)
        finish();
    Request r;
    if (!setTime(tMs, &r.t))
        return;
    r.ms = ms == 0.0 ? 0.0 : ms;   // -0.0 → +0.0: percentile selection orders the bits
    r.error = 0;
    const bool setup = isSetupOrTeardown(tags.group);
    if (setup) {
        r.endpoint = kNoEndpoint;
        ++setupRequests;
    } else {
        r.endpoint = endpointFor(tags);
    }
    // Failed: expected_response=false (the tag k6 derives from the same response
    // callback as http_req_failed); without the tag, the http_req_failed row that
    // follows; without either, the status rule.
    const std::string_view name = !tags.name.empty() ? tags.name : tags.url;
    if (tags.expected == "false") {
        r.error = errorFor(tags, name);
    } else if (tags.expected != "true") {
        pending_ = std::int64_t(requests.size());
        pendingStatusFailed_ = failedByStatus(tags.status, tags.errorCode);
        pendingError_ = errorFor(tags, name);
    }
    requests.push_back(r);
}

void Collector::failedRow(double value)
{
    if (pending_ < 0)
        return;
    requests[std::size_t(pending_)].error = value != 0.0 ? pendingError_ : 0;
    pending_ = -1;
}

void Collector::finish()
{
    if (pending_ < 0)
        return;
    requests[std::size_t(pending_)].error = pendingStatusFailed_ ? pendingError_ : 0;
    pending_ = -1;
}

void Collector::vus(std::int64_t tMs, double value, std::int64_t line)
{
    touchTime(tMs);
    vusSamples.push_back(TimedValue {tMs, value, line});
}

void Collector::dropped(std::int64_t tMs, double value, std::int64_t line)
{
    touchTime(tMs);
    // k6 writes one sample per dropped iteration; those of one timestamp (one
    // second in a CSV) are one entry, so memory follows time, not rows.
    if (!droppedSamples.empty() && droppedSamples.back().tMs == tMs)
        droppedSamples.back().value += value;
    else
        droppedSamples.push_back(TimedValue {tMs, value, line});
}

void Collector::negativeDuration(std::int64_t line, double ms)
{
    ++damagedLines;
    if (negativeDurations.count++ == 0) {
        negativeDurations.firstLine = line;
        negativeDurations.first = ms;
    }
}

void Collector::nonNumericDuration(std::int64_t line, std::string_view cell)
{
    ++damagedLines;
    if (nonNumericDurations.count++ == 0) {
        nonNumericDurations.firstLine = line;
        nonNumericDurations.first = shownCell(cell);
    }
}

} // namespace palier::k6
