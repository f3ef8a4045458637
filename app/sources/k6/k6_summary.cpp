// k6 summary JSON: `--summary-export` (legacy: metrics.NAME holds the values
// flat, thresholds {expr: true} where true means FAILED) and handleSummary's
// data (metrics.NAME.{type, contains, values, thresholds: {expr: {ok}}}).
// Only run-level figures exist there: the run says so (runLevelOnly + finding).
// Values no test can produce make the run invalid (k6_summary_checks.h).
#include "sources/k6/k6_files.h"
#include "sources/k6/k6_input.h"
#include "sources/k6/k6_summary_checks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace palier::k6 {

namespace {

// "p(99.9)" → 0.999 (k6 divides the percent by 100 the same way).
bool percentKey(const QString &key, double *fraction)
{
    if (!key.startsWith(QLatin1String("p(")) || !key.endsWith(QLatin1Char(')')))
        return false;
    bool ok = false;
    const double pct = key.mid(2, key.size() - 3).toDouble(&ok);
    if (!ok || pct < 0 || pct > 100)
        return false;
    *fraction = pct / 100.0;
    return true;
}

// A sub-metric's name as k6 reads a threshold's: "metric{key:value,…}", each
// key and value with quotes, then spaces, trimmed from its ends — so
// `{name: login}` and `{name:"login"}` both select the name "login".
struct SubMetric {
    QString metric;
    QMap<QString, QString> tags;
};

QString trimmedTag(const QString &s)
{
    qsizetype from = 0, to = s.size();
    while (from < to && (s.at(from) == u'"' || s.at(from) == u'\''))
        ++from;
    while (to > from && (s.at(to - 1) == u'"' || s.at(to - 1) == u'\''))
        --to;
    return s.mid(from, to - from).trimmed();
}

SubMetric parseSubMetric(const QString &key)
{
    SubMetric m;
    const qsizetype brace = key.indexOf(u'{');
    if (brace < 0 || !key.endsWith(u'}')) {
        m.metric = key;
        return m;
    }
    m.metric = key.left(brace);
    for (const QString &kv : key.mid(brace + 1, key.size() - brace - 2).split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = kv.indexOf(u':');
        m.tags.insert(trimmedTag(colon < 0 ? kv : kv.left(colon)), colon < 0 ? QString() : trimmedTag(kv.mid(colon + 1)));
    }
    return m;
}

double value(const QMap<QString, double> &m, const char *key)
{
    return m.value(QLatin1String(key), kNaN);
}

// Figures of a trend's values (ms). Requests and failures come from elsewhere.
Figures trendFigures(const QMap<QString, double> &v)
{
    Figures f;
    f.avgMs = value(v, "avg");
    f.minMs = value(v, "min");
    f.maxMs = value(v, "max");
    for (auto it = v.cbegin(); it != v.cend(); ++it) {
        double fr;
        if (percentKey(it.key(), &fr))
            f.percentiles.insert(fr, it.value());
    }
    const double med = value(v, "med");
    if (isKnown(med) && !f.percentiles.contains(0.5))
        f.percentiles.insert(0.5, med);
    f.p50Ms = f.percentile(0.5);
    f.p95Ms = f.percentile(0.95);
    f.p99Ms = f.percentile(0.99);
    // k6 computed them from every raw sample, by docs/grid-rules.md §12.
    f.percentilesExact = !f.percentiles.isEmpty();
    return f;
}

// The successes' figures from an {expected_response:true} sub-metric: the
// source then tells successes apart (docs/grid-rules.md §12). Without it,
// the figures over every request are what the summary gives.
void setSuccesses(Figures &f, const QMap<QString, double> &okTrend)
{
    if (okTrend.isEmpty())
        return;
    f.successesApart = true;
    f.okPercentiles = trendFigures(okTrend).percentiles;
}

} // namespace

