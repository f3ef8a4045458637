// The k6 `--out json` (NDJSON) record parser, same block contract as CsvParser.
// Both envelopes: current ({"metric":…,"type":"Point","data":{…}}) and the old
// one (k6 ≤ v0.39: "metric" last, "tainted"/"sub" on Metric records, "tags":null).
// The metric name of a line is read from the envelope without parsing the line
// (it is the first or the last top-level key), so the ~11 lines per request
// Palier does not need are skipped; the lines it needs are parsed with simdjson
// (PALIER_HAVE_SIMDJSON) or QJsonDocument.
#pragma once

#include "sources/k6/k6_collector.h"
#include "sources/k6/k6_metrics.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

namespace palier::k6 {

// Bytes after a block that the caller must keep allocated (simdjson reads ahead).
inline constexpr std::size_t kBlockPadding = 64;

class NdjsonParser {
public:
    NdjsonParser(Collector &out, std::size_t maxLineBytes);
    ~NdjsonParser();

    // Same contract as CsvParser::parse. [d+len, d+len+kBlockPadding) must be
    // readable (any content).
    std::size_t parse(const char *d, std::size_t len, bool eof, std::int64_t abs);
    void finish();

    std::int64_t stopAt = std::numeric_limits<std::int64_t>::max();
    bool stopped = false;
    std::int64_t stopPos = -1;
    std::int64_t lines = 0;
    bool oldEnvelope = false;    // saw "tainted" / "sub" (k6 ≤ v0.39)
    bool sawEnvelope = false;

private:
    void line(const char *p, std::size_t n, std::int64_t lineNo);
    void point(const char *p, std::size_t n, MetricKind kind, std::int64_t lineNo);

    Collector &out_;
    MetricTable metrics_;
    std::size_t maxLine_;
    bool skipping_ = false;
    std::string lastTime_;
    std::int64_t lastTimeMs_ = 0;
    std::string padded_;   // a line copied with padding when its block lacks it

    struct Json;
    std::unique_ptr<Json> json_;
};

} // namespace palier::k6
