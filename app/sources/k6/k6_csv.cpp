#include "sources/k6/k6_csv.h"

#include <algorithm>

namespace palier::k6 {

namespace {

int countNewlines(const char *from, const char *to)
{
    return int(std::count(from, to, '\n'));
}

} // namespace

CsvParser::CsvParser(Collector &out, std::size_t maxLineBytes)
    : out_(out), maxLine_(maxLineBytes)
{
}

void CsvParser::header(const char *p, const char *e)
{
    Finding why;
    CsvLayout l;
    if (std::size_t(e - p) > maxLine_)
        throw inputError(QStringLiteral("k6.csv.header_too_long"), file, 1, maxBytes(maxLine_));
    if (!parseCsvHeader(std::string_view(p, std::size_t(e - p)), &l, file, &why))
        throw InputError {why};
    setLayout(l);
}

const char *CsvParser::recordEnd(const char *p, const char *end, int *embeddedNewlines, bool *unterminated)
{
    for (;;) {
        // Quotes are rare: the next one in the block is found once and reused,
        // so a row without one costs a single memchr for its line end.
        if (nextQuote_ < p || nextQuote_ > end)
            nextQuote_ = findByte(p, end, '"');
        const char *nl = findByte(p, nextQuote_, '\n');
        if (nl < nextQuote_)
            return nl;
        if (nextQuote_ == end)
            return nullptr;
        p = nextQuote_;
        const char *q = p + 1;
        for (;;) {
            q = findByte(q, end, '"');
            if (q == end) {
                *unterminated = true;
                return nullptr;
            }
            if (q + 1 < end && q[1] == '"') {
                q += 2;
                continue;
            }
            break;
        }
        *embeddedNewlines += countNewlines(p + 1, q);
        p = q + 1;
    }
}

const char *CsvParser::split(const char *p, const char *end, bool eof, int keep, int *embeddedNewlines,
                             bool *damaged)
{
    // Fields past `keep` are not stored: only where the record ends matters.
    keep = std::min(keep, kMaxColumns - 1);
    int f = 0;
    for (;;) {
        std::string_view v;
        if (p < end && *p == '"') {
            const char *s = p + 1;
            const char *q = s;
            bool doubled = false;
            for (;;) {
                q = findByte(q, end, '"');
                if (q == end) {
                    if (!eof)
                        return nullptr;
                    // An opened quote never closed: the file ends inside this record.
                    *damaged = true;
                    *embeddedNewlines += countNewlines(s, end);
                    nFields_ = f;
                    return end;
                }
                if (q + 1 < end && q[1] == '"') {
                    doubled = true;
                    q += 2;
                    continue;
                }
                if (q + 1 == end && !eof)
                    return nullptr;   // a doubled quote may follow in the next block
                break;
            }
            *embeddedNewlines += countNewlines(s, q);
            if (doubled && f <= keep) {
                std::string &u = unescaped_[std::size_t(f)];
                u.clear();
                for (const char *c = s; c < q; ++c) {
                    u.push_back(*c);
                    if (*c == '"')
                        ++c;   // "" stands for one quote
                }
                v = u;
            } else {
                v = std::string_view(s, std::size_t(q - s));
            }
            p = q + 1;
            // Whatever stands between the closing quote and the separator is not
            // k6's; skip it rather than guess.
            while (p < end && *p != ',' && *p != '\n')
                ++p;
        } else {
            const char *s = p;
            if (p < end && *p != ',')   // most of k6's tag fields are empty
                p = findFieldEnd(p, end);
            while (p < end && *p == '"')   // a stray quote inside an unquoted field is data
                p = findFieldEnd(p + 1, end);
            v = std::string_view(s, std::size_t(p - s));
        }
        if (p >= end && !eof)
            return nullptr;
        if (!v.empty() && v.back() == '\r' && (p >= end || *p == '\n'))
            v.remove_suffix(1);
        if (f <= keep)
            fields_[std::size_t(f)] = v;
        ++f;
        if (p >= end) {
            nFields_ = f;
            return end;
        }
        if (*p == '\n') {
            nFields_ = f;
            return p;
        }
        ++p;   // the comma
        if (f > keep) {
            nFields_ = f;
            bool unterminated = false;
            const char *e = recordEnd(p, end, embeddedNewlines, &unterminated);
            if (!e) {
                if (!eof)
                    return nullptr;
                if (unterminated)
                    *damaged = true;
                return end;
            }
            return e;
        }
    }
}

bool CsvParser::timestamp(std::string_view s, std::int64_t *ms)
{
    // Rows of one request, and most requests of one second, share a timestamp.
    if (!lastTs_.empty() && sameBytes(s, lastTs_)) {
        *ms = lastTsMs_;
        return true;
    }
    if (!formatKnown_) {
        if (!detectTimeFormat(s, &format_))
            return false;
        formatKnown_ = true;
    }
    if (!parseTimestampMs(s, format_, ms))
        return false;
    if (format_ == TimeFormat::Rfc3339 && s.find('.') != std::string_view::npos)
        subSecond_ = true;
    lastTs_.assign(s.data(), s.size());
    lastTsMs_ = *ms;
    return true;
}

std::int64_t CsvParser::timeResolutionMs() const
{
    if (!formatKnown_)
        return 1000;
    if (format_ == TimeFormat::UnixSeconds || (format_ == TimeFormat::Rfc3339 && !subSecond_))
        return 1000;
    return 0;
}

void CsvParser::handleRecord(MetricKind kind, std::int64_t line)
{
    const CsvLayout &l = layout_;
    const int needed = kind == MetricKind::Duration ? l.lastNeeded : l.lastValue;
    if (nFields_ <= needed) {
        out_.warn(line, "k6.csv.short_row", [&] {
            return Params {{QStringLiteral("metric"), QString::fromLatin1(MetricTable::nameOf(kind))},
                           {QStringLiteral("fields"), nFields_},
                           {QStringLiteral("expected"), l.columns}};
        });
        return;
    }
    double v;
    const std::string_view value = fields_[std::size_t(l.value)];
    if (!parseDouble(value, &v)) {
        // A latency that is not a number (NaN, text) is impossible: the run is
        // invalid (docs/k6-reader.md §"Invalid runs"). Any other metric's row is
        // only damaged.
        if (kind == MetricKind::Duration)
            out_.nonNumericDuration(line, value);
        else
            out_.warn(line, "k6.csv.bad_value", [&] {
                return Params {{QStringLiteral("value"), shownCell(value)},
                               {QStringLiteral("metric"), QString::fromLatin1(MetricTable::nameOf(kind))}};
            });
        return;
    }
    if (kind == MetricKind::Failed) {
        out_.failedRow(v);
        return;
    }
    std::int64_t t;
    const std::string_view ts = fields_[std::size_t(l.timestamp)];
    if (!timestamp(ts, &t)) {
        out_.warn(line, "k6.csv.bad_timestamp", [&] { return Params {{QStringLiteral("value"), shownCell(ts)}}; });
        return;
    }
    switch (kind) {
    case MetricKind::Duration: {
        if (v < 0) {
            out_.negativeDuration(line, v);
            return;
        }
        RequestTags tags;
        auto field = [&](int c) { return c >= 0 ? fields_[std::size_t(c)] : std::string_view(); };
        tags.name = field(l.name);
        tags.url = l.name < 0 ? field(l.url) : std::string_view();
        tags.method = field(l.method);
        tags.group = field(l.group);
        tags.scenario = field(l.scenario);
        tags.status = field(l.status);
        tags.errorCode = field(l.errorCode);
        tags.error = field(l.error);
        tags.expected = field(l.expected);
        out_.request(t, v, tags);
        return;
    }
    case MetricKind::Vus:
        out_.vus(t, v, line);
        return;
    case MetricKind::Dropped:
        out_.dropped(t, v, line);
        return;
    default:
        return;
    }
}

std::size_t CsvParser::parse(const char *d, std::size_t len, bool eof, std::int64_t abs)
{
    const char *const end = d + len;
    const char *p = d;
    nextQuote_ = nullptr;   // positions from an earlier block mean nothing here
    if (!skipRestOfLongRecord(p, end, eof, skipping_, lines))
        return len;
    while (p < end) {
        const std::int64_t at = abs + (p - d);
        if (at >= stopAt) {
            stopped = true;
            stopPos = at;
            return std::size_t(p - d);
        }
        const char *rec = p;
        const std::int64_t line = lines + 1;
        const char *e = nullptr;
        int embedded = 0;

        if (!haveHeader_) {
            const char *nl = findByte(p, end, '\n');
            if (nl == end && !eof) {
                if (std::size_t(end - p) > maxLine_)
                    throw inputError(QStringLiteral("k6.csv.header_too_long"), file, 1, maxBytes(maxLine_));
                return std::size_t(p - d);
            }
            header(p, nl);
            ++lines;
            p = nl == end ? end : nl + 1;
            continue;
        }

        // The metric name: the first field, never quoted by k6.
        const char *nameLimit = end - p > 160 ? p + 160 : end;
        const char *c = findFieldEnd(p, nameLimit);
        if (c < nameLimit && *c == ',') {
            MetricKind kind = metrics_.classify(p, std::size_t(c - p));
            // With an expected_response column, http_req_failed adds nothing: k6
            // writes both from the same response callback (and neither without one).
            if (kind == MetricKind::Failed && layout_.expected >= 0)
                kind = MetricKind::Skipped;
            if (kind == MetricKind::Skipped || kind == MetricKind::Unknown) {
                bool unterminated = false;
                e = recordEnd(c + 1, end, &embedded, &unterminated);
                if (!e) {
                    if (!eof)
                        goto carry;
                    e = end;
                }
                if (std::size_t(e - rec) > maxLine_)
                    out_.warn(line, "k6.line_too_long", [&] { return maxBytes(maxLine_); });
            } else {
                bool damaged = false;
                const int keep = kind == MetricKind::Duration ? layout_.lastNeeded : layout_.lastValue;
                e = split(rec, end, eof, keep, &embedded, &damaged);
                if (!e)
                    goto carry;
                if (std::size_t(e - rec) > maxLine_)
                    out_.warn(line, "k6.line_too_long", [&] { return maxBytes(maxLine_); });
                else if (damaged)
                    out_.warn(line, "csv.unclosed_quote");
                else
                    handleRecord(kind, line);
            }
        } else if (c < end && *c == '\n' && (c == p || (c == p + 1 && *p == '\r'))) {
            e = c;   // blank line
        } else if (c == end && !eof) {
            goto carry;
        } else {
            // A row without a plain metric name: empty name, quoted, too long,
            // or no comma at all. Split it to know where it ends, then say so.
            bool damaged = false;
            e = split(rec, end, eof, layout_.lastNeeded, &embedded, &damaged);
            if (!e)
                goto carry;
            const bool blank = (e == rec) || (e == rec + 1 && *rec == '\r');
            if (!blank) {
                if (std::size_t(e - rec) > maxLine_)
                    out_.warn(line, "k6.line_too_long", [&] { return maxBytes(maxLine_); });
                else if (nFields_ < 3 || damaged)
                    out_.warn(line, "k6.csv.not_metric_row",
                              [&] { return Params {{QStringLiteral("fields"), nFields_}}; });
                else {
                    const std::string_view name = fields_[0];
                    const MetricKind kind = metrics_.classify(name.data(), name.size());
                    if (kind != MetricKind::Skipped && kind != MetricKind::Unknown)
                        handleRecord(kind, line);
                }
            }
        }
        lines += 1 + embedded;
        p = e == end ? end : e + 1;
        continue;

    carry:
        if (std::size_t(end - rec) > maxLine_) {
            // No line end within the cap: report it and drop bytes up to the next
            // one, so a huge line never makes the parser hold more than the cap.
            out_.warn(line, "k6.line_too_long", [&] { return maxBytes(maxLine_); });
            skipping_ = true;
            return len;
        }
        return std::size_t(rec - d);
    }
    return len;
}

void CsvParser::finish()
{
    out_.unknownMetrics = metrics_.unknown();
    out_.finish();
}

} // namespace palier::k6
