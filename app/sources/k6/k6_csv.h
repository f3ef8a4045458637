// The k6 `--out csv` record parser. RFC 4180 as Go's encoding/csv writes it
// (fields with a comma, quote or line break are quoted, quotes doubled), columns
// located by header name. Works on blocks: parse() consumes the complete records
// of a block and leaves the incomplete tail to be carried into the next one, so
// the same parser serves plain files (two byte ranges in parallel) and gzip
// streams. A record longer than the line cap is skipped as damaged, so no input
// makes it hold more than the cap.
#pragma once

#include "sources/k6/k6_collector.h"
#include "sources/k6/k6_metrics.h"
#include "sources/k6/k6_scan.h"

#include <QString>

#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace palier::k6 {

struct CsvLayout {
    int columns = 0;
    int timestamp = -1, value = -1;
    int name = -1, url = -1, method = -1, group = -1, scenario = -1;
    int status = -1, errorCode = -1, error = -1, expected = -1;
    int lastNeeded = 2;     // highest column index a request row needs
    int lastValue = 2;      // highest of timestamp/value
    bool hasMetadata = false, hasExtraTags = false;
};

// Reads a header line (without its line end). Returns false and says why (an
// error finding on line 1 of `file`) when it is not a k6 CSV header
// (metric_name first, then timestamp and metric_value).
bool parseCsvHeader(std::string_view line, CsvLayout *out, const QString &file, Finding *why);

class CsvParser {
public:
    static constexpr int kMaxColumns = 64;

    CsvParser(Collector &out, std::size_t maxLineBytes);

    // The layout, when the caller read the header itself (plain files split in two).
    void setLayout(const CsvLayout &layout) { layout_ = layout; haveHeader_ = true; }
    const CsvLayout &layout() const { return layout_; }
    bool haveHeader() const { return haveHeader_; }

    // Parses the complete records of [d, d+len); `abs` is the offset of d in the
    // stream. Returns how many bytes were consumed; the rest (an incomplete
    // record, never longer than the line cap) must be passed again in front of
    // the next block. `eof`: nothing follows, the last record ends at len.
    // Stops before a record starting at or past `stopAt` (sets `stopped`).
    // Throws InputError when the first record is not a k6 header (header mode).
    std::size_t parse(const char *d, std::size_t len, bool eof, std::int64_t abs);

    void finish();   // hands the metric counts to the collector
    // 1000 when timestamps are whole seconds (k6's default), else 0 (ms or finer).
    std::int64_t timeResolutionMs() const;

    std::int64_t stopAt = std::numeric_limits<std::int64_t>::max();
    bool stopped = false;
    std::int64_t stopPos = -1;
    std::int64_t lines = 0;         // physical lines consumed
    QString file;                   // for InputError messages

private:
    // Splits a record; returns its end ('\n' or `end` at EOF), nullptr if incomplete.
    const char *split(const char *p, const char *end, bool eof, int keep, int *embeddedNewlines, bool *damaged);
    const char *recordEnd(const char *p, const char *end, int *embeddedNewlines, bool *unterminated);
    void handleRecord(MetricKind kind, std::int64_t line);
    bool timestamp(std::string_view s, std::int64_t *ms);
    void header(const char *p, const char *e);

    Collector &out_;
    MetricTable metrics_;
    CsvLayout layout_;
    bool haveHeader_ = false;
    std::size_t maxLine_;
    bool skipping_ = false;
    const char *nextQuote_ = nullptr;   // next '"' at or after the scan position in this block

    int nFields_ = 0;
    std::array<std::string_view, kMaxColumns> fields_ {};
    std::array<std::string, kMaxColumns> unescaped_ {};

    bool formatKnown_ = false;
    TimeFormat format_ = TimeFormat::UnixSeconds;
    bool subSecond_ = false;
    std::string lastTs_;
    std::int64_t lastTsMs_ = 0;
};

} // namespace palier::k6
