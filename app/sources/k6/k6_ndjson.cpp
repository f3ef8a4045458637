#include "sources/k6/k6_ndjson.h"

#include "sources/k6/k6_scan.h"

#if defined(PALIER_HAVE_SIMDJSON)
#include <simdjson.h>
#else
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#endif

namespace palier::k6 {

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool startsWith(std::string_view s, std::string_view p)
{
    return s.size() >= p.size() && std::memcmp(s.data(), p.data(), p.size()) == 0;
}

// The metric name from the envelope, without parsing: k6 writes "metric" as the
// first key (current envelope) or the last one (k6 ≤ v0.39). A top-level string
// value right before the final '}' is a top-level key's value, and a metric name
// never needs escaping. Empty when neither shape matches (the line is parsed).
std::string_view envelopeMetric(std::string_view line)
{
    static constexpr std::string_view head = "{\"metric\":\"";
    if (startsWith(line, head)) {
        const std::size_t end = line.find('"', head.size());
        if (end != std::string_view::npos)
            return line.substr(head.size(), end - head.size());
        return {};
    }
    static constexpr std::string_view key = "\"metric\":\"";
    if (line.size() > key.size() + 3 && line.back() == '}' && line[line.size() - 2] == '"') {
        const std::size_t close = line.size() - 2;
        const std::size_t open = line.rfind('"', close - 1);
        if (open == std::string_view::npos || open < key.size() - 1)
            return {};
        const std::size_t keyAt = open + 1 - key.size();
        if (line.substr(keyAt, key.size()) == key && keyAt > 0 && line[keyAt - 1] == ',')
            return line.substr(open + 1, close - open - 1);
    }
    return {};
}

} // namespace

#if defined(PALIER_HAVE_SIMDJSON)
struct NdjsonParser::Json {
    simdjson::dom::parser parser;
};
#else
struct NdjsonParser::Json {
    std::string strings[12];
};
#endif

NdjsonParser::NdjsonParser(Collector &out, std::size_t maxLineBytes)
    : out_(out), maxLine_(maxLineBytes), json_(std::make_unique<Json>())
{
}

NdjsonParser::~NdjsonParser() = default;

void NdjsonParser::point(const char *p, std::size_t n, MetricKind kind, std::int64_t lineNo)
{
    std::string_view metric, time, type;
    double value = 0;
    bool haveValue = false;
    std::string valueText;   // a value that is not a number, as written (findings only)
    RequestTags tags;
#if defined(PALIER_HAVE_SIMDJSON)
    simdjson::dom::element doc;
    if (auto err = json_->parser.parse(reinterpret_cast<const std::uint8_t *>(p), n, false).get(doc)) {
        out_.warn(lineNo, "k6.ndjson.bad_json", [&] {
            return Params {{QStringLiteral("error"), QString::fromUtf8(simdjson::error_message(err))}};
        });
        return;
    }
    simdjson::dom::object obj;
    if (doc.get_object().get(obj)) {
        out_.warn(lineNo, "k6.ndjson.not_record");
        return;
    }
    if (obj["type"].get_string().get(type))
        type = {};
    if (obj["metric"].get_string().get(metric))
        metric = {};
    simdjson::dom::object data;
    const bool haveData = !obj["data"].get_object().get(data);
    if (haveData) {
        if (data["time"].get_string().get(time))
            time = {};
        simdjson::dom::element v;
        if (!data["value"].get(v)) {
            haveValue = !v.get_double().get(value);
            if (!haveValue)
                valueText = simdjson::minify(v);
        }
        simdjson::dom::object t;
        if (!data["tags"].get_object().get(t)) {   // null tags (old envelope) → none
            auto tag = [&](const char *k) {
                std::string_view s;
                return t[k].get_string().get(s) ? std::string_view() : s;
            };
            tags.name = tag("name");
            tags.url = tags.name.empty() ? tag("url") : std::string_view();
            tags.method = tag("method");
            tags.group = tag("group");
            tags.scenario = tag("scenario");
            tags.status = tag("status");
            tags.errorCode = tag("error_code");
            tags.error = tag("error");
            tags.expected = tag("expected_response");
        }
    }
#else
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(p, qsizetype(n)), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()) {
        out_.warn(lineNo, "k6.ndjson.bad_json", [&] { return Params {{QStringLiteral("error"), perr.errorString()}}; });
        return;
    }
    const QJsonObject obj = doc.object();
    const QJsonObject data = obj.value(QLatin1String("data")).toObject();
    const QJsonObject t = data.value(QLatin1String("tags")).toObject();
    const QJsonValue v = data.value(QLatin1String("value"));
    haveValue = v.isDouble();
    value = v.toDouble();
    if (!haveValue && !v.isUndefined())
        valueText = v.isString() ? "\"" + v.toString().toStdString() + "\""
                                 : QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact).mid(1).chopped(1).toStdString();
    std::string *s = json_->strings;
    s[0] = obj.value(QLatin1String("type")).toString().toStdString();
    s[1] = obj.value(QLatin1String("metric")).toString().toStdString();
    s[2] = data.value(QLatin1String("time")).toString().toStdString();
    static const char *const keys[] = {"name", "url", "method", "group", "scenario",
                                       "status", "error_code", "error", "expected_response"};
    for (int i = 0; i < 9; ++i)
        s[3 + i] = t.value(QLatin1String(keys[i])).toString().toStdString();
    type = s[0];
    metric = s[1];
    time = s[2];
    tags.name = s[3];
    tags.url = tags.name.empty() ? std::string_view(s[4]) : std::string_view();
    tags.method = s[5];
    tags.group = s[6];
    tags.scenario = s[7];
    tags.status = s[8];
    tags.errorCode = s[9];
    tags.error = s[10];
    tags.expected = s[11];
