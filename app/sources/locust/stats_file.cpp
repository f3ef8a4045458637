#include "sources/locust/stats_file.h"

#include "sources/locust/percentile_columns.h"
#include "sources/locust/row_cells.h"

#include <QHash>

namespace palier::locust {

namespace {

// The columns of a stats.csv or _requests.csv, by name across generations.
struct StatsColumns {
    int type = -1, name = -1, requests = -1, failures = -1;
    int median = -1, avg = -1, min = -1, max = -1, rps = -1, fps = -1;
    QList<PercentileColumn> percentiles;

    explicit StatsColumns(const CsvHeader &h)
    {
        type = h.indexOfAny({QLatin1StringView("Type"), QLatin1StringView("Method")});
        name = h.indexOf(QLatin1StringView("Name"));
        requests = h.indexOfAny({QLatin1StringView("Request Count"), QLatin1StringView("# requests")});
        failures = h.indexOfAny({QLatin1StringView("Failure Count"), QLatin1StringView("# failures")});
        median = h.indexOf(QLatin1StringView("Median Response Time"));
        avg = h.indexOf(QLatin1StringView("Average Response Time"));
        min = h.indexOf(QLatin1StringView("Min Response Time"));
        max = h.indexOf(QLatin1StringView("Max Response Time"));
        rps = h.indexOf(QLatin1StringView("Requests/s"));
        fps = h.indexOfAny({QLatin1StringView("Failures/s"), QLatin1StringView("Requests Failed/s")});
        percentiles = percentileColumns(h);
    }
    bool usable() const { return name >= 0 && requests >= 0; }
};

// A response time below zero cannot be (docs/grid-rules.md §8: impossible values).
void checkLatency(RowCells &cells, const CsvHeader &h, int column, double v)
{
    if (isKnown(v) && v < 0)
        cells.impossible(QStringLiteral("negative_latency"),
                         {{QStringLiteral("value"), v}, {QStringLiteral("column"), h.names().value(column)}});
}

// Figures of one row; `cells` collects the first bad cell or impossible value.
Figures rowFigures(RowCells &cells, const StatsColumns &c, const CsvHeader &h, const QString &name)
{
    Figures f;
    f.requests = cells.count(c.requests);
    f.failures = cells.count(c.failures);
    const double median = cells.number(c.median);
    f.avgMs = cells.number(c.avg);
    f.minMs = cells.number(c.min);
    f.maxMs = cells.number(c.max);
    f.rps = cells.number(c.rps);
    f.failuresPerSec = cells.number(c.fps);
    checkLatency(cells, h, c.median, median);
    checkLatency(cells, h, c.avg, f.avgMs);
    checkLatency(cells, h, c.min, f.minMs);
    checkLatency(cells, h, c.max, f.maxMs);
    for (const PercentileColumn &p : c.percentiles) {
        const double v = cells.number(p.column);
        checkLatency(cells, h, p.column, v);
        if (isKnown(v))
            f.percentiles.insert(p.fraction, v);
    }
    if (f.failures > f.requests)
        cells.impossible(QStringLiteral("failures_exceed_requests"),
                         {{QStringLiteral("name"), name}, {QStringLiteral("failures"), f.failures},
                          {QStringLiteral("requests"), f.requests}});
    if (f.requests == 0) {
        // Locust prints 0 for the times of a name that has no request yet.
        f.avgMs = f.minMs = f.maxMs = kNaN;
        f.percentiles.clear();
        setNamedPercentiles(f, kNaN);
    } else {
        setNamedPercentiles(f, median);
    }
    f.percentilesExact = false;
    f.estimated = false;
    return f;
}

// Reads the rows of a stats-like file into `out`.
void readRows(CsvFile &file, ReadContext &ctx, StatsFile &out)
{
    const StatsColumns c(file.header());
    if (!c.usable())
        throw fileError(file.path(), 1, QStringLiteral("locust.stats_no_columns"));
    for (const PercentileColumn &p : c.percentiles)
        out.percentileKeys.append(p.fraction);
    while (file.next()) {
        ++out.rows;
        out.lastLine = file.line();
        RowCells cells(file);
        const QString type = cells.text(c.type);
        const QString name = cells.text(c.name);
        Figures f = rowFigures(cells, c, file.header(), name);
        if (!cells.acceptOrInvalidate(ctx))
            continue;
        if (isAggregatedRow(type, name)) {
            if (out.hasAggregated)
                ctx.warn(QStringLiteral("locust.second_aggregated"), file.path(), file.line());
            out.hasAggregated = true;
            out.aggregated = f;
            out.aggregatedLine = file.line();
            out.aggregatedName = name;
            continue;
        }
        Endpoint e;
        e.method = type == QLatin1StringView("None") ? QString() : type;
        e.name = name;
        e.figures = f;
        out.endpoints.append(e);
    }
}

} // namespace

bool isAggregatedRow(const QString &type, const QString &name)
{
    const bool aggName = name == QLatin1StringView("Aggregated") || name == QLatin1StringView("Total");
    const bool aggType = type.isEmpty() || type == QLatin1StringView("None") || type == QLatin1StringView("Total");
    return aggName && aggType;
}

StatsFile readStatsFile(const QString &path, ReadContext &ctx)
{
    StatsFile out;
    out.path = path;
    CsvFile file(path, ctx);
    if (kindFromHeader(file.header().names()) != FileKind::Stats)
        throw fileError(path, 1, QStringLiteral("locust.bad_header"), {{QStringLiteral("file_kind"), QStringLiteral("stats.csv")}});
    if (file.header().has(QLatin1StringView("# requests")))
        out.generation = Generation::Hashes;
    else if (file.header().has(QLatin1StringView("99.999%")))
        out.generation = file.headerQuoted() ? Generation::V1_0 : Generation::V1_1;
    else
        out.generation = Generation::Modern;
    readRows(file, ctx, out);
    return out;
}

StatsFile readLegacyStats(const QString &requestsPath, const QString &distributionPath, ReadContext &ctx)
{
    StatsFile out;
    out.path = requestsPath;
    out.distributionPath = distributionPath;
    out.generation = Generation::Legacy;
    {
        CsvFile file(requestsPath, ctx);
        if (kindFromHeader(file.header().names()) != FileKind::LegacyRequests)
            throw fileError(requestsPath, 1, QStringLiteral("locust.bad_header"), {{QStringLiteral("file_kind"), QStringLiteral("requests.csv")}});
        readRows(file, ctx, out);
    }
    if (distributionPath.isEmpty())
        return out;

    // _distribution.csv: Name is "METHOD /path" (the total row "Total" or
    // "Aggregated"), then the percentiles.
    CsvFile dist(distributionPath, ctx);
    if (kindFromHeader(dist.header().names()) != FileKind::Distribution)
        throw fileError(distributionPath, 1, QStringLiteral("locust.bad_header"), {{QStringLiteral("file_kind"), QStringLiteral("distribution.csv")}});
    const int nameCol = dist.header().indexOf(QLatin1StringView("Name"));
    const QList<PercentileColumn> pcols = percentileColumns(dist.header());
    QHash<QString, QMap<double, double>> byName;
    while (dist.next()) {
        RowCells cells(dist);
        QMap<double, double> values;
        for (const PercentileColumn &p : pcols) {
            const double v = cells.number(p.column);
            if (isKnown(v))
                values.insert(p.fraction, v);
        }
        if (!cells.acceptOrInvalidate(ctx))
            continue;
        byName.insert(cells.text(nameCol), values);
    }
    out.percentileKeys.clear();
    for (const PercentileColumn &p : pcols)
        out.percentileKeys.append(p.fraction);

    auto apply = [](Figures &f, const QMap<double, double> &values) {
        if (f.requests == 0)
            return;
        const double median = f.p50Ms;   // the requests.csv median until now
        f.percentiles = values;
        f.p50Ms = kNaN;
        setNamedPercentiles(f, median);
    };
    for (Endpoint &e : out.endpoints) {
        const QString full = e.method.isEmpty() ? e.name : e.method + QLatin1Char(' ') + e.name;
        if (byName.contains(full))
            apply(e.figures, byName.value(full));
        else if (byName.contains(e.name))
            apply(e.figures, byName.value(e.name));
    }
    if (out.hasAggregated) {
        for (const char *total : {"Total", "Aggregated", "None Total", "None Aggregated"}) {
            const QString key = QLatin1StringView(total);
            if (byName.contains(key)) {
                apply(out.aggregated, byName.value(key));
                break;
            }
        }
    }
    return out;
}

} // namespace palier::locust
