// Byte-level helpers for the k6 readers' hot loops: finding record ends,
// parsing numbers and timestamps without allocating. A k6 raw file holds about
// a dozen rows per HTTP request, so these run tens of millions of times per file:
// they work on raw bytes (never QString) and never read past the end they are given.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace palier::k6 {

// First '\n' or '"' in [p, end), or end. SSE2 compares 16 bytes per step: most
// rows of a k6 CSV are skipped without being split, only their end is needed.
inline const char *findNewlineOrQuote(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i nl = _mm_set1_epi8('\n');
    const __m128i qu = _mm_set1_epi8('"');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const int m = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, qu)));
        if (m)
            return p + __builtin_ctz(unsigned(m));
        p += 16;
    }
#endif
    while (p < end && *p != '\n' && *p != '"')
        ++p;
    return p;
}

// First ',', '\n' or '"' in [p, end), or end (field splitting of the rows Palier reads).
inline const char *findFieldEnd(const char *p, const char *end)
{
#if defined(__SSE2__)
    const __m128i co = _mm_set1_epi8(',');
    const __m128i nl = _mm_set1_epi8('\n');
    const __m128i qu = _mm_set1_epi8('"');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, co), _mm_cmpeq_epi8(v, nl)),
                                         _mm_cmpeq_epi8(v, qu));
        const int m = _mm_movemask_epi8(hit);
        if (m)
            return p + __builtin_ctz(unsigned(m));
        p += 16;
    }
#endif
    while (p < end && *p != ',' && *p != '\n' && *p != '"')
        ++p;
    return p;
}

inline const char *findByte(const char *p, const char *end, char c)
{
    if (p >= end)
        return end;
    const void *hit = std::memchr(p, c, std::size_t(end - p));
    return hit ? static_cast<const char *>(hit) : end;
}

// After a record longer than the line cap, both parsers drop bytes up to the
// next line end, which may lie blocks later. Returns false when the whole block
// was dropped; otherwise `p` is just past that line end (counted in `lines`).
inline bool skipRestOfLongRecord(const char *&p, const char *end, bool eof, bool &skipping, std::int64_t &lines)
{
    if (!skipping)
        return true;
    const char *nl = findByte(p, end, '\n');
    if (nl == end) {
        if (eof)
            skipping = false;
        return false;
    }
    ++lines;
    skipping = false;
    p = nl + 1;
    return true;
}

// Equality of two short byte strings of the same length without a memcmp call
// (names and timestamps are 3 to 40 bytes; the call dominated for them).
inline bool sameBytes(const char *a, const char *b, std::size_t n)
{
    if (n >= 8 && n <= 16) {
        std::uint64_t a0, b0, a1, b1;
        std::memcpy(&a0, a, 8);
        std::memcpy(&b0, b, 8);
        std::memcpy(&a1, a + n - 8, 8);
        std::memcpy(&b1, b + n - 8, 8);
        return a0 == b0 && a1 == b1;
    }
    if (n < 8) {
        for (std::size_t i = 0; i < n; ++i)
            if (a[i] != b[i])
                return false;
        return true;
    }
    return std::memcmp(a, b, n) == 0;
}

inline bool sameBytes(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && sameBytes(a.data(), b.data(), a.size());
}

