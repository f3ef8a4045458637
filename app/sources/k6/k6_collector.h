// What a k6 raw-file parser keeps while it reads: one 16-byte record per HTTP
// request (duration, time, endpoint, outcome), the vus gauge, dropped
// iterations, and the tables those records index. Memory grows with requests,
// never with rows or bytes: the ~11 other rows k6 writes per request are only
// counted. One Collector per parsing thread; the run builder merges them.
#pragma once

#include "model/finding.h"
#include "model/run.h"
#include "sources/k6/k6_big_alloc.h"

#include <QString>
#include <QVariant>

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace palier::k6 {

// One HTTP request. `error` is 0 for a success, else 1 + the index of its error
// kind; `endpoint` is kNoEndpoint for requests of the ::setup/::teardown groups,
// which count in the run total (k6 counts them) but in no endpoint or stage.
struct Request {
    double ms;               // http_req_duration, as k6 wrote it (float64, like k6's sink)
    std::int32_t t;          // ms since the collector's base time
    std::uint16_t endpoint;
    std::uint16_t error;
};
static_assert(sizeof(Request) == 16, "one request must stay 16 bytes");

using RequestVector = std::vector<Request, BigAllocator<Request>>;

inline constexpr std::uint16_t kNoEndpoint = 0xFFFF;
inline constexpr std::size_t kMaxEndpoints = 20000;    // past it: one "(other names)" endpoint
inline constexpr std::size_t kMaxErrorKinds = 60000;   // past it: one "(other errors)" kind

// Tag values of one request row; views into the parser's buffer.
struct RequestTags {
    std::string_view name, url, method, group, scenario, status, errorCode, error, expected;
};

struct EndpointInfo {
    std::string name;
    std::vector<std::string> methods, groups, scenarios;   // distinct, first-seen order
};

struct ErrorKind {
    std::string method, name, text;
};

// A damaged row, said as a finding kind and its parameters (worded at the
// edges, app/words/findings_k6.cpp). `kind` is a string literal.
struct LocalWarning {
    std::int64_t line;   // 1-based within the collector's range; 0: whole file
    const char *kind;
    Params params;
};

// The parameters of a line or header past the parsers' line cap
// ("k6.line_too_long", "k6.csv.header_too_long").
inline Params maxBytes(std::size_t n)
{
    return {{QStringLiteral("max_bytes"), qint64(n)}};
}

// Values of http_req_duration no request can have (negative, or not a number):
// the run is invalid (docs/k6-reader.md §"Invalid runs"). Counted, with the
// first one kept to name it.
struct ImpossibleValues {
    std::int64_t count = 0;
    std::int64_t firstLine = 0;   // 1-based within the collector's range
    QVariant first;               // the first value: its number, or the text as written
};

// A load-level sample (vus) or a saturation count (dropped_iterations), with the
// line it was read on (1-based within the collector's range) for findings.
struct TimedValue {
    std::int64_t tMs;
    double value;
    std::int64_t line;
};

struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

class Collector {
public:
    // A request row (http_req_duration).
    void request(std::int64_t tMs, double ms, const RequestTags &tags);
    // An http_req_failed row: settles the outcome of the request just before it
    // when that request had no expected_response tag.
    void failedRow(double value);
    void vus(std::int64_t tMs, double value, std::int64_t line);
    void dropped(std::int64_t tMs, double value, std::int64_t line);
    void touchTime(std::int64_t tMs);
    // A damaged row, skipped. `params` is called only for the rows listed, so a
    // file with millions of damaged rows builds no parameters for the rest.
    template <class MakeParams>
    void warn(std::int64_t line, const char *kind, MakeParams &&params)
    {
        ++damagedLines;
        if (warnings.size() < kListedWarnings)
            warnings.push_back(LocalWarning {line, kind, params()});
        else
            ++unlistedWarnings;
    }
    void warn(std::int64_t line, const char *kind)
    {
        warn(line, kind, [] { return Params {}; });
    }
    // http_req_duration rows whose value is impossible: skipped, and the run is
    // invalid. The value is formatted only for the first one.
    void negativeDuration(std::int64_t line, double ms);
    void nonNumericDuration(std::int64_t line, std::string_view cell);
    void finish();   // settles a pending outcome

    bool hasBase = false;
    std::int64_t base = 0;    // Unix ms that Request::t counts from
    std::int64_t minT = std::numeric_limits<std::int64_t>::max();
    std::int64_t maxT = std::numeric_limits<std::int64_t>::min();

    RequestVector requests;
    std::vector<TimedValue> vusSamples;   // Unix ms, value, line
    std::vector<EndpointInfo> endpoints;
    std::vector<ErrorKind> errors;
    // dropped_iterations samples, those of one timestamp summed (a CSV stamps
    // whole seconds): stages count the ones in their span.
    std::vector<TimedValue> droppedSamples;
    std::int64_t setupRequests = 0;
    std::int64_t outOfRangeRows = 0;

    static constexpr std::size_t kListedWarnings = 25;   // per parsing thread; the rest are counted
    std::vector<LocalWarning> warnings;
    std::int64_t unlistedWarnings = 0;   // damaged lines past the listing limit
    std::int64_t damagedLines = 0;
    ImpossibleValues negativeDurations, nonNumericDurations;

    // Metric rows seen, by name (filled by the parser at the end).
    std::vector<std::pair<std::string, std::int64_t>> unknownMetrics;

private:
    std::uint16_t endpointFor(const RequestTags &tags);
    std::uint16_t errorFor(const RequestTags &tags, std::string_view name);
    bool setTime(std::int64_t tMs, std::int32_t *rel);

    std::unordered_map<std::string, std::uint16_t, StringHash, std::equal_to<>> endpointIndex_;
    std::unordered_map<std::string, std::uint16_t, StringHash, std::equal_to<>> errorIndex_;
    static constexpr std::size_t kNameCache = 64;
    struct CachedName {
        std::uint16_t id = kNoEndpoint;
    };
    CachedName nameCache_[kNameCache];
    std::string lastName_;
    std::uint16_t lastEndpoint_ = kNoEndpoint;
    std::string errorKey_;
    // A request whose outcome waits for the http_req_failed row after it.
    std::int64_t pending_ = -1;
    std::uint16_t pendingError_ = 0;
    bool pendingStatusFailed_ = false;
};

// Status rule when neither expected_response nor http_req_failed says it:
// HTTP status >= 400, or no status (0 / empty) with an error code.
bool failedByStatus(std::string_view status, std::string_view errorCode);
bool isSetupOrTeardown(std::string_view group);
// A field's text for a finding: at most 40 bytes, valid UTF-8 or replaced.
QString shownCell(std::string_view s);

} // namespace palier::k6