#endif
    if (type == "Metric")
        return;
    if (type != "Point") {
        out_.warn(lineNo, "k6.ndjson.bad_type", [&] { return Params {{QStringLiteral("type"), text(type)}}; });
        return;
    }
    if (kind == MetricKind::Unknown) {   // the envelope did not give the name
        kind = metrics_.classify(metric.data(), metric.size());
        if (kind == MetricKind::Skipped || kind == MetricKind::Unknown)
            return;
    }
    if (!haveValue) {
        // A latency that is not a number (a string, null) is impossible: the run
        // is invalid (docs/k6-reader.md §"Invalid runs"). Any other metric's point
        // is only damaged.
        if (kind == MetricKind::Duration)
            out_.nonNumericDuration(lineNo, valueText);
        else
            out_.warn(lineNo, "k6.ndjson.no_value", [&] { return Params {{QStringLiteral("metric"), text(metric)}}; });
        return;
    }
    if (kind == MetricKind::Failed) {
        out_.failedRow(value);
        return;
    }
    std::int64_t ms;
    if (!lastTime_.empty() && time == lastTime_) {
        ms = lastTimeMs_;
    } else {
        if (!parseRfc3339Ms(time, &ms)) {
            out_.warn(lineNo, "k6.ndjson.bad_time", [&] { return Params {{QStringLiteral("value"), shownCell(time)}}; });
            return;
        }
        lastTime_.assign(time);
        lastTimeMs_ = ms;
    }
    switch (kind) {
    case MetricKind::Duration:
        if (value < 0) {
            out_.negativeDuration(lineNo, value);
            return;
        }
        out_.request(ms, value, tags);
        return;
    case MetricKind::Vus:
        out_.vus(ms, value, lineNo);
        return;
    case MetricKind::Dropped:
        out_.dropped(ms, value, lineNo);
        return;
    default:
        return;
    }
}

void NdjsonParser::line(const char *p, std::size_t n, std::int64_t lineNo)
{
    while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
        --n;
    while (n > 0 && (*p == ' ' || *p == '\t')) {
        ++p;
        --n;
    }
    if (n == 0)
        return;
    const std::string_view s(p, n);
    if (startsWith(s, "{\"type\":\"Metric\"")) {
        if (!sawEnvelope) {
            sawEnvelope = true;
            oldEnvelope = s.find("\"tainted\"") != std::string_view::npos;
        }
        return;
    }
    MetricKind kind = MetricKind::Unknown;
    const std::string_view name = envelopeMetric(s);
    if (!name.empty()) {
        kind = metrics_.classify(name.data(), name.size());
        if (kind == MetricKind::Skipped || kind == MetricKind::Unknown)
            return;
    }
    point(p, n, kind, lineNo);
}

std::size_t NdjsonParser::parse(const char *d, std::size_t len, bool eof, std::int64_t abs)
{
    const char *const end = d + len;
    const char *p = d;
    if (!skipRestOfLongRecord(p, end, eof, skipping_, lines))
        return len;
    while (p < end) {
        const std::int64_t at = abs + (p - d);
        if (at >= stopAt) {
            stopped = true;
            stopPos = at;
            return std::size_t(p - d);
        }
        const char *nl = findByte(p, end, '\n');
        const std::int64_t lineNo = lines + 1;
        if (nl == end && !eof) {
            if (std::size_t(end - p) > maxLine_) {
                out_.warn(lineNo, "k6.line_too_long", [&] { return maxBytes(maxLine_); });
                skipping_ = true;
                return len;
            }
            return std::size_t(p - d);
        }
        const std::size_t n = std::size_t(nl - p);
        if (n > maxLine_)
            out_.warn(lineNo, "k6.line_too_long", [&] { return maxBytes(maxLine_); });
        else
            line(p, n, lineNo);
        ++lines;
        p = nl == end ? end : nl + 1;
    }
    return len;
}

void NdjsonParser::finish()
{
    out_.unknownMetrics = metrics_.unknown();
    out_.finish();
}

} // namespace palier::k6