Run loadSummaryFile(const QString &path, const QString &id, const LoadOptions &options)
{
    if (options.cancelled())
        throw LoadCancelled {};
    const std::string text = readWholeContent(path, kMaxSummaryBytes);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), qsizetype(text.size())), &err);
    if (err.error != QJsonParseError::NoError)
        throw inputError(QStringLiteral("k6.summary.bad_json"), path, lineOfOffset(text, err.offset),
                         {{QStringLiteral("error"), err.errorString()}});
    const QJsonObject root = doc.object();
    const QJsonObject metrics = root.value(QLatin1String("metrics")).toObject();
    if (metrics.isEmpty())
        throw inputError(QStringLiteral("k6.summary.no_metrics"), path, 0);

    Run run;
    run.id = id;
    run.source = SourceKind::K6;
    run.path = path;
    run.runLevelOnly = true;

    bool handleSummary = false;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        QMap<QString, double> values;
        QJsonObject thresholds = m.value(QLatin1String("thresholds")).toObject();
        if (m.value(QLatin1String("values")).isObject()) {
            // handleSummary data: {type, contains, values, thresholds: {expr: {ok}}}
            handleSummary = true;
            const QJsonObject v = m.value(QLatin1String("values")).toObject();
            for (auto vi = v.begin(); vi != v.end(); ++vi)
                if (vi.value().isDouble())
                    values.insert(vi.key(), vi.value().toDouble());
            for (auto ti = thresholds.begin(); ti != thresholds.end(); ++ti)
                run.thresholds.append(Threshold {it.key(), ti.key(),
                                                 ti.value().toObject().value(QLatin1String("ok")).toBool(true)});
        } else {
            // Legacy --summary-export: values flat; a threshold's true means it FAILED.
            for (auto vi = m.begin(); vi != m.end(); ++vi)
                if (vi.value().isDouble())
                    values.insert(vi.key(), vi.value().toDouble());
            for (auto ti = thresholds.begin(); ti != thresholds.end(); ++ti)
                run.thresholds.append(Threshold {it.key(), ti.key(), !ti.value().toBool(false)});
        }
        run.metricValues.insert(it.key(), values);
    }

    auto metric = [&](const QString &name) { return run.metricValues.value(name); };
    const QMap<QString, double> reqs = metric(QStringLiteral("http_reqs"));
    const QMap<QString, double> dur = metric(QStringLiteral("http_req_duration"));
    if (!run.metricValues.contains(QStringLiteral("http_reqs")) && !run.metricValues.contains(QStringLiteral("http_req_duration")))
        throw inputError(QStringLiteral("k6.summary.no_http_metrics"), path, 0);

    auto warn = [&](const char *kind, const Params &params = {}) {
        run.findings.append(Finding::warning(QString::fromLatin1(kind), path, 0, params));
    };
    // The format's own name (a k6 term), not a sentence.
    warn("k6.summary.run_level_only",
         {{QStringLiteral("format"), handleSummary ? QStringLiteral("handleSummary data") : QStringLiteral("--summary-export")}});
    checkImpossibleValues(metrics, text, path, &run.findings);

    // Run duration: handleSummary's state, else count / rate.
    double seconds = kNaN;
    const double runMs = root.value(QLatin1String("state")).toObject().value(QLatin1String("testRunDurationMs")).toDouble(kNaN);
    if (isKnown(runMs) && runMs > 0)
        seconds = runMs / 1000.0;
    else if (value(reqs, "rate") > 0)
        seconds = value(reqs, "count") / value(reqs, "rate");

    // Fills `f`; true when both the request and the failure counts are known.
    auto fill = [&](Figures &f, const QMap<QString, double> &trend, const QMap<QString, double> &count,
                    const QMap<QString, double> &failed, bool haveFailed) {
        const Figures t = trendFigures(trend);
        f.avgMs = t.avgMs;
        f.minMs = t.minMs;
        f.maxMs = t.maxMs;
        f.p50Ms = t.p50Ms;
        f.p95Ms = t.p95Ms;
        f.p99Ms = t.p99Ms;
        f.percentiles = t.percentiles;
        f.percentilesExact = t.percentilesExact;
        // Counts that are not numbers are not in the maps (they made the run
        // invalid, above): unknown counts stay 0.
        if (count.contains(QStringLiteral("count")))
            f.requests = qint64(std::llround(value(count, "count")));
        else if (trend.contains(QStringLiteral("count")))
            f.requests = qint64(std::llround(value(trend, "count")));
        // http_req_failed is a rate: its "passes" are the requests that FAILED.
        if (haveFailed && failed.contains(QStringLiteral("passes")))
            f.failures = qint64(std::llround(value(failed, "passes")));
        else
            f.failuresKnown = false;   // no failure count: the error rate is unknown, not 0 %
        if (isKnown(seconds) && seconds > 0) {
            f.rps = double(f.requests) / seconds;
            f.failuresPerSec = double(f.failures) / seconds;
        }
        return (count.contains(QStringLiteral("count")) || trend.contains(QStringLiteral("count"))) && haveFailed
            && failed.contains(QStringLiteral("passes"));
    };

    const bool haveFailed = run.metricValues.contains(QStringLiteral("http_req_failed"));
    const bool countsKnown = fill(run.total, dur, reqs, metric(QStringLiteral("http_req_failed")), haveFailed);
    if (value(reqs, "rate") > 0)
        run.total.rps = value(reqs, "rate");   // k6's own figure
    const QMap<QString, double> okDur = metric(QStringLiteral("http_req_duration{expected_response:true}"));
    setSuccesses(run.total, okDur);

    if (!run.metricValues.contains(QStringLiteral("http_reqs")))
        warn("k6.summary.no_http_reqs");
    if (!haveFailed)
        warn("k6.summary.no_http_req_failed");
    if (!run.metricValues.contains(QStringLiteral("http_req_duration")))
        warn("k6.summary.no_http_req_duration");
    else if (!isKnown(run.total.p95Ms))
        warn("k6.summary.no_p95", {{QStringLiteral("stats"), QStringList(dur.keys())}});
    if (countsKnown)
        checkFailuresWithinRequests(run.total, QStringLiteral("http_reqs"), text, path, &run.findings);

    // Per-endpoint figures where the script asked k6 for name sub-metrics:
    // {name:X} for the endpoint, {name:X,expected_response:true} for its
    // successes (the tags in any order and spelling k6 accepts).
    QMap<QString, QString> durations, okDurations, counts, failedRates;
    QStringList names;
    for (auto it = run.metricValues.cbegin(); it != run.metricValues.cend(); ++it) {
        const SubMetric m = parseSubMetric(it.key());
        const QString name = m.tags.value(QStringLiteral("name"));
        if (name.isEmpty())
            continue;
        const bool nameOnly = m.tags.size() == 1;
        const bool okOnly = m.tags.size() == 2 && m.tags.value(QStringLiteral("expected_response")) == u"true";
        if (m.metric == u"http_req_duration" && nameOnly && !durations.contains(name)) {
            durations.insert(name, it.key());
            names.append(name);
        } else if (m.metric == u"http_req_duration" && okOnly) {
            okDurations.insert(name, it.key());
        } else if (m.metric == u"http_reqs" && nameOnly) {
            counts.insert(name, it.key());
        } else if (m.metric == u"http_req_failed" && nameOnly) {
            failedRates.insert(name, it.key());
        }
    }
    for (const QString &name : std::as_const(names)) {
        Endpoint e;
        e.name = name;
        const QString countKey = counts.value(name);
        if (fill(e.figures, metric(durations.value(name)), metric(countKey), metric(failedRates.value(name)),
                 failedRates.contains(name)))
            checkFailuresWithinRequests(e.figures, countKey, text, path, &run.findings);
        // The endpoint's successes, where the script asked for them.
        if (okDurations.contains(name))
            setSuccesses(e.figures, metric(okDurations.value(name)));
        run.endpoints.append(e);
    }

    const QMap<QString, double> dropped = metric(QStringLiteral("dropped_iterations"));
    if (dropped.contains(QStringLiteral("count")))
        run.droppedIterations = value(dropped, "count");

    for (const Threshold &t : std::as_const(run.thresholds))
        if (!t.passed)
            warn("k6.threshold_failed", {{QStringLiteral("metric"), t.metric}, {QStringLiteral("expression"), t.expression}});
    return run;
}

} // namespace palier::k6