// Parses a decimal number (k6 writes `%f`, JSON writes shortest round-trip).
// Exact: a fast path for up to 15 significant digits and a short fraction
// (mantissa and power of ten are both exact doubles, so one division rounds
// correctly — the same double Go's strconv gives), std::from_chars otherwise.
// Returns false for anything that is not a finite number.
inline bool parseDouble(std::string_view s, double *out)
{
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
                                        1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
                                        1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char *p = s.data();
    const char *end = p + s.size();
    if (p == end)
        return false;
    bool neg = false;
    if (*p == '-') {
        neg = true;
        ++p;
    }
    std::uint64_t mant = 0;
    int digits = 0;
    const char *q = p;
    while (q < end && unsigned(*q - '0') < 10u) {
        mant = mant * 10 + unsigned(*q - '0');
        ++digits;
        ++q;
    }
    int frac = 0;
    if (q < end && *q == '.') {
        ++q;
        while (q < end && unsigned(*q - '0') < 10u) {
            mant = mant * 10 + unsigned(*q - '0');
            ++digits;
            ++frac;
            ++q;
        }
    }
    if (q == end && digits > 0 && digits <= 15 && frac <= 22 && (q - p) > 0 && *p != '.') {
        const double v = double(mant) / kPow10[frac];
        *out = neg ? -v : v;
        return true;
    }
    // Exponents, long mantissas, odd forms: the general, correctly rounded parser.
    double v = 0;
    const auto r = std::from_chars(s.data(), end, v, std::chars_format::general);
    if (r.ec != std::errc() || r.ptr != end || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

inline bool parseInt64(std::string_view s, std::int64_t *out)
{
    std::int64_t v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size() || s.empty())
        return false;
    *out = v;
    return true;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
inline std::int64_t daysFromCivil(std::int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

// RFC 3339 as Go writes it: "2006-01-02T15:04:05[.fraction](Z|±hh:mm)", also
// accepting a space for 'T' and 'z'. Result: Unix epoch milliseconds (floor).
inline bool parseRfc3339Ms(std::string_view s, std::int64_t *outMs)
{
    auto num = [&](std::size_t pos, std::size_t len, int *v) {
        if (pos + len > s.size())
            return false;
        int r = 0;
        for (std::size_t i = pos; i < pos + len; ++i) {
            const unsigned c = unsigned(s[i] - '0');
            if (c > 9)
                return false;
            r = r * 10 + int(c);
        }
        *v = r;
        return true;
    };
    int year, mon, day, hh, mm, ss;
    if (s.size() < 20 || !num(0, 4, &year) || s[4] != '-' || !num(5, 2, &mon) || s[7] != '-'
        || !num(8, 2, &day) || (s[10] != 'T' && s[10] != 't' && s[10] != ' ') || !num(11, 2, &hh)
        || s[13] != ':' || !num(14, 2, &mm) || s[16] != ':' || !num(17, 2, &ss))
        return false;
    if (mon < 1 || mon > 12 || day < 1 || day > 31 || hh > 23 || mm > 59 || ss > 60)
        return false;
    std::size_t i = 19;
    std::int64_t fracMs = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        int nd = 0;
        while (i < s.size() && unsigned(s[i] - '0') < 10u) {
            if (nd < 3)
                fracMs = fracMs * 10 + (s[i] - '0');
            ++nd;
            ++i;
        }
        if (nd == 0)
            return false;
        for (int k = nd; k < 3; ++k)
            fracMs *= 10;
    }
    if (i >= s.size())
        return false;
    std::int64_t offsetS = 0;
    if (s[i] == 'Z' || s[i] == 'z') {
        ++i;
    } else if (s[i] == '+' || s[i] == '-') {
        int oh, om;
        if (!num(i + 1, 2, &oh) || i + 3 >= s.size() || s[i + 3] != ':' || !num(i + 4, 2, &om))
            return false;
        offsetS = (std::int64_t(oh) * 3600 + om * 60) * (s[i] == '+' ? 1 : -1);
        i += 6;
    } else {
        return false;
    }
    if (i != s.size())
        return false;
    const std::int64_t secs = daysFromCivil(year, unsigned(mon), unsigned(day)) * 86400
        + std::int64_t(hh) * 3600 + mm * 60 + ss - offsetS;
    *outMs = secs * 1000 + fracMs;
    return true;
}

// How a k6 CSV writes its timestamp column (K6_CSV_TIME_FORMAT).
enum class TimeFormat { UnixSeconds, UnixMilli, UnixMicro, UnixNano, Rfc3339 };

// Detects the format from one timestamp: digits only → Unix time whose unit
// follows from its size (seconds have 10 digits from 2001 to 2286, ms 13, µs 16,
// ns 19); anything with a date → RFC 3339 (with or without fraction).
inline bool detectTimeFormat(std::string_view s, TimeFormat *out)
{
    std::int64_t v = 0;
    if (parseInt64(s, &v)) {
        if (v < 0)
            return false;
        if (v < 100'000'000'000LL)
            *out = TimeFormat::UnixSeconds;
        else if (v < 100'000'000'000'000LL)
            *out = TimeFormat::UnixMilli;
        else if (v < 100'000'000'000'000'000LL)
            *out = TimeFormat::UnixMicro;
        else
            *out = TimeFormat::UnixNano;
        return true;
    }
    std::int64_t ms;
    if (parseRfc3339Ms(s, &ms)) {
        *out = TimeFormat::Rfc3339;
        return true;
    }
    return false;
}

inline std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

inline bool parseTimestampMs(std::string_view s, TimeFormat f, std::int64_t *outMs)
{
    if (f == TimeFormat::Rfc3339)
        return parseRfc3339Ms(s, outMs);
    std::int64_t v;
    if (!parseInt64(s, &v))
        return false;
    switch (f) {
    case TimeFormat::UnixSeconds:
        if (v > std::numeric_limits<std::int64_t>::max() / 1000 || v < std::numeric_limits<std::int64_t>::min() / 1000)
            return false;
        *outMs = v * 1000;
        return true;
    case TimeFormat::UnixMilli: *outMs = v; return true;
    case TimeFormat::UnixMicro: *outMs = floorDiv(v, 1000); return true;
    case TimeFormat::UnixNano: *outMs = floorDiv(v, 1'000'000); return true;
    case TimeFormat::Rfc3339: break;
    }
    return false;
}

} // namespace palier::k6
