// Which k6 metric a row belongs to, decided from its name bytes through a small
// open-addressing table (a k6 file has a dozen or two distinct names, repeated
// millions of times). Palier reads four metrics; the other built-in ones are
// skipped without a word, and names k6 does not define (custom metrics) are
// skipped and counted so the run can say what it ignored.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace palier::k6 {

enum class MetricKind : std::uint8_t {
    Duration,      // http_req_duration: one per request, the latency
    Failed,        // http_req_failed
    Vus,           // vus gauge: the load level
    Dropped,       // dropped_iterations: saturation
    Skipped,       // a k6 built-in metric Palier does not need
    Unknown        // not a k6 built-in metric (custom): skipped and counted
};

class MetricTable {
public:
    MetricKind classify(const char *p, std::size_t len)
    {
        if (len == 0)
            return MetricKind::Unknown;
        // First and last 8 bytes: they hash the name and, for names of up to 16
        // bytes, compare it without a memcmp call.
        const std::uint64_t a = load(p, len);
        const std::uint64_t b = len > 8 ? load(p + len - 8, 8) : 0;
        std::size_t slot = hash(a, b, len) & (kSlots - 1);
        for (;;) {
            const std::int32_t e = slots_[slot];
            if (e < 0)
                return insert(slot, std::string_view(p, len), a, b);
            Entry &entry = entries_[std::size_t(e)];
            if (entry.len == len && entry.head == a && entry.tail == b
                && (len <= 16 || (entry.mid == load(p + 8, 8) && (len <= 24 || std::memcmp(entry.name.data() + 16, p + 16, len - 24) == 0)))) {
                ++entry.count;
                return entry.kind;
            }
            slot = (slot + 1) & (kSlots - 1);
        }
    }

    // Custom metrics seen, with their row counts.
    std::vector<std::pair<std::string, std::int64_t>> unknown() const
    {
        std::vector<std::pair<std::string, std::int64_t>> out;
        for (const Entry &e : entries_)
            if (e.kind == MetricKind::Unknown)
                out.emplace_back(e.name, e.count);
        return out;
    }

    static MetricKind kindOf(std::string_view name);
    // The name of a metric Palier reads (Duration, Failed, Vus, Dropped); "" for
    // the others. kindOf's inverse, from the same table.
    static const char *nameOf(MetricKind kind);

private:
    static constexpr std::size_t kSlots = 1024;
    static constexpr std::size_t kMaxNames = 512;   // more distinct names: counted as one

    struct Entry {
        std::string name;
        MetricKind kind;
        std::int64_t count;
        std::size_t len;
        std::uint64_t head, tail, mid;   // bytes 0–7, the last 8, 8–15 (names > 16 bytes)
    };

    static std::uint64_t load(const char *p, std::size_t n)
    {
        std::uint64_t v = 0;
        std::memcpy(&v, p, n < 8 ? n : 8);
        return v;
    }
    static std::size_t hash(std::uint64_t a, std::uint64_t b, std::size_t len)
    {
        // "http_req_" names differ at the end: both ends take part.
        std::uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ (len * 0x165667B19E3779F9ull);
        return std::size_t(h >> 40);
    }

    MetricKind insert(std::size_t slot, std::string_view name, std::uint64_t head, std::uint64_t tail);

    std::array<std::int32_t, kSlots> slots_ = [] {
        std::array<std::int32_t, kSlots> a {};
        a.fill(-1);
        return a;
    }();
    std::vector<Entry> entries_;
    std::int32_t overflow_ = -1;
};

} // namespace palier::k6
