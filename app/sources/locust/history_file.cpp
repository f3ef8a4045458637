#include "sources/locust/history_file.h"

#include "sources/locust/percentile_columns.h"
#include "sources/locust/row_cells.h"
#include "sources/locust/stats_file.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <limits>
#include <cmath>

namespace palier::locust {

namespace {

// Locust writes int(time.time()): a time in 1970–9999 (docs/limits.md). Anything
// else (a damaged cell, 1e300) is no timestamp, and never reaches the
// millisecond arithmetic, where it would overflow (fuzzing finding).
bool isEpochSeconds(double t)
{
    return isKnown(t) && t >= 0 && t <= 253402300799.0;
}


struct HistoryColumns {
    int timestamp = -1, users = -1, type = -1, name = -1, rps = -1, fps = -1;
    int totalRequests = -1, totalFailures = -1, totalMedian = -1, totalAvg = -1, totalMin = -1, totalMax = -1;
    QList<PercentileColumn> percentiles;

    explicit HistoryColumns(const CsvHeader &h)
    {
        timestamp = h.indexOf(QLatin1StringView("Timestamp"));
        users = h.indexOf(QLatin1StringView("User Count"));
        type = h.indexOfAny({QLatin1StringView("Type"), QLatin1StringView("Method")});
        name = h.indexOf(QLatin1StringView("Name"));
        rps = h.indexOf(QLatin1StringView("Requests/s"));
        fps = h.indexOfAny({QLatin1StringView("Failures/s"), QLatin1StringView("Requests Failed/s")});
        // 1.0+ spells the running totals "Total …"; 0.13.3–0.14 has them unprefixed.
        totalRequests = h.indexOfAny({QLatin1StringView("Total Request Count"), QLatin1StringView("# requests")});
        totalFailures = h.indexOfAny({QLatin1StringView("Total Failure Count"), QLatin1StringView("# failures")});
        totalMedian = h.indexOfAny({QLatin1StringView("Total Median Response Time"),
                                    QLatin1StringView("Median response time")});
        totalAvg = h.indexOfAny({QLatin1StringView("Total Average Response Time"),
                                 QLatin1StringView("Average response time")});
        totalMin = h.indexOfAny({QLatin1StringView("Total Min Response Time"), QLatin1StringView("Min response time")});
        totalMax = h.indexOfAny({QLatin1StringView("Total Max Response Time"), QLatin1StringView("Max response time")});
        percentiles = percentileColumns(h);
    }
};

// Cumulative percentiles (no --csv-full-history since 1.2) are the same figure
// as the "Total Median Response Time" column; a 10 s window's are not. 1.2–2.2.1
// wrote cumulative percentiles even with full history, so decide from the data
// there.
WindowKind detectWindow(const HistoryFile &h)
{
    if (h.generation != Generation::Modern)
        return WindowKind::Sliding10s;   // 0.13.3–1.1: always the last 10 s
    if (!h.fullHistory())
        return WindowKind::Cumulative;
    const int p50 = int(h.percentileKeys.indexOf(0.5));
    if (p50 < 0)
        return WindowKind::Sliding10s;
    qint64 rows = 0, same = 0;
    for (const HistoryRow &r : h.aggregated) {
        const double a = r.pct.value(p50, kNaN);
        if (!(r.totalRequests > 0) || !isKnown(a) || !isKnown(r.totalMedian))
            continue;
        ++rows;
        if (std::abs(a - r.totalMedian) < 0.5 || std::abs(a - r.totalMedian) <= 0.01 * std::abs(a))
            ++same;
    }
    if (rows > 0 && double(same) >= 0.8 * double(rows))
        return WindowKind::Cumulative;
    return WindowKind::Sliding10s;
}

// "No data yet" cells become NaN (see the header).
void clearNoData(QList<HistoryRow> &rows, WindowKind window)
{
    bool rateSeen = false;
    for (HistoryRow &r : rows) {
        const bool noRequests = !(r.totalRequests > 0);
        for (double &v : r.pct) {
            if (v == 0 && (noRequests || window == WindowKind::Sliding10s))
                v = kNaN;
        }
        if (!rateSeen && r.rps > 0)
            rateSeen = true;
        if (!rateSeen || noRequests) {
            if (r.rps == 0) r.rps = kNaN;
            if (r.fps == 0) r.fps = kNaN;
        }
        if (noRequests) {
            r.totalMedian = r.totalAvg = r.totalMin = r.totalMax = kNaN;
        }
    }
}

// The typical time between rows, by the one rule every series follows
// (analysis/plateaus.h, typicalStepMs; docs/grid-rules.md §3); 1 s when the
// rows give fewer than two times.
int typicalRowStepMs(const QList<HistoryRow> &rows)
{
    QList<UserSample> times;
    times.reserve(rows.size());
    for (const HistoryRow &r : rows)
        times.append({r.tMs, r.users});
    const qint64 step = typicalStepMs(times);
    return step > 0 ? int(std::min<qint64>(step, 3600 * 1000)) : 1000;
}

// Impossible values of a history row (docs/grid-rules.md §8): negative response times,
// more failures than requests.
void checkRow(RowCells &cells, const CsvHeader &h, const HistoryColumns &c, const HistoryRow &r)
{
    auto latency = [&](int column, double v) {
        if (isKnown(v) && v < 0)
            cells.impossible(QStringLiteral("negative_latency"),
                             {{QStringLiteral("value"), v}, {QStringLiteral("column"), h.names().value(column)}});
    };
    for (qsizetype i = 0; i < c.percentiles.size(); ++i)
        latency(c.percentiles.at(i).column, r.pct.value(i, kNaN));
    // A count beyond 2^53 (no longer a whole number as a double) or below 0
    // cannot come from Locust; beyond 2^63 it would not even convert to one
    // (found by fuzzing, docs/fuzzing.md).
    auto countInRange = [](double v) { return v >= 0 && v <= 9007199254740992.0; };
    auto count = [&](int column, double v) {
        if (isKnown(v) && !countInRange(v))
            cells.impossible(QStringLiteral("not_count"),
                             {{QStringLiteral("cell"), cells.text(column)}, {QStringLiteral("column"), h.names().value(column)}});
    };
    count(c.totalRequests, r.totalRequests);
    count(c.totalFailures, r.totalFailures);
    count(c.users, r.users);
    latency(c.totalMedian, r.totalMedian);
    latency(c.totalAvg, r.totalAvg);
    latency(c.totalMin, r.totalMin);
    latency(c.totalMax, r.totalMax);
    if (countInRange(r.totalRequests) && countInRange(r.totalFailures) && r.totalFailures > r.totalRequests)
        cells.impossible(QStringLiteral("failures_exceed_requests"),
                         {{QStringLiteral("name"), QStringLiteral("Aggregated")},
                          {QStringLiteral("failures"), qint64(r.totalFailures)},
                          {QStringLiteral("requests"), qint64(r.totalRequests)}});
}

} // namespace

double HistoryFile::pct(const HistoryRow &row, double fraction) const
{
    for (qsizetype i = 0; i < percentileKeys.size(); ++i)
        if (std::abs(percentileKeys.at(i) - fraction) < 1e-9)
            return row.pct.value(i, kNaN);
    return kNaN;
}

HistoryFile readHistoryFile(const QString &path, ReadContext &ctx)
{
    HistoryFile out;
    out.path = path;
    CsvFile file(path, ctx);
    const CsvHeader &h = file.header();
    if (kindFromHeader(h.names()) != FileKind::History)
        throw fileError(path, 1, QStringLiteral("locust.bad_header"), {{QStringLiteral("file_kind"), QStringLiteral("stats_history.csv")}});
    const HistoryColumns c(h);
    if (c.timestamp < 0 || c.name < 0)
        throw fileError(path, 1, QStringLiteral("locust.history_no_timestamp_column"));
    out.hasUsers = c.users >= 0;
    if (!h.has(QLatin1StringView("Total Request Count")) && h.has(QLatin1StringView("# requests")))
        out.generation = Generation::Hashes;
    else if (h.has(QLatin1StringView("99.999%")))
        out.generation = file.headerQuoted() ? Generation::V1_0 : Generation::V1_1;
    else
        out.generation = Generation::Modern;
    for (const PercentileColumn &p : c.percentiles)
        out.percentileKeys.append(p.fraction);

    QHash<QString, int> entryIndex;   // "method\x1fname"
    // Locust appends rows in time order: a row older than the one before it is
    // damage (a clock step, files glued together), never data (docs/grid-rules.md §8).
    qint64 latestMs = std::numeric_limits<qint64>::min();
    qint64 latestLine = 0;
    bool backwardsSeen = false;
    while (file.next()) {
        RowCells cells(file);
        HistoryRow r;
        r.line = file.line();
        const double ts = cells.number(c.timestamp);
        r.users = cells.number(c.users);
        r.rps = cells.number(c.rps);
        r.fps = cells.number(c.fps);
        r.pct.reserve(c.percentiles.size());
        for (const PercentileColumn &p : c.percentiles)
            r.pct.append(cells.number(p.column));
        r.totalRequests = cells.number(c.totalRequests);
        r.totalFailures = cells.number(c.totalFailures);
        r.totalMedian = cells.number(c.totalMedian);
        r.totalAvg = cells.number(c.totalAvg);
        r.totalMin = cells.number(c.totalMin);
        r.totalMax = cells.number(c.totalMax);
        checkRow(cells, h, c, r);
        if (!cells.acceptOrInvalidate(ctx))
            continue;
        if (!isEpochSeconds(ts)) {
            ctx.warn(QStringLiteral("locust.history_no_timestamp"), path, r.line);
            continue;
        }
        r.tMs = qint64(std::llround(ts * 1000.0));
        if (r.tMs < latestMs) {
            // Once per file; the row is left out so times stay in order.
            if (!backwardsSeen)
                ctx.add(Finding::error(QStringLiteral("run.invalid.time_backwards"), path, r.line,
                                       {{QStringLiteral("at"), qint64(r.tMs / 1000)},
                                        {QStringLiteral("previous"), qint64(latestMs / 1000)},
                                        {QStringLiteral("previous_line"), latestLine}}));
            backwardsSeen = true;
            continue;
        }
        latestMs = r.tMs;
        latestLine = r.line;
        const QString type = cells.text(c.type);
        const QString name = cells.text(c.name);
        if (isAggregatedRow(type, name)) {
            out.aggregated.append(std::move(r));
            continue;
        }
        const QString key = type + QChar(0x1f) + name;
        auto it = entryIndex.constFind(key);
        int index;
        if (it == entryIndex.constEnd()) {
            index = int(out.entries.size());
            entryIndex.insert(key, index);
            out.entries.append({type == QLatin1StringView("None") ? QString() : type, name, name, {}});
        } else {
            index = it.value();
        }
        out.entries[index].rows.append(std::move(r));
    }

    auto byTime = [](const HistoryRow &a, const HistoryRow &b) { return a.tMs < b.tMs; };
    std::stable_sort(out.aggregated.begin(), out.aggregated.end(), byTime);
    for (HistoryEntry &e : out.entries)
        std::stable_sort(e.rows.begin(), e.rows.end(), byTime);

    // A name written with several methods gets "METHOD name" as its series key.
    QHash<QString, int> perName;
    for (const HistoryEntry &e : std::as_const(out.entries))
        ++perName[e.name];
    for (HistoryEntry &e : out.entries)
        if (perName.value(e.name) > 1 && !e.method.isEmpty())
            e.seriesKey = e.method + QLatin1Char(' ') + e.name;

    out.window = detectWindow(out);
    clearNoData(out.aggregated, out.window);
    for (HistoryEntry &e : out.entries)
        clearNoData(e.rows, out.window);
    out.stepMs = typicalRowStepMs(out.aggregated.isEmpty() && !out.entries.isEmpty()
                                   ? out.entries.first().rows : out.aggregated);
    // Forward gaps: Locust writes a row every stepMs; an interval of more than
    // twice that is missing rows (a paused writer, lines cut out). The plateau
    // does not count it (analysis/plateaus.h); say where it is.
    for (qsizetype i = 1; i < out.aggregated.size(); ++i) {
        const qint64 dt = out.aggregated.at(i).tMs - out.aggregated.at(i - 1).tMs;
        if (dt > 2 * qint64(out.stepMs))
            ctx.warn(QStringLiteral("series.gap"), path, out.aggregated.at(i).line,
                     {{QStringLiteral("gap_s"), double(dt) / 1000.0}, {QStringLiteral("step_s"), out.stepMs / 1000.0}});
    }
    return out;
}

QList<UserSample> scanUserCounts(const QString &path)
{
    QList<UserSample> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    try {
        CsvReader reader(&f, path);
        if (!reader.next())
            return out;
        const CsvHeader h(reader.fields());
        const int ts = h.indexOf(QLatin1StringView("Timestamp"));
        const int users = h.indexOf(QLatin1StringView("User Count"));
        const int type = h.indexOf(QLatin1StringView("Type"));
        const int name = h.indexOf(QLatin1StringView("Name"));
        if (ts < 0 || users < 0 || name < 0)
            return out;
        while (reader.next()) {
            if (!isAggregatedRow(reader.field(type), reader.field(name)))
                continue;
            double t = 0, u = 0;
            if (parseCsvNumber(reader.field(ts), &t) && parseCsvNumber(reader.field(users), &u)
                && isEpochSeconds(t) && isKnown(u))
                out.append({qint64(std::llround(t * 1000.0)), u});
        }
    } catch (const InputError &) {
        // Grouping only: the real read reports the problem.
    }
    std::stable_sort(out.begin(), out.end(), [](const UserSample &a, const UserSample &b) { return a.tMs < b.tMs; });
    return out;
}

QList<UserSample> userSamples(const HistoryFile &file)
{
    QList<UserSample> out;
    if (!file.hasUsers)
        return out;
    out.reserve(file.aggregated.size());
    for (const HistoryRow &r : file.aggregated)
        out.append({r.tMs, r.users});
    return out;
}

TimePoint toTimePoint(const HistoryFile &file, const HistoryRow &row)
{
    TimePoint p;
    p.tMs = row.tMs;
    p.users = row.users;
    p.rps = row.rps;
    p.failuresPerSec = row.fps;
    p.p50Ms = file.pct(row, 0.50);
    p.p95Ms = file.pct(row, 0.95);
    p.p99Ms = file.pct(row, 0.99);
    p.cumRequests = row.totalRequests;
    p.cumFailures = row.totalFailures;
    return p;
}

} // namespace palier::locust
