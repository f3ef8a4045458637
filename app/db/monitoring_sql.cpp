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
 *   (sess)                                   one group per distinct session:
 *                                            active_sessions = number of groups;
 *   (hour_slot, flags, dur)                  counts per hour and, for the
 *                                            successful key events only, per
 *                                            duration value (others have dur NULL
 *                                            and collapse into a few groups).
 * (flags: 1 = key transaction, 2 = error status.) No sort of the events at all.
 * A plain aggregate then reads the groups once: it counts the session groups
 * (never stored) and keeps the value groups (tens of thousands for integer
 * milliseconds) as arrays. Everything else is computed from those:
 *   - totals, searches, errors: sums of counts (integers, exact);
 *   - avg_search_ms: sum(value × count) / sum(count), the very division AVG does
 *     (integer and numeric: exact; float: the same up to summation order, which
 *     the seed's own plan does not fix either);
 *   - p95: PERCENTILE_CONT's own arithmetic (rank h = 0.95 × (n − 1), linear
 *     interpolation between the values at floor(h) and ceil(h), in float8) on
 *     the distinct values with their multiplicities and a running count: the
 *     same float8 operations on the same values, so the same result, without
 *     re-expanding or sorting the events;
 *   - the hourly rows: the same on each hour's groups (only hours with events
 *     exist, as in the seed's GROUP BY);
 * The decision hint is not computed here: the client derives it from the
 * summary's p95 and error rate with the grid's colours (docs/grid-rules.md §11).
 * The subquery is fenced (OFFSET 0) so the planner sees opaque grouping
 * expressions with default group estimates and picks hashing; the window
 * bounds are InitPlans, computed once rather than per row. The session gives
 * hash tables room (hash_mem_multiplier, see MonitoringSession) without
 * changing work_mem, so sort-based plans (the seed's) run as the server has them.
 */
QString monitoringSql(const ResolvedTable &table, const ViewRequest &request)
{
    const bool both = request.summary && request.hourly;
    // The hourly window is inside the day window unless it is longer than the
    // days (a day can be 23 h on a DST change): then rows need an in_days flag.
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

    const QString inDays = needInDays ? u"t.{C} >= "_s + dayLo : QStringLiteral("TRUE");
    const QString sess = request.summary
        ? (needInDays ? u"CASE WHEN t.{C} >= "_s + dayLo + u" THEN t.{S} END"_s
                      // Same value as t.{S}; the CASE only hides the column's
                      // statistics so the planner's group estimate stays small
                      // and it keeps to hashing (see above).
                      : u"CASE WHEN t.{C} >= "_s + lower + u" THEN t.{S} END"_s)
        : QStringLiteral("NULL::text");
    const QString tsType = table.createdAtHasTimeZone ? QStringLiteral("timestamptz") : QStringLiteral("timestamp");
    // The hour of an event. date_trunc('hour', timestamptz) goes through the
    // time zone rules for every row; date_bin() is plain arithmetic and gives
    // the same instant whenever the zone's offset is the same modulo one hour
    // everywhere in question (whole-hour DST, fixed :30 or :45 offsets): then
    // local hours start every 3600 s from any local hour start. That is checked
    // once per statement over the hourly window and the past year (an InitPlan);
    // a zone like Australia/Lord_Howe (half-hour DST) keeps date_trunc.
    QString bucket;
    if (table.serverVersion < 140000)
        bucket = QStringLiteral("date_trunc('hour', t.{C})");
    else if (!table.createdAtHasTimeZone)
        bucket = QStringLiteral("date_bin('1 hour', t.{C}, TIMESTAMP '2000-01-01')");
    else
        bucket = QStringLiteral(
            "CASE WHEN (SELECT count(DISTINCT (extract(timezone FROM s)::int % 3600 + 3600) % 3600) = 1"
            " FROM generate_series(LEAST(now() - make_interval(hours => $2::int), now() - interval '366 days'),"
            " now() + interval '1 hour', interval '1 hour') AS s)"
            " THEN date_bin('1 hour', t.{C}, (SELECT date_trunc('hour', now() - make_interval(hours => $2::int))))"
            " ELSE date_trunc('hour', t.{C}) END");
    QString hourSlot;
    if (!request.hourly)
        hourSlot = u"NULL::"_s + tsType;
    else if (!request.summary)
        hourSlot = bucket;   // the scan is the hourly window
    else
        hourSlot = u"CASE WHEN t.{C} >= "_s + hourLo + u" THEN "_s + bucket + u" END"_s;

    QString durSql;
    switch (table.durationKind) {
    case DurationKind::Integer:
        durSql = QStringLiteral("ROUND(sum(g.dur::numeric * g.n) FILTER (WHERE {SUMROWS}) / NULLIF(sum(g.n) FILTER (WHERE {SUMROWS}), 0))::int");
        break;
    case DurationKind::Numeric:
        durSql = QStringLiteral("ROUND(sum(g.dur * g.n) FILTER (WHERE {SUMROWS}) / NULLIF(sum(g.n) FILTER (WHERE {SUMROWS}), 0))::int");
        break;
    case DurationKind::Float:
        durSql = QStringLiteral("ROUND(sum(g.dur::float8 * g.n) FILTER (WHERE {SUMROWS}) / NULLIF(sum(g.n) FILTER (WHERE {SUMROWS}), 0)::float8)::int");
        break;
    }
    durSql.replace(QStringLiteral("{SUMROWS}"), QStringLiteral("g.by_value = 1 AND g.in_days AND g.dur IS NOT NULL"));

    // The decision hint is not computed here: it is a rule of the grid, applied
    // on the client to the values this statement returns (monitoring_views.h).

    QString sql = QStringLiteral(R"SQL(
WITH a AS MATERIALIZED (
  SELECT count(*) FILTER (WHERE g.by_value = 0 AND g.has_sess) AS sessions,
         COALESCE(sum(g.n) FILTER (WHERE g.by_value = 1 AND g.in_days), 0)::bigint AS total,
         COALESCE(sum(g.n) FILTER (WHERE g.by_value = 1 AND g.in_days AND g.flags IN (1, 3)), 0)::bigint AS searches,
         COALESCE(sum(g.n) FILTER (WHERE g.by_value = 1 AND g.in_days AND g.flags >= 2), 0)::bigint AS errors,
         {AVG} AS avg_search_ms,
         array_agg(g.hour_slot) FILTER (WHERE g.by_value = 1) AS hs,
         array_agg(g.in_days) FILTER (WHERE g.by_value = 1) AS ind,
         array_agg(g.flags) FILTER (WHERE g.by_value = 1) AS fl,
         array_agg(g.dur::float8) FILTER (WHERE g.by_value = 1) AS xs,
         array_agg(g.n) FILTER (WHERE g.by_value = 1) AS ns
  FROM (
    SELECT {BYVALUE} AS by_value, {HASSESS} AS has_sess,
           r.hour_slot, {INDAYSOUT} AS in_days, r.flags, r.dur, count(*) AS n
    FROM (
      SELECT {SESS} AS sess,
             {HOURSLOT} AS hour_slot,
             {INDAYS} AS in_days,
             CASE WHEN t.{E} = $3 THEN 1 ELSE 0 END + CASE WHEN t.{ST} = $5 THEN 2 ELSE 0 END AS flags,
             CASE WHEN t.{E} = $3 AND t.{ST} = $4 THEN t.{D} END AS dur
      FROM {T} AS t
      WHERE t.{C} >= {LOWER}
      OFFSET 0
    ) AS r
    GROUP BY {GROUPING}
  ) AS g
),
b AS NOT MATERIALIZED (
  SELECT u.hour_slot, u.in_days, u.flags, u.x, u.n
  FROM a, unnest(a.hs, a.ind, a.fl, a.xs, a.ns) AS u(hour_slot, in_days, flags, x, n)
),
pv AS (
  -- Counts as float8: exact for integers below 2^53, and much cheaper than
  -- numeric in the running sums below.
  SELECT 0 AS kind, NULL::{TSTYPE} AS hour_slot, b.x, sum(b.n)::float8 AS m
  FROM b WHERE b.x IS NOT NULL AND {PVSUMMARY} GROUP BY b.x
  UNION ALL
  SELECT 1, b.hour_slot, b.x, sum(b.n)::float8 FROM b WHERE b.x IS NOT NULL AND b.hour_slot IS NOT NULL GROUP BY b.hour_slot, b.x
),
pr AS (
  SELECT pv.kind, pv.hour_slot, pv.x,
         sum(pv.m) OVER (PARTITION BY pv.kind, pv.hour_slot ORDER BY pv.x ROWS UNBOUNDED PRECEDING) AS cum,
         0.95::float8 * (sum(pv.m) OVER (PARTITION BY pv.kind, pv.hour_slot) - 1) AS h
  FROM pv
),
pct AS (
  SELECT q.kind, q.hour_slot, ROUND(q.lo_x + (q.hi_x - q.lo_x) * (q.h - floor(q.h)))::int AS p95
  FROM (
    SELECT pr.kind, pr.hour_slot, max(pr.h) AS h,
           min(pr.x) FILTER (WHERE pr.cum > floor(pr.h)) AS lo_x,
           min(pr.x) FILTER (WHERE pr.cum > ceil(pr.h)) AS hi_x
    FROM pr GROUP BY pr.kind, pr.hour_slot
  ) AS q
)
{FINAL}
)SQL");

    // The value set's key: the flags (key transaction? error?) and the duration
    // of successful key events, plus in_days only when the windows need it.
    const QString valueKey = needInDays ? QStringLiteral("r.in_days, r.flags, r.dur") : QStringLiteral("r.flags, r.dur");
    QString grouping;
    QString byValue;
    QString hasSess;
    if (request.summary) {
        grouping = u"GROUPING SETS ((r.sess), (r.hour_slot, "_s + valueKey + u"))"_s;
        byValue = QStringLiteral("GROUPING(r.sess)");
        hasSess = QStringLiteral("r.sess IS NOT NULL");
    } else {
        grouping = u"r.hour_slot, "_s + valueKey;
        byValue = QStringLiteral("1");
        hasSess = QStringLiteral("FALSE");
    }

    const QString summaryPart = QStringLiteral(R"SQL(
SELECT 0 AS part, NULL::timestamptz AS hour_slot, NULL::bigint AS hour_epoch, NULL::int AS hour_utc_offset,
       sm.total::int AS total_events, sm.sessions::int AS active_sessions, sm.searches::int AS searches,
       sm.avg_search_ms, sm.p95_search_ms, sm.error_rate_pct, NULL::int AS errors
FROM (
  SELECT a.total, a.sessions, a.searches, a.avg_search_ms, p.p95 AS p95_search_ms,
         ROUND(100.0 * a.errors / NULLIF(a.total, 0), 2) AS error_rate_pct
  FROM a LEFT JOIN pct AS p ON p.kind = 0
) AS sm
)SQL");
    const QString hourlyPart = QStringLiteral(R"SQL(
SELECT 1 AS part, hs.slot AS hour_slot, extract(epoch FROM hs.slot)::bigint AS hour_epoch,
       extract(timezone FROM hs.slot)::int AS hour_utc_offset,
       NULL::int AS total_events, NULL::int AS active_sessions, hs.searches, NULL::int AS avg_search_ms,
       p.p95 AS p95_search_ms, NULL::numeric AS error_rate_pct, hs.errors
FROM (
  SELECT b.hour_slot, b.hour_slot::timestamptz AS slot,
         COALESCE(sum(b.n) FILTER (WHERE b.flags IN (1, 3)), 0)::int AS searches,
         COALESCE(sum(b.n) FILTER (WHERE b.flags >= 2), 0)::int AS errors
  FROM b WHERE b.hour_slot IS NOT NULL
  GROUP BY b.hour_slot
) AS hs
LEFT JOIN pct AS p ON p.kind = 1 AND p.hour_slot = hs.hour_slot
)SQL");

    QString finalSql;
    if (request.summary && request.hourly)
        finalSql = summaryPart + u"UNION ALL"_s + hourlyPart + u"ORDER BY 1, 2 DESC"_s;
    else if (request.summary)
        finalSql = summaryPart;
    else
        finalSql = hourlyPart + u"ORDER BY 2 DESC"_s;

    sql.replace(QStringLiteral("{FINAL}"), finalSql);
    sql.replace(QStringLiteral("{GROUPING}"), grouping);
    sql.replace(QStringLiteral("{BYVALUE}"), byValue);
    sql.replace(QStringLiteral("{HASSESS}"), hasSess);
    sql.replace(QStringLiteral("{SESS}"), sess);
    sql.replace(QStringLiteral("{HOURSLOT}"), hourSlot);
    sql.replace(QStringLiteral("{INDAYSOUT}"), needInDays ? QStringLiteral("r.in_days") : QStringLiteral("TRUE"));
    sql.replace(QStringLiteral("{INDAYS}"), inDays);
    sql.replace(QStringLiteral("{LOWER}"), lower);
    sql.replace(QStringLiteral("{AVG}"), durSql);
    sql.replace(QStringLiteral("{TSTYPE}"), tsType);
    sql.replace(QStringLiteral("{PVSUMMARY}"), request.summary ? QStringLiteral("b.in_days") : QStringLiteral("FALSE"));
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
