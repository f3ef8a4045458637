#include "analysis/server_side.h"

#include "db/events_views.h"
#include "db/monitoring_views.h"
#include "db/zone_clock.h"
#include "grid/assessment.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace palier {

namespace {

// The log's events as instants, sorted, with their index: windows are then
// two binary searches.
struct TimeIndex {
    std::vector<std::pair<qint64, quint32>> at;   // (µs since 1970 UTC, event index)
    std::vector<qint64> valueIndex;               // per event: index into log.values, or -1
};

// Wall times are resolved with the zone's exact offsets over [fromUs, toUs]
// (the spans compared, widened by two days: UTC offsets differ by at most 26
// hours, so an event outside is outside every span whatever its offset), not
// over the whole log: one event thousands of years away would ask Qt for
// every transition in between (docs/fuzzing.md, finding 7).
TimeIndex indexOf(const EventLog &log, const QTimeZone &zone, qint64 fromUs, qint64 toUs)
{
    TimeIndex ix;
    ix.at.reserve(log.times.size());
    ix.valueIndex.resize(log.times.size(), -1);
    std::unique_ptr<ZoneClock> zc;
    if (!log.zoned && !log.times.empty())
        zc = std::make_unique<ZoneClock>(zone, std::max(log.firstTime, fromUs - 2 * kUsPerDay) - kUsPerDay,
                                         std::min(log.lastTime, toUs + 2 * kUsPerDay) + kUsPerDay);
    qint64 v = 0;
    for (std::size_t i = 0; i < log.times.size(); ++i) {
        ix.at.emplace_back(zc ? zc->resolve(log.times[i]) : log.times[i], quint32(i));
        if (log.flags[i] & EventLog::KeyOkDuration)
            ix.valueIndex[i] = v++;
    }
    std::sort(ix.at.begin(), ix.at.end());
    return ix;
}

using Span = QPair<QDateTime, QDateTime>;

// The figures over one or more [from, to) spans (sorted, disjoint).
ServerFigures figuresOver(const EventLog &log, const TimeIndex &ix, const QList<Span> &spans)
{
    ServerFigures f;
    std::vector<double> values;
    for (const Span &span : spans) {
        if (!f.from.isValid() || span.first < f.from)
            f.from = span.first;
        if (!f.to.isValid() || span.second > f.to)
            f.to = span.second;
        f.coveredS += double(span.first.msecsTo(span.second)) / 1000.0;
        const qint64 lo = span.first.toMSecsSinceEpoch() * 1000, hi = span.second.toMSecsSinceEpoch() * 1000;
        auto it = std::lower_bound(ix.at.begin(), ix.at.end(), std::make_pair(lo, quint32(0)));
        for (; it != ix.at.end() && it->first < hi; ++it) {
            const quint8 flags = log.flags[it->second];
            ++f.events;
            f.searches += (flags & EventLog::Key) ? 1 : 0;
            f.errors += (flags & EventLog::Error) ? 1 : 0;
            f.searchErrors += (flags & EventLog::Key) && (flags & EventLog::Error) ? 1 : 0;
            if (const qint64 v = ix.valueIndex[it->second]; v >= 0)
                values.push_back(log.values[std::size_t(v)]);
        }
    }
    if (!values.empty())
        f.searchHistogram = LatencyHistogram::of(values.data(), values.size());
    f.p95SearchMs = pgP95(values);
    f.errorRatePct = errorRatePctText(f.errors, f.events);
    return f;
}

// `length` of time just before `start` that no other run covers, walking back
// at most a day: the real users' traffic of the moment, not another test's.
QList<Span> baselineSpans(const QDateTime &start, qint64 lengthMs, QList<Span> busy)
{
    std::sort(busy.begin(), busy.end(), [](const Span &a, const Span &b) { return a.second > b.second; });
    QList<Span> out;
    QDateTime cursor = start;
    const QDateTime limit = start.addDays(-1);
    qint64 left = lengthMs;
    while (left > 0 && cursor > limit) {
        // The latest busy span reaching before the cursor.
        const Span *hit = nullptr;
        for (const Span &b : busy)
            if (b.first < cursor && b.second > cursor.addMSecs(-left)) {
                if (!hit || b.second > hit->second)
                    hit = &b;
            }
        if (!hit) {
            out.prepend({cursor.addMSecs(-left), cursor});
            break;
        }
        if (hit->second < cursor) {
            out.prepend({hit->second, cursor});
            left -= hit->second.msecsTo(cursor);
        }
        cursor = std::min(cursor, hit->first);
    }
    return out;
}

// The generator's key transaction rate over the plateau: from its own series
// when it has one for the key, else the stage's figure.
double clientKeyRate(const Stage &s, const QString &key)
{
    const auto series = s.endpointSeries.constFind(key);
    if (series != s.endpointSeries.cend() && !series->points.isEmpty()) {
        const TimePoint &a = series->points.first(), &b = series->points.last();
        if (std::isfinite(a.cumRequests) && std::isfinite(b.cumRequests) && b.tMs > a.tMs)
            return (b.cumRequests - a.cumRequests) / (double(b.tMs - a.tMs) / 1000.0);
        double sum = 0;
        int n = 0;
        for (const TimePoint &p : series->points)
            if (std::isfinite(p.rps)) {
                sum += p.rps;
                ++n;
            }
        if (n)
            return sum / n;
    }
    const Endpoint *e = s.endpoint(key);
    return e ? e->figures.rps : kNaN;
}

double keyP95Seconds(const Stage &s, const QString &key)
{
    const Endpoint *e = s.endpoint(key);
    const double ms = e ? e->figures.p95Ms : kNaN;
    return std::isfinite(ms) ? ms / 1000.0 : 0;
}

ServerComparison compareWith(const Run &run, const QString &keyTransaction, const EventLog &log, const TimeIndex &ix,
                             const QList<Span> &otherRuns);
Span spanOf(const Run &run);

} // namespace

