#include "db/monitoring_sql.h"

#include "db/db_schema.h"

#include <QHash>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace palier {

namespace {

// Substitutes the {NAME} markers of a template in one pass: a substituted
// value (a quoted identifier, which may hold any character, braces included)
// is never scanned again, so a name can never inject a marker, let alone SQL.
QString fill(const QString &sql, const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(sql.size() + 256);
    qsizetype i = 0;
    while (i < sql.size()) {
        const qsizetype open = sql.indexOf(u'{', i);
        if (open < 0) {
            out += QStringView(sql).mid(i);
            break;
        }
        out += QStringView(sql).mid(i, open - i);
        const qsizetype close = sql.indexOf(u'}', open);
        const auto it = close > open ? values.constFind(sql.mid(open + 1, close - open - 1)) : values.cend();
        if (it == values.cend()) {
            out += u'{';
            i = open + 1;
        } else {
            out += it.value();
            i = close + 1;
        }
    }
    return out;
}

QHash<QString, QString> names(const ResolvedTable &t)
{
    return {{QStringLiteral("T"), t.tableSql},       {QStringLiteral("S"), t.sessionIdSql},
            {QStringLiteral("E"), t.eventTypeSql},   {QStringLiteral("ST"), t.statusSql},
            {QStringLiteral("D"), t.durationSql},    {QStringLiteral("C"), t.createdAtSql}};
}

QByteArray numberParam(double v)
{
    if (!std::isfinite(v))
        return {};   // NULL: a missing limit never fires (x > NULL is not true)
    // Shortest text that reads back as v: 7.4 is "7.4", not 7.4000000000000004,
    // so the limit compares in numeric as the profile's author wrote it.
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString fillTableNames(const QString &sqlTemplate, const ResolvedTable &table)
{
    return fill(sqlTemplate, names(table));
}

/*
 * Why this shape (bench/README.md has the measurements):
 *
 * The seed runs three statements, each a full scan of the 7-day (or 48-hour)
 * window; its COUNT(DISTINCT session_id) sorts every event of the week by
 * session (on disk past work_mem), and each PERCENTILE_CONT sorts its inputs.
 *
 * Here one scan feeds one hash aggregate with two grouping sets:
 *   (sess)           one group per distinct session: active_sessions is the
 *                    number of these groups (rows without a session excluded);
 *   (slot, flags)    one group per hour slot and flags, a few hundred for a
 *                    week, each with its event count, the sum of its successful
 *                    key durations (for the average) and those durations
 *                    themselves, in an array (array_agg).
 * flags: 1 = key transaction, 2 = error status, 4 = inside the hourly window,
 * 8 = inside the day window. No sort of the events at all, and no group per
 * duration value: with double precision durations nearly every value is
 * distinct, and a group per value (the previous shape) cost a hash entry per
 * successful key event.
 *
 * The durations go to the client as float8 arrays, in binary (exact, and
 * independent of extra_float_digits), where PERCENTILE_CONT's own float8
 * arithmetic runs on each hour, each day and the whole window
 * (monitoring_percentile.h): the same values PostgreSQL would sort (its
 * implicit cast to float8 is applied here, in SQL), the same rank and
 * interpolation, so the same figure digit for digit.
 *
 * A second, small aggregate over the grouped rows, with grouping sets
 * (slot, flags) and (), keeps each hour group as it is, folds the session
 * groups into one (dropped by HAVING) and computes in the () row the number
 * of sessions, the summary's average (sum of the sums / number of durations,
 * the very division AVG does: exact for integer and numeric columns; for
 * floating point the same up to summation order, which the seed's own plan
 * does not fix either) and its error rate. The 260 000 session rows of a big
 * week are never materialized or sorted. The client sums the hour groups
 * into the hourly rows (flag 4), the daily rows and the window's counts
 * (flag 8); the result's columns are listed in monitoring_sql.h.
 *
 * The hour slot of each group is truncated again (date_trunc) and the day
 * taken (date_trunc('day')) on those few hundred rows, not per event: the
 * local hour or day of every instant of a slot is that of its start.
 *
 * Array aggregates make PostgreSQL's planner count 8 kB per group, and its
 * hash aggregate stops adding groups once that estimate reaches hash_mem:
 * the session gives the statement a large nominal hash_mem for that reason
 * (MonitoringSession::fetch, statementHashBudget), while the groups really
 * take about 0.4 kB each.
 *
 * The decision hint is not computed here: the client derives it from the
 * summary's p95 and error rate with the grid's colours (docs/grid-rules.md §11).
 * The scan is fenced (OFFSET 0) so the planner sees opaque grouping
 * expressions with default group estimates and picks hashing; the window
 * bounds are InitPlans, computed once rather than per row.
 */
QString monitoringSql(const ResolvedTable &table, const ViewRequest &request)
{
    const bool both = request.summary && request.hourly;
    // The hourly window is inside the day window unless it is longer than the
    // days (a day can be 23 h on a DST change): then rows need an in-days test.
    const bool needInDays = both && qint64(request.hours) > qint64(request.days) * 24 - 1;
    const QString dayLo = QStringLiteral("(SELECT now() - make_interval(days => $1::int))");
    const QString hourLo = QStringLiteral("(SELECT now() - make_interval(hours => $2::int))");

    QString lower;
    if (!request.hourly)
        lower = dayLo;
    else if (!request.summary)
        lower = hourLo;
    else if (needInDays)
        lower = QStringLiteral("(SELECT LEAST(now() - make_interval(days => $1::int), now() - make_interval(hours => $2::int)))");
    else
        lower = dayLo;

    // The hour slot of an event. date_trunc('hour', timestamptz) goes through
    // the time zone rules for every row; date_bin() is plain arithmetic and
    // gives the start of the local hour whenever the zone's offset is the same
    // modulo one hour at every instant in question (whole-hour DST, fixed :30
    // or :45 offsets): then local hours start every 3600 s from any local hour
    // start. That is checked once per statement (an InitPlan) from the scan's
    // lower bound (at least a year back) to an hour from now; an event later
    // than that, or a zone like Australia/Lord_Howe (half-hour DST), keeps
    // date_trunc.
    QString slot;
    if (table.serverVersion < 140000)
        slot = QStringLiteral("date_trunc('hour', t.{C})");
    else if (!table.createdAtHasTimeZone)
        slot = QStringLiteral("date_bin('1 hour', t.{C}, TIMESTAMP '2000-01-01')");
    else
        slot = u"CASE WHEN (SELECT count(DISTINCT (extract(timezone FROM s)::int % 3600 + 3600) % 3600) = 1"
               " FROM generate_series(LEAST("_s + lower + u", now() - interval '366 days'),"
               " now() + interval '1 hour', interval '1 hour') AS s)"
               " AND t.{C} < (SELECT now() + interval '1 hour')"
               " THEN date_bin('1 hour', t.{C}, (SELECT date_trunc('hour', now())))"
               " ELSE date_trunc('hour', t.{C}) END"_s;

    // flags: see above. Bits that are the same for every row of the scan are
    // a constant, not a test.
    QString flags = QStringLiteral("CASE WHEN t.{E} = $3 THEN 1 ELSE 0 END + CASE WHEN t.{ST} = $5 THEN 2 ELSE 0 END");
    int constantBits = 0;
    if (both)
        flags += u" + CASE WHEN t.{C} >= "_s + hourLo + u" THEN 4 ELSE 0 END"_s;
    else if (request.hourly)
        constantBits |= 4;
    if (needInDays)
        flags += u" + CASE WHEN t.{C} >= "_s + dayLo + u" THEN 8 ELSE 0 END"_s;
    else if (request.summary)
        constantBits |= 8;
    if (constantBits)
        flags += u" + "_s + QString::number(constantBits);

    // Rounded at the end as AVG's result is: numeric for integer and numeric
    // columns (AVG(int) is numeric too), float8 for floating point.
    const bool isFloat = table.durationKind == DurationKind::Float;
    const QString inDays = QStringLiteral("s.by_slot = 1 AND s.flags & 8 <> 0");
    const QString avg = isFloat
        ? u"ROUND(sum(s.sd) FILTER (WHERE "_s + inDays + u") / NULLIF(sum(cardinality(s.xs)) FILTER (WHERE "_s + inDays
              + u"), 0)::float8)::int"_s
        : u"ROUND(sum(s.sd) FILTER (WHERE "_s + inDays + u") / NULLIF(sum(cardinality(s.xs)) FILTER (WHERE "_s + inDays
              + u"), 0))::int"_s;
    const QString errorRate =
        u"ROUND(100.0 * COALESCE(sum(s.n) FILTER (WHERE "_s + inDays + u" AND s.flags & 2 <> 0), 0)::bigint"
        " / NULLIF(COALESCE(sum(s.n) FILTER (WHERE "_s + inDays + u"), 0)::bigint, 0), 2)::text"_s;

    // Local hour and day of a slot, as timestamptz (a timestamp-without-time-
    // zone column is read in the session's zone, as the seed's SQL would be).
    const QString cast = table.createdAtHasTimeZone ? QString() : QStringLiteral("::timestamptz");
    auto slotColumns = [&](const QString &slotExpr) -> QString {
        const QString hour = u"date_trunc('hour', "_s + slotExpr + u")"_s + cast;
        const QString day = u"date_trunc('day', "_s + slotExpr + u")"_s + cast;
        return u"extract(epoch FROM "_s + hour + u")::bigint AS hour_epoch, extract(timezone FROM "_s + hour
            + u")::int AS hour_utc_offset, extract(epoch FROM "_s + day + u")::bigint AS day_epoch, extract(timezone FROM "_s
            + day + u")::int AS day_utc_offset"_s;
    };

    const QString scan = QStringLiteral(R"SQL(
    SELECT {SESS} AS sess,
           {SLOT} AS slot,
           {FLAGS} AS flags,
           CASE WHEN t.{E} = $3 AND t.{ST} = $4 THEN t.{D} END AS dur
    FROM {T} AS t
    WHERE t.{C} >= {LOWER}
    OFFSET 0)SQL");

    QString sql;
    if (request.summary) {
        // The session key is the column behind a CASE: the same value, but the
        // planner no longer sees its statistics and keeps to hashing (see
        // above); with a longer hourly window it also drops the rows outside
        // the day window.
        sql = QStringLiteral(R"SQL(
SELECT GROUPING(s.slot) AS total_row,
       {SLOTCOLS},
       s.flags,
       max(s.n) FILTER (WHERE s.by_slot = 1) AS events,
       count(*) FILTER (WHERE s.by_slot = 0 AND s.has_sess) AS active_sessions,
       {AVG} AS avg_search_ms,
       {ERRRATE} AS error_rate_pct,
       max(s.xs) FILTER (WHERE s.by_slot = 1) AS durations
FROM (
  SELECT GROUPING(r.sess) AS by_slot, r.sess IS NOT NULL AS has_sess, r.slot, r.flags,
         count(*) AS n,
         sum(r.dur{SUMCAST}) AS sd,
         array_agg(r.dur::float8) FILTER (WHERE r.dur IS NOT NULL) AS xs
  FROM ({SCAN}
  ) AS r
  GROUP BY GROUPING SETS ((r.sess), (r.slot, r.flags))
) AS s
GROUP BY GROUPING SETS ((s.slot, s.flags), ())
HAVING GROUPING(s.slot) = 1 OR max(s.by_slot) = 1
)SQL");
        sql.replace(QStringLiteral("{SLOTCOLS}"), slotColumns(QStringLiteral("s.slot")));
        sql.replace(QStringLiteral("{AVG}"), avg);
        sql.replace(QStringLiteral("{ERRRATE}"), errorRate);
        // float4 sums would be summed in float4: AVG(real) sums in float8.
        sql.replace(QStringLiteral("{SUMCAST}"), isFloat ? QStringLiteral("::float8") : QString());
        sql.replace(QStringLiteral("{SCAN}"), scan);
        sql.replace(QStringLiteral("{SESS}"), u"CASE WHEN t.{C} >= "_s + (needInDays ? dayLo : lower) + u" THEN t.{S} END"_s);
    } else {
        sql = QStringLiteral(R"SQL(
SELECT 0 AS total_row,
       {SLOTCOLS},
       r.flags,
       count(*) AS events,
       NULL::bigint AS active_sessions,
       NULL::int AS avg_search_ms,
       NULL::text AS error_rate_pct,
       array_agg(r.dur::float8) FILTER (WHERE r.dur IS NOT NULL) AS durations
FROM ({SCAN}
) AS r
GROUP BY r.slot, r.flags
)SQL");
        sql.replace(QStringLiteral("{SLOTCOLS}"), slotColumns(QStringLiteral("r.slot")));
        sql.replace(QStringLiteral("{SCAN}"), scan);
        sql.replace(QStringLiteral("{SESS}"), QStringLiteral("NULL::text"));
    }
    sql.replace(QStringLiteral("{SLOT}"), slot);
    sql.replace(QStringLiteral("{FLAGS}"), flags);
    sql.replace(QStringLiteral("{LOWER}"), lower);
    return fill(sql, names(table)).trimmed();
}

QList<QByteArray> monitoringParams(const DbSchema &schema, const ViewRequest &request)
{
    const DecisionThresholds &th = request.thresholds;
    return {QByteArray::number(request.days),
            QByteArray::number(request.hours),
            request.keyTransaction.toUtf8(),
            schema.okStatus.toUtf8(),
            schema.errorStatus.toUtf8(),
            numberParam(th.p95GreenMs),
            numberParam(th.p95OrangeMs),
            numberParam(th.errorGreenPct),
            numberParam(th.errorOrangePct)};
}

QList<unsigned int> monitoringParamTypes()
{
    // int4 = 23, numeric = 1700, 0 = let the server infer from the column.
    return {23u, 23u, 0u, 0u, 0u, 1700u, 1700u, 1700u, 1700u};
}

} // namespace palier
