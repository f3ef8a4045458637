// The seed's three statements (7-day summary, hourly view, decision hint),
// which the tests and the benchmark run beside Palier's single scan
// (monitoring_sql.cpp) to check that it returns exactly the same figures: once
// with the table's names and the same $n parameters, once verbatim. Also the
// plain reference statements for the figures Palier adds (events per hour,
// per-day rows), written the seed's way.
#include "db/monitoring_sql.h"

namespace palier {

QString seedSummarySql(const ResolvedTable &table)
{
    return fillTableNames(QStringLiteral(R"SQL(
SELECT
  COUNT(*)::int AS total_events,
  COUNT(DISTINCT {S})::int AS active_sessions,
  COUNT(*) FILTER (WHERE {E} = $3)::int AS searches,
  ROUND(AVG({D}) FILTER (WHERE {E} = $3 AND {ST} = $4))::int AS avg_search_ms,
  ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY {D})
    FILTER (WHERE {E} = $3 AND {ST} = $4))::int AS p95_search_ms,
  ROUND(100.0 * COUNT(*) FILTER (WHERE {ST} = $5) / NULLIF(COUNT(*), 0), 2) AS error_rate_pct
FROM {T}
WHERE {C} >= NOW() - make_interval(days => $1::int)
)SQL"), table).trimmed();
}

QString seedHourlySql(const ResolvedTable &table)
{
    return fillTableNames(QStringLiteral(R"SQL(
SELECT
  DATE_TRUNC('hour', {C}) AS hour_slot,
  COUNT(*) FILTER (WHERE {E} = $3)::int AS searches,
  ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY {D})
    FILTER (WHERE {E} = $3 AND {ST} = $4))::int AS p95_search_ms,
  COUNT(*) FILTER (WHERE {ST} = $5)::int AS errors
FROM {T}
WHERE {C} >= NOW() - make_interval(hours => $2::int)
GROUP BY 1
ORDER BY 1 DESC
)SQL"), table).trimmed();
}

QString seedDecisionSql(const ResolvedTable &table)
{
    return fillTableNames(QStringLiteral(R"SQL(
WITH base AS (
  SELECT
    ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY {D})
      FILTER (WHERE {E} = $3 AND {ST} = $4))::int AS p95_search_ms,
    ROUND(100.0 * COUNT(*) FILTER (WHERE {ST} = $5) / NULLIF(COUNT(*), 0), 2) AS error_rate_pct
  FROM {T}
  WHERE {C} >= NOW() - make_interval(days => $1::int)
)
SELECT
  p95_search_ms,
  error_rate_pct,
  CASE
    WHEN p95_search_ms > $7::numeric OR error_rate_pct > $9::numeric THEN 'NO_GO'
    WHEN p95_search_ms > $6::numeric OR error_rate_pct >= $8::numeric THEN 'WATCH'
    ELSE 'GO'
  END AS decision_hint
FROM base
)SQL"), table).trimmed();
}

QString referenceHourlyEventsSql(const ResolvedTable &table)
{
    return fillTableNames(QStringLiteral(R"SQL(
SELECT
  DATE_TRUNC('hour', {C}) AS hour_slot,
  COUNT(*)::bigint AS events,
  COUNT(*) FILTER (WHERE {E} = $3)::bigint AS searches,
  COUNT(*) FILTER (WHERE {ST} = $5)::bigint AS errors,
  ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY {D})
    FILTER (WHERE {E} = $3 AND {ST} = $4))::int AS p95_search_ms
FROM {T}
WHERE {C} >= NOW() - make_interval(hours => $2::int)
GROUP BY 1
ORDER BY 1 DESC
)SQL"), table).trimmed();
}

QString referenceDailySql(const ResolvedTable &table)
{
    // A timestamp-without-time-zone column is read in the session's zone, as
    // Palier reads it (the cast to timestamptz).
    const QString day = table.createdAtHasTimeZone ? QStringLiteral("DATE_TRUNC('day', {C})")
                                                   : QStringLiteral("DATE_TRUNC('day', {C})::timestamptz");
    return fillTableNames(QStringLiteral(R"SQL(
SELECT
  EXTRACT(EPOCH FROM %1)::bigint AS day_epoch,
  EXTRACT(TIMEZONE FROM %1)::int AS day_utc_offset,
  COUNT(*)::bigint AS events,
  COUNT(*) FILTER (WHERE {E} = $3)::bigint AS searches,
  COUNT(*) FILTER (WHERE {ST} = $5)::bigint AS errors,
  ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY {D})
    FILTER (WHERE {E} = $3 AND {ST} = $4))::int AS p95_search_ms
FROM {T}
WHERE {C} >= NOW() - make_interval(days => $1::int)
GROUP BY DATE_TRUNC('day', {C})
ORDER BY 1 DESC
)SQL").arg(day), table).trimmed();
}

QString seedSummarySqlVerbatim()
{
    return QStringLiteral(R"SQL(SELECT
  COUNT(*)::int AS total_events,
  COUNT(DISTINCT session_id)::int AS active_sessions,
  COUNT(*) FILTER (WHERE event_type = 'athlete_search')::int AS searches,
  ROUND(AVG(duration_ms) FILTER (WHERE event_type = 'athlete_search' AND status = 'ok'))::int AS avg_search_ms,
  ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY duration_ms)
    FILTER (WHERE event_type = 'athlete_search' AND status = 'ok'))::int AS p95_search_ms,
  ROUND(100.0 * COUNT(*) FILTER (WHERE status = 'error') / NULLIF(COUNT(*), 0), 2) AS error_rate_pct
FROM app_monitoring_events
WHERE created_at >= NOW() - INTERVAL '7 days';)SQL");
}

QString seedHourlySqlVerbatim()
{
    return QStringLiteral(R"SQL(SELECT
  DATE_TRUNC('hour', created_at) AS hour_slot,
  COUNT(*) FILTER (WHERE event_type = 'athlete_search')::int AS searches,
  ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY duration_ms)
    FILTER (WHERE event_type = 'athlete_search' AND status = 'ok'))::int AS p95_search_ms,
  COUNT(*) FILTER (WHERE status = 'error')::int AS errors
FROM app_monitoring_events
WHERE created_at >= NOW() - INTERVAL '48 hours'
GROUP BY 1
ORDER BY 1 DESC;)SQL");
}

QString seedDecisionSqlVerbatim()
{
    return QStringLiteral(R"SQL(WITH base AS (
  SELECT
    ROUND(PERCENTILE_CONT(0.95) WITHIN GROUP (ORDER BY duration_ms)
      FILTER (WHERE event_type = 'athlete_search' AND status = 'ok'))::int AS p95_search_ms,
    ROUND(100.0 * COUNT(*) FILTER (WHERE status = 'error') / NULLIF(COUNT(*), 0), 2) AS error_rate_pct
  FROM app_monitoring_events
  WHERE created_at >= NOW() - INTERVAL '7 days'
)
SELECT
  p95_search_ms,
  error_rate_pct,
  CASE
    WHEN p95_search_ms > 4000 OR error_rate_pct > 3 THEN 'NO_GO'
    WHEN p95_search_ms > 2500 OR error_rate_pct >= 1 THEN 'WATCH'
    ELSE 'GO'
  END AS decision_hint
FROM base;)SQL");
}

} // namespace palier
