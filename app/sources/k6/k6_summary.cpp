// k6 summary JSON: `--summary-export` (legacy: metrics.NAME holds the values
// flat, thresholds {expr: true} where true means FAILED) and handleSummary's
// data (metrics.NAME.{type, contains, values, thresholds: {expr: {ok}}}).
// Only run-level figures exist there: the run says so (runLevelOnly + warning).
#include "sources/k6/k6_files.h"
#include "model/legacy_message.h"
#include "sources/k6/k6_input.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace palier::k6 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("palier::K6", text);
}

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
    // k6 computed them from every raw sample, by grid.md §6.
    f.percentilesExact = !f.percentiles.isEmpty();
    return f;
}

int lineOfOffset(const std::string &text, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < qsizetype(text.size()); ++i)
        if (text[std::size_t(i)] == '\n')
            ++line;
    return line;
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
        throw InputError {Diagnostic {Diagnostic::Severity::Error, path, lineOfOffset(text, err.offset),
                           tr("not valid JSON: %1").arg(err.errorString())}};
    const QJsonObject root = doc.object();
    const QJsonObject metrics = root.value(QLatin1String("metrics")).toObject();
    if (metrics.isEmpty())
        throw InputError {Diagnostic {Diagnostic::Severity::Error, path, 0, tr("no \"metrics\" object: not a k6 summary")}};

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
        throw InputError {Diagnostic {Diagnostic::Severity::Error, path, 0,
                           tr("the summary has no http_reqs or http_req_duration metric: no HTTP requests to analyse")}};

    auto warn = [&](const QString &message) {
        run.findings.append(Diagnostic {Diagnostic::Severity::Warning, path, 0, message});
    };
    warn(tr("k6 summary (%1): run-level figures only, no stages, time series or per-endpoint figures")
             .arg(handleSummary ? QStringLiteral("handleSummary data") : QStringLiteral("--summary-export")));

    // Run duration: handleSummary's state, else count / rate.
    double seconds = kNaN;
    const double runMs = root.value(QLatin1String("state")).toObject().value(QLatin1String("testRunDurationMs")).toDouble(kNaN);
    if (isKnown(runMs) && runMs > 0)
        seconds = runMs / 1000.0;
    else if (value(reqs, "rate") > 0)
        seconds = value(reqs, "count") / value(reqs, "rate");

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
        if (count.contains(QStringLiteral("count")))
            f.requests = qint64(std::llround(value(count, "count")));
        else if (trend.contains(QStringLiteral("count")))
            f.requests = qint64(std::llround(value(trend, "count")));
        // http_req_failed is a rate: its "passes" are the requests that FAILED.
        if (haveFailed)
            f.failures = qint64(std::llround(value(failed, "passes")));
        if (isKnown(seconds) && seconds > 0) {
            f.rps = double(f.requests) / seconds;
            f.failuresPerSec = double(f.failures) / seconds;
        }
    };

    const bool haveFailed = run.metricValues.contains(QStringLiteral("http_req_failed"));
    fill(run.total, dur, reqs, metric(QStringLiteral("http_req_failed")), haveFailed);
    if (value(reqs, "rate") > 0)
        run.total.rps = value(reqs, "rate");   // k6's own figure
    const QMap<QString, double> okDur = metric(QStringLiteral("http_req_duration{expected_response:true}"));
    run.total.p95OkMs = trendFigures(okDur).p95Ms;

    if (!run.metricValues.contains(QStringLiteral("http_reqs")))
        warn(tr("no http_reqs metric: the request count is unknown"));
    if (!haveFailed)
        warn(tr("no http_req_failed metric: failures are unknown (shown as 0)"));
    if (!run.metricValues.contains(QStringLiteral("http_req_duration")))
        warn(tr("no http_req_duration metric: latencies are unknown"));
    else if (!isKnown(run.total.p95Ms)) {
        QStringList stats = dur.keys();
        warn(tr("the summary has no p(95) for http_req_duration (summaryTrendStats: %1): p95 is unknown")
                 .arg(stats.join(QStringLiteral(", "))));
    }

    // Per-endpoint figures where the script asked k6 for name sub-metrics.
    static const QString prefix = QStringLiteral("http_req_duration{name:");
    for (auto it = run.metricValues.cbegin(); it != run.metricValues.cend(); ++it) {
        if (!it.key().startsWith(prefix) || !it.key().endsWith(QLatin1Char('}')))
            continue;
        const QString name = it.key().mid(prefix.size(), it.key().size() - prefix.size() - 1);
        if (name.contains(QLatin1Char(',')))
            continue;   // several tags: not one endpoint
        Endpoint e;
        e.name = name;
        const QString sel = QStringLiteral("{name:%1}").arg(name);
        const QString failedKey = QStringLiteral("http_req_failed") + sel;
        fill(e.figures, it.value(), metric(QStringLiteral("http_reqs") + sel), metric(failedKey),
             run.metricValues.contains(failedKey));
        run.endpoints.append(e);
    }

    const QMap<QString, double> dropped = metric(QStringLiteral("dropped_iterations"));
    if (dropped.contains(QStringLiteral("count")))
        run.droppedIterations = value(dropped, "count");

    for (const Threshold &t : std::as_const(run.thresholds))
        if (!t.passed)
            warn(tr("k6 threshold failed: %1 %2").arg(t.metric, t.expression));
    return run;
}

} // namespace palier::k6
