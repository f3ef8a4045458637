#include "sources/k6/k6_summary_checks.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <map>

namespace palier::k6 {

namespace {

// The offset of `"name"` used as a key (followed by ':') at or after `from`; -1
// when absent. Metric and stat names need no JSON escaping.
qsizetype findKey(const std::string &text, const QString &name, qsizetype from)
{
    const std::string needle = '"' + name.toStdString() + '"';
    std::size_t pos = std::size_t(std::max<qsizetype>(0, from));
    while ((pos = text.find(needle, pos)) != std::string::npos) {
        std::size_t after = pos + needle.size();
        while (after < text.size() && (text[after] == ' ' || text[after] == '\t' || text[after] == '\r'
                                       || text[after] == '\n'))
            ++after;
        if (after < text.size() && text[after] == ':')
            return qsizetype(pos);
        pos = after;
    }
    return -1;
}

// The line of `stat` inside `metric`, else of `metric`, else 0 (whole file).
qint64 lineOfKey(const std::string &text, const QString &metric, const QString &stat)
{
    const qsizetype m = findKey(text, metric, 0);
    if (m < 0)
        return 0;
    const qsizetype k = findKey(text, stat, m);
    return lineOfOffset(text, k >= 0 ? k : m);
}

// A JSON value as written, for a finding: a string as is, anything else compact.
QString cellText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

bool isCount(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d >= 0 && d == std::floor(d);
}

// The stats of a metric that are counts, and whether its others are latencies.
struct Shape {
    QStringList counts;
    bool latencies = false;
};

Shape shapeOf(const QString &metric)
{
    const QString base = metric.left(metric.indexOf(QLatin1Char('{')));
    if (base == u"http_reqs" || base == u"dropped_iterations")
        return {{QStringLiteral("count")}, false};
    if (base == u"http_req_failed")
        return {{QStringLiteral("passes"), QStringLiteral("fails")}, false};
    if (base == u"http_req_duration")
        return {{QStringLiteral("count")}, true};
    return {};
}

// Problems of one kind: how many, and the first in the file.
struct Problems {
    qint64 count = 0;
    qint64 line = 0;
    Params params;
    void add(qint64 at, const Params &p)
    {
        if (count++ == 0 || (at > 0 && (line == 0 || at < line))) {
            line = at;
            params = p;
        }
    }
};

} // namespace

int lineOfOffset(const std::string &text, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < qsizetype(text.size()); ++i)
        if (text[std::size_t(i)] == '\n')
            ++line;
    return line;
}

void checkImpossibleValues(const QJsonObject &metrics, const std::string &text, const QString &path,
                           QList<Finding> *out)
{
    std::map<QString, Problems> byKind;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const Shape shape = shapeOf(it.key());
        if (shape.counts.isEmpty() && !shape.latencies)
            continue;
        const QJsonObject m = it.value().toObject();
        // handleSummary nests the stats in "values"; the legacy export has them
        // flat beside "thresholds".
        const QJsonObject stats = m.value(QLatin1String("values")).isObject()
            ? m.value(QLatin1String("values")).toObject() : m;
        for (auto si = stats.begin(); si != stats.end(); ++si) {
            const QString &stat = si.key();
            const QJsonValue v = si.value();
            if (stat == u"thresholds")
                continue;
            const QString column = it.key() + QLatin1Char('.') + stat;
            if (shape.counts.contains(stat)) {
                if (!isCount(v))
                    byKind[QStringLiteral("run.invalid.not_count")].add(
                        lineOfKey(text, it.key(), stat),
                        {{QStringLiteral("cell"), cellText(v)}, {QStringLiteral("column"), column}});
            } else if (shape.latencies) {
                if (!v.isDouble() || !std::isfinite(v.toDouble()))
                    byKind[QStringLiteral("run.invalid.not_number")].add(
                        lineOfKey(text, it.key(), stat),
                        {{QStringLiteral("cell"), cellText(v)}, {QStringLiteral("column"), column}});
                else if (v.toDouble() < 0)
                    byKind[QStringLiteral("run.invalid.negative_latency")].add(
                        lineOfKey(text, it.key(), stat),
                        {{QStringLiteral("value"), v.toDouble()}, {QStringLiteral("column"), column}});
            }
        }
    }
    for (auto &[kind, p] : byKind) {
        p.params.insert(QStringLiteral("count"), p.count);
        out->append(Finding::error(kind, path, p.line, p.params));
    }
}

void checkFailuresWithinRequests(const Figures &f, const QString &countMetric, const std::string &text,
                                 const QString &path, QList<Finding> *out)
{
    if (f.failures <= f.requests)
        return;
    const qsizetype brace = countMetric.indexOf(QLatin1Char('{'));
    const QString failedMetric = QStringLiteral("http_req_failed") + (brace < 0 ? QString() : countMetric.mid(brace));
    out->append(Finding::error(QStringLiteral("run.invalid.failures_exceed_requests"), path,
                               lineOfKey(text, failedMetric, QStringLiteral("passes")),
                               {{QStringLiteral("failures"), f.failures},
                                {QStringLiteral("requests"), f.requests},
                                {QStringLiteral("name"), countMetric}}));
}

} // namespace palier::k6