double ServerFigures::eventsPerS() const
{
    const double t = seconds();
    return t > 0 ? double(events) / t : kNaN;
}

double ServerFigures::searchesPerS() const
{
    const double t = seconds();
    return t > 0 ? double(searches) / t : kNaN;
}

ServerComparison compareWithServer(const Run &run, const QString &keyTransaction, const EventLog &log, const QTimeZone &zone,
                                   const QList<QPair<QDateTime, QDateTime>> &otherRuns)
{
    const Span span = spanOf(run);
    if (!span.first.isValid())
        return compareWith(run, keyTransaction, log, indexOf(log, zone, 0, 0), otherRuns);
    // The baseline walks back at most a day (baselineSpans).
    return compareWith(run, keyTransaction, log,
                       indexOf(log, zone, (span.first.toMSecsSinceEpoch() - 86400000LL) * 1000,
                               span.second.toMSecsSinceEpoch() * 1000),
                       otherRuns);
}

namespace {

// The run's span: its stages' plateaus, widened to its own start and end.
Span spanOf(const Run &run)
{
    QDateTime first, last;
    for (const Stage &s : run.stages) {
        if (!s.plateauStart.isValid() || !s.plateauEnd.isValid() || s.plateauEnd <= s.plateauStart)
            continue;
        if (!first.isValid() || s.plateauStart < first)
            first = s.plateauStart;
        if (!last.isValid() || s.plateauEnd > last)
            last = s.plateauEnd;
    }
    if (!first.isValid())
        return {};
    return {run.startedAt.isValid() && run.startedAt < first ? run.startedAt : first,
            run.endedAt.isValid() && run.endedAt > last ? run.endedAt : last};
}

ServerComparison compareWith(const Run &run, const QString &keyTransaction, const EventLog &log, const TimeIndex &ix,
                             const QList<Span> &otherRuns)
{
    ServerComparison c;
    c.runId = run.id;
    c.source = log.file;
    const Span span = spanOf(run);
    if (!span.first.isValid())
        return c;
    // The baseline: as long as the run, just before it, other runs' time left
    // out (back-to-back runs would otherwise compare with each other).
    c.baseline = figuresOver(log, ix, baselineSpans(span.first, span.first.msecsTo(span.second), otherRuns));
    const double baseRate = c.baseline.searchesPerS();

    double extraTotal = 0, clientTotal = 0, seconds = 0;
    for (const Stage &s : run.stages) {
        if (!s.plateauStart.isValid() || !s.plateauEnd.isValid() || s.plateauEnd <= s.plateauStart)
            continue;
        ServerStage st;
        st.users = s.users;
        st.server = figuresOver(log, ix, {{s.plateauStart, s.plateauEnd}});
        const double t = st.server.seconds();
        st.clientSearchesPerS = clientKeyRate(s, keyTransaction);
        const double expectedBase = std::isfinite(baseRate) ? baseRate * t : 0;
        const double extra = double(st.server.searches) - expectedBase;
        st.extraSearchesPerS = extra / t;
        // Counting noise of the real users' searches (Poisson: 3 standard
        // deviations), requests in flight at the two edges of the plateau (at
        // most the client's rate × its p95 at each), and one for whole counts.
        const double client = std::isfinite(st.clientSearchesPerS) ? st.clientSearchesPerS * t : 0;
        const double tolerance = 3 * std::sqrt(expectedBase) + 2 * (client / t) * keyP95Seconds(s, keyTransaction) + 1;
        st.toleranceSearchesPerS = tolerance / t;
        st.volumeAgrees = !std::isfinite(st.clientSearchesPerS) || std::abs(extra - client) <= tolerance;
        extraTotal += extra;
        clientTotal += client;
        seconds += t;
        c.stages.append(st);
    }
    const QString file = log.file;
    // Not one event in the run's time nor just before it: the data does not
    // cover the run (another environment, a file or table that starts later,
    // rows already purged). No figure is evidence of anything then, and a
    // clock note would blame the clocks for it.
    if (c.baseline.events == 0
        && std::all_of(c.stages.cbegin(), c.stages.cend(), [](const ServerStage &s) { return s.server.events == 0; })) {
        c.stages.clear();
        c.notes.append(Finding::info(QStringLiteral("server.no_events"), file, 0, {{QStringLiteral("run"), run.id}}));
        return c;
    }
    const double noise = 3 * std::sqrt(std::isfinite(baseRate) ? baseRate * seconds : 0) + 1;
    if (clientTotal > noise && extraTotal <= noise) {
        c.notes.append(Finding::warning(QStringLiteral("server.no_extra_traffic"), file, 0,
                                        {{QStringLiteral("run"), run.id},
                                         {QStringLiteral("client"), qint64(std::llround(clientTotal))},
                                         {QStringLiteral("extra"), qint64(std::llround(extraTotal))}}));
    } else {
        for (const ServerStage &st : c.stages)
            if (!st.volumeAgrees)
                c.notes.append(Finding::warning(
                    QStringLiteral("server.volume_mismatch"), file, 0,
                    {{QStringLiteral("users"), st.users},
                     {QStringLiteral("client_per_s"), std::round(st.clientSearchesPerS * 100) / 100},
                     {QStringLiteral("server_per_s"), std::round(st.extraSearchesPerS * 100) / 100},
                     {QStringLiteral("tolerance_per_s"), std::round(st.toleranceSearchesPerS * 100) / 100}}));
    }
    return c;
}

} // namespace

