#include "sources/k6/k6_metrics.h"

namespace palier::k6 {

namespace {

// The metrics Palier reads (docs/k6-reader.md).
struct ReadMetric {
    const char *name;
    MetricKind kind;
};
constexpr ReadMetric kRead[] = {{"http_req_duration", MetricKind::Duration},
                                {"http_req_failed", MetricKind::Failed},
                                {"vus", MetricKind::Vus},
                                {"dropped_iterations", MetricKind::Dropped}};

} // namespace

MetricKind MetricTable::kindOf(std::string_view name)
{
    for (const ReadMetric &m : kRead)
        if (name == m.name)
            return m.kind;
    // k6's built-in metrics (k6 docs "Built-in metrics"): known, not needed.
    static constexpr std::string_view builtIn[] = {
        "vus_max", "iterations", "iteration_duration", "data_received", "data_sent", "checks",
        "group_duration", "http_reqs", "http_req_blocked", "http_req_connecting",
        "http_req_tls_handshaking", "http_req_sending", "http_req_waiting", "http_req_receiving",
        "ws_connecting", "ws_msgs_received", "ws_msgs_sent", "ws_ping", "ws_session_duration",
        "ws_sessions", "grpc_req_duration", "grpc_streams", "grpc_streams_msgs_received",
        "grpc_streams_msgs_sent"};
    for (std::string_view b : builtIn)
        if (name == b)
            return MetricKind::Skipped;
    // k6 browser metrics (browser_*, web vitals) are built in as well.
    if (name.substr(0, 8) == "browser_" || name.substr(0, 8) == "webvital")
        return MetricKind::Skipped;
    return MetricKind::Unknown;
}

const char *MetricTable::nameOf(MetricKind kind)
{
    for (const ReadMetric &m : kRead)
        if (m.kind == kind)
            return m.name;
    return "";
}

MetricKind MetricTable::insert(std::size_t slot, std::string_view name, std::uint64_t head, std::uint64_t tail)
{
    if (entries_.size() >= kMaxNames) {
        if (overflow_ < 0) {
            overflow_ = std::int32_t(entries_.size());
            entries_.push_back(Entry {"(more metric names)", MetricKind::Unknown, 0, 0, 0, 0, 0});
        }
        ++entries_[std::size_t(overflow_)].count;
        return MetricKind::Unknown;
    }
    const MetricKind kind = kindOf(name);
    slots_[slot] = std::int32_t(entries_.size());
    std::uint64_t mid = 0;
    if (name.size() > 16)
        std::memcpy(&mid, name.data() + 8, 8);
    entries_.push_back(Entry {std::string(name), kind, 1, name.size(), head, tail, mid});
    return kind;
}

} // namespace palier::k6