QList<QPair<QDateTime, QDateTime>> serverEvidenceSpans(const QList<Run> &runs)
{
    QList<Span> spans;
    for (const Run &run : runs)
        spans.append(spanOf(run));
    QList<Span> out;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const Span &span = spans.at(i);
        if (!span.first.isValid())
            continue;
        QList<Span> others;
        for (qsizetype j = 0; j < spans.size(); ++j)
            if (j != i && spans.at(j).first.isValid())
                others.append(spans.at(j));
        out.append(span);
        out.append(baselineSpans(span.first, span.first.msecsTo(span.second), others));
    }
    return out;
}

void attachServerEvidence(Assessment &a, const EventLog &log, const QTimeZone &zone)
{
    a.server.clear();
    qint64 fromUs = std::numeric_limits<qint64>::max(), toUs = std::numeric_limits<qint64>::min();
    for (const Span &s : serverEvidenceSpans(a.runs)) {
        fromUs = std::min(fromUs, s.first.toMSecsSinceEpoch() * 1000);
        toUs = std::max(toUs, s.second.toMSecsSinceEpoch() * 1000);
    }
    const TimeIndex ix = fromUs <= toUs ? indexOf(log, zone, fromUs, toUs) : indexOf(log, zone, 0, 0);
    QList<Span> spans;
    for (const Run &run : a.runs)
        spans.append(spanOf(run));
    for (qsizetype i = 0; i < a.runs.size(); ++i) {
        Run &run = a.runs[i];
        QList<Span> others;
        for (qsizetype j = 0; j < spans.size(); ++j)
            if (j != i && spans.at(j).first.isValid())
                others.append(spans.at(j));
        ServerComparison c = compareWith(run, a.profile.keyTransaction, log, ix, others);
        for (const Finding &f : c.notes)
            if (!run.findings.contains(f))
                run.findings.append(f);
        a.server.append(std::move(c));
    }
}

} // namespace palier
